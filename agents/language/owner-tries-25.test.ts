// Owner tries of the twenty-fifth session: each message booked a wrong number or was not understood before its fix.
import { describe, expect, it } from 'vitest';
import { parse } from './index.ts';
import { readsAt } from './reads.ts';

const now = new Date('2026-12-06T10:00:00+07:00');
const reads = readsAt(now);

describe('owner tries (twenty-fifth session): sizes and packs', () => {
  // Bought into the 1 L pouches (the 2 liter was read as what the dus holds, then overwritten by "isi 6").
  it('a size before the pack names the goods when the pack says what it holds', () => {
    reads('kulakan minyak sania 2 liter 1 dus isi 6 pouch 180rb', {
      intent: 'purchase', amount: 180000, items: [{ product: 'minyak sania 2 liter', qty: 1, unit: 'dus', pack_size: 6, pack_base_unit: 'pouch' }],
    });
    reads('kulakan aqua 600 ml 2 dus isi 24 botol 96rb', { intent: 'purchase', items: [{ product: 'aqua 600 ml', qty: 2, unit: 'dus', pack_size: 24 }] });
  });
  // Booked into the 600 ml bottles, a dus "holding 1.5 liter".
  it("a bottle's size before a dus names the bottles, not what the dus holds", () => {
    reads('kulakan le minerale 1,5 liter 2 dus 110rb', { intent: 'purchase', amount: 110000, items: [{ product: 'le minerale 1,5 liter', qty: 2, unit: 'dus' }] });
    expect(parse('kulakan le minerale 1,5 liter 2 dus 110rb', { now }).items[0]).not.toHaveProperty('pack_size');
    reads('kulakan aqua 600 ml 1 dus 48rb', { items: [{ product: 'aqua 600 ml', qty: 1, unit: 'dus' }] });
    // A sack or a jerrycan does hold the weight said first.
    reads('kulakan beras 25 kg 1 karung 300rb', { items: [{ product: 'beras', qty: 1, unit: 'karung', pack_size: 25, pack_base_unit: 'kg' }] });
    reads('kulakan minyak 18 liter 1 jerigen 300rb', { items: [{ product: 'minyak', qty: 1, unit: 'jerigen', pack_size: 18, pack_base_unit: 'liter' }] });
  });
  // The SKM line was dropped: "yang skm" read as an aside after the money.
  it('"yang <goods> N" after a line\'s money is another line', () => {
    reads('laku energen 2 sachet 5rb yang skm 3', { intent: 'sale', items: [{ product: 'energen', qty: 2, total: 5000 }, { product: 'skm', qty: 3 }] });
    reads('laku energen 2 sachet 5rb yang frisian flag 3', { items: [{ product: 'energen', qty: 2 }, { product: 'frisian flag', qty: 3 }] });
    reads('laku kopi 3 bks 6rb yang buat bapak', { intent: 'sale', items: [{ product: 'kopi', qty: 3, total: 6000 }] });
  });
});

describe("owner tries (twenty-fifth session): a delivery app's cut", () => {
  // "kepotong 25%" became goods "nasi goreng kepotong"; "potong gojek 6rb" goods "gojek" (Rp46.000 asked for a count).
  it('"kepotong", "terpotong" and "potong gojek" with money or a percent come off the order', () => {
    reads('shopeefood nasi goreng 3 porsi 45rb kepotong 25%', { intent: 'sale', amount: 33750, discount: 11250, payment: 'transfer', items: [{ product: 'nasi goreng', qty: 3, total: 45000 }] });
    reads('gofood ayam geprek 2 porsi 40rb potong gojek 6rb', { intent: 'sale', amount: 34000, discount: 6000, items: [{ product: 'ayam geprek', qty: 2, total: 40000 }] });
    reads('grabfood es teh 4 gelas 20rb terpotong 4rb', { intent: 'sale', amount: 16000, discount: 4000, items: [{ product: 'es teh', qty: 4 }] });
  });
});

describe('owner tries (twenty-fifth session): a count paid by QRIS, the rest in cash', () => {
  // All Rp35.000 was booked as QRIS: the drawer was Rp28.000 short.
  it('the count paid by the non-cash means is priced at the goods\' price of one', () => {
    reads('laku indomie goreng 10 bks 35rb, 2 bks dibayar qris sisanya cash', { intent: 'sale', amount: 35000, payment: 'qris', tender: { cash: 28000, other: 7000 }, items: [{ product: 'indomie goreng', qty: 10 }] });
    reads('laku aqua 5 botol 20rb 2 botol qris sisanya tunai', { intent: 'sale', payment: 'qris', tender: { cash: 12000, other: 8000 }, items: [{ product: 'aqua', qty: 5 }] });
    // The goods unpriced (the catalogue's price): the share paid in cash (twenty-sixth session; it was all cash).
    reads('laku indomie goreng 10 bks, 2 bks dibayar qris sisanya cash', { intent: 'sale', payment: 'qris', tender: { cash: null, other: null, cash_share: 0.8 }, items: [{ product: 'indomie goreng', qty: 10 }] });
  });
});

describe('owner tries (twenty-fifth session): a price per one unit, nothing counted, no verb', () => {
  // "es batu 1000 seplastik" → "ya" booked a sale of one bag.
  it('tells the price; a count or a "se" unit before the price is still a sale', () => {
    reads('es batu 1000 seplastik', { intent: 'price_set', items: [{ product: 'es batu', unit: 'plastik', unit_price: 1000 }] });
    reads('aqua 4500/botol', { intent: 'price_set', items: [{ product: 'aqua', unit: 'botol', unit_price: 4500 }] });
    reads('es teh segelas 3rb', { intent: 'sale', items: [{ product: 'es teh', qty: 1, total: 3000 }] });
    reads('es teh 2 gelas 3rb segelas', { intent: 'sale', items: [{ product: 'es teh', qty: 2, total: 6000 }] });
    reads('jual telor sekilo 30rb', { intent: 'sale', items: [{ product: 'telor', qty: 1 }] });
  });
});

describe('owner tries (twenty-fifth session): part payments, shops, loans', () => {
  // Each was booked paid in full in cash.
  it('"lagek mbayar", "nembe bayar", "baru na bayar", "duite mung ono", "duitnya cuma" are part paid', () => {
    reads('bu sari tuku minyak goreng 2 liter 41rb, lagek mbayar 21rb', { intent: 'sale', amount: 41000, payment: 'credit', paid_now: 21000, counterparty: 'bu sari', items: [{ product: 'minyak goreng' }] });
    reads('pak darto beli rinso 26rb, duite mung ono 20rb', { intent: 'sale', amount: 26000, payment: 'credit', paid_now: 20000, items: [{ product: 'rinso' }] });
    reads('pak darto mundut surya 1 bks 29rb, nembe bayar 20rb', { intent: 'sale', payment: 'credit', paid_now: 20000, items: [{ product: 'surya' }] });
    reads('daeng tayang beli gula 2 kilo 37rb, baru na bayar 20rb', { intent: 'sale', payment: 'credit', paid_now: 20000, items: [{ product: 'gula' }] });
    reads('mas joko beli sampoerna 2 bks 72rb, bayare kurang 12rb', { intent: 'sale', amount: 72000, payment: 'credit', paid_now: 60000, items: [{ product: 'sampoerna', qty: 2 }] });
    reads('mas anto beli aqua 2 botol 8rb, duitnya cuma 5rb', { intent: 'sale', amount: 8000, payment: 'credit', paid_now: 5000, items: [{ product: 'aqua' }] });
  });
  it('a supplier named right after the buying verb, before the goods, is the supplier', () => {
    reads('kulakan dari sinar jaya aqua 2 dus 96rb', { intent: 'purchase', counterparty: 'sinar jaya', items: [{ product: 'aqua', qty: 2 }] });
    reads('kulakan di toke acong indomie goreng 3 dus 330rb', { intent: 'purchase', counterparty: 'toke acong', items: [{ product: 'indomie goreng', qty: 3 }] });
    reads('kulakan ke sinar jaya: coca cola 1 dus 58rb, aqua 1 dus 72rb, total 130rb tempo', { intent: 'purchase', payment: 'credit', counterparty: 'sinar jaya', items: [{ product: 'coca cola' }, { product: 'aqua' }] });
    reads('beli dari pasar gula 2 kg 30rb', { intent: 'purchase', counterparty: null, items: [{ product: 'gula', qty: 2 }] });
  });
  it('goods taken at a shop to pay later are owed to the shop; a person coming to buy is a customer', () => {
    reads('tadi ngambil barang dari grosir cik lan 450rb, bayar minggu depan', { intent: 'debt_add', amount: 450000, direction: 'payable', counterparty: 'cik lan' });
    reads('nyokot barang ti toko h ujang 125rb can dibayar', { intent: 'debt_add', amount: 125000, direction: 'payable' });
    reads('ngebon rokok surya 1 slop di toko ko hendra', { intent: 'purchase', payment: 'credit', counterparty: 'ko hendra', items: [{ product: 'rokok surya', qty: 1 }] });
    reads('besok bayar pdam 65rb', { intent: 'expense' });
    reads('pace yan datang beli surya 16 dua bungkus 76rb', { intent: 'sale', counterparty: 'pace yan', items: [{ product: 'surya 16', qty: 2, total: 76000 }] });
  });
  it('the warung lending: "kasih pinjam ke X", "pinjemin X"', () => {
    reads('kasih pinjam ke mang ujang 35rb', { intent: 'debt_add', direction: 'receivable', cash_moved: 'cash', counterparty: 'mang ujang' });
    reads('pinjemin pak rt 100rb dari laci', { intent: 'debt_add', direction: 'receivable', cash_moved: 'cash', counterparty: 'pak rt' });
    reads('pinjam uang ke pak rt 100rb', { intent: 'debt_add', direction: 'payable' });
  });
});

describe('owner tries (twenty-fifth session): sums, halves, bills, delivery apps', () => {
  it('"ceban seribu" is Rp11.000; "dlapan rebu" Rp8.000; "laku setengah" after the price of a kilo is half a kilo', () => {
    reads('laku kecap bango 1 botol ceban seribu', { intent: 'sale', amount: 11000, items: [{ product: 'kecap bango', qty: 1 }] });
    reads('laku pepsodent 1 pcs dlapan rebu', { intent: 'sale', amount: 8000, items: [{ product: 'pepsodent', qty: 1 }] });
    reads('bawang putih sekilo 42rb laku setengah', { intent: 'sale', amount: 21000, items: [{ product: 'bawang putih', qty: 0.5, unit: 'kg', total: 21000 }] });
  });
  it('a bill beside supplies is a line of its own', () => {
    reads('bensin motor 25rb, parkir 2rb', { intent: 'expense', amount: 27000, items: [{ product: 'bensin', total: 25000 }, { product: 'parkir', total: 2000 }] });
  });
  it('a delivery app\'s order in other words: "orderan grab", "shopeefood masuk", "shopee food", "gofud", "fee aplikasi"', () => {
    reads('orderan grab: 5 aqua 20rb, grab ambil 4rb', { intent: 'sale', amount: 16000, discount: 4000, payment: 'transfer', items: [{ product: 'aqua', qty: 5 }] });
    reads('shopeefood masuk: pop mie 1 cup 6rb, kepotong 1.200', { intent: 'sale', amount: 4800, payment: 'transfer', items: [{ product: 'pop mie', qty: 1 }] });
    reads('shopee food 3 teh pucuk 12rb fee aplikasi 2.400', { intent: 'sale', amount: 9600, items: [{ product: 'teh pucuk', qty: 3 }] });
    reads('gofud laku 2 indomie goreng 7rb potong 20 persen', { intent: 'sale', amount: 5600, items: [{ product: 'indomie goreng', qty: 2 }] });
    reads('ngisi dana nggo tonggo 40rb, admine 2rb', { intent: 'sale', amount: 42000, items: [{ product: 'topup dana 40rb', total: 42000 }] });
    reads('order gofood buat makan siang 25rb', { intent: 'expense' });
  });
});

describe('owner tries (twenty-fifth session): hundreds glued after the thousands', () => {
  it('"16rb5" is Rp16.500, not 5 kg', () => {
    reads('laku gula 1 kg 16rb5', { intent: 'sale', amount: 16500, items: [{ product: 'gula', qty: 1, total: 16500 }] });
  });
});

describe('owner tries (twenty-fifth session): helpers\' second round', () => {
  it('a debt paid in part with the rest said after it pays the part only', () => {
    reads('om tommy so bayar 20rb, kurang 16rb', { intent: 'debt_pay', amount: 20000, counterparty: 'om tommy' });
    reads('pak darto bayar 20rb, kurang 16rb lagi', { intent: 'debt_pay', amount: 20000, counterparty: 'pak darto' });
    reads('tadi ada yg babayar utang, tante nona 15rb', { intent: 'debt_pay', amount: 15000, counterparty: 'tante nona' });
  });
  it('goods taken from someone to pay later are bought on credit; eggs broken on the road are gone, not sold', () => {
    reads('ambil gas 5 tabung dari pak joko @19.500, belum kubayar', { intent: 'purchase', payment: 'credit', counterparty: 'pak joko', items: [{ product: 'gas', qty: 5 }] });
    reads('telur 1 rak pecah di jalan', { intent: 'stock_out', items: [{ product: 'telur', qty: 1 }] });
    reads('kulakan dari agen berkah minyak goreng 1 dus 180rb bayar belakangan', { intent: 'purchase', payment: 'credit', counterparty: 'agen berkah', items: [{ product: 'minyak goreng', qty: 1 }] });
    reads('ambil dari cv maju le minerale 600 ml 1 dus 45rb, ngebon dulu', { intent: 'purchase', counterparty: 'cv maju', items: [{ product: 'le minerale 600 ml', qty: 1 }] });
    reads('ngasih utangan duit ke kang asep 30rb', { intent: 'debt_add', direction: 'receivable', cash_moved: 'cash', counterparty: 'kang asep' });
  });
  it('a count and its money taken back together in the same message', () => {
    reads('laku teh pucuk 3 botol 12rb eh maksudnya 2 botol 8rb', { intent: 'sale', amount: 8000, items: [{ product: 'teh pucuk', qty: 2, total: 8000 }] });
    reads('laku indomie soto 4 bks 14rb eh salah 3 bks 10.500', { intent: 'sale', amount: 10500, items: [{ product: 'indomie soto', qty: 3, total: 10500 }] });
    reads('laku gula 2 kg 36rb, eh ralat 1 kg 18rb', { intent: 'sale', amount: 18000, items: [{ product: 'gula', qty: 1, total: 18000 }] });
  });
});

describe('owner tries (twenty-fifth session): the last helper\'s round', () => {
  it('goods taken at a wholesaler named after "grosir" are owed to it', () => {
    reads('ngambil barang dari grosir sentosa 300rb, bayar minggu depan', { intent: 'debt_add', amount: 300000, direction: 'payable', counterparty: 'grosir sentosa' });
    reads('kulakan dari agen telur 2 rak 110rb', { intent: 'purchase', counterparty: null, items: [{ product: 'telur', qty: 2 }] });
  });
  it('a debt paid with the rest due later pays the part now; "kasih utang ke" lends; "duite mung gowo" is part paid', () => {
    reads('pak darto nyaur 10rb, sisane 15rb minggu ngarep', { intent: 'debt_pay', amount: 10000, counterparty: 'pak darto' });
    reads('pak darto bayar 5rb, sisanya 10rb minggu depan', { intent: 'debt_pay', amount: 5000 });
    reads('kasih utang uang tunai ke pak rw 30rb', { intent: 'debt_add', direction: 'receivable', cash_moved: 'cash', counterparty: 'pak rw' });
    reads('laku minyak goreng 1 liter 19rb pak dul, duite mung gowo 15rb', { intent: 'sale', amount: 19000, payment: 'credit', paid_now: 15000, items: [{ product: 'minyak goreng' }] });
  });
});

describe('owner tries (twenty-fifth session): a galon on credit, a cost said beside a sale', () => {
  it('"bu tejo ngutang 2 galon" is a credit sale of two galon; "modal pulsanya 20.500" is no second line', () => {
    reads('bu tejo ngutang 2 galon', { intent: 'sale', payment: 'credit', counterparty: 'bu tejo', items: [{ product: 'galon', qty: 2 }] });
    reads('laku aqua 2 galon 40rb', { intent: 'sale', items: [{ product: 'aqua', qty: 2, unit: 'galon' }] });
    reads('jual pulsa 20rb ke mas andi harga 22rb, modal pulsanya 20.500', { intent: 'sale', counterparty: 'mas andi', items: [{ product: 'pulsa 20rb', unit_price: 22000 }] });
    reads('stok awal indomie goreng 40 bungkus modal 2800', { intent: 'stock_in', items: [{ product: 'indomie goreng', qty: 40, unit_price: 2800 }] });
  });
});
