// Owner tries of the forty-third session (Bali, Banjar, Kupang days): each message was read as the wrong kind before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const reads = readsAt(new Date('2026-12-08T10:00:00+08:00'));

describe('owner tries (forty-third session): Banjar', () => {
  it('Banjar "Galuh" names a young woman: what she "tukar" (buys) is a sale to her', () => {
    // It was a purchase ("Harga beli Bawang Putih per gram berapa?"), where "Acil Imah tukar …" was a sale.
    reads('Galuh Ani tukar bawang putih 250 gram', { intent: 'sale', counterparty: 'galuh ani', items: [{ product: 'bawang putih', qty: 250, unit: 'gram' }] });
  });
});
