import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResultSchema } from '../../core/frame.ts';
import { parse } from './index.ts';

// Issue 9's batches: messages written fresh (Javanese, Sundanese, Jakarta slang, voice transcripts) before the parser
// was run on them, each with its whole frame, extensions included (pack_size, discount, delivery_cost, target).
// batch-9 was written first; batch-9b (issue topics), batch-9c (a general warung day) and batch-9d (voice) after
// rounds of fixes, to check that they generalise. The same files are scored by ../../../shared/nlu/score.mjs
// (which ignores the extensions).
type Line = { id: string; text: string; now: string; expect: Record<string, unknown> & { items: Record<string, unknown>[] } };
const read = (name: string): Line[] => readFileSync(join(import.meta.dirname, 'heldout-style', name), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
const cases: Line[] = ['batch-9.jsonl', 'batch-9b.jsonl', 'batch-9c.jsonl', 'batch-9d.jsonl', 'batch-9e.jsonl', 'batch-9f.jsonl',
  'batch-9g.jsonl', 'batch-9h.jsonl', 'batch-9i.jsonl'].flatMap(read);
/** Misses left for later, each still checked to fail so a fix is noticed: a promo deal inside a purchase ("susu promo
 * beli 2 gratis 1 2 dus 200rb") and a trailing aside naming goods ("..., tadi hampir kehabisan es batu"). */
const knownMisses = new Set(['b9i-018']);

const itemKeys = ['product', 'qty', 'unit', 'unit_price', 'total', 'pack_size', 'pack_base_unit'] as const;
const frameKeys = ['intent', 'amount', 'counterparty', 'direction', 'category', 'date', 'period', 'max_unit_price', 'payment',
  'discount', 'delivery_cost', 'target'] as const;

/** The parser's frame with absent extensions as null, in the batch's keys. */
function actual(text: string, now: string) {
  const f = parse(text, { now: new Date(now), offsetMinutes: 420 }) as unknown as Record<string, unknown> & { items: Record<string, unknown>[] };
  const out: Record<string, unknown> = { items: f.items.map((i) => Object.fromEntries(itemKeys.map((k) => [k, i[k] ?? null]))) };
  for (const k of frameKeys) out[k] = f[k] ?? null;
  return out;
}

describe('held-out batch of issue 9 (whole frames)', () => {
  it('has at least 150 messages', () => expect(cases.length).toBeGreaterThanOrEqual(250));
  it('gives frames that match the schema, extensions included', () => {
    const bad = cases.filter((c) => !parseResultSchema.safeParse(parse(c.text, { now: new Date(c.now), offsetMinutes: 420 })).success);
    expect(bad.map((c) => c.id)).toEqual([]);
  });
  it.each(cases.filter((c) => !knownMisses.has(c.id)).map((c) => [c.id, c.text, c] as const))('%s %s', (_id, text, c) => {
    expect(actual(text, c.now)).toEqual(c.expect);
  });
  it.each(cases.filter((c) => knownMisses.has(c.id)).map((c) => [c.id, c.text, c] as const))('known miss %s %s', (_id, text, c) => {
    expect(actual(text, c.now)).not.toEqual(c.expect);
  });
});
