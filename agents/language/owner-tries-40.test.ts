// Owner tries of the fortieth session (Padang, Pontianak, Manado, Banyumas, Java): each message booked a wrong number, or
// nothing, before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const reads = readsAt(new Date('2026-12-07T10:00:00+07:00'));

describe('owner tries (fortieth session): months that are names', () => {
  // "Ci Mei so bayar 10 rebu" lost its payer (May) and was booked as an expense.
  it('a month after an honorific is a woman\'s name; a report month stays a month', () => {
    reads('Ci Mei so bayar 10 rebu', { intent: 'debt_pay', counterparty: 'ci mei', amount: 10000 });
    reads('bu juni bayar utang 5rb', { intent: 'debt_pay', counterparty: 'bu juni', amount: 5000 });
    reads('mbak april ngutang 5rb', { intent: 'debt_add', counterparty: 'mbak april', amount: 5000 });
    reads('laporan bulan november', { intent: 'report', counterparty: null });
  });
});

describe('owner tries (fortieth session): regional words', () => {
  it('Minang "katonyo", "tabuang"; a shop between the goods and their count', () => {
    // "Produk baru katonyo?" was asked, and "5 tabuang" asked the gas's price, then made a product "Sinar Jaya".
    reads('si Dodi ambiak rokok surya 16 sabungkuih, utang dulu katonyo',
      { intent: 'sale', counterparty: 'si dodi', payment: 'credit', items: [{ product: 'rokok surya 16', qty: 1 }] });
    reads('bali gas elpiji ka sinar jaya 5 tabuang @19rb',
      { intent: 'purchase', counterparty: 'sinar jaya', amount: 95000, items: [{ product: 'gas elpiji', qty: 5, unit: 'tabung', unit_price: 19000 }] });
    reads('beli gas elpiji dari sinar jaya 5 tabung @19rb', { intent: 'purchase', counterparty: 'sinar jaya', amount: 95000, items: [{ product: 'gas elpiji', qty: 5 }] });
  });
  it('Pontianak "same", "telok", "ade", "berape", "-nye"', () => {
    reads('kopi good day 5 sachet 10rb, same teh pucuk 2 botol 8rb',
      { intent: 'sale', amount: 18000, items: [{ product: 'kopi good day', qty: 5 }, { product: 'teh pucuk', qty: 2 }] });
    reads('telok 10 butir 20 ribu', { intent: 'sale', amount: 20000, items: [{ product: 'telur', qty: 10 }] });
    reads('stok beras premium ade berape?', { intent: 'stock_check', items: [{ product: 'beras premium' }] });
    reads('ade yang beli bawang merah setengah kilo 25rb, duitnye 100rb',
      { intent: 'sale', amount: 25000, tendered: 100000, items: [{ product: 'bawang merah', qty: 0.5 }] });
    // "ade" is a name elsewhere.
    reads('pak ade ngutang 10rb', { intent: 'debt_add', counterparty: 'pak ade', amount: 10000 });
  });
  it('Manado "rica"; ngapak "njukut"; jv krama "rumiyin"', () => {
    reads('laku rica 1 ons 5 rebu', { intent: 'sale', amount: 5000, items: [{ product: 'cabe', qty: 1, unit: 'ons' }] });
    reads('Yu Sarni njukut beras 3 kilo 42 ewu, mbayar 20 ewu, sisane utang',
      { intent: 'sale', counterparty: 'yu sarni', payment: 'credit', paid_now: 20000, items: [{ product: 'beras', qty: 3, total: 42000 }] });
    reads('bu yati utang rumiyin 20 ewu', { intent: 'debt_add', counterparty: 'bu yati', amount: 20000 });
    reads('tuku beras 10 kg 120 ewu utang rumiyin', { intent: 'purchase', payment: 'credit', amount: 120000, items: [{ product: 'beras', qty: 10 }] });
  });
});

describe('owner tries (fortieth session): a bill with "its"', () => {
  // "parkire mau 3rb ae" and "bensine 20rb" offered products "parkire" and "bensine" at the money said.
  it('is the bill', () => {
    reads('parkire mau 3rb ae', { intent: 'expense', category: 'transport', amount: 3000, items: [] });
    reads('bensine 20rb', { intent: 'expense', category: 'transport', amount: 20000, items: [{ product: 'bensin' }] });
    reads('listrike mau 100rb', { intent: 'expense', category: 'listrik', amount: 100000 });
    reads('tadi gajine mas tono 50rb', { intent: 'expense', category: 'gaji', amount: 50000 });
  });
});

describe('owner tries (fortieth session): Surabaya and Lampung words', () => {
  // "gulo 2 kilo 37rb ae" asked about a product "ae"; "ngutang jugo", "gas elpiji sekok" made goods "jugo", "sekok"; "Yuk
  // Ani" was no one; "busek" (erase) booked the fuel a third time.
  it('are read as Indonesian', () => {
    reads('gulo 2 kilo 37rb ae', { intent: 'sale', amount: 37000, items: [{ product: 'gulo', qty: 2, unit: 'kg' }] });
    reads('Yuk Ani ngambik rinso 1 samo sabun lifebuoy 2, 35rb, ngutang jugo',
      { intent: 'sale', counterparty: 'yuk ani', payment: 'credit', amount: 35000, items: [{ product: 'rinso', qty: 1 }, { product: 'sabun lifebuoy', qty: 2 }] });
    reads('Wak Udin ngutang gas elpiji sekok 23rb, bayar besok katonyo',
      { intent: 'sale', counterparty: 'wak udin', payment: 'credit', amount: 23000, items: [{ product: 'gas elpiji', qty: 1 }] });
    reads('bensin sing 15rb iku busek ae, dobel', { intent: 'undo', amount: 15000, items: [{ product: 'bensin' }] });
    // su "ngagaleuh" (buys) made a product "ngagaleuh gula" (live try).
    reads('ngagaleuh gula ti toko makmur 10 kilo 165 rebu',
      { intent: 'purchase', counterparty: 'toko makmur', amount: 165000, items: [{ product: 'gula', qty: 10, unit: 'kg' }] });
  });
});
