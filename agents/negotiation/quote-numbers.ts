// The numbers of a supplier's message: amounts with their units, spelled prices as digits, the hundreds said after the
// thousands, thousands dropped ("670 per karung"). Pure; read-quote.ts decides what each number is.
import { canonicalUnit, unitWords } from './units.ts';
import { multiplierWords, numberWords } from '../language/lexicon.ts';
import { tokenize } from '../language/normalize.ts';
import { readNumber } from '../language/numbers.ts';
import { wordTable } from '../../core/word-table.ts';

export const units = unitWords.join('|');
// amount: "Rp26.500", "26rb", "26,5rb", "26 ribu", jv "18 ewu", "1,2jt", with a spoken tail "17 rebu 800"; then an optional
// unit: "/kg", "per peti", "sekilo", su "saliter", "kg".
const amountRe = new RegExp(
  // A unit may be glued to the digits ("50kg"): it was no number at all, so "790rb sekarung 50kg" asked the size again.
  String.raw`(rp\.?\s*)?(\d+(?:[.,]\d+)*)\s*(rb|ribu|rebu|ewu|k(?![a-z])|jt|juta)?(?:\s+(\d{3})(?![\d.,])(?!\s*(?:${units})(?![a-z])))?(?:(?![a-z0-9])|(?=(?:${units})(?![a-z])))\s*(?:(\/|per|se|sa)\s*(${units})(?![a-z])|(${units})(?![a-z]))?`, 'g');
// "… per peti" later in the message (an answer to our question, joined to the price it explains).
export const perUnitLater = new RegExp(String.raw`(?:\bper\s*|\/\s*|\bse)(${units})\b`, 'g');

const hundredsWords: Record<string, number> = wordTable({ se: 1, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9 });
// A price spelled out: number words with at least one scaling word ("tujuh belas ribu", "seratus lima puluh ribu"). "kosong"
// (none left) and "nol" are no price.
const spelledWord = Object.keys(numberWords).filter((w) => w !== 'kosong' && w !== 'nol').join('|');
const scaleWord = Object.keys(multiplierWords).filter((w) => /^\p{L}{3,}$/u.test(w)).join('|');
const spelledRun = new RegExp(String.raw`\b(?:${spelledWord})(?:\s+(?:${spelledWord}|${scaleWord}))*\b`, 'g');

/**
 * "tujuh belas ribu sekilo", "seratus lima puluh ribu, udah mentok": a spelled price as digits (helpers' haggles: such
 * quotes got no answer, the supplier shown as not replying). Runs worth less than a hundred stay words ("dua dus").
 */
function spelledAsDigits(t: string): string {
  return t.replace(spelledRun, (run, at: number) => {
    const tokens = tokenize(run);
    const r = readNumber(tokens, 0);
    // "255rb sepuluh kilo": a measure counted in words is a count (the price was taken per kilo, and countered at the limit).
    const measured = measureAfter.test(t.slice(at + run.length));
    return r && r.end === tokens.length && (r.value >= 100 || measured) ? String(r.value) : run;
  });
}
const measureAfter = /^\s*(?:kilo|kg|kilogram|liter|ltr|gram|ons)\b/;

/**
 * "40 ribu lima ratus" (Rp40.500), "16rb5", "26rb5" (Rp16.500, Rp26.500), "13 ribu gopek": the hundreds said after the
 * thousands, written as the number they are (a helper's try: "40 ribu lima ratus", above the ceiling, was read as
 * Rp40.000, "agreed" and ordered at that; "16rb5" got no reply).
 */
function spokenHundreds(t: string): string {
  return t
    .replace(/\b(\d{1,4}) ?(?:rb|ribu|rebu|ewu) ?(se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan) ?ratus\b/g, (_, k: string, h: string) => `${Number(k) * 1000 + hundredsWords[h]! * 100}`)
    .replace(/\b(\d{1,4}) ?(?:rb|ribu|rebu|ewu) ?(?:gopek|setengah)\b/g, (_, k: string) => `${Number(k) * 1000 + 500}`)
    .replace(/\b(\d{1,4})(?:rb|k)([1-9])\b/g, (_, k: string, h: string) => `${Number(k) * 1000 + Number(h) * 100}`);
}

export interface Num { value: number; money: boolean; unit: string | null; per: boolean; at: number; end: number }

function numberValue(digits: string, suffix: string | undefined, tail: string | undefined): { value: number; money: boolean } {
  if (suffix) {
    const v = Number(digits.replace(/\.(?=\d{3}\b)/g, '').replace(',', '.'));
    const mult = /^(jt|juta)$/.test(suffix) ? 1_000_000 : 1_000;
    // "17 rebu 800" = 17.800, "1 jt 200" = 1.200.000.
    return { value: Math.round(v * mult) + (tail ? Number(tail) * (mult / 1000) : 0), money: true };
  }
  if (/^\d{1,3}([.,]\d{3})+$/.test(digits)) return { value: Number(digits.replace(/[.,]/g, '')), money: true };
  return { value: Number(digits.replace(',', '.')), money: false };
}

export function numbers(text: string): Num[] {
  const out: Num[] = [];
  for (const m of text.matchAll(amountRe)) {
    const [, rp, digits, suffix, tail, per, perUnit, bareUnit] = m;
    const { value, money } = numberValue(digits!, suffix, tail);
    if (!Number.isFinite(value)) continue;
    const isMoney = money || Boolean(rp) || (value >= 1000 && !bareUnit);
    out.push({ value, money: isMoney, unit: canonicalUnit(perUnit ?? bareUnit), per: Boolean(per), at: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/**
 * "670 per karung", "ada, 670" against a ceiling of Rp650.000: suppliers drop the thousands. A bare number under
 * 1,000 said per a unit (or alone) is a price in thousands when that lands near the owner's ceiling; a count
 * ("ready 5 karung") has its unit after it without "per".
 */
export function inThousands(n: Num, reference: number | null, unit?: string): boolean {
  if (n.money || n.value >= 1000 || !reference || (n.unit && !n.per)) return false;
  // jv "sepeti 385 wis mentok" for eggs haggled per kg: a bare price of another, bigger pack is thousands too, though far
  // from a kilo's price (the message was dropped without a word).
  if (n.per && n.unit && unit && canonicalUnit(n.unit) !== canonicalUnit(unit) && n.value >= 100) return true;
  const scaled = n.value * 1000;
  return scaled >= reference / 3 && scaled <= reference * 3;
}

// jv "12.500 sak renceng": "sak" before a unit is "per one", not a sack (the supplier was asked what a karung holds).
const sakPerUnit = new RegExp(String.raw`\bsak\s+(?=(?:${unitWords.filter((u) => u !== 'sak').join('|')})\b)`, 'g');

// su "198rb sadus eusi 12": "sa<unit>" is one of it ("se<unit>"), "eusi" what it holds (the 12 was read as Rp12.000 a piece,
// agreed and ordered).
const suOne = new RegExp(String.raw`\bsa(?=(?:${unitWords.filter((u) => u.length >= 3 && !u.startsWith('k')).join('|')}|kilo|karung|kg)\b)`, 'g');

/** A supplier's message lower-cased, its prices as digits: spelled, with spoken hundreds, "12.900an", jv "sak <unit>", su "sa<unit> eusi". */
export function quoteText(raw: string): string {
  // "12.900an": about that much, still the price.
  return spokenHundreds(spelledAsDigits(raw.toLowerCase().replace(/\s+/g, ' '))).replace(/(\d)\s?-?an\b/g, '$1').replace(sakPerUnit, 'per ')
    .replace(suOne, 'se').replace(/\beusi(?:na)?\b/g, 'isi');
}

/** The last unit word before "isi": "1 dus 220rb isi" → dus; "sedus isi" → dus (it was the bungkus priced before, and
 * Rp3.000/bks was Rp75/dus). */
export function lastUnitWord(pre: string): string | null {
  const all = [...pre.matchAll(new RegExp(String.raw`\b(?:se|sa)?(${units})\b`, 'g'))];
  return all.length ? canonicalUnit(all.at(-1)![1]!) : null;
}

export function lastPackWord(pre: string): string | null {
  const m = new RegExp(String.raw`\b(${units})\b[^a-z]*isi\s*$`).exec(pre);
  return m ? canonicalUnit(m[1]) : null;
}

/**
 * "265rb per 10 kg", "175rb/10 kilo": money for several of the haggle's unit, as a price for one ("26500 per kg"; both asked
 * "per kg atau per peti?").
 */
export function perSeveral(t: string, unit: string): string {
  const re = new RegExp(String.raw`(\d+(?:[.,]\d+)?)\s*(rb|ribu|rebu|ewu|k)\s*(?:per|\/|untuk|buat)\s*(\d+)\s*(${units})\b`, 'g');
  return t.replace(re, (all, n: string, _k: string, count: string, u: string) => {
    const each = (Number(n.replace(',', '.')) * 1000) / Number(count);
    return canonicalUnit(u) === unit && Number(count) > 1 && Number.isInteger(each) ? `${each} per ${u}` : all;
  });
}
