// What was said narrows several catalogue candidates to the one meant, before the owner is asked "yang mana?".
import type { FrameItem } from '../../../core/frame.ts';
import { canonicalUnit } from '../../../core/units.ts';
import type { Candidate, MatchOutcome } from './match-product.ts';
import type { Product } from './resolve-items.ts';
import { wordTable } from '../../../core/word-table.ts';

// Sizes in product names: "Minyak Goreng Sania 1 L" vs "… 2 L". The parser reads "minyak sania 1 liter"
// as 1 liter of "minyak sania"; when that size names exactly one of the candidates, it is the one meant.
const sizeWords: Record<string, string[]> = wordTable({ liter: ['l', 'liter', 'ltr'], kg: ['kg', 'kilo'], ml: ['ml'], gram: ['g', 'gr', 'gram'] });

export function bySaidSize<T extends Candidate>(found: MatchOutcome<T>, typed: string, qty: number | null, unit: string | null): MatchOutcome<T> {
  if (found.kind !== 'ambiguous' || found.weak || !unit) return found;
  const words = sizeWords[unit] ?? [unit];
  // A price change keeps no count ("harga minyak 1 liter jadi 21500": the price of a liter), so none is 1.
  const size = String(qty ?? 1).replace('.', ',');
  // An alias that is exactly what was said ("minyak 1 liter") first, then a name that carries the size.
  const said = new Set(words.map((w) => `${typed} ${size} ${w}`.toLowerCase()));
  const byAlias = found.choices.filter((c) => c.aliases.some((a) => said.has(a.toLowerCase())));
  if (byAlias.length === 1) return { kind: 'match', item: byAlias[0]! };
  const named = found.choices.filter((c) => words.some((w) => new RegExp(`(^|\\s)${size} ?${w}(\\s|$)`, 'i').test(c.name)));
  return named.length === 1 ? { kind: 'match', item: named[0]! } : found;
}

/**
 * "roko surya 2 bungkus, artosna 58 rebu" with Surya 12 at Rp29.000 and Surya 16 at Rp38.000: the money said is
 * exactly one candidate's selling price (per unit, or times the count), so that one was sold. Sales only, in the
 * product's own unit; anything else, or two that fit, is still asked.
 */
export function bySaidPrice(found: MatchOutcome<Product>, item: FrameItem, intent: string): MatchOutcome<Product> {
  if (found.kind !== 'ambiguous' || found.weak || intent !== 'sale') return found;
  if (item.unit_price == null && item.total == null) return found;
  const qty = item.qty ?? 1;
  // A price of one is one's, the total the count's: "sania 2 @20.500" is Rp41.000 in all, the 2 L bottle's price, but two
  // of the 1 L were sold (owner try: the 2 L was booked, under its cost).
  const fits = found.choices.filter((c) => c.sellPrice != null && c.sellPrice > 0
    && (item.unit === null || canonicalUnit(item.unit) === canonicalUnit(c.unit))
    && (item.unit_price === c.sellPrice || item.total === c.sellPrice! * qty || (qty === 1 && item.total === c.sellPrice)));
  return fits.length === 1 ? { kind: 'match', item: fits[0]! } : found;
}
