import { describe, expect, it } from 'vitest';
import type { BookedEvent } from '../types.ts';
import { readPaymentFix } from './payment.ts';

const booked = (intent: 'sale' | 'purchase' | 'expense', payment: 'cash' | 'credit' | null, kind: BookedEvent['kind'] = 'transaction'): BookedEvent => ({
  kind, id: 'tx-1', summary: 'Penjualan Indomie Soto 3 bks',
  frame: {
    intent, items: [], amount: null, counterparty: null, direction: null, category: null, date: null, period: null,
    max_unit_price: null, payment, contactId: null,
  },
});

describe('readPaymentFix', () => {
  it.each([
    ['pembeli tadi bayar pake qris', 'qris'], ['salah, bayarnya transfer', 'transfer'], ['eh lewat tf ding', 'transfer'],
    ['bayarnya tunai', 'cash'], ['qris', 'qris'],
    // Palembang try (twenty-eighth session): the way it was not paid named too was not understood.
    ['salah, tunai bukan qris', 'cash'], ['bukan qris tapi cash', 'cash'], ['transfer, bukan tunai', 'transfer'],
  ])('after a cash sale, %s → %s', (text, want) => {
    expect(readPaymentFix(text, booked('sale', 'cash'))).toBe(want);
  });

  // Owner try: "yang aqua harusnya qris" after the Aqua sale got the help text.
  it('the booking\'s own goods named back', () => {
    const aqua = booked('sale', 'cash');
    aqua.frame.items = [{ productId: 'a', name: 'Aqua 600 ml', qty: 5, unit: 'btl', unitPrice: 4000, total: 20000, typed: 'aqua' }];
    expect(readPaymentFix('yang aqua harusnya qris', aqua)).toBe('qris');
    expect(readPaymentFix('yang indomie harusnya qris', aqua)).toBeNull(); // other goods: not this booking
  });

  it.each([
    ['a message that says more', 'laku indomie qris', booked('sale', 'cash')],
    ['two ways at once', 'qris atau transfer', booked('sale', 'cash')],
    ['a credit payment', 'utang', booked('sale', 'cash')],
    ['after a sale on credit (paying the tab is a debt payment)', 'bayar qris', booked('sale', 'credit')],
    ['after an expense', 'qris', booked('expense', null)],
    ['after a stock count', 'qris', booked('sale', null, 'stock')],
    ['with nothing booked', 'qris', null],
  ])('nothing for %s', (_what, text, last) => {
    expect(readPaymentFix(text, last)).toBeNull();
  });
});
