// Down payments read by the parser: the money paid at once is `paid_now` on a credit sale or purchase,
// never a line's total; messages that only look alike keep their old reading.
import { describe, expect, it } from 'vitest';
import { parse } from './index.ts';

const now = new Date('2026-12-03T10:00:00+07:00');
const read = (text: string) => {
  const f = parse(text, { now });
  return { intent: f.intent, items: f.items.map((i) => `${i.product}|${i.qty}|${i.unit}|${i.total}`), amount: f.amount, payment: f.payment, paid_now: f.paid_now ?? null, cp: f.counterparty };
};

describe('down payments', () => {
  it.each([
    ['bu tini beli beras 2 kilo bayar 20rb sisanya ngutang', { intent: 'sale', items: ['beras|2|kg|null'], amount: null, paid_now: 20000, cp: 'bu tini' }],
    ['bu tini beli beras 2 kg 26rb bayar 20rb sisanya ngutang', { intent: 'sale', items: ['beras|2|kg|26000'], amount: 26000, paid_now: 20000 }],
    ['pak darto ambil rokok surya 2 bungkus dp 20rb', { intent: 'sale', items: ['rokok surya|2|bungkus|null'], paid_now: 20000, cp: 'pak darto' }],
    ['pak darto ambil rokok surya 2 bungkus dp 20rb sisanya bon', { intent: 'sale', items: ['rokok surya|2|bungkus|null'], paid_now: 20000 }],
    ['mbak rini tuku gula 1 kg mbayar 10rb kurange utang', { intent: 'sale', items: ['gula|1|kg|null'], paid_now: 10000, cp: 'mbak rini' }],
    ['ceu imas meuli beas 5 kg mayar heula 30rb sesana engke', { intent: 'sale', items: ['beas|5|kg|null'], paid_now: 30000, cp: 'ceu imas' }],
    ['bu yati beli telur 2 kg, bayar dulu 50 ribu, sisanya nanti', { intent: 'sale', items: ['telur|2|kg|null'], paid_now: 50000 }],
    // The down payment said before the goods (owner try: "dp" became a product).
    ['bu tini dp 20rb sisanya ngutang beras 2 kg', { intent: 'sale', items: ['beras|2|kg|null'], paid_now: 20000, cp: 'bu tini' }],
    ['kulakan beras 1 karung 660rb bayar 400rb sisanya ngutang ke toko makmur', { intent: 'purchase', items: ['beras|1|karung|660000'], amount: 660000, paid_now: 400000, cp: 'toko makmur' }],
  ])('%s', (text, want) => {
    expect(read(text)).toMatchObject({ payment: 'credit', ...want });
  });

  it.each([
    // No remainder said: what was paid is the total, as before.
    ['bu tini beli beras 2 kg, baru bayar 20rb', { intent: 'sale', items: ['beras|2|kg|20000'], amount: 20000, payment: null }],
    // No goods: paying back part of a debt, the rest later.
    ['bu sri bayar 20rb sisanya minggu depan', { intent: 'debt_pay', items: [], amount: 20000 }],
    ['cicil utang ke koh ahong 500rb dulu, sisanya minggu depan', { intent: 'debt_pay', amount: 500000 }],
    ['pembeli bayar qris 45rb buat rokok', { intent: 'sale', amount: 45000, payment: 'qris' }],
    ['bayar listrik 150rb', { intent: 'expense', amount: 150000 }],
  ])('not a down payment: %s', (text, want) => {
    expect(read(text)).toMatchObject({ paid_now: null, ...want });
  });
});
