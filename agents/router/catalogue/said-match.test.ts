// A size said with the goods picks the one candidate whose name carries it ("minyak sania 1 liter"); the money said
// picks the one whose selling price it is ("roko surya 2 bungkus, artosna 58 rebu").
import { describe, expect, it } from 'vitest';
import type { FrameItem } from '../../../core/frame.ts';
import type { Product } from './resolve-items.ts';
import { bySaidPrice, bySaidSize } from './said-match.ts';

const p = (name: string) => ({ id: name, name, aliases: [] as string[] });
const sania = { kind: 'ambiguous' as const, choices: [p('Minyak Goreng Sania 1 L'), p('Minyak Goreng Sania 2 L')] };

describe('bySaidSize', () => {
  it('takes the one candidate named with the said size', () => {
    expect(bySaidSize(sania, 'minyak sania', 1, 'liter')).toEqual({ kind: 'match', item: sania.choices[0] });
    expect(bySaidSize(sania, 'minyak sania', 2, 'liter')).toEqual({ kind: 'match', item: sania.choices[1] });
  });
  it('reads no count as one (a price change keeps none): "harga minyak 1 liter jadi 21500"', () => {
    expect(bySaidSize(sania, 'minyak sania', null, 'liter')).toEqual({ kind: 'match', item: sania.choices[0] });
  });
  it('an alias that is exactly what was said wins over names that share the size', () => {
    const oils = { kind: 'ambiguous' as const, choices: [{ ...p('Minyak Goreng Sania 1 L'), aliases: ['minyak 1 liter'] }, p('Minyakita 1 L'), p('Minyak Goreng Sania 2 L')] };
    expect(bySaidSize(oils, 'minyak', 1, 'liter')).toEqual({ kind: 'match', item: oils.choices[0] });
    expect(bySaidSize(oils, 'minyak', 2, 'liter')).toEqual({ kind: 'match', item: oils.choices[2] });
  });
  it('keeps the question when the size names none, several, or nothing is said', () => {
    expect(bySaidSize(sania, 'minyak sania', 5, 'liter')).toBe(sania);
    expect(bySaidSize(sania, 'minyak sania', null, null)).toBe(sania);
    expect(bySaidSize(sania, 'minyak sania', 1, 'kg')).toBe(sania);
    const both = { kind: 'ambiguous' as const, choices: [p('Beras 5 kg A'), p('Beras 5 kg B')] };
    expect(bySaidSize(both, 'beras', 5, 'kg')).toBe(both);
  });
  it('never turns a weak (typo-only) match into a booking', () => {
    const weak = { ...sania, weak: true };
    expect(bySaidSize(weak, 'minyak sania', 1, 'liter')).toBe(weak);
  });
});

describe('bySaidPrice', () => {
  const cig = (name: string, sellPrice: number | null): Product => ({ id: name, name, aliases: [], unit: 'bks', sellPrice, avgCost: null, packs: [] });
  const surya = { kind: 'ambiguous' as const, choices: [cig('Rokok Surya 12', 29_000), cig('Rokok Surya 16', 38_000)] };
  const said = (x: Partial<FrameItem>): FrameItem => ({ product: 'roko surya', qty: 2, unit: 'bungkus', unit_price: null, total: null, ...x });

  it('takes the one candidate whose price the money is, per unit or for the count', () => {
    expect(bySaidPrice(surya, said({ total: 58_000 }), 'sale')).toEqual({ kind: 'match', item: surya.choices[0] });
    expect(bySaidPrice(surya, said({ unit_price: 38_000, total: 76_000 }), 'sale')).toEqual({ kind: 'match', item: surya.choices[1] });
  });
  // Owner try (thirty-first session): "sania 2 @20.500" matched the 2 L bottle at Rp41.000 (two of the 1 L at their price
  // were meant), booked under its cost.
  it('a total is never one of the other candidate\'s price', () => {
    const oil = (name: string, sellPrice: number): Product => ({ id: name, name, aliases: [], unit: 'pcs', sellPrice, avgCost: null, packs: [] });
    const sania = { kind: 'ambiguous' as const, choices: [oil('Minyak Goreng Sania 1 L', 21_000), oil('Minyak Goreng Sania 2 L', 41_000)] };
    const two = { product: 'minyak goreng sania', qty: 2, unit: null, unit_price: 20_500, total: 41_000 };
    expect(bySaidPrice(sania, two, 'sale')).toBe(sania);
    expect(bySaidPrice(sania, { ...two, qty: 1, unit_price: 41_000 }, 'sale')).toEqual({ kind: 'match', item: sania.choices[1] });
  });
  it('asks when no price or two fit, for other units, when weak, and for purchases', () => {
    expect(bySaidPrice(surya, said({ total: 60_000 }), 'sale')).toBe(surya);
    expect(bySaidPrice(surya, said({}), 'sale')).toBe(surya);
    expect(bySaidPrice(surya, said({ unit: 'slop', total: 58_000 }), 'sale')).toBe(surya);
    expect(bySaidPrice(surya, said({ total: 58_000 }), 'purchase')).toBe(surya);
    const same = { kind: 'ambiguous' as const, choices: [cig('A', 29_000), cig('B', 29_000)] };
    expect(bySaidPrice(same, said({ total: 58_000 }), 'sale')).toBe(same);
    const weak = { ...surya, weak: true };
    expect(bySaidPrice(weak, said({ total: 58_000 }), 'sale')).toBe(weak);
  });
});
