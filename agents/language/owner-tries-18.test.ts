// Owner tries of the eighteenth session (a Padang kedai's day, …): each message booked a wrong number or was not
// understood before its fix.
import { describe, expect, it } from 'vitest';
import { parse } from './index.ts';

const now = new Date('2026-12-05T10:00:00+07:00');

describe('owner tries (eighteenth session): Minang', () => {
  // "gula sakilo jo indomie 3 bungkuih" asked about a new product "jo indomie".
  it('"jo" joins two goods', () => {
    expect(parse('tadi laku gula sakilo jo indomie 3 bungkuih, pitih pas 22rb', { now })).toMatchObject({
      intent: 'sale', items: [{ product: 'gula', qty: 1, unit: 'kg' }, { product: 'indomie', qty: 3, unit: 'bungkus' }], amount: 22000,
    });
  });
  it('"jo" after an honorific is a name', () => {
    expect(parse('pak jo ngutang 20rb', { now })).toMatchObject({ intent: 'debt_add', counterparty: 'pak jo', amount: 20000 });
    expect(parse('bali galon 5 dari uda jo, 20rb sabuah', { now })).toMatchObject({ intent: 'purchase', counterparty: 'uda jo' });
  });
  // "tadi ado nan balanjo 150rb, bayar qris" (someone shopped) was booked as an expense of Rp150.000.
  it('"ado nan balanjo" is someone shopping: a sale', () => {
    expect(parse('tadi ado nan balanjo 150rb, bayar qris', { now })).toMatchObject({ intent: 'sale', amount: 150000, payment: 'qris', items: [] });
  });
});
