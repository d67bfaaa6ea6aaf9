import { describe, expect, it } from 'vitest';
import type { Frame } from '../../core/frame.ts';
import { keepSaidUnits } from './understand.ts';
import { normalizePhone, readAmount, readChoiceNumber, readPrice, readPriceKind, readStaffCommand, readYesNo } from './answers.ts';
import { readCorrection } from './corrections/read.ts';

describe('readYesNo', () => {
  it.each([
    ['ya', true], ['Iya kak', true], ['ok', true], ['Oke!', true], ['siap', true], ['nggih', true],
    ['tidak', false], ['gak jadi', false], ['batal', false], ['nggak', false], ['jangan', false],
    ['ya udah laku indomie 2', null], ['3500', null], ['', null],
    // Javanese, Sundanese and loose forms
    ['iyo', true], ['Iyo mas', true], ['inggih', true], ['muhun', true], ['mangga', true], ['sampun', true],
    ['tidak, biarin', false], ['biarin aja', false], ['gak usah', false], ['ora', false], ['ora usah', false],
    ['mboten', false], ['henteu', false], ['moal', false], ['nggak jadi deh', false], ['teu jadi', false], ['ora sido', false], ['gajadi', false],
    ['iyo laku indomie 2', null], ['biarin harganya 3500', null],
    // Helper try: "bukan" to "Produk baru …?" skipped the question and got the help text.
    ['bukan', false], ['bukan produk', false], ['bukan barang kak', false], ['sonde', false], ['kada', false], ['dudu', false],
    ['bukan 5 tapi 4', null], ['bukan indomie', null],
    // Helper's new warung: Makassar "iye", Javanese "yo", Sundanese "enya" and "teu, lain" (no, not that) were not read.
    ['iye', true], ['iye kak', true], ['yo', true], ['enya', true], ['teu, lain', false], ['yo wis laku 2', null],
    // Ambon "io" (a helper's sale was lost waiting for a yes).
    ['io', true], ['io kaka', true],
  ])('%s → %s', (text, want) => expect(readYesNo(text)).toBe(want));
});

describe('readChoiceNumber', () => {
  it.each([
    ['1', 3, 1], ['2', 3, 2], ['no 2', 3, 2], ['yang kedua', 3, 2], ['nomor 3', 3, 3], ['3 aja', 3, 3],
    ['4', 3, null], ['0', 3, null], ['ya', 3, null], ['laku indomie 2', 3, null],
  ])('%s of %i → %s', (text, n, want) => expect(readChoiceNumber(text, n)).toBe(want));
});

describe('readAmount', () => {
  it.each([
    ['3500', 3500], ['3.500', 3500], ['Rp 3.500,-', 3500], ['Rp17.500,00', 17500], ['3,5rb', 3500], ['15rb', 15000],
    ['15 ribu', 15000], ['2 jt', 2_000_000], ['1,5jt', 1_500_000], ['1.500.000', 1_500_000], ['harganya 4000 kak', 4000],
    ['ya', null], ['per bungkus', null],
    ['gopek', 500], ['seceng', 1000], ['goceng kak', 5000], ['ceban', 10_000], ['goban', 50_000], ['cepek', 100],
  ])('%s → %s', (text, want) => expect(readAmount(text)).toBe(want));
});

describe('readPrice', () => {
  it.each([
    ['3500', 3500], ['5rb', 5000], ['harga jualnya 4.000 kak', 4000], ['gopek', 500], ['Rp 2.500', 2500],
    ['5', 'small'], ['8 kak', 'small'],
    // A count of goods is a new message, not a price.
    ['retur roti 5 bks ke sales', null], ['2 kg', null], ['ya', null],
  ])('%s → %s', (text, want) => expect(readPrice(text)).toBe(want));
});

describe('readPriceKind', () => {
  it.each([
    ['per bungkus', 'unit'], ['satuan', 'unit'], ['@', 'unit'], ['sebungkus', 'unit'], ['total', 'total'],
    ['semuanya', 'total'], ['itu total kak', 'total'], ['ya', null], ['3500', null],
    ['satu botolnya', 'unit'], ['1 bks', 'unit'], ['hiji bungkus', 'unit'], ['1 orang', 'unit'], ['12 botol', null],
    ['sak sachet', 'unit'],
  ])('%s → %s', (text, want) => expect(readPriceKind(text)).toBe(want));
});

describe('normalizePhone', () => {
  it.each([
    ['0812-3456-7890', '+6281234567890'], ['6281234567890', '+6281234567890'], ['+62 812 3456 7890', '+6281234567890'],
    ['81234567890', '+6281234567890'], ['12345', null], ['+1 555 1234567', null],
  ])('%s → %s', (text, want) => expect(normalizePhone(text)).toBe(want));
});

describe('readStaffCommand', () => {
  it.each([
    ['tambah kasir 0812-3456-7890', { action: 'add', role: 'cashier', phone: '+6281234567890', name: null }],
    ['tambah kasir 081234567890 Rina', { action: 'add', role: 'cashier', phone: '+6281234567890', name: 'Rina' }],
    ['Tambah karyawan 6281234567890 nama Pak Udin', { action: 'add', role: 'staff', phone: '+6281234567890', name: 'Pak Udin' }],
    ['hapus kasir 081234567890', { action: 'remove', role: 'cashier', phone: '+6281234567890', name: null }],
    ['tambah kasir', null], ['tambah stok gula 10 kg', null], ['laku indomie 5', null],
  ])('%s', (text, want) => expect(readStaffCommand(text)).toEqual(want));
});

describe('readCorrection', () => {
  it.each([
    ['salah, harusnya 5 bukan 3', { to: '5', from: '3' }],
    // Helpers' tries (twenty-fourth session): each was not understood, or made goods "gg bukan".
    ['tadi salah, gg bukan 1 slop, 5 bungkus 125rb', { to: 'gg 5 bungkus 125rb', from: '1 slop' }],
    ['tadi yg lifebuoy salah, cuma 1', { to: 'lifebuoy 1', from: null, earlier: true }],
    // jv "mung" (only) before the right count (a helper's try booked a second sale).
    ['sunsilk mau salah, mung 6 sachet 6rb', { to: 'sunsilk 6 sachet 6rb', from: null, earlier: true }],
    // The unit booked wrong, then the count in the right one (not understood; a whole dus stayed sold).
    ['eh bukan dus, 1 bks', { to: '1 bks', from: null }], ['sanes renceng, 2 sachet', { to: '2 sachet', from: null }],
    // The total said again, a reason after it (each was booked as an expense of that much).
    ['eh totalnya 50rb aja, tak kasih diskon', { to: 'totalnya 50rb', from: null }],
    ['eh bayar utang bu Tini tadi 25rb', { to: 'bayar utang bu tini 25rb', from: null }],
    ['hoyong ngoreksi: parkir 2rb sanes 5rb', { to: 'parkir 2rb', from: '5rb' }],
    ['eh total kulakan gula tadi 175rb, ada ongkos', { to: 'gula totalnya 175rb', from: null, earlier: true }],
    ['yg lifebuoy tadi harusnya 1', { to: 'lifebuoy 1', from: null, earlier: true }],
    ['Salah harusnya 17.500', { to: '17.500', from: null }],
    ['eh salah, harusnya indomie soto', { to: 'indomie soto', from: null }],
    ['koreksi: yang bener 4000 bukan 3500', { to: '4000', from: '3500' }],
    ['eh salah, gulane 650rb', { to: 'gulane 650rb', from: null }],
    ['keliru, 3 bks', { to: '3 bks', from: null }],
    // Owner try: "sorry" and "the one before" first, in Sundanese and Javanese.
    ['hapunten, nu tadi salah, gasna 4 tabung', { to: 'gasna 4 tabung', from: null }],
    ['ngapunten sing mau lepat, kudune 3', { to: '3', from: null }],
    ['maaf yang tadi salah harusnya 2 kg bukan 3 kg', { to: '2 kg', from: '3 kg' }],
    ['punten lepat, kedahna 5 dudu 4', { to: '5', from: '4' }], ['hapunten nu tadi salah ketik', null],
    ['yg tadi teh pucuknya 6 aja bukan 8', { to: 'teh pucuknya 6', from: '8' }],
    ['sing mau kopine 3 dudu 4', { to: 'kopine 3', from: '4' }],
    ['eh yg teh botol tadi 5 aja bukan 6', { to: 'teh botol 5', from: '6', earlier: true }], ['nu kopi tadi 2 sanes 3', { to: 'kopi 2', from: '3', earlier: true }],
    ['nu tadi 25rb sanes 20rb', { to: '25rb', from: '20rb' }],
    // City owner try: the goods and both numbers without "yg tadi".
    ['eh teh pucuknya 5 aja bukan 6', { to: 'teh pucuknya 5', from: '6' }], ['kopine 3 wae dudu 4', { to: 'kopine 3', from: '4' }],
    ['gula 2 kg bukan 3 kg', { to: 'gula 2 kg', from: '3 kg' }], ['laku teh 5 bukan kopi', null],
    // "ding" / Jakarta "deng" takes back what was just said (owner try: "eh 6 gelas deng" was not understood).
    ['eh 6 gelas deng', { to: '6 gelas', from: null }], ['5 aja ding', { to: '5', from: null }], ['es tehnya 6 ding', { to: 'es tehnya 6', from: null }],
    ['ding dong', null],
    ['eh yg aqua tadi 2 aja', { to: 'aqua 2', from: null, earlier: true }], ['sing kopi mau 3 bungkus wae', { to: 'kopi 3 bungkus', from: null, earlier: true }],
    ['yg tadi 5 aja', { to: '5', from: null }], ['yang tadi aja', null], ['yg mau beli 2 kali', null],
    ['yang tadi bukan utang', null], ['yg tadi teh pucuk bukan teh gelas', null],
    // A sorry, the goods with a possessive and a count, without "salah" (su "hapunten, kopina tilu").
    ['hapunten, kopina tilu', { to: 'kopina 3', from: null }], ['maaf, gulanya 1 kilo aja', { to: 'gulanya 1 kilo', from: null }],
    ['maaf kak, saya mau tanya', null], ['maaf, kopinya enak', null],
    // The goods before "salah" (jv "lha sing aqua mau salah, 4 dus").
    ['lha sing aqua mau salah, 4 dus', { to: 'aqua 4 dus', from: null, earlier: true }], ['yg aqua tadi salah, 2 dus', { to: 'aqua 2 dus', from: null, earlier: true }],
    ['salah', null], ['laku indomie 5', null], ['batal', null], ['salah ketik 5', null], ['salah orang', null],
    // Sunda try: the goods and their old count before "salah" ("beas 2 kilo tadi salah, kuduna 3 kilo").
    ['beas 2 kilo tadi salah, kuduna 3 kilo', { to: 'beas 3 kilo', from: '2 kilo', earlier: true }],
    ['gula 2 kg tadi salah, harusnya sekilo', { to: 'gula 1 kilo', from: '2 kg', earlier: true }],
    ['indomie 5 tadi salah ketik', null],
    // Papua try: "I was wrong earlier" opening it booked a second sale.
    ['tadi sa salah, minyak cuma laku 1 botol', { to: 'minyak cuma laku 1 botol', from: null }],
    ['td aku salah, gulanya 2 kg', { to: 'gulanya 2 kg', from: null }],
    // Medan try (twenty-eighth session): the supplier named and "salah harga" set the selling price of a kilo to Rp180.000.
    ['yg gula dari toko makmur tadi salah harga, harusnya 180rb', { to: 'gula dari toko makmur 180rb', from: null, earlier: true }],
    ['salah harga gula tadi, harusnya 680rb sekarung', { to: 'gula 680rb sekarung', from: null, earlier: true }],
    // Thirtieth session: the goods and "tadi" first (a new sale was booked), and the entry named by its count (a pages try).
    ['gula tadi salah harga, sekilo 19rb', { to: 'gula 19rb sekilo', from: null, earlier: true }],
    // Thirty-first session, Javanese: "mau" is "tadi", "rego" the price, "totale" the total; "ora ding" opens a correction,
    // and a bare old amount is in the new one's thousands.
    ['gula mau salah rego, sakilo 17rb', { to: 'gula 17rb sakilo', from: null, earlier: true }],
    ['telur mau totale 57rb, dudu 60rb', { to: 'telur 57rb', from: '60rb', earlier: true }],
    ['eh ora ding, mau sing tak bayar UD Sinar Jaya 45rb dudu 50', { to: 'bayar ud sinar jaya 45rb', from: '50rb' }],
    ['ora ding, 4 dudu 5', { to: '4', from: '5' }], ['eh ora ding, 160rb', { to: '160rb', from: null }],
    ['eh salah, 2 bks 7rb bukan 3', { to: '2 bks 7rb', from: '3' }],
    // "Only" after a payment or after goods named as "tadi" (a second payment, an expense, a new sale were booked).
    ['eh pak agus bayarnya cuma 10rb', { to: 'pak agus bayarnya 10rb', from: null }],
    ['eh ternyata bayar sinar jaya nya cuma 80rb', { to: 'bayar sinar jaya 80rb', from: null }],
    ['eh sunlight tadi cuma 1, 6rb', { to: 'sunlight 1 6rb', from: null, earlier: true }],
    ['tadi cuma 2', null], ['bayar cuma 10rb', null],
    // "just" between the numbers is no unit; su "lain" is "not" before a number and "tapi".
    ['eh sunlight tadi salah, 1 aja 6rb', { to: 'sunlight 1 6rb', from: null, earlier: true }],
    ['eh lain 5 tapi 4', { to: '4', from: '5' }], ['barang lain', null],
    ['yg gula tadi salah, bukan gula tapi beras premium', { to: 'beras premium', from: 'gula', earlier: true }],
    // Forty-third session: other goods with a count said as "the one sold" ("teh" here is tea, not a sister).
    ['eh salah barang, yang laku tadi teh pucuk 2 botol, bukan aqua', { to: 'teh pucuk 2 botol', from: 'aqua', earlier: true }],
    ['salah barang, nang laku tadi minyakita 2 biji bukan sania', { to: 'minyakita 2 biji', from: 'sania', earlier: true }],
    ['salah, bukan teh euis, teh iis', null],
    ['salah, dudu 5, 4 bungkus 14rb', { to: '4 bungkus 14rb', from: '5' }],
    ['salah, sing payu mau dudu lifebuoy, rinso 2 biji', { to: 'rinso 2 biji', from: 'lifebuoy', earlier: true }],
    ['sing gula mau salah, dudu gula tapi beras premium', { to: 'beras premium', from: 'gula', earlier: true }],
    ['salah, es teh yang 8 gelas harusnya 10', { to: 'es teh 10', from: '8 gelas' }],
    ['kulakan minyakita tadi pagi harganya 17rb per pcs, bukan 17.500', { to: 'minyakita 17rb per pcs', from: '17.500', earlier: true }],
    ['eh tadi indomie yang 10 bks salah, harusnya 8 bks', { to: 'indomie 8 bks', from: '10 bks', earlier: true }],
    ['eh salah mbak, surya 12', { to: 'surya 12', from: null }], ['eh salah, 2 doang', { to: '2', from: null }],
    ['indomie tadi 5 bks', null], ['telur tadi harganya berapa', null],
    // Sunda "harusna" (the last entry, an Aqua sale, was changed instead of the indomie named).
    ['salah, indomie goreng harusna 4 bungkus', { to: 'indomie goreng harusnya 4 bungkus', from: null }],
  ])('%s', (text, want) => expect(readCorrection(text)).toEqual(want));
});

describe('keepSaidUnits', () => {
  const f = (unit: string, qty = 3): Frame => ({
    intent: 'sale', items: [{ product: 'kopi', qty, unit, unit_price: null, total: null }], amount: null, counterparty: null,
    direction: null, category: null, date: null, period: null, max_unit_price: null, payment: null,
  });
  it.each([
    ['laku kopi 3 sachet', 'bungkus', 'sachet'], ['laku kopi 3 saset', 'bungkus', 'saset'], ['laku telur 3 butir', 'pcs', 'butir'],
    ['laku kopi 3 bks', 'bungkus', 'bungkus'], ['laku gula 3 kilo', 'kg', 'kg'], ['laku kopi 2 sachet', 'bungkus', 'bungkus'],
  ])('%s (parser: %s) → %s', (text, parsed, want) => expect(keepSaidUnits(text, f(parsed)).items[0]!.unit).toBe(want));
});
