// Owner tries of the thirty-eighth session: each message booked a wrong number, or nothing, before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const reads = readsAt(new Date('2026-12-07T10:00:00+07:00'));

describe('owner tries (thirty-eighth session): money said in slang', () => {
  // "seceng tuju ratus lima puluh" was Rp1.700: the tens after slang thousands and spoken hundreds were dropped.
  it('tens after slang thousands and hundreds add to them', () => {
    reads('laku kopi 1 seceng tuju ratus lima puluh', { intent: 'sale', amount: 1750, items: [{ product: 'kopi', qty: 1 }] });
    reads('payu kopi 1 seceng pitung atus seket', { intent: 'sale', amount: 1750, items: [{ product: 'kopi', qty: 1 }] });
    reads('laku kopi 2 goceng gopek seket', { intent: 'sale', amount: 5550, items: [{ product: 'kopi', qty: 2 }] });
    // Without hundreds between, a small number after the slang stays a count.
    reads('laku kopi goceng 2 bungkus', { intent: 'sale', amount: 5000, items: [{ product: 'kopi', qty: 2 }] });
  });
});
