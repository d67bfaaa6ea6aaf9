// Owner tries of the twenty-seventh session: each message booked a wrong number or was not understood before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const now = new Date('2026-12-06T10:00:00+07:00');
const reads = readsAt(now);

describe('owner tries (twenty-seventh session): returns', () => {
  // Read as a purchase of "retur gula" from a supplier called "pembeli": the owner's price answer booked it.
  it('"retur" with money said is still goods given back, not bought', () => {
    reads('retur gula 1kg dr pembeli 17rb', { intent: 'unknown', amount: null });
    reads('ada yg return aqua 1 dus 48rb', { intent: 'unknown' });
  });
});

describe('owner tries (twenty-seventh session): gas and water swaps', () => {
  // Asked whether "tabung" was the flour (Tepung Terigu) or a new product.
  it('the empty cylinder handed back is no goods', () => {
    reads('laku gas 1 tabung 23rb, tabung kosong dibalikin', { intent: 'sale', amount: 23000, items: [{ product: 'gas', qty: 1, total: 23000 }] });
    reads('aqua galon 2 40rb galone kosong dituker', { intent: 'sale', amount: 40000, items: [{ product: 'aqua galon', qty: 2 }] });
  });
});
