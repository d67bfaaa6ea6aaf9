// A size said with the goods picks the one candidate whose name carries it ("minyak sania 1 liter").
import { describe, expect, it } from 'vitest';
import { bySaidSize } from './resolve.ts';

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
