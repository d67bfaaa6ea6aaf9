// Owner tries of the forty-first session (a Jakarta owner texting short, a Riau kiosk, Ambon): each message was made a product sold, or not
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

describe('owner tries (forty-first session): Riau', () => {
  it('"48 gelas sedus" after the count is what a dus holds; "berhutang" is on credit', () => {
    // "… 2 dus 48 gelas sedus, 38rb sedus" booked 1 dus for Rp38.000; "berhutang" was not understood.
    reads('kulakan aqua gelas 2 dus 48 gelas sedus, 38rb sedus',
      { intent: 'purchase', amount: 76000, items: [{ product: 'aqua gelas', qty: 2, unit: 'dus', unit_price: 38000, pack_size: 48, pack_base_unit: 'gelas' }] });
    reads('mak cik kiah berhutang teh pucuk 3 botol',
      { intent: 'sale', payment: 'credit', counterparty: 'mak cik kiah', items: [{ product: 'teh pucuk', qty: 3, unit: 'botol' }] });
  });
});

describe('owner tries (forty-first session): Ambon', () => {
  it('kilos and ons said together are one weight', () => {
    // "… 1 kg deng 3 ons, 17 ribu sekilo" booked 0,3 kg (Rp5.100); "1 kg dan 3 ons 22rb" 0,3 kg at Rp73.333/kg.
    reads('jual gula pasir 1 kg deng 3 ons, 17 ribu sekilo', { intent: 'sale', amount: 22100, items: [{ product: 'gula pasir', qty: 1.3, unit: 'kg', unit_price: 17000 }] });
    reads('jual gula 1 kg dan 3 ons 22rb', { intent: 'sale', amount: 22000, items: [{ product: 'gula', qty: 1.3, unit: 'kg', total: 22000 }] });
    reads('beli bawang 2 kilo 5 ons', { intent: 'purchase', items: [{ product: 'bawang', qty: 2.5, unit: 'kg' }] });
  });
});
