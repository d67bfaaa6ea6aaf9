// Owner tries of the twenty-first session: each message booked a wrong number or was not understood before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const reads = readsAt(new Date('2026-12-05T10:00:00+07:00'));

describe('owner tries (twenty-first session): a customer paying for goods', () => {
  // "customer bayar pake qris 25k buat indomie goreng 5 bungkus + aqua 1 botol" priced the aqua at Rp25.000 and dropped
  // the noodles ("goreng" read as cooking, so "indomie goreng" was a purpose).
  it('an amount paid "buat" several counted goods is their total', () => {
    reads('customer bayar pake qris 25k buat indomie goreng 5 bungkus + aqua 1 botol', {
      intent: 'sale', payment: 'qris', amount: 25000,
      items: [{ product: 'indomie goreng', qty: 5, unit: 'bungkus', total: null }, { product: 'aqua', qty: 1, unit: 'botol', total: null }],
    });
    reads('customer bayar pake qris 25k buat indomie goreng 5 bungkus', {
      intent: 'sale', amount: 25000, items: [{ product: 'indomie goreng', qty: 5, total: 25000 }],
    });
    reads('pembeli bayar 30rb buat gula 1 kg sama telur 1/4', { intent: 'sale', amount: 30000, items: [{ product: 'gula', qty: 1 }, { product: 'telur', qty: 0.25 }] });
    // Cooking right after "buat" stays a purpose.
    reads('beli minyak 2 liter 30rb buat goreng', { intent: 'expense', amount: 30000, items: [{ product: 'minyak', qty: 2 }] });
  });
  // "pembeli bayar qris 45rb buat rokok surya 16 1 bungkus" read a product "" of 16.
  it('a number inside the name of the goods paid for stays in the name', () => {
    reads('pembeli bayar qris 45rb buat rokok surya 16 1 bungkus', {
      intent: 'sale', payment: 'qris', amount: 45000, items: [{ product: 'rokok surya 16', qty: 1, unit: 'bungkus', total: 45000 }],
    });
  });
});

describe('owner tries (twenty-first session): what is left', () => {
  // "stok minyak goreng tinggal 6 botol mi" (Makassar) also set the stock of a noodle "mi".
  it('"mi"/"ji" closing the count left is the Makassar particle', () => {
    reads('stok minyak goreng tinggal 6 botol mi', { intent: 'stock_set', items: [{ product: 'minyak goreng', qty: 6, unit: 'botol' }] });
    // A noodle counted stays a noodle.
    reads('beli 2 bungkus mi', { intent: 'purchase', items: [{ product: 'mi', qty: 2 }] });
  });
  // jv "stok gas elpiji 3 kg kari papat" set the stock to 3 kg; "… tinggal 4 tabung" too.
  it('a size, then the word for "left" and a count (in words or with its unit), counts the sized goods', () => {
    reads('stok gas elpiji 3 kg kari papat', { intent: 'stock_set', items: [{ product: 'gas elpiji 3 kg', qty: 4 }] });
    reads('stok gas 3 kg tinggal 4 tabung', { intent: 'stock_set', items: [{ product: 'gas 3 kg', qty: 4, unit: 'tabung' }] });
    // A fraction left is not a count of sized goods.
    reads('gula 1 kg tinggal setengah', { intent: 'stock_set', items: [{ product: 'gula' }] });
  });
});

describe('owner tries (twenty-first session): names', () => {
  // jv "payu roti sobek 2" sold Sari Roti Tawar ("sobek", torn, was read as damage and dropped from the name).
  it('"roti sobek" is bread, not torn bread', () => {
    reads('payu roti sobek 2', { intent: 'sale', items: [{ product: 'roti sobek', qty: 2 }] });
    // Torn goods elsewhere are still a loss.
    reads('plastik kresek 5 sobek', { intent: 'stock_out', items: [{ product: 'plastik kresek', qty: 5 }] });
  });
});
