// Goods sold partly for cash, partly on credit, said by count: "laku rokok surya 3 bungkus, 2 tunai sebungkus diutang
// pak rizal", "payu endog 5 kilo, 3 kontan 2 ngutang", "laku gula 4 kg, sekilo diutang bu ros", "3 tunai sisanya bon".
// One credit sale whose paid share is known (the paid part a down payment), so the person owes only the goods they
// took. Read before the items, so the split counts are never taken for a line's count.
import { cues } from './cues.ts';
import { isDigits, type Token } from './normalize.ts';
import { readNumber } from './numbers.ts';
import { seUnit, unitOf } from './units.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));
const paidWords = set('tunai cash kes kontan lunas dibayar bayar mbayar dibayare');
const owedWords = set('diutang ngutang utang hutang dihutang dibon ngebon bon kasbon diutangin ngutangin nganjuk ngampil');
const remainderWords = set('sisanya sisane sisana sisa');
const notYet = set('belum blm belom durung dereng urung acan');
const laterWords = set('besok bsk nanti ntar mengko engko engke sesuk isukan lusa belakangan nyusul');
const joiners = set(', dan sama sm terus trus karo jeung yang yg sing nu');

export type SplitPay = { paid: number; owed: number };
type Segment = { qty: number; kind: 'paid' | 'owed'; start: number; end: number };

/** A count ("2", "dua", "sebungkus") with its unit, then a paid or owed word: one side of the split. */
function segmentAt(tokens: Token[], i: number): Segment | null {
  const t = tokens[i];
  if (t.used || t.literal) return null;
  let qty: number | null = null;
  let j = i;
  const se = seUnit(t.t);
  if (se !== null) {
    qty = 1;
    j = i + 1;
  } else {
    const n = readNumber(tokens, i);
    if (!n || n.money || !Number.isInteger(n.value) || n.value <= 0 || n.value >= 1000) return null;
    qty = n.value;
    j = n.end;
    if (unitOf(tokens[j]?.t ?? '') !== null) j++;
  }
  const w = tokens[j]?.t ?? '';
  // "2 gelas belum dibayar": not paid yet is owed; so is "2 bungkus dibayar besok" (paid later).
  if (notYet.has(w) && paidWords.has(tokens[j + 1]?.t ?? '')) return { qty, kind: 'owed', start: i, end: j + 2 };
  if (paidWords.has(w) && laterWords.has(tokens[j + 1]?.t ?? '')) return { qty, kind: 'owed', start: i, end: j + 2 };
  const kind = paidWords.has(w) ? 'paid' : owedWords.has(w) ? 'owed' : null;
  return kind ? { qty, kind, start: i, end: j + 1 } : null;
}

/** "… sisanya diutang" after a paid segment: the index after it, or -1. */
function remainderOwed(tokens: Token[], from: number): number {
  let k = from;
  while (joiners.has(tokens[k]?.t ?? '')) k++;
  if (!remainderWords.has(tokens[k]?.t ?? '')) return -1;
  if (tokens[k + 1]?.t === 'nya') k++;
  return owedWords.has(tokens[k + 1]?.t ?? '') || cues.credit.has(tokens[k + 1]?.t ?? '') ? k + 2 : -1;
}

/** The count bought in all, said before the split: the item's own count. */
function countBefore(tokens: Token[], at: number): number | null {
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.used || t.literal) continue;
    if (seUnit(t.t) !== null) return 1;
    if (isDigits(t.t) || t.t.length > 2) {
      const n = readNumber(tokens, k);
      if (n && !n.money && n.end <= at && (unitOf(tokens[n.end]?.t ?? '') !== null || n.end === at || tokens[n.end]?.t === ',')) return n.value;
    }
  }
  return null;
}

/** The split said in the message, with its tokens marked used; null when there is none. */
export function readSplitPay(tokens: Token[]): SplitPay | null {
  for (let i = 1; i < tokens.length; i++) {
    // A split follows the goods: a comma or a joining word before it ("3 bungkus, 2 tunai …").
    if (!joiners.has(tokens[i - 1].t)) continue;
    const first = segmentAt(tokens, i);
    if (!first) continue;
    let k = first.end;
    while (joiners.has(tokens[k]?.t ?? '')) k++;
    const second = k < tokens.length ? segmentAt(tokens, k) : null;
    let paid: number | null = null;
    let owed: number | null = null;
    let end = first.end;
    if (second && second.kind !== first.kind) {
      [paid, owed] = first.kind === 'paid' ? [first.qty, second.qty] : [second.qty, first.qty];
      end = second.end;
    } else {
      const all = countBefore(tokens, i);
      if (all === null || all <= first.qty) continue;
      const rest = first.kind === 'paid' ? remainderOwed(tokens, first.end) : first.end;
      if (rest < 0) continue;
      [paid, owed] = first.kind === 'paid' ? [first.qty, all - first.qty] : [all - first.qty, first.qty];
      end = rest;
    }
    for (let m = i; m < end; m++) tokens[m].used = true;
    return { paid, owed };
  }
  return null;
}
