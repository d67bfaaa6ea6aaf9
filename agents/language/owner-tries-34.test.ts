// Owner tries of the thirty-fourth session (Makassar, Surabaya, Banjarmasin): each message booked a wrong number or the
// wrong party before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const reads = readsAt(new Date('2026-12-07T10:00:00+08:00'));

describe('owner tries (thirty-fourth session): the note handed over', () => {
  // Both were booked as the goods' total, prices raised to fit the note (Sania at Rp68.900, Aqua at Rp10.500).
  it('Makassar "dia kasi 100rb", Banjar "mambayar 50 ribu" said last are a note handed over', () => {
    reads('orang beli minyak sania 2 liter 1 sama gula pasir 1 kilo, dia kasi 100rb', { intent: 'sale', tendered: 100000, items: [{ product: 'minyak sania 2 liter', qty: 1 }, { product: 'gula pasir', qty: 1, unit: 'kg' }] });
    reads('urang nukar aqua 2 botol lawan chitato 1, mambayar 50 ribu', { intent: 'sale', counterparty: null, tendered: 50000, items: [{ product: 'aqua', qty: 2 }, { product: 'chitato', qty: 1 }] });
  });
});

describe('owner tries (thirty-fourth session): who delivers, who owes', () => {
  // A supplier "UD Sinar Jaya Maantar" was made, and the warung's Rp270.000 owed to UD Sinar Jaya was said paid.
  it('a verb after a shop\'s name ends the name', () => {
    reads('UD Sinar Jaya maantar rokok surya 12 sepuluh bungkus, 270 ribu, belum dibayar', { intent: 'purchase', counterparty: 'ud sinar jaya', payment: 'credit', amount: 270000, items: [{ product: 'rokok surya 12', qty: 10 }] });
    reads('Toko Makmur antar indomie goreng 2 dus 230rb', { intent: 'purchase', counterparty: 'toko makmur', amount: 230000, items: [{ product: 'indomie goreng', qty: 2, unit: 'dus' }] });
  });
  // Makassar "belum nabayar" (she has not paid) was a cash sale to Bu Ani.
  it('Makassar "belum nabayar" is on the tab', () => {
    reads('Bu Ani ambil beras premium 5 kilo, belum nabayar', { intent: 'sale', counterparty: 'bu ani', payment: 'credit', items: [{ product: 'beras premium', qty: 5, unit: 'kg' }] });
  });
  // jv "wong", Banjar "urang" (a person) were customers named Wong and Urang.
  it('"wong", "urang" buying is a customer, no name', () => {
    reads('wong tuku gula 1 kg', { intent: 'sale', counterparty: null, items: [{ product: 'gula', qty: 1, unit: 'kg' }] });
    reads('urang manukar gula 1 kilo', { intent: 'sale', counterparty: null, items: [{ product: 'gula', qty: 1, unit: 'kg' }] });
  });
});

describe('owner tries (thirty-fourth session): what money was for', () => {
  // jv "gae kulakan" (for the trip to buy stock) made a product "bensin gae", bought and kept as stock.
  it('petrol "gae kulakan", "buat ke pasar" is an expense', () => {
    reads('tuku bensin 15rb gae kulakan', { intent: 'expense', amount: 15000, category: 'transport', items: [{ product: 'bensin', total: 15000 }] });
    reads('beli bensin 20rb buat ke pasar', { intent: 'expense', amount: 20000, category: 'transport', items: [{ product: 'bensin', total: 20000 }] });
  });
  // su "batalkeun nu panungtung" (cancel the last) offered a product "panungtung" to undo.
  it('su "panungtung", jv "pungkasan" (the last) name no goods to undo', () => {
    reads('batalkeun nu panungtung', { intent: 'undo', items: [] });
  });
});

describe('owner tries (thirty-fourth session, round two): Padang, Manado, Kupang', () => {
  // Each note was booked as the goods' price: Rinso at Rp100.000, Kecap at Rp50.000.
  it('"bayar pake 50 ribu", Minang "urang bayia pakai 100 ribu" are notes handed over', () => {
    reads('rinso 1, urang bayia pakai 100 ribu', { intent: 'sale', tendered: 100000, items: [{ product: 'rinso', qty: 1 }] });
    reads('kecap bango 1, dia bayar pake 50 ribu', { intent: 'sale', tendered: 50000, items: [{ product: 'kecap bango', qty: 1 }] });
  });
  // Manado "ada beli" (someone bought) was the warung's purchase: stock went up.
  it('Manado "ada beli …" is a customer buying', () => {
    reads('ada beli aqua gelas 12, 12 ribu', { intent: 'sale', amount: 12000, items: [{ product: 'aqua gelas', qty: 12 }] });
    reads('kita ada beli gula 10 kg 150rb', { intent: 'purchase', amount: 150000, items: [{ product: 'gula', qty: 10, unit: 'kg' }] });
    reads('tadi ada beli aqua 2 botol, dia kasi 10rb', { intent: 'sale', tendered: 10000, items: [{ product: 'aqua', qty: 2, unit: 'botol' }] });
  });
  // Minang "lakuih" (sold) was part of a new product "lakuih gulo".
  it('Minang "lakuih" is sold', () => {
    reads('lakuih gulo 1,5 kg, 18.500 sakilo', { intent: 'sale', amount: 27750, items: [{ product: 'gulo', qty: 1.5, unit: 'kg', unit_price: 18500 }] });
  });
});
