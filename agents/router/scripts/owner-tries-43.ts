// The forty-third session's owner tries. Who-paid corrections that name the money or the goods moved the wrong money:
// jv "salah, sing bayar 20rb wau Mas Joko, dudu Pak Harun" re-priced Mas Joko's bon to Rp20.000 ("wau" is krama "tadi");
// "bukan Pak Harun yang bayar 5rb tadi, Mas Joko" booked a second payment for Pak Harun; "salah, yang ngebon surya 12 tadi
// Pak Harun bukan Mas Joko" said after another entry re-priced it to Rp12.000 (the "12" of the goods read as money).
// Bali, Kupang and Banjar tries: "yang kasbon minyakita tadi Bli Made, bukan Bli Wayan" offered a product "wayan"; "sonde,
// bukan Mama Yuli, itu Mama Ros" was not understood; Banjar "nang ngebon … tadi Julak Mahmud" asked which Indomie. Other
// goods with their count said as "the one sold": "eh salah barang, yang laku tadi teh pucuk 2 botol, bukan aqua", Banjar
// "nang laku tadi minyakita 2 biji, bukan sania" undid the sale and booked the same goods again. "batal yang tadi", then the
// entry typed again instead of "ya", kept the wrong sale beside the right one.
// Solo, Garut and Medan tries: jv "sing nyaur 20rb mau pak bejo, dudu bu warsi" gave the payment back to her; "salah, dudu 5,
// 4 bungkus 14rb" kept 5 packs at Rp2.800; Medan "salah kali aku, beras tadi 4 kilo nya, 56 ribu" re-booked a sugar bon as
// the rice (never booked); "salah itu bukan laku, kulakan dari ud sinar jaya, lunas" paid off the supplier's other debt; jv
// "salah, sing payu mau dudu kopi, …" two entries later booked a new sale; "… tempo dulu" was booked paid. su "nu gula tadi teu
// acan dibayar, tempo" asked "Utangnya berapa?"; "eta sanes ngical, meser ti toko makmur" looked for goods "meser";
// "hapunten, aqua tadi sanes 16rb tapi 14 rebu" asked which part was wrong. Surabaya and Makassar tries: "salah, telur iku dudu
// kulakan, tapi dodolan …" booked a sale beside the purchase; "keliru, teh pucuk itu bukan dijual, saya beli dari …" an
// expense beside the sale; jv "mau aqua e dudu 2 dus, 3 dus ding" was asked as a new sale; "eh sudah dibayar ji itu aqua gelas,
// kontan" after a purchase on credit asked "Berapa?" and the debt stayed.
import { debts, level, lines, moneyTx, payments } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const tenant = { timezone: 'Asia/Jakarta' as const, products: basicProducts };
const at = '2026-12-08T05:00:00Z';

export const ownerTries43Scripts: Script[] = [
  {
    name: 'who paid put right with the money named, before or after the names', at, tenant,
    steps: [
      { say: 'mas joko ngebon rokok surya 12 1 bks 30rb', reply: ['Total utang Mas Joko sekarang Rp30.000'] },
      { say: 'pak harun ngebon 40rb', reply: ['Total utang Pak Harun sekarang Rp40.000'] },
      { say: 'pak harun nyaur 20rb', reply: ['Sisa utang Pak Harun Rp20.000'] },
      { say: 'salah, sing bayar 20rb wau Mas Joko, dudu Pak Harun', reply: ['Sudah dibatalkan', 'Mas Joko bayar utang Rp20.000. Sisa utang Mas Joko Rp10.000'], not: ['Penjualan'] },
      { say: 'pak harun nyaur 5rb', reply: ['Sisa utang Pak Harun Rp35.000'] },
      { say: 'bukan Pak Harun yang bayar 5rb tadi, Mas Joko', reply: ['Sudah dibatalkan', 'Mas Joko bayar utang Rp5.000. Sisa utang Mas Joko Rp5.000'] },
    ],
    rows: [
      { sql: debts, rows: [{ name: 'Mas Joko', kind: 'customer', direction: 'receivable', amount: 30000, paid: 25000, status: 'open' },
        { name: 'Pak Harun', kind: 'customer', direction: 'receivable', amount: 40000, paid: 0, status: 'open' }] },
      { sql: payments, rows: [{ amount: 20000, payment: 'cash', dp: false, voided: true }, { amount: 20000, payment: 'cash', dp: false, voided: false },
        { amount: 5000, payment: 'cash', dp: false, voided: true }, { amount: 5000, payment: 'cash', dp: false, voided: false }] },
    ],
  },
  {
    name: 'who took goods with a number in their name put right after another entry', at, tenant,
    steps: [
      { say: 'mas joko ngebon rokok surya 12 1 bks 30rb', reply: ['Total utang Mas Joko sekarang Rp30.000'] },
      { say: 'laku indomie goreng 2', reply: ['Indomie Goreng 2 bks'] },
      { say: 'salah, yang ngebon surya 12 tadi Pak Harun bukan Mas Joko', reply: ['Sudah dibatalkan', 'Total utang Pak Harun sekarang Rp30.000'], not: ['Rp12.000'] },
    ],
    rows: [
      { sql: debts, rows: [{ name: 'Mas Joko', kind: 'customer', direction: 'receivable', amount: 30000, paid: 0, status: 'void' },
        { name: 'Pak Harun', kind: 'customer', direction: 'receivable', amount: 30000, paid: 0, status: 'open' }] },
    ],
  },
  {
    name: 'who took it put right in Bali, Kupang and Banjar words', at, tenant,
    steps: [
      { say: 'Bli Wayan kasbon kopi 5 sachet', reply: ['Total utang Bli Wayan sekarang Rp10.000'] },
      { say: 'eh salah, yang kasbon kopi tadi Bli Made, bukan Bli Wayan', reply: ['Sudah dibatalkan', 'Total utang Bli Made sekarang Rp10.000'], not: ['Produk baru'] },
      { say: 'Mama Yuli ngebon gula 1 kg', reply: ['Total utang Mama Yuli sekarang Rp18.000'] },
      { say: 'sonde, bukan Mama Yuli, itu Mama Ros', reply: ['Sudah dibatalkan', 'Total utang Mama Ros sekarang Rp18.000'] },
      { say: 'Acil Imah ngebon indomie goreng 2', reply: ['Total utang Acil Imah sekarang Rp7.000'] },
      { say: 'salah orang, nang ngebon indomie tadi Julak Mahmud', reply: ['Sudah dibatalkan', 'Total utang Julak Mahmud sekarang Rp7.000'], not: ['yang mana'] },
    ],
    rows: [
      { sql: debts, rows: [
        { name: 'Bli Wayan', kind: 'customer', direction: 'receivable', amount: 10000, paid: 0, status: 'void' },
        { name: 'Bli Made', kind: 'customer', direction: 'receivable', amount: 10000, paid: 0, status: 'open' },
        { name: 'Mama Yuli', kind: 'customer', direction: 'receivable', amount: 18000, paid: 0, status: 'void' },
        { name: 'Mama Ros', kind: 'customer', direction: 'receivable', amount: 18000, paid: 0, status: 'open' },
        { name: 'Acil Imah', kind: 'customer', direction: 'receivable', amount: 7000, paid: 0, status: 'void' },
        { name: 'Julak Mahmud', kind: 'customer', direction: 'receivable', amount: 7000, paid: 0, status: 'open' }] },
    ],
  },
  {
    name: 'other goods said with their count as "the one sold" re-book the sale with them', at, tenant,
    steps: [
      { say: 'laku aqua 2 btl 8rb', reply: ['Aqua 600 ml 2 btl'] },
      { say: 'eh salah barang, yang laku tadi indomie soto 2 bks, bukan aqua', reply: ['Sudah dibatalkan', 'Indomie Soto 2 bks'] },
      { say: 'laku kopi 3 sachet', reply: ['Kopi Kapal Api 3 sachet'] },
      { say: 'salah barang, nang laku tadi gula 1 kg, bukan kopi', reply: ['Sudah dibatalkan', 'Gula Pasir 1 kg'] },
    ],
    rows: [
      { sql: level('Aqua 600 ml'), rows: [{ level: 24 }] },
      { sql: level('Indomie Soto'), rows: [{ level: 28 }] },
      { sql: level('Kopi Kapal Api'), rows: [{ level: 60 }] },
      { sql: level('Gula Pasir'), rows: [{ level: 19 }] },
    ],
  },
  {
    name: 'an entry typed again to "Batalkan catatan ini?" replaces the one asked about; other entries leave it', at, tenant,
    steps: [
      { say: 'laku aqua 3 btl 10rb', reply: ['Aqua 600 ml 3 btl'] },
      { say: 'batal yang tadi', reply: ['Batalkan catatan ini'] },
      { say: 'laku aqua 3 btl 12rb', reply: ['Sudah dibatalkan', 'Aqua 600 ml 3 btl × Rp4.000 = Rp12.000'], not: ['lewati'] },
      { say: 'bu ani ngutang 25rb', reply: ['Total utang Bu Ani sekarang Rp25.000'] },
      { say: 'batal', reply: ['Batalkan catatan ini'] },
      { say: 'bu ani ngutang 20rb', reply: ['Sudah dibatalkan', 'Total utang Bu Ani sekarang Rp20.000'] },
      { say: 'laku kopi 2', reply: ['Kopi Kapal Api 2 sachet'] },
      { say: 'batal', reply: ['Batalkan catatan ini'] },
      { say: 'laku indomie goreng 1', reply: ['Pertanyaan soal pembatalan saya lewati', 'Indomie Goreng 1 bks'], not: ['Sudah dibatalkan'] },
    ],
    rows: [
      { sql: lines('Aqua 600 ml'), rows: [{ qty: 3, unit_price: 3333, total: 10000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 3, unit_price: 4000, total: 12000, kind: 'sale', payment: 'cash', status: 'posted' }] },
      { sql: debts, rows: [{ name: 'Bu Ani', kind: 'customer', direction: 'receivable', amount: 25000, paid: 0, status: 'void' },
        { name: 'Bu Ani', kind: 'customer', direction: 'receivable', amount: 20000, paid: 0, status: 'open' }] },
      { sql: lines('Kopi Kapal Api'), rows: [{ qty: 2, unit_price: 2000, total: 4000, kind: 'sale', payment: 'cash', status: 'posted' }] },
    ],
  },
  {
    name: 'Solo and Medan corrections: who paid with jv "mau", a count with its money, goods never booked, a sale that was a purchase', at, tenant,
    steps: [
      { say: 'pak bejo ngutang 30rb', reply: ['Total utang Pak Bejo sekarang Rp30.000'] },
      { say: 'bu warsi ngutang 40rb', reply: ['Total utang Bu Warsi sekarang Rp40.000'] },
      { say: 'bu warsi nyaur 20rb', reply: ['Sisa utang Bu Warsi Rp20.000'] },
      { say: 'salah, sing nyaur 20rb mau pak bejo, dudu bu warsi', reply: ['Sudah dibatalkan', 'Pak Bejo bayar utang Rp20.000. Sisa utang Pak Bejo Rp10.000'] },
      { say: 'payu indomie goreng 5 bungkus 17500', reply: ['Indomie Goreng 5 bks'] },
      { say: 'salah, dudu 5, 4 bungkus 14rb', reply: ['Sudah dibatalkan', 'Indomie Goreng 4 bks × Rp3.500 = Rp14.000'] },
      { say: 'amang tigor ngebon gula 2 kg', reply: ['Total utang Amang Tigor sekarang Rp36.000'] },
      { say: 'salah kali aku, beras tadi 4 kilo nya, 56 ribu', reply: ['tidak ketemu'], not: ['Sudah dibatalkan'] },
      { say: 'laku beras 20 kilo 260 ribu', reply: ['Beras Medium 20 kg'] },
      { say: 'salah itu bukan laku, kulakan dari toko makmur, lunas', reply: ['Sudah dibatalkan', 'Beras Medium 20 kg × Rp13.000 = Rp260.000'], not: ['Bayar utang'] },
      { say: 'laku kopi 2', reply: ['Kopi Kapal Api 2 sachet'] },
      { say: 'laku aqua 1', reply: ['Aqua 600 ml 1 btl'] },
      { say: 'salah, sing payu mau dudu kopi, indomie soto 2 bks', reply: ['Sudah dibatalkan', 'Indomie Soto 2 bks'] },
      { say: 'bayar listrik 150rb', reply: ['Listrik Rp150.000'] },
      { say: 'batal', reply: ['Batalkan catatan ini'] },
      { say: 'listrik 120rb', reply: ['Sudah dibatalkan', 'Listrik Rp120.000'] },
      { say: 'kulakan gula 10 kg 150rb dari toko makmur tempo dulu', reply: ['Gula Pasir 10 kg'] },
    ],
    rows: [
      // By name: entries booked in the same second tie on created_at.
      { sql: debts.replace('order by d.created_at', 'order by c.name'), rows: [
        { name: 'Amang Tigor', kind: 'customer', direction: 'receivable', amount: 36000, paid: 0, status: 'open' },
        { name: 'Bu Warsi', kind: 'customer', direction: 'receivable', amount: 40000, paid: 0, status: 'open' },
        { name: 'Pak Bejo', kind: 'customer', direction: 'receivable', amount: 30000, paid: 20000, status: 'open' },
        { name: 'Toko Makmur', kind: 'supplier', direction: 'payable', amount: 150000, paid: 0, status: 'open' }] },
      { sql: level('Indomie Goreng'), rows: [{ level: 36 }] },
      { sql: level('Beras Medium'), rows: [{ level: 70 }] },
      { sql: level('Gula Pasir'), rows: [{ level: 28 }] },
      { sql: level('Kopi Kapal Api'), rows: [{ level: 60 }] },
      { sql: level('Indomie Soto'), rows: [{ level: 28 }] },
      { sql: moneyTx('expense'), rows: [{ total: 150000, category: 'listrik', status: 'voided', payment: 'cash' }, { total: 120000, category: 'listrik', status: 'posted', payment: 'cash' }] },
    ],
  },
  {
    name: 'Garut corrections: a purchase not paid yet, a sale that was bought, a price said after a sorry', at, tenant,
    steps: [
      { say: 'kulakan gula 10 kg 150rb dari toko makmur', reply: ['Gula Pasir 10 kg'] },
      { say: 'nu gula tadi teu acan dibayar, tempo', reply: ['Sudah dibatalkan', 'Gula Pasir 10 kg'], not: ['berapa'] },
      { say: 'laku kopi 10 sachet 20rb', reply: ['Kopi Kapal Api 10 sachet'] },
      { say: 'eh salah, eta sanes ngical, meser ti toko makmur', reply: ['Sudah dibatalkan', 'Kopi Kapal Api 10 sachet'], not: ['tidak ketemu'] },
      { say: 'laku aqua 4 btl 16rb', reply: ['Aqua 600 ml 4 btl'] },
      { say: 'hapunten, aqua tadi sanes 16rb tapi 14 rebu', reply: ['Sudah dibatalkan', 'Rp14.000'] },
    ],
    rows: [
      { sql: debts, rows: [{ name: 'Toko Makmur', kind: 'supplier', direction: 'payable', amount: 150000, paid: 0, status: 'open' }] },
      { sql: level('Kopi Kapal Api'), rows: [{ level: 70 }] },
      { sql: lines('Kopi Kapal Api'), rows: [{ qty: 10, unit_price: 2000, total: 20000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 10, unit_price: 2000, total: 20000, kind: 'purchase', payment: 'cash', status: 'posted' }] },
    ],
  },
  {
    name: 'Surabaya and Makassar corrections: the goods named before the kind it was not, and jv "mau" opening a count fix', at, tenant,
    steps: [
      { say: 'kulak telur 5 kilo 27 ewu sakilo', reply: ['Telur Ayam 5 kg'] },
      { say: 'salah, telur iku dudu kulakan, tapi dodolan', reply: ['Sudah dibatalkan', 'Penjualan', 'Telur Ayam 5 kg'] },
      { say: 'laku kopi 5 sachet 10rb', reply: ['Kopi Kapal Api 5 sachet'] },
      { say: 'keliru, kopi itu bukan dijual, saya beli dari toko makmur 1.500 per sachet', reply: ['Sudah dibatalkan', 'Kopi Kapal Api 5 sachet × Rp1.500 = Rp7.500'], not: ['Pengeluaran'] },
      { say: 'laku indomie goreng 2 bks', reply: ['Indomie Goreng 2 bks'] },
      { say: 'mau indomie e dudu 2 bks, 3 bks ding', reply: ['Sudah dibatalkan', 'Indomie Goreng 3 bks'] },
      { say: 'kulakan gula 5 kg 80rb dari toko makmur, ngutang dulu', reply: ['Total utang ke Toko Makmur sekarang Rp80.000'] },
      { say: 'eh sudah dibayar ji itu gula, kontan', reply: ['Sudah dibatalkan', 'Gula Pasir 5 kg'], not: ['Berapa'] },
    ],
    rows: [
      { sql: level('Telur Ayam'), rows: [{ level: 5 }] },
      { sql: level('Kopi Kapal Api'), rows: [{ level: 65 }] },
      { sql: level('Indomie Goreng'), rows: [{ level: 37 }] },
      { sql: moneyTx('expense'), rows: [] },
    ],
  },
];