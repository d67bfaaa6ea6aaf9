import { describe, expect, it } from 'vitest';
import { goodsPhrases } from './gazetteer.ts';
import { parse } from './index.ts';
import { stopWords } from './stoplist.ts';

// The word tables are data: every entry must do what the table says wherever it appears in a line.
const now = new Date('2026-11-21T10:00:00+07:00');
const read = (text: string) => parse(text, { now, offsetMinutes: 420 });

describe('stoplist: a filler word is never a product', () => {
  it.each([...stopWords])('%s', (w) => {
    for (const text of [`${w}, laku indomie 2 bks 7rb`, `laku indomie 2 bks 7rb ${w}`]) {
      const f = read(text);
      expect(f.intent, text).toBe('sale');
      expect(f.items.map((i) => i.product), text).toEqual(['indomie']);
    }
  });
});

describe('gazetteer: a multi-word name is kept whole', () => {
  it.each([...goodsPhrases])('%s', (name) => {
    const f = read(`laku ${name} 2 bks 7rb`);
    expect(f.intent).toBe('sale');
    expect(f.items).toEqual([{ product: name, qty: 2, unit: 'bungkus', unit_price: 3500, total: 7000 }]);
    expect(read(`stok ${name} brp`).items.map((i) => i.product)).toEqual([name]);
  });
});
