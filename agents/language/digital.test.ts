// Phone credit and tokens sold at the counter: the denomination is part of the name, the money after it is
// what was paid (owner try: "pulsa 20rb terjual 22rb" asked for a product "pulsa" and "jual pulsa 25rb harga
// 27rb" set a price). One amount only keeps its old reading.
import { describe, expect, it } from 'vitest';
import { nominalOf, nominalWord } from './digital.ts';
import { parse } from './index.ts';

const now = new Date('2026-12-03T10:00:00+07:00');
const read = (text: string) => {
  const f = parse(text, { now });
  return { intent: f.intent, items: f.items.map((i) => `${i.product}|${i.qty}|${i.unit_price}|${i.total}`), amount: f.amount, category: f.category };
};

describe('phone credit and tokens', () => {
  it.each([
    ['pulsa 20rb terjual 22rb', { intent: 'sale', items: ['pulsa 20rb|null|null|22000'], amount: 22000 }],
    ['jual pulsa 25rb harga 27rb', { intent: 'sale', items: ['pulsa 25rb|null|27000|null'] }],
    ['laku pulsa telkomsel 10rb 12rb', { intent: 'sale', items: ['pulsa telkomsel 10rb|null|null|12000'] }],
    ['token listrik 50rb laku 52rb', { intent: 'sale', items: ['token listrik 50rb|null|null|52000'] }],
    ['laku token 20rb 2 biji 44rb', { intent: 'sale', items: ['token 20rb|2|22000|44000'] }],
    ['harga jual pulsa 25rb 27rb', { intent: 'price_set', items: ['pulsa 25rb|null|27000|null'] }],
    // One amount: the shop's own top-up, or a sale of that much.
    ['isi pulsa 50rb', { intent: 'expense', category: 'pulsa', amount: 50000 }],
    ['isi token listrik 100rb', { intent: 'expense', category: 'listrik' }],
    ['laku pulsa 20rb', { intent: 'sale', items: ['pulsa|null|null|20000'] }],
  ])('%s', (text, want) => {
    expect(read(text)).toMatchObject(want);
  });

  it('names a denomination as owners write it and reads it back', () => {
    expect([20000, 1500, 1_000_000, 150_000].map(nominalWord)).toEqual(['20rb', '1.5rb', '1jt', '150rb']);
    expect(['Pulsa 20rb', 'Token Listrik 50rb', 'pulsa telkomsel 1.5rb', 'Saldo Dana 1jt'].map(nominalOf)).toEqual([20000, 50000, 1500, 1_000_000]);
    expect(['Indomie Goreng', 'Pulsa', 'Gas 3 kg', 'Rokok 20rb'].map(nominalOf)).toEqual([null, null, null, null]);
  });
});
