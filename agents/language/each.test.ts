// People counted in a sale ("3 orang beli kopi, masing2 2 sachet"): never goods, and the count said for
// each of them is multiplied; money said after the count is the line's total. Found by an owner try.
import { describe, expect, it } from 'vitest';
import { parse } from './index.ts';

const now = new Date('2026-12-03T10:00:00+07:00');
const read = (text: string) => {
  const f = parse(text, { now });
  return { intent: f.intent, items: f.items.map((i) => `${i.product}|${i.qty}|${i.unit}|${i.unit_price}|${i.total}`), amount: f.amount };
};

describe('goods bought by each of several people', () => {
  it.each([
    ['3 wong tuku kopi, masing2 2 sachet', { intent: 'sale', items: ['kopi|6|bungkus|null|null'] }],
    ['3 orang beli kopi masing-masing 2 sachet 12rb', { intent: 'sale', items: ['kopi|6|bungkus|2000|12000'], amount: 12000 }],
    ['aya 4 urang meuli roko sewang-sewang 1 bks', { intent: 'sale', items: ['roko|4|bungkus|null|null'] }],
    ['2 wong tuku kopi saben wong 2 sachet', { intent: 'sale', items: ['kopi|4|bungkus|null|null'] }],
    ['tadi 5 orang beli es teh per orang 1 gelas 15rb', { intent: 'sale', items: ['es teh|5|gelas|3000|15000'] }],
    // A price for each with no count: one each.
    ['3 orang beli kopi masing2 4rb', { intent: 'sale', items: ['kopi|3|null|4000|12000'], amount: 12000 }],
    // People counted, the goods counted as a whole.
    ['2 orang beli indomie 4 bks', { intent: 'sale', items: ['indomie|4|bungkus|null|null'] }],
  ])('%s', (text, want) => {
    expect(read(text)).toMatchObject(want);
  });

  it.each([
    ['laku kopi 3 gelas masing2 4rb', { intent: 'sale', items: ['kopi|3|gelas|4000|12000'] }],
    ['bayar gaji 2 orang karyawan 1jt', { intent: 'expense', items: [], amount: 1_000_000 }],
    ['kulakan indomie 2 dus masing-masing 40 bks', { intent: 'purchase' }],
  ])('%s keeps its reading', (text, want) => {
    expect(read(text)).toMatchObject(want);
  });
});
