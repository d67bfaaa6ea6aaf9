// Owner tries of the twenty-eighth session: each message booked a wrong number or was not understood before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const now = new Date('2026-12-06T10:00:00+07:00');
const reads = readsAt(now);

describe('owner tries (twenty-eighth session): prices', () => {
  // Booked as a sale of one dus at Rp45.000 (stock down 24 bottles, money in the drawer that never came).
  it('"harga <goods> 1 <unit> <money>" is the price of that unit, not one sold', () => {
    reads('harga aqua 1 dus 45rb', { intent: 'price_set', amount: null, items: [{ product: 'aqua', unit: 'dus', unit_price: 45000 }] });
    reads('hrg gula 1 kg 17rb', { intent: 'price_set', items: [{ product: 'gula', unit: 'kg', unit_price: 17000 }] });
    // A sale verb or a buyer still sells one.
    reads('laku aqua 1 dus 45rb', { intent: 'sale', amount: 45000, items: [{ product: 'aqua', qty: 1, unit: 'dus' }] });
  });
});
