// How much a quote is for: a price for a bigger order than ours ("kalo ambil 10kg 40rb", "40rb itu kalo 10kg", "5kg 43rb,
// 10kg 40rb") is no offer to us, and the smallest order the supplier takes ("min 10 dus") is said to the owner.
import { canonicalUnit, convertQty, unitWords, type SaidSize } from './units.ts';
import type { ReadContext } from './read-quote.ts';

const units = unitWords.join('|');

// jv "nek njupuk 3 dus 113", su "mun nyandak": the verbs of taking too (113 was read as the price of 3 dus, Rp37.667 a dus, and
// ordered, though 116 a dus was over the owner's limit).
const takeVerb = String.raw`(?:ambil|ambel|beli|order|pesan|pesen|borong|njupuk|jupuk|mundhut|mundut|tuku|nyandak|candak|meser)`;
export const conditionBefore = new RegExp(String.raw`\b(?:kalo|kalau|klo|kl|asal|lamun|nek|yen|mun)\s+${takeVerb}?\s*$`);
const conditionQty = String.raw`(\d+(?:[.,]\d+)?)\s*([a-z]+)?`;

/** Whether a price is said for an order bigger than the one asked (before it: "kalo ambil N …"; after: "minimal N …"). */
export function forMore(t: string, at: number, end: number, ctx: ReadContext): boolean {
  const before = (n: number) => t.slice(Math.max(0, at - n), at);
  const pre = new RegExp(String.raw`\b(?:kalo|kalau|klo|kl|asal|lamun|nek|yen|mun)\s+${takeVerb}?\s*${conditionQty}\s*[,:]?\s*(?:harga(?:nya)?\s+)?(?:jadi\s+|bisa\s+)?$`).exec(before(40));
  // "40rb itu kalo 10kg" (haggling try: Rp40.000 for 10 kg was agreed for the 5 kg asked, over the owner's limit at 43rb).
  const post = new RegExp(String.raw`^\s*(?:\/\s*[a-z]+\s*)?(?:itu\s+|tapi\s+)?(?:minimal|min|minimum|kalo|kalau|klo|kl|asal|lamun|nek|yen)\s+(?:ambil\s+|ambel\s+|beli\s+|order\s+|pesan\s+|borong\s+)?${conditionQty}`).exec(t.slice(end));
  // "5kg 43rb, 10kg 40rb": a price list by counts of our unit; the price right after a bigger count than ours is that count's.
  const list = (t.match(new RegExp(String.raw`\d\s*(?:${units})\s+\d`, 'g')) ?? []).length >= 2;
  const listed = list ? new RegExp(String.raw`(?:^|[\s,.;:])(\d+(?:[.,]\d+)?)\s*(${units})\s*[:=]?\s*$`).exec(before(20)) : null;
  const m = pre ?? post ?? (listed && canonicalUnit(listed[2]!) === ctx.unit ? listed : null);
  if (!m) return false;
  const count = Number(m[1]!.replace(',', '.'));
  const unit = m[2] ? canonicalUnit(m[2]) : null;
  if (ctx.qty == null) return true;
  // Said in another unit ("kalo ambil 2 karung jadi 310rb"): compared in ours when the pack's size is known (a helper's 50 kg
  // order was 2 sacks of 25 kg, and the discount for them was dropped); else conditional.
  const ours = unit && unit !== ctx.unit ? convertQty(ctx.item, count, unit, ctx.unit, ctx.known ?? []) : count;
  return ours == null || ours > ctx.qty;
}

// "5 dus ga bisa bu min 10 dus", "minimal order 2 karung": haggling try, the summary hid it and 5 dus were ordered.
const minimumRe = new RegExp(String.raw`\b(?:min|minim|minimal|minimum|minimun)\.?\s*(?:order|ambil|beli|pembelian|pesan)?\s*(\d+(?:[.,]\d+)?)\s*(${units})?\b`);

// "harus sepeti 15kg", "sepeti 400rb, ga bisa ecer": a whole pack at least (a haggling try kept countering "Ambil 10 kg", and
// 10 kg of eggs were ordered from a supplier who sells only whole trays of 15).
const mustRe = new RegExp(String.raw`\b(?:harus|hrs|musti|mesti|kudu|wajib)\s+(?:ambil\s+|beli\s+)?(?:s[ae](${units})\b|(\d+(?:[.,]\d+)?)\s*(${units})\b)`);
const noRetail = /\b(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|ndak|ora|teu)\s+(?:bisa|bs|iso|tiasa|boleh|melayani)\s+(?:di)?(?:ecer|eceran|ecerin|ngecer)\b/;
function wholePack(t: string): [string, string, string] | null {
  const must = mustRe.exec(t);
  if (must) return must[1] ? [must[0], '1', must[1]] : [must[0], must[2]!, must[3]!];
  const pack = noRetail.test(t) ? new RegExp(String.raw`\bs[ae](${units})\b`).exec(t) : null;
  return pack ? [pack[0], '1', pack[1]!] : null;
}

/** The smallest order the supplier takes, in the negotiation's unit, when said and more than asked; else null. */
export function minimumOrder(t: string, ctx: ReadContext, said: SaidSize[]): number | null {
  const m = minimumRe.exec(t) ?? wholePack(t);
  if (!m) return null;
  const count = Number(m[1]!.replace(',', '.'));
  const unit = canonicalUnit(m[2] ?? null) ?? ctx.unit;
  const ours = unit === ctx.unit ? count : convertQty(ctx.item, count, unit, ctx.unit, said);
  return ours != null && ours > 0 && (ctx.qty == null || ours > ctx.qty) ? ours : null;
}
