// Owner tries of the thirty-seventh session: each message booked a wrong number, or nothing, before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const reads = readsAt(new Date('2026-12-07T10:00:00+07:00'));

describe('owner tries (thirty-seventh session): money said in slang', () => {
  // "ceban dua ribu limaratus" was Rp12.000: the hundreds after slang thousands were dropped.
  it('hundreds after slang thousands add to them', () => {
    reads('laku kopi 2 ceban dua ribu limaratus', { intent: 'sale', amount: 12500, items: [{ product: 'kopi', qty: 2 }] });
    reads('laku kopi 2 goceng lima ratus', { intent: 'sale', amount: 5500, items: [{ product: 'kopi', qty: 2 }] });
    reads('payu kopi 2 ceban rongewu limangatus', { intent: 'sale', amount: 12500, items: [{ product: 'kopi', qty: 2 }] });
    // A count after the slang stays a count.
    reads('laku kopi goceng 2 bungkus', { intent: 'sale', amount: 5000, items: [{ product: 'kopi', qty: 2 }] });
  });
});
