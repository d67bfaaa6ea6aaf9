// Other goods for a booked entry: "salah, harusnya indomie soto" (the only line), "salah, kopinya indomie soto" (one line
// of several), "bukan surya 12 tapi surya 16" (goods whose names carry a number).
import type { Frame } from '../../../core/frame.ts';
import type { Env } from '../env.ts';
import type { BookedEvent, ResolvedFrame } from '../types.ts';
import type { Correction } from './read.ts';
import { asSaid, namedLine } from './said-items.ts';
import { findProduct } from '../catalogue/resolve-items.ts';

/**
 * A different product: "salah, harusnya indomie soto". Its unit comes from its own catalogue entry, and its price too
 * unless the owner said the money; the quantity carries over, unless another is said. Of several lines, only the one `from` names ("salah, kopinya indomie soto" after indomie goreng
 * and kopi: not understood), the others as they were said.
 */
export function otherGoods(booked: ResolvedFrame, name: string, from?: string | null, count?: { qty: number; unit: string | null }): Frame | null {
  const { items, contactId: _c, ...rest } = booked;
  const k = items.length === 1 ? 0 : from ? namedLine(items, from) : -1;
  if (k < 0) return null;
  // The money the owner said stays theirs ("laku rinso 1 26rb", "bukan rinso, sunlight": the Rp26.000 taken was booked as
  // Sunlight's Rp6.000); a total said for another count does not carry over.
  const said = asSaid(items[k]!);
  const sameCount = count == null || count.qty === said.qty;
  const swapped = { product: name, qty: count?.qty ?? items[k]!.qty, unit: count?.unit ?? null, unit_price: said.unit_price, total: sameCount ? said.total : null };
  return { ...rest, amount: null, items: items.map((i, n) => (n === k ? swapped : asSaid(i))) };
}

/**
 * "salah, bukan surya 12 tapi surya 16": goods whose names carry a number, the one booked and another in the catalogue
 * (a helper's try: the 16 was read as a count, and the correction was not understood). "eh salah, surya 12" after a pack
 * of Surya 16 names the other goods too, when it shares a word with the booked one (12 packs of Surya 16 were booked).
 */
export async function numberedGoods(env: Env, last: BookedEvent | null, c: Correction): Promise<Frame | null> {
  const item = last?.frame.items.length === 1 ? last.frame.items[0]! : null;
  const named = (s: string | null) => s != null && /^\p{L}/u.test(s) && /\d/.test(s);
  // "bukan sampoerna tapi surya 16": the booked goods may be named without their number.
  const plain = (s: string | null) => s != null && /^\p{L}[\p{L} ]*$/u.test(s);
  if (!item?.productId || !named(c.to) || (c.from != null && !(named(c.from) || plain(c.from)))) return null;
  const words = (s: string) => s.toLowerCase().split(/\s+/).filter((w) => /^\p{L}{3,}$/u.test(w));
  if (c.from == null && !words(c.to).some((w) => words(item.name).includes(w))) return null;
  const tenant = env.agentCtx.tenant.id;
  const [was, to] = await Promise.all([c.from == null ? null : findProduct(env.tx, tenant, c.from), findProduct(env.tx, tenant, c.to)]);
  if ((was && (was.kind !== 'match' || was.item.id !== item.productId)) || to.kind !== 'match' || to.item.id === item.productId) return null;
  // The number said is the other product's own ("Surya 16"), not a count of it.
  const number = /(\d+)\s*$/.exec(c.to)?.[1];
  if (number && !new RegExp(String.raw`\b${number}\b`).test(to.item.name)) return null;
  return otherGoods(last!.frame, to.item.name);
}
