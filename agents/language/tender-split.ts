// Goods paid by two means at once: "bayar 50rb qris 20rb tunai", "40rb qris sisanya tunai", "tunai 6rb sisanya qris",
// "20rb cash 16rb tf". One sale or purchase, booked under its non-cash means with the part paid in cash, so the drawer
// counts only that part (owner try: all Rp70.000 was QRIS). Read before the items, so the parts are never a line's total.
// The paying words and the words for "the rest" are down payments' own.
import { payHeads, remainderWords } from './down-payment.ts';
import { paymentWords } from './lexicon.ts';
import { type Token } from './normalize.ts';
import { readNumber } from './numbers.ts';
import { unitOf } from './units.ts';

type Means = 'cash' | 'qris' | 'transfer';
/**
 * `cash`: the rupiah paid in cash; `other`: by the non-cash means. One of them may be unsaid ("sisanya tunai").
 * `otherCount`: "2 bks dibayar qris sisanya cash": a count of the goods paid by the non-cash means (priced by frame.ts);
 * `cashCount`: "4 tunai sisanya qris": the count paid in cash, the rest by the other means.
 */
export type TenderSplit = { method: 'qris' | 'transfer'; cash: number | null; other: number | null; otherCount?: number; cashCount?: number };
type Part = { means: Means; amount: number | null; end: number; count?: number };

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));
const via = set('pake pakai pakek make via lewat pk');
const joiners = set(', dan sama sm terus trus + karo jeung');
// "sebagian qris 5rb sebagian tunai" (a try: a product "sebagian"): "part of it" before each means.
const partWords = set('sebagian sebagean sabagian sebagiannya separo separuh');

function meansAt(tokens: Token[], i: number): { means: Means; end: number } | null {
  const k = via.has(tokens[i]?.t ?? '') ? i + 1 : i;
  const t = tokens[k];
  const means = t && !t.used && !t.literal ? paymentWords[t.t] : undefined;
  return means && means !== 'credit' ? { means, end: k + 1 } : null;
}

function moneyAt(tokens: Token[], i: number): { value: number; end: number } | null {
  if (!tokens[i] || tokens[i].used || tokens[i].literal) return null;
  const n = readNumber(tokens, i);
  return n && (n.money || n.value >= 100) ? { value: Math.round(n.value), end: n.end } : null;
}

/** "50rb qris", "50rb pake qris" */
function moneyFirst(tokens: Token[], i: number): Part | null {
  const m = moneyAt(tokens, i);
  const w = m && meansAt(tokens, m.end);
  return m && w ? { means: w.means, amount: m.value, end: w.end } : null;
}

/** "qris 50rb", "tunai 20rb" */
function meansFirst(tokens: Token[], i: number): Part | null {
  const w = meansAt(tokens, i);
  const m = w && moneyAt(tokens, w.end);
  return w && m ? { means: w.means, amount: m.value, end: m.end } : null;
}

/** "2 bks dibayar qris", "2 bungkus pake qris": a count of the goods (small, with its unit), then how they were paid. */
function countFirst(tokens: Token[], i: number): Part | null {
  const t = tokens[i];
  if (!t || t.used || t.literal || !/^\d{1,3}$/.test(t.t) || unitOf(tokens[i + 1]?.t ?? '') === null) return null;
  const k = payHeads.has(tokens[i + 2]?.t ?? '') ? i + 3 : i + 2;
  const w = meansAt(tokens, k);
  return w ? { means: w.means, amount: null, end: w.end, count: Number(t.t) } : null;
}

/** "6 cash 4 qris": bare counts of the goods, each with how it was paid (helper's try: all of it was cash). */
function bareCount(tokens: Token[], i: number): Part | null {
  const t = tokens[i];
  if (!t || t.used || t.literal || !/^\d{1,2}$/.test(t.t)) return null;
  const w = meansAt(tokens, i + 1);
  return w ? { means: w.means, amount: null, end: w.end, count: Number(t.t) } : null;
}

/** "sisanya tunai", "sisanya pake qris" */
function remainder(tokens: Token[], i: number): Part | null {
  let k: number;
  if (remainderWords.has(tokens[i]?.t ?? '')) k = tokens[i + 1]?.t === 'nya' ? i + 2 : i + 1;
  else if (partWords.has(tokens[i - 1]?.t ?? '')) k = i; // "sebagian tunai"
  else return null;
  const w = meansAt(tokens, k);
  return w ? { means: w.means, amount: null, end: w.end } : null;
}

/** The two means said, with their tokens (and a paying word before them) marked used; null when there are not two. */
export function readTenderSplit(tokens: Token[]): TenderSplit | null {
  for (let i = 0; i < tokens.length; i++) {
    for (const read of [moneyFirst, meansFirst, countFirst, bareCount]) {
      const first = read(tokens, i);
      if (!first) continue;
      let k = first.end;
      while (joiners.has(tokens[k]?.t ?? '') || partWords.has(tokens[k]?.t ?? '')) k++;
      const second = read === countFirst ? remainder(tokens, k) : read(tokens, k) ?? remainder(tokens, k);
      if (!second || (first.means === 'cash') === (second.means === 'cash')) continue;
      const [cash, other] = first.means === 'cash' ? [first, second] : [second, first];
      // "2 bks cash sisanya qris" counts the cash part; the non-cash one is what frame.ts prices.
      if (read === countFirst && first.means === 'cash') continue;
      // "6 cash 4 qris": both counted, the non-cash count is the one priced.
      const otherCount = read === bareCount ? other.count : first.count;
      const cashCount = read === bareCount && other.count === undefined ? cash.count : undefined;
      const start = payHeads.has(tokens[i - 1]?.t ?? '') || partWords.has(tokens[i - 1]?.t ?? '') ? i - 1 : i;
      for (let m = start; m < second.end; m++) tokens[m].used = true;
      return { method: other.means as 'qris' | 'transfer', cash: cash.amount, other: other.amount, ...(otherCount !== undefined ? { otherCount } : {}),
        ...(cashCount !== undefined ? { cashCount } : {}) };
    }
  }
  return null;
}
