// Counts said in words inside a correction ("sekilo", "setengah kilo", jv "loro", su "tilu") as digits, so the readers in
// read.ts see one form.
import { fractionWords, numberWords } from '../../language/lexicon.ts';

/** The units one of which is said as one word ("sebungkus", "sakilo") or after "sak"/"1" (understand.ts). */
export const unitWord = String.raw`(?:bungkus|bks|biji|iji|butir|kilo|kg|ons|liter|botol|btl|gelas|porsi|pcs|buah|dus|slop|karung|renteng|renceng|ikat|kaleng|sachet|saset|pak|pack|tabung|mangkok|piring|lusin|krat)`;
const oneOf = new RegExp(String.raw`\b(?:se|sa)(${unitWord})\b`, 'g');
const fractionOfUnit = new RegExp(String.raw`\b(\p{L}+)\s+(${unitWord})\b(?=\s+\d)`, 'gu');
/** A count said in one word ("loro", "tilu", "seratus"), as digits; null for any other word. */
export const countWord = (w: string | undefined) => (w !== undefined && numberWords[w] !== undefined && numberWords[w]! < 1000 ? String(numberWords[w]) : null);

// A count said in words becomes digits, so a correction reads it as one: "sekilo", su "sakilo" → "1 kilo",
// "setengah kilo" → "0.5 kilo", jv "loro", su "tilu" → "2", "3". Money words stay ("dua ribu" → "2 ribu").
export function countsAsDigits(s: string): string {
  // With digits the count is already said ("4rb segelas" keeps its "per glass"), but a part of a unit before the money
  // is still the count: "telornya setengah kilo 15rb" (a helper's try: booked 1 kg at Rp15.000).
  if (/\d/.test(s)) return s.replace(fractionOfUnit, (all, w: string, u: string) => (fractionWords[w] !== undefined ? `${fractionWords[w]} ${u}` : all));
  // "tiga puluh ribu": tens and hundreds said in words are one number ("3 puluh ribu" was read as a count of 3).
  const digit = (w: string | undefined) => (w !== undefined && numberWords[w] !== undefined && numberWords[w]! < 10 ? numberWords[w]! : null);
  const compounds = s.replace(/(?<!\p{L})(\p{L}+) (puluh|belas|ratus)(?: (\p{L}+))?(?!\p{L})/gu, (all, a: string, m: string, b?: string) => {
    const n = digit(a);
    if (n === null) return all;
    const unit = m === 'belas' ? null : digit(b);
    const value = m === 'belas' ? n + 10 : n * (m === 'puluh' ? 10 : 100) + (unit ?? 0);
    return `${value}${b !== undefined && unit === null ? ` ${b}` : ''}`;
  });
  return compounds.replace(oneOf, '1 $1').replace(/\p{L}+/gu, (w) => (fractionWords[w] !== undefined ? String(fractionWords[w]) : countWord(w) ?? w));
}

/**
 * "eh bukan 2 kilo, setengah kilo", "yang gula tadi seperempat kilo bukan sekilo": a part of a unit and "se<unit>" as digits
 * (neither was understood). Other number words stay: "dua kelinci" is goods.
 */
export function fractionsAsDigits(s: string): string {
  const withUnit = new RegExp(String.raw`(?<!\p{L})(\p{L}+)\s+(${unitWord})(?!\p{L})`, 'giu');
  const parts = s.replace(withUnit, (all, w: string, u: string) => {
    const f = fractionWords[w.toLowerCase()];
    return f !== undefined && f < 1 ? `${f} ${u}` : all;
  });
  // With money said, "sekilo 19rb" is per kilo: left as it is.
  return /\d/.test(s) ? parts : parts.replace(/\b(?:se|sa)(kilo|kg|liter|ons)\b/gi, '1 $1');
}
