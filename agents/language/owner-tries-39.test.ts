// Owner tries of the thirty-ninth session: each message booked a wrong number, or nothing, before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const reads = readsAt(new Date('2026-12-07T10:00:00+07:00'));

describe('owner tries (thirty-ninth session): a price each, and Makassar "mi" after it', () => {
  // "2rb satu mi" sold 5 sachets for Rp2.000 and a pack of Mie Sedaap; "goceng satu" was Rp5.000 for three bottles.
  it('"satu" after a price is each, and "mi" after it a particle', () => {
    reads('laku kopi 5 sachet 2rb satu mi', { intent: 'sale', amount: 10000, items: [{ product: 'kopi', qty: 5, unit_price: 2000 }] });
    reads('laku coca cola 3 btl goceng satu', { intent: 'sale', amount: 15000, items: [{ product: 'coca cola', qty: 3, unit_price: 5000 }] });
    // The noodle stays goods elsewhere.
    reads('laku mi goreng 2', { intent: 'sale', items: [{ product: 'mi goreng', qty: 2 }] });
  });
  // "batal mi yang terakhir" listed the noodle sales to pick from.
  it('"mi" after "batal"/"hapus" is a particle', () => {
    reads('batal mi yang terakhir', { intent: 'undo', items: [] });
    reads('hapus mi itu tadi', { intent: 'undo', items: [] });
  });
});

describe('owner tries (thirty-ninth session): Medan words', () => {
  // "kek mana stok gula" looked up a product "kek mana".
  it('"kek mana" is how', () => {
    reads('kek mana stok gula sekarang lae?', { intent: 'stock_check', items: [{ product: 'gula' }] });
  });
});

describe('owner tries (thirty-ninth session): goods given back', () => {
  // "ga jadi, rokok surya 16 tadi dibalikin" changed the last sale (another product's) to 16 packs.
  it('goods given back are an undo; money given back is not', () => {
    reads('ga jadi, rokok surya 16 tadi dibalikin', { intent: 'undo', items: [{ product: 'rokok surya 16' }] });
    reads('aquanya dikembalikan', { intent: 'undo' });
  });
});
