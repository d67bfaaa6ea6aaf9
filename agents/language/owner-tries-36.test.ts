// Owner tries of the thirty-sixth session (Surabaya, Bali, Banjarmasin, Lombok, Betawi, Pontianak): each message booked a
// wrong number, or nothing, before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const reads = readsAt(new Date('2026-12-07T10:00:00+07:00'));

describe('owner tries (thirty-sixth session): words of the regions', () => {
  // Sasak "bayah" (pay): "Inaq Sum bayah utang 22rb" was a new debt of "Inaq Sum Bayah".
  it('Sasak "bayah" is paying', () => {
    reads('Inaq Sum bayah utang 22rb', { intent: 'debt_pay', amount: 22000, counterparty: 'inaq sum' });
  });
  // Banjar "isuk" (tomorrow): "…, bayar isuk" was a cash sale.
  it('Banjar "bayar isuk" is paid later: on credit', () => {
    reads('Julak Ramli ngambil rokok surya 12 dua bungkus, bayar isuk', { intent: 'sale', payment: 'credit', counterparty: 'julak ramli', items: [{ product: 'rokok surya 12', qty: 2 }] });
  });
  // "parkir pasar duaribu" was a market-price question about "parkir duaribu".
  it('a number word glued to its multiplier is the number', () => {
    reads('parkir pasar duaribu', { intent: 'expense', amount: 2000 });
    reads('bayar listrik limapuluh ribu', { intent: 'expense', amount: 50000 });
  });
  // Sasak "kance", Banjar "wan" (and): "kance korek" was offered as a new product; Pontianak "semue" (all) before the total.
  it('"kance" and "wan" join goods; "semue" before the money is the total', () => {
    reads('Amaq Rudi meli gudang garam filter 1 bks kance korek 1, bayah tunai 28rb', { intent: 'sale', amount: 28000, items: [{ product: 'gudang garam filter', qty: 1 }, { product: 'korek', qty: 1 }] });
    reads('laku kopi 2 wan gula 1 kg', { intent: 'sale', items: [{ product: 'kopi', qty: 2 }, { product: 'gula', qty: 1, unit: 'kg' }] });
    reads('laku indomie 2 ngan saus abc 1, semue 31rb', { intent: 'sale', amount: 31000, items: [{ product: 'indomie', qty: 2 }, { product: 'saus abc', qty: 1 }] });
  });
});

describe('owner tries (thirty-sixth session): paid later, said the regions\' way', () => {
  // "Bang jefri bayar 15rb dulu sisanya gajian" was a wage expense of Rp15.000 (his tab untouched).
  it('"sisanya gajian" is the rest on payday, not wages', () => {
    reads('Bang jefri bayar 15rb dulu sisanya gajian', { intent: 'debt_pay', amount: 15000, counterparty: 'bang jefri' });
    reads('bayar gajian karyawan 2jt', { intent: 'expense', amount: 2000000, category: 'gaji' });
  });
  // Cirebon "…, jere mbayar sesuk" (he says he pays tomorrow) was a payment promise; the goods taken were never booked.
  it('"jere mbayar sesuk" after goods taken on the tab is a credit sale', () => {
    reads('Mang Darma ngutang rokok surya 12 sebungkus karo kopi 2 saset, jere mbayar sesuk', { intent: 'sale', payment: 'credit', counterparty: 'mang darma',
      items: [{ product: 'rokok surya 12', qty: 1 }, { product: 'kopi', qty: 2 }] });
  });
});
