// Owner tries of the twenty-ninth session: each message booked a wrong number or was not understood before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const now = new Date('2026-12-06T10:00:00+07:00');
const reads = readsAt(now);

describe('owner tries (twenty-ninth session): who pays a debt', () => {
  // Booked as the person paying the warung (money into the drawer) when the warung paid him what it owed.
  it('the warung paying, said with "kita"/"ku-"/"lon" before the verb, pays what the warung owes', () => {
    reads('om jemmy kita bayar 100rb', { intent: 'debt_pay', amount: 100000, counterparty: 'om jemmy', direction: 'payable' });
    reads('mang ujang kubayar 200rb', { intent: 'debt_pay', amount: 200000, counterparty: 'mang ujang', direction: 'payable' });
    reads('bang rizal lon bayar 50rb', { intent: 'debt_pay', amount: 50000, counterparty: 'bang rizal', direction: 'payable' });
    // The person paying stays the person paying.
    reads('bu sri bayar utang 20rb', { intent: 'debt_pay', amount: 20000, counterparty: 'bu sri', direction: 'receivable' });
  });
  // "cepek" is Rp100 in the word tables; a debt of Rp100 was booked (Rp249.900 left of Rp250.000).
  it('a debt amount under Rp1.000 said in slang is asked, not booked', () => {
    reads('pak long bayar cepek', { intent: 'debt_pay', amount: null, counterparty: 'pak long', ask: ['amount'] });
    reads('bu sri ngutang gocap', { intent: 'debt_add', amount: null, counterparty: 'bu sri', ask: ['amount'] });
    reads('mbak yuni nyicil bon ceban', { intent: 'debt_pay', amount: 10000 });
    // The question's answer said after it: the message read again.
    reads('pak long bayar cepek 100rb', { intent: 'debt_pay', amount: 100000, counterparty: 'pak long' });
  });
});

describe('owner tries (twenty-ninth session): names', () => {
  // A supplier "UD Sinar" was created beside UD Sinar Jaya, and the goods were "rinso jaya".
  it('a shop\'s name word before the count stays in the shop\'s name', () => {
    reads('beli rinso dari ud sinar jaya 1 lusin', { intent: 'purchase', counterparty: 'ud sinar jaya', items: [{ product: 'rinso', qty: 1, unit: 'lusin' }] });
    reads('toko makmur abadi gula 2 karung 1,3jt', { intent: 'purchase', counterparty: 'toko makmur abadi', items: [{ product: 'gula', qty: 2, unit: 'karung' }] });
  });
  // "Produk baru santoso?" was asked and the sugar had no count.
  it('a person\'s second name before the verb is the name', () => {
    reads('pak budi santoso ambil 2 kg gula', { intent: 'sale', counterparty: 'pak budi santoso', items: [{ product: 'gula', qty: 2, unit: 'kg' }] });
    reads('bu sri ngutang 25rb', { intent: 'debt_add', counterparty: 'bu sri', amount: 25000 });
  });
});
