// Owner tries of the forty-first session (a Jakarta owner texting short): each message was made a product sold, or not
// understood, before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const reads = readsAt(new Date('2026-12-07T10:00:00+07:00'));

describe('owner tries (forty-first session): chat short forms', () => {
  it('"utg", "bnsin", "mnyk" are utang, bensin, minyak; Bali\'s "bli" stays a man', () => {
    // "bu ani utg 20rb" asked "Produk baru utg?" and a "ya" sold it; "bnsin 30k" too.
    reads('bu ani utg 20rb', { intent: 'debt_add', counterparty: 'bu ani', amount: 20000 });
    reads('bnsin 30k', { intent: 'expense', amount: 30000, items: [{ product: 'bensin', total: 30000 }] });
    reads('beli mnyk 2 liter 36rb total', { intent: 'purchase', amount: 36000, items: [{ product: 'minyak', qty: 2, unit: 'liter' }] });
    reads('bli wayan ngutang 29rb', { intent: 'debt_add', counterparty: 'bli wayan', amount: 29000 });
  });
});
