// Owner tries of the thirty-fifth session: each message booked a wrong number, or nothing, before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const reads = readsAt(new Date('2026-12-07T10:00:00+07:00'));

describe('owner tries (thirty-fifth session): goods the warung had none of', () => {
  // su "gorengan teu aya" (there were no fritters) made the message a stock question and the sale of coffee was lost.
  it('"…, X teu aya / gak ada / habis" after a sale or purchase is a note, not a line', () => {
    reads('punten, tadi payu kopi good day 6 sachet, gorengan teu aya', { intent: 'sale', items: [{ product: 'kopi good day', qty: 6 }] });
    reads('tadi laku aqua 3 botol 12rb, roti ga ada', { intent: 'sale', amount: 12000, items: [{ product: 'aqua', qty: 3 }] });
    reads('kulakan gula 5 kg 70rb, minyak lagi kosong', { intent: 'purchase', amount: 70000, items: [{ product: 'gula', qty: 5, unit: 'kg' }] });
  });
  it('in a count the goods said gone stay a count of none', () => {
    reads('stok indomie 5, telur habis', { intent: 'stock_set', items: [{ product: 'indomie', qty: 5 }, { product: 'telur', qty: 0 }] });
  });
});
