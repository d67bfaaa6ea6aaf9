// Owner tries of the thirty-first session (Medan, Makassar, Manado): each message booked a wrong number before its fix.
import { describe, expect, it } from 'vitest';
import { parse } from './index.ts';
import { readsAt } from './reads.ts';

const reads = readsAt(new Date('2026-12-06T10:00:00+07:00'));

describe('owner tries (thirty-first session): the same goods said twice', () => {
  // A second line of a kilo was booked beside the ons (Rp50.400 for Rp8.400 of garlic).
  it('the price of a kilo said apart is the counted line\'s price', () => {
    reads('laku bawang putih 2 ons, harga bawang putih 42rb sekilo', { intent: 'sale', items: [{ product: 'bawang putih', qty: 2, unit: 'ons', unit_price: 42000 }] });
    reads('tanta ona beli gula 3 ons, gula pe harga 18500 sekilo', { intent: 'sale', counterparty: 'tanta ona', items: [{ product: 'gula', qty: 3, unit: 'ons', unit_price: 18500 }] });
  });
  it('a remark naming the goods before the entry adds no line', () => {
    reads('mahal kali gula sekarang, kulakan gula 10 kilo 175rb', { intent: 'purchase', amount: 175000, items: [{ product: 'gula', qty: 10, unit: 'kg', total: 175000 }] });
  });
  it('a price of another unit, or two counted lines, stay apart', () => {
    reads('laku indomie 2 dus, harga indomie 3500 sebungkus', { items: [{ product: 'indomie', qty: 2, unit: 'dus' }, { product: 'indomie', qty: null, unit_price: 3500 }] });
    reads('laku gula 2 kg, gula 1 kg', { items: [{ product: 'gula', qty: 2 }, { product: 'gula', qty: 1 }] });
  });
});

describe('owner tries (thirty-first session): paid later', () => {
  // A cash sale was booked (and "ngebon … nanti gajian dibayarnya" read as a payment of the debt).
  it('"nanti gajian dibayarnya" is paid on payday: on credit', () => {
    reads('om jemmy ambil kopi 5 sachet 10rb, nanti gajian dibayarnya', { intent: 'sale', payment: 'credit', counterparty: 'om jemmy', amount: 10000, items: [{ product: 'kopi', qty: 5 }] });
    reads('lae tigor ngebon rokok sampoerna mild 2 bks, nanti gajian dibayarnya', { intent: 'sale', payment: 'credit', counterparty: 'lae tigor', items: [{ product: 'rokok sampoerna mild', qty: 2 }] });
    reads('ambil kopi 5 sachet 10rb, nanti gajian baru bayar', { intent: 'sale', payment: 'credit', items: [{ product: 'kopi', qty: 5 }] });
  });
});

describe('owner tries (thirty-first session): money handed over, said regionally', () => {
  // Products "doena kukasi", "kasinya" and "kase" were offered at the money handed over (one sold for Rp100.000).
  it('Makassar "doe\'na … kukasi kembali", Medan "kasinya", Manado "kase" are the money given and the change', () => {
    reads("laku sunlight 1, doe'na 100rb kukasi kembali 94rb", { intent: 'sale', amount: 6000, items: [{ product: 'sunlight', qty: 1, total: 6000 }] });
    reads('laku skm 6 sachet, kasinya 50rb kembali 38rb', { intent: 'sale', amount: 12000, items: [{ product: 'skm', qty: 6 }] });
    reads('laku kopi 2, dia kase 20rb, kita kase kembali 16rb', { intent: 'sale', amount: 4000, items: [{ product: 'kopi', qty: 2, total: 4000 }] });
  });
});

describe('owner tries (thirty-first session): Bali and the city', () => {
  // The debt was taken as paid in full; "bayar 11rb ntar" after "ngutang" was a payment of her debt (Rp22.000 off).
  it('money to be paid later is not paid now', () => {
    reads('bu Tini ngutang rokok surya 12 1 bks, bayar 29rb besok', { intent: 'sale', payment: 'credit', items: [{ product: 'rokok surya 12', qty: 1 }] });
    expect(parse('bu Tini ngutang rokok surya 12 1 bks, bayar 29rb besok').paid_now).toBeUndefined();
    reads('bu Tini ngutang pulsa 10rb, bayar 11rb ntar', { intent: 'sale', payment: 'credit', amount: 11000, items: [{ product: 'pulsa 10rb' }] });
  });
  // Rp50.000 was shared over the goods (Aqua at Rp16.700).
  it('"mayah pis 50rb" (pay money) said last is the note handed over', () => {
    reads('laku aqua 600 2 btl, teh pucuk 1, mayah pis 50rb', { intent: 'sale', tendered: 50000, items: [{ product: 'aqua 600', qty: 2 }, { product: 'teh pucuk', qty: 1 }] });
    reads('laku aqua 600 2 btl, teh pucuk 1, bayar uang 50rb', { intent: 'sale', tendered: 50000, items: [{ product: 'aqua 600', qty: 2 }, { product: 'teh pucuk', qty: 1 }] });
  });
});

describe('owner tries (thirty-first session): Bali days', () => {
  // Yesterday's gas was booked today.
  it('"ibi" is yesterday', () => {
    reads('ibi lupa nyatet, meli gas 3kg 2 tabung 44rb', { intent: 'purchase', date: '2026-12-05', amount: 44000, items: [{ product: 'gas 3kg', qty: 2 }] });
  });
});
