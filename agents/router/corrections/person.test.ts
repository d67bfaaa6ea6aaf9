import { describe, expect, it } from 'vitest';
import type { BookedEvent } from '../types.ts';
import { amountAfterName, readPersonFix } from './person.ts';

const booked = (counterparty: string | null, kind: BookedEvent['kind'] = 'transaction'): BookedEvent => ({
  kind, id: 'tx-1', summary: 'Penjualan (bon Bu Tini) Beras Medium 3 kg',
  frame: {
    intent: 'sale', items: [], amount: null, counterparty, direction: null, category: null, date: null, period: null,
    max_unit_price: null, payment: 'credit', contactId: 'c1',
  },
});

describe('readPersonFix', () => {
  // Owner try: "eh bukan bu tini, bu tina" got the help text; the debt stayed on Bu Tini.
  it.each([
    ['eh bukan bu tini, bu tina', 'bu tina'],
    ['bukan bu tini tapi bu tina', 'bu tina'],
    ['salah nama, harusnya bu tina', 'bu tina'],
    ['salah, harusnya bu tina', 'bu tina'],
    ['namanya bu tina, bukan bu tini', 'bu tina'],
    ['bukan tini, bu tina', 'bu tina'],
    // Thirty-first session: the right one said first ("Berapa?" was asked), jv with a call and "iku" (a product "iku").
    ['eh salah, yg bayar bu tina bukan bu tini', 'bu tina'],
    ['eh keliru, sing mbayar bu tina dudu bu tini', 'bu tina'],
    ['eh salah rek, sing ngebon iku bu tina dudu bu tini', 'bu tina'],
    // Forty-third session: the money said with who paid, and krama "wau" (tadi); "tadi," before the right one.
    ['salah, sing bayar 15rb wau bu tina, dudu bu tini', 'bu tina'],
    ['bukan bu tini yang bayar 5rb tadi, bu tina', 'bu tina'],
    ['salah, sing nyaur 20rb mau bu tina, dudu bu tini', 'bu tina'],
    ['eh sing nyaur mau dudu bu tini, bu tina', 'bu tina'],
  ])('after a booking for Bu Tini, %s → %s', (text, want) => {
    expect(readPersonFix(text, booked('bu tini'))).toBe(want);
  });

  it.each([
    ['another wrong name than the booking\'s', 'bukan pak joko, bu tina', booked('bu tini')],
    ['goods, not a person', 'salah, harusnya indomie soto', booked('bu tini')],
    ['a count', 'salah 8 bks', booked('bu tini')],
    ['the same name', 'salah, harusnya bu tini', booked('bu tini')],
    ['a booking with no person', 'salah, harusnya bu tina', booked(null)],
    ['a stock count', 'salah, harusnya bu tina', booked('bu tini', 'stock')],
    ['nothing booked', 'salah, harusnya bu tina', null],
  ])('nothing for %s', (_what, text, last) => {
    expect(readPersonFix(text, last)).toBeNull();
  });
});

describe('amountAfterName', () => {
  it.each([
    ['bukan pak budi, bu sri yang bayar 5rb', '5rb'],
    ['salah, sing bayar 15rb wau mas joko, dudu pak harun', '15rb'],
    ['eh yang bayar bu ani bukan pak budi', undefined],
  ])('%s → %s', (text, want) => {
    expect(amountAfterName(text)).toBe(want);
  });
});
