// Goods bought by each of several people: "3 orang beli kopi, masing2 2 sachet" (6 sachets), "2 wong tuku
// kopi saben wong 2 sachet" (jv), "aya 4 urang meuli roko sewang-sewang 1 bks" (su). The people counted are never goods
// ("wong" is no product) and, when each bought the same, the goods' count is per person. Read before the
// items, which then see neither the people nor the comma that set "masing2 2 sachet" apart.
import { isDigits, type Token } from './normalize.ts';
import type { Draft } from './items.ts';
import { numberWords } from './lexicon.ts';
import { unitOf } from './units.ts';

const persons = new Set(['orang', 'org', 'wong', 'uwong', 'jalma', 'urang', 'pembeli', 'pelanggan', 'konsumen', 'customer', 'bocah', 'budak', 'anak', 'tamu']);
/** "masing2", "tiap orang", "per orang", "sewang-sewang" (su), "saben wong" / "sak wong" (jv). */
const eachWords = new Set(['masing', 'sewang', 'sewangna', 'saben', 'tiap', 'setiap']);

export type Each = { people: number; each: boolean };

/** The people counted ("3 orang") with their tokens marked used, and whether each bought the count said; else null. */
export function readEach(tokens: Token[]): Each | null {
  const at = tokens.findIndex((t, i) => !t.used && !t.literal && persons.has(t.t) && countOf(tokens[i - 1]) !== null);
  if (at < 1) return null;
  const people = countOf(tokens[at - 1])!;
  const marker = tokens.findIndex((t, i) => i > at && !t.used && (eachWords.has(t.t) || perPerson(tokens, i)));
  // Only "N orang beli …": a count of people next to a buying verb, not "2 orang karyawan" in an expense.
  if (marker < 0 && !/^(beli|tuku|meuli|mbeli|ambil|ngambil|tumbas|meser|nuku|njupuk|nyandak|jajan|pesen|pesan|mesen)$/.test(tokens[at + 1]?.t ?? '')) return null;
  tokens[at - 1].used = true;
  tokens[at].used = true;
  if (marker < 0) return { people, each: false };
  // "kopi, masing2 2 sachet": the comma would part the count from the goods it belongs to.
  if (tokens[marker - 1]?.t === ',') tokens[marker - 1].used = true;
  // "masing2 4rb" is a unit price, read with the items. Before a count ("masing2 2 sachet 12rb") the marker is
  // the people's, and the money after the count is the line's total. The others, with a repeat ("sewang-sewang")
  // or a person word ("tiap orang", "per orang", "sak wong"), are marked used: none of them is goods.
  let end = marker + 1;
  if (tokens[marker].t === 'masing') {
    if (tokens[end]?.t === '2' && tokens[end].glued) end++;
    else if (tokens[end]?.t === '-' && tokens[end + 1]?.t === 'masing') end += 2;
    else if (tokens[end]?.t === 'masing') end++;
    const counted = (countOf(tokens[end]) !== null || tokens[end]?.t === '1') && unitOf(tokens[end + 1]?.t ?? '') !== null;
    if (counted) for (let k = marker; k < end; k++) tokens[k].used = true;
  } else {
    if (tokens[end]?.t === '-' && tokens[end + 1]?.t === tokens[marker].t) end += 2;
    else if (tokens[end]?.t === tokens[marker].t) end++;
    if (persons.has(tokens[end]?.t ?? '')) end++;
    for (let k = marker; k < end; k++) tokens[k].used = true;
  }
  return { people, each: true };
}

function countOf(t: Token | undefined): number | null {
  if (!t || t.used || t.literal) return null;
  const n = isDigits(t.t) ? Number(t.t) : numberWords[t.t];
  return n !== undefined && Number.isInteger(n) && n >= 2 && n <= 50 ? n : null;
}

/** "per orang", "sak wong": a person word after per/sak. */
const perPerson = (tokens: Token[], i: number) => (tokens[i].t === 'per' || tokens[i].t === 'sak' || tokens[i].t === 'sa') && persons.has(tokens[i + 1]?.t ?? '');

/**
 * Each of `people` bought the count said: the goods' count is per person ("masing2 2 sachet" by 3 is 6).
 * A price said per piece ("masing2 4rb") with no count is one each. A total said stays the whole total.
 */
export function perPersonCounts(drafts: Draft[], people: number): void {
  for (const d of drafts) {
    if (d.name.length === 0) continue;
    if (d.qty !== null) d.qty *= people;
    else if (d.unitPrice !== null) d.qty = people;
  }
}

/**
 * "3 orang beli kopi 15rb", "ada 4 orang beli es teh", "3 org beli nasi bungkus, @10rb": people counted, each not said,
 * and one goods with no count of its own: one each (the count was lost, or the message read as nothing).
 */
export function oneEach(drafts: Draft[], people: number): void {
  const named = drafts.filter((d) => d.name.length > 0);
  if (named.length === 1 && named[0]!.qty === null) named[0]!.qty = people;
}
