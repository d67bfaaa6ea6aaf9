// Lines read apart that belong to the line before: a variant of its goods ("…, sing goreng 2"), more of the same goods
// ("…, 1/2 kg 15rb"), or a count and price said without the goods again ("…, beli lagi 2 @22rb").
import { brandWords } from './gazetteer.ts';
import type { Draft } from './items.ts';

/**
 * "mie sedap soto 3, sing goreng 2": the variant's words take the place of the last words of the line before
 * ("mie sedap goreng"); after a one-word name they follow it ("telur 2 kg, yang bebek 1" → "telur bebek").
 */
export function nameVariants(drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    const before = drafts.slice(0, i).filter((x) => x.name.length > 0).at(-1);
    if (!d.variant || !before) continue;
    // "aqua 2 botol 8rb, yang le minerale 3 botol": a brand of its own names other goods (they were booked as Aqua).
    if (brandWords.has(d.name[0]!) && !before.name.includes(d.name[0]!)) continue;
    // "indomie soto 3 yang indomie goreng 2": the whole name said again.
    if (d.name[0] === before.name[0]) continue;
    d.name = [...before.name.slice(0, Math.max(1, before.name.length - d.name.length)), ...d.name];
  }
}

/**
 * "laku telor 1 kg 29rb, 1/2 kg 15rb": a count with its unit and money of its own, right after a line of goods complete
 * with theirs, is more of the same goods (it was dropped, Rp15.000 lost).
 */
export function sameGoodsAgain(drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    const before = drafts[i - 1]!;
    if (d.name.length > 0 || d.qty === null || d.unit === null || (d.total === null && d.unitPrice === null)) continue;
    if (before.name.length === 0 || before.qty === null || (before.total === null && before.unitPrice === null) || !before.closed) continue;
    d.name = [...before.name];
  }
}

/**
 * "gas 2 tabung abis, beli lagi 2 @22rb": a count and price said without the goods again are the one named
 * line's (which has no money of its own); the count said last is the one traded.
 */
export function priceTheOneNamed(drafts: Draft[]): void {
  const named = drafts.filter((d) => d.name.length > 0);
  if (named.length !== 1) return;
  const line = named[0]!;
  const at = drafts.indexOf(line);
  const later = drafts.slice(at + 1).filter((d) => d.name.length === 0 && (d.unitPrice !== null || d.total !== null));
  if (later.length !== 1 || line.unitPrice !== null || line.total !== null) return;
  const priced = later[0]!;
  // "krupuk laku 9, 3 10rb", "permen 20 biji, 2 seribu": a price of a smaller bundle that divides the count sold is the
  // price of each bundle; the count stays.
  if (line.qty !== null && priced.qty !== null && priced.total !== null && priced.unitPrice === null && priced.qty > 1
    && priced.qty < line.qty && line.qty % priced.qty === 0 && (priced.unit === null || line.unit === null || priced.unit === line.unit)) {
    line.unitPrice = priced.total / priced.qty;
    line.total = (priced.total * line.qty) / priced.qty;
    if (line.unit === null) line.unit = priced.unit;
    drafts.splice(drafts.indexOf(priced), 1);
    return;
  }
  if (priced.qty !== null) {
    line.qty = priced.qty;
    if (priced.unit !== null) line.unit = priced.unit;
  }
  line.unitPrice = priced.unitPrice;
  line.total = priced.total;
  drafts.splice(drafts.indexOf(priced), 1);
}

