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
