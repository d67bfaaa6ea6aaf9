// "bukan listrik, itu air", "salah, itu bayar air bukan listrik", "salah kategori, harusnya sampah": the last expense was
// another bill (corrections try: "Berapa?" was asked, and the answer booked a second expense beside the first). Re-booked
// under the bill said, with the same money.
import { expenseCategoryWords } from '../../language/lexicon.ts';
import { proceed } from '../book.ts';
import type { Env } from '../env.ts';
import type { BookedEvent, Reply } from '../types.ts';
import { asSaid } from './said-items.ts';

export type CategoryFix = { category: string; word: string };

const lead = String.raw`^(?:(?:eh|ehh|lho|loh|waduh|aduh|maaf|sori|salah|keliru)\s*,?\s+)*`;
const not = String.raw`(?:bukan|bkn|dudu|sanes)`;
const is = String.raw`(?:(?:tapi|tp|itu|iku|kuwi|eta|harusnya|mestinya|jadi|ganti jadi|bayar|buat|nggo|kanggo|keur)\s+)*`;
const word = String.raw`(\p{L}+)`;
const notThenIs = new RegExp(String.raw`${lead}${not}\s+(?:bayar\s+)?${word}\s*,?\s*${is}${word}(?:\s+\p{L}+)?$`, 'u');
const isThenNot = new RegExp(String.raw`${lead}${is}${word}(?:\s+\p{L}+)?\s*,?\s*${not}\s+(?:bayar\s+)?${word}$`, 'u');
const named = new RegExp(String.raw`^(?:(?:eh|ehh|lho|loh|waduh|aduh|maaf|sori)\s+)*(?:salah|keliru)\s+(?:kategori|kategorinya|jenis|jenisnya)\s*,?\s*${is}${word}$`, 'u');

/** The bill the last expense should have been under; null when the message says something else. */
export function readCategoryFix(text: string, last: BookedEvent | null): CategoryFix | null {
  const f = last?.frame;
  if (!f || last.kind !== 'transaction' || f.intent !== 'expense') return null;
  const t = text.toLowerCase().replace(/[.!]+$/, '').replace(/\s+/g, ' ').trim();
  const cat = (w: string | undefined) => (w === undefined ? undefined : expenseCategoryWords[w]);
  let to: string | undefined;
  let from: string | undefined;
  const a = notThenIs.exec(t);
  const b = a ? null : isThenNot.exec(t);
  if (a) [from, to] = [a[1], a[2]];
  else if (b) [to, from] = [b[1], b[2]];
  else to = named.exec(t)?.[1];
  // The old bill, when said, is the one booked; the new one is another bill.
  if (cat(to) === undefined || cat(to) === f.category || (from !== undefined && cat(from) !== f.category)) return null;
  return { category: cat(to)!, word: to! };
}

export async function correctCategory(env: Env, last: BookedEvent, fix: CategoryFix): Promise<Reply[]> {
  const { items, contactId: _c, paid_now: _p, ...rest } = last.frame;
  // A line named by the old bill ("token listrik") is the new bill's.
  const lines = items.map(asSaid).map((i) => (i.product.split(/\s+/).some((w) => expenseCategoryWords[w] === last.frame.category) ? { ...i, product: fix.word } : i));
  const frame = { ...rest, category: fix.category, items: lines };
  return proceed(env, { frame, resolved: frame.items.map(() => null), priceKind: [], confirmed: false, replaces: last });
}
