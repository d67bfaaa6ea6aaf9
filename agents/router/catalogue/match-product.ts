// Ranking catalogue names against what a person typed: aliases, word order, abbreviations and typos
// ("indomi", "aqwa"). Pure; the database supplies candidates (trigram search), this decides.
import { canonicalUnit as unitOf } from '../../../core/units.ts';
import { wordTable } from '../../../core/word-table.ts';

export interface Candidate { id: string; name: string; aliases: string[]; unit?: string; category?: string | null }
export interface Scored<T extends Candidate> { item: T; score: number; exact: boolean; weak: boolean }
export type MatchOutcome<T extends Candidate> =
  | { kind: 'match'; item: T }
  /** Several fit, or (weak) only a name two typos away or one missing a word typed: ask, and offer a new product. */
  | { kind: 'ambiguous'; choices: T[]; weak?: boolean }
  | { kind: 'none'; near: T[] };

export const normalizeName = (s: string) =>
  s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').replace(/\s+/g, ' ').trim();

// A size said in other words is the same size: "gas 3 kilo" is "Gas Elpiji 3 kg", "minyak 1 liter" is "1 L".
const sizeWords: [RegExp, string][] = [
  [/(\d)\s?(?:kilo|kilogram|kilogr|kgs?)\b/g, '$1 kg'],
  [/(\d)\s?(?:liter|litre|ltr|lt|l)\b/g, '$1 l'],
  [/(\d)\s?(?:gram|gr|grm|g)\b/g, '$1 g'],
  [/(\d)\s?(?:mili|mililiter|ml)\b/g, '$1 ml'],
];
// Words typed short or spelled the other way: "aqua gls" is "Aqua Gelas" (helper try: it became a new product).
const spellings: Record<string, string> = wordTable({ gls: 'gelas', btl: 'botol', bks: 'bungkus', krupuk: 'kerupuk', kripik: 'keripik', telor: 'telur' });
const spelled = new RegExp(`\\b(?:${Object.keys(spellings).join('|')})\\b`, 'g');

/** normalizeName with sizes and spellings in one form, for comparing names only (what is stored keeps the owner's words). */
export function matchName(s: string): string {
  let n = normalizeName(s).replace(spelled, (w) => spellings[w] ?? w);
  if (/\d/.test(n)) for (const [re, to] of sizeWords) n = n.replace(re, to);
  return n;
}

/** Optimal string alignment distance (Levenshtein plus swapped neighbours: "aqua"/"auqa"). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * A catalogue word with a possessive or definite ending, as people say "the sugar": Javanese "gulane",
 * "berase", Sundanese "gulana", "berasna", Indonesian "gulanya". The same goods, not a typo.
 */
export function withEnding(typed: string, word: string): boolean {
  if (word.length < 3 || !typed.startsWith(word)) return false;
  const ending = typed.slice(word.length);
  const vowelEnd = /[aeiou]$/.test(word);
  return ending === 'nya' || ending === 'na' || (vowelEnd ? ending === 'ne' : ending === 'e' || ending === 'ipun');
}

/** How well one typed word fits one catalogue word, 0..1. */
export function wordSimilarity(typed: string, word: string): number {
  if (typed === word) return 1;
  if (withEnding(typed, word)) return 0.95;
  // "-an" makes another noun: "gorengan" (fried snacks) is not "goreng", "manisan" not "manis".
  if (typed === `${word}an` || word === `${typed}an`) return 0;
  // A typed prefix of a word ("indo" for "indomie", "600" for "600ml") is a shorthand, not a typo.
  if (typed.length >= 3 && word.startsWith(typed)) return 0.9;
  if (/^\d/.test(typed) || /^\d/.test(word)) return 0; // sizes must not fuzzy-match each other
  if (typed.length < 3) return 0;
  const dist = editDistance(typed, word);
  const allowed = typed.length <= 4 ? 1 : 2;
  return dist <= allowed ? 1 - dist / Math.max(typed.length, word.length) : 0;
}

/** Score of a typed name against one catalogue name, 0..1: typed words covered, then fewer extra words. */
export function nameScore(typed: string, name: string): number {
  const q = matchName(typed).split(' ').filter(Boolean);
  const n = matchName(name).split(' ').filter(Boolean);
  if (!q.length || !n.length) return 0;
  if (q.join(' ') === n.join(' ')) return 1;
  const used = new Set<number>();
  let covered = 0;
  for (const word of q) {
    let best = 0;
    let bestAt = -1;
    n.forEach((w, i) => {
      const s = used.has(i) ? 0 : wordSimilarity(word, w);
      if (s > best) [best, bestAt] = [s, i];
    });
    if (bestAt >= 0) used.add(bestAt);
    covered += best;
  }
  const typedCoverage = covered / q.length;
  const nameCoverage = used.size / n.length;
  return typedCoverage * (0.85 + 0.15 * nameCoverage);
}

/**
 * A fit that rests on a word two letters or more off ("kerupuk" for the alias "keripik kentang", "beras
 * pulut" for "beras pulen"): a different word as often as a misspelt one, so it is never taken without
 * asking, even when the other words fit exactly.
 */
export function typoOnly(typed: string, name: string): boolean {
  const n = matchName(name).split(' ').filter(Boolean);
  return matchName(typed).split(' ').filter(Boolean).some((word) =>
    !n.some((w) => w === word || (word.length >= 3 && w.startsWith(word)) || withEnding(word, w))
    && Math.min(...n.map((w) => editDistance(word, w))) >= 2);
}

/**
 * A typed word of four letters or more that fits no word of the name at all, as a brand the owner named
 * ("minyak goreng bimoli" against the alias "minyak goreng" of Sania): the rest of the name may fit well,
 * but it may be another product, so it is never taken without asking. The product's category counts as
 * part of its name ("rokok sampoerna mild" is Sampoerna Mild 16 of the category rokok).
 */
export function strangerWord(typed: string, name: string): boolean {
  const n = matchName(name).split(' ').filter(Boolean);
  return matchName(typed).split(' ').some((word) => word.length >= 4 && /^\p{L}+$/u.test(word)
    && n.every((w) => wordSimilarity(word, w) === 0));
}

// Sizes in one measure each (ml for volume, g for mass), to compare "1,5 l" with "1500 ml".
const measures: Record<string, [string, number]> = wordTable({ ml: ['vol', 1], l: ['vol', 1000], g: ['mass', 1], kg: ['mass', 1000] });
function sizesOf(name: string): Map<string, number> {
  const out = new Map<string, number>();
  // matchName would split "1,5 l" into "1 5 l": the decimal is read before the punctuation goes.
  let n = name.normalize('NFKC').toLowerCase();
  for (const [re, to] of sizeWords) n = n.replace(re, to);
  for (const m of n.matchAll(/(\d+(?:[.,]\d+)?) (ml|l|kg|g)\b/g)) {
    const [kind, factor] = measures[m[2]!]!;
    out.set(kind, Number(m[1]!.replace(',', '.')) * factor);
  }
  return out;
}

/** Whether the text says a size ("2 liter", "600ml", "1,5 l"). */
export const saysSize = (text: string): boolean => sizesOf(text).size > 0;

/** A size typed that is not the name's own in the same measure ("aqua 1500ml" against "Aqua 600 ml"): another product. */
export function sizeClash(typed: string, name: string): boolean {
  if (!/\d/.test(typed) || !/\d/.test(name)) return false;
  const said = sizesOf(typed);
  const own = sizesOf(name);
  return [...said].some(([kind, size]) => own.has(kind) && Math.abs(own.get(kind)! - size) > 1e-9);
}

/** The typed name without the category's word, when it says more than the category ("rokok gg" → "gg"). */
function withoutCategory(typed: string, category: string | null | undefined): string {
  if (!category) return typed;
  const cat = matchName(category);
  const words = matchName(typed).split(' ');
  const rest = words.filter((w) => w !== cat);
  return rest.length > 0 && rest.length < words.length ? rest.join(' ') : typed;
}

/** `unit` (canonical, as said) breaks near-ties: "aqua 2 botol" is the bottle, not the cup. */
export function scoreCandidates<T extends Candidate>(typed: string, candidates: T[], unit: string | null = null): Scored<T>[] {
  return candidates
    .map((item) => {
      // "rokok gg": the product's category said before its name ("gg" of the category rokok) is no extra word.
      const said = withoutCategory(typed, item.category);
      const key = matchName(said);
      const names = [item.name, ...item.aliases];
      const exact = names.some((n) => matchName(n) === key || matchName(n).replace(/ /g, '') === key.replace(/ /g, ''));
      const unitBonus = unit && item.unit && unitOf(item.unit) === unit ? 0.04 : 0;
      const scores = names.map((n) => (sizeClash(said, n) ? 0 : nameScore(said, n)));
      // "sabun rinso", "deterjen rinso": every word typed is a word of one of its names (alias "sabun cuci", "rinso"), so
      // it is that product, though no one name has them all (helpers' tries made new products of both).
      const one = Math.max(...scores);
      const union = one < UNION_SCORE && allWordsNamed(said, names);
      const best = union ? UNION_SCORE : one;
      const score = exact ? 1 : Math.min(0.99, best + unitBonus);
      const bestName = union ? names.join(' ') : names[scores.indexOf(one)]!;
      // "shopeefood mie ayam 2 porsi": a serving of a dish is no packaged product's ("Pop Mie Ayam", per cup); asked.
      const serving = unit === 'porsi' && item.unit != null && unitOf(item.unit) !== 'porsi';
      const weak = !exact && (serving || typoOnly(said, bestName) || strangerWord(said, `${bestName} ${item.category ?? ''}`));
      return { item, score, exact, weak };
    })
    .sort((a, b) => b.score - a.score || a.item.name.localeCompare(b.item.name));
}

/** Each typed word (two or more) is one of the words of the product's names, or nearly (a possessive, a typo's ending). */
function allWordsNamed(typed: string, names: string[]): boolean {
  const q = matchName(typed).split(' ').filter(Boolean);
  const words = new Set(names.flatMap((n) => matchName(n).split(' ').filter(Boolean)));
  return q.length >= 2 && q.every((w) => [...words].some((n) => wordSimilarity(w, n) >= 0.95));
}
const UNION_SCORE = 0.8;

export const MATCH_MIN = 0.62;   // below this a name is not the product
const CLEAR_MARGIN = 0.05;       // a winner must beat the runner-up by this much
const MAX_CHOICES = 4;

/** One clear winner, a short list to choose from, or nothing. */
export function decideMatch<T extends Candidate>(typed: string, candidates: T[], unit: string | null = null): MatchOutcome<T> {
  const scored = scoreCandidates(typed, candidates, unit ? unitOf(unit) : null);
  const exact = scored.filter((s) => s.exact);
  if (exact.length === 1) return { kind: 'match', item: exact[0].item };
  if (exact.length > 1) return { kind: 'ambiguous', choices: exact.slice(0, MAX_CHOICES).map((s) => s.item) };
  const good = scored.filter((s) => s.score >= MATCH_MIN);
  if (!good.length) return { kind: 'none', near: scored.filter((s) => s.score >= 0.4).slice(0, 3).map((s) => s.item) };
  const close = good.filter((s) => good[0].score - s.score < CLEAR_MARGIN);
  if (good[0].weak) return { kind: 'ambiguous', choices: close.slice(0, MAX_CHOICES).map((s) => s.item), weak: true };
  if (close.length === 1) return { kind: 'match', item: good[0].item };
  return { kind: 'ambiguous', choices: close.slice(0, MAX_CHOICES).map((s) => s.item) };
}
