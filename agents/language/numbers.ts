// Reading one number from the token stream: digits, Indonesian/Javanese/Sundanese words, slang, fractions,
// multipliers ("15rb", "1,5jt", "dua puluh lima ribu", "sejuta setengah", "satus seket ewu", "2jt 300").
import { fractionWords, moneyMultipliers, multiplierWords, numberWords, rupiahWords, slangMoney } from './lexicon.ts';
import { isDigits, type Token } from './normalize.ts';
import { unitOf } from './units.ts';

export type NumberRead = {
  value: number;
  /** Index after the last token read. */
  end: number;
  /** Rupiah by its form: a money multiplier, slang, "rp" or "perak". */
  money: boolean;
  /** Digits with no word, suffix or separator ("17500", "5"). */
  bare: boolean;
  /** Digits written with thousand separators ("15.000"). */
  grouped: boolean;
  /** Made of words ("dua", "selawe"). */
  words: boolean;
};

const grouped = /^\d{1,3}(?:[.,]\d{3})+$/;
const decimal = /^\d+[.,]\d+$/;

function digitValue(t: string): { value: number; grouped: boolean } {
  // "1.250.000,00": cents written after grouped thousands.
  const cents = /^(\d{1,3}(?:\.\d{3})+),\d{2}$/.exec(t);
  if (cents) return { value: Number(cents[1].replace(/\./g, '')), grouped: true };
  if (grouped.test(t)) return { value: Number(t.replace(/[.,]/g, '')), grouped: true };
  if (decimal.test(t)) return { value: Number(t.replace(',', '.')), grouped: false };
  return { value: Number(t), grouped: false };
}

const smallMults = new Set(['belas', 'baleh', 'puluh', 'puluah', 'dasa', 'doso', 'likur', 'ratus', 'ratuih', 'atus']);

/** Reads the number starting at tokens[i], or null when none starts there. */
export function readNumber(tokens: Token[], i: number): NumberRead | null {
  let j = i;
  let money = false;
  const at = (k: number) => (k < tokens.length && !tokens[k].used && !tokens[k].literal ? tokens[k].t : '');
  if (rupiahWords.has(at(j)) && at(j) !== 'perak') {
    // "Rp. 15.000", "Rp 15.000", "Rp15.000".
    const k = at(j + 1) === '.' ? j + 2 : j + 1;
    if (isDigits(at(k)) || numberWords[at(k)] !== undefined) { money = true; j = k; }
  }
  let total = 0, cur = 0, lastSmall = 0, lastMult = 1;
  let kind: 'none' | 'num' | 'small' | 'big' | 'frac' = 'none';
  let words = false, isGrouped = false, fromDigits = false, suffixed = false, slang = false;
  for (; j < tokens.length; j++) {
    const t = at(j);
    if (!t) break;
    if (isDigits(t)) {
      // "1jt 200rb": thousands after millions.
      const thousandsNext = kind === 'big' && lastMult >= 1_000_000 && multiplierWords[at(j + 1)] === 1000;
      // "2 1/2 kg": a whole number and a fraction after it are one mixed number.
      const fracDen = Number(at(j + 2));
      if (kind === 'num' && fromDigits && !isGrouped && Number.isInteger(cur) && cur < 1000 && at(j + 1) === '/' && tokens[j + 1].glued
        && tokens[j + 2]?.glued && /^[1-9]$/.test(at(j + 2)) && /^[1-9]$/.test(t) && Number(t) < fracDen) {
        cur += Number(t) / fracDen;
        lastSmall = cur;
        j += 2;
        continue;
      }
      if (kind !== 'none' && !thousandsNext) break;
      const d = digitValue(t);
      cur = lastSmall = d.value;
      // "1/2", "3/4": a fraction, not a price per unit.
      const den = at(j + 2);
      if (at(j + 1) === '/' && tokens[j + 1].glued && /^[1-9]$/.test(den) && tokens[j + 2].glued && d.value < Number(den)) {
        cur = lastSmall = d.value / Number(den);
        j += 2;
      }
      isGrouped = d.grouped;
      fromDigits = true;
      kind = 'num';
      continue;
    }
    const w = numberWords[t];
    // "ceban dua rebu": thousands after a slang ten-thousand add to it (Rp12.000; it was Rp10.000).
    if (w !== undefined && slang && kind === 'num' && cur >= 10_000 && w < 10 && multiplierWords[at(j + 1)] === 1000) {
      cur += w * 1000; lastSmall = cur; j++;
      continue;
    }
    // "ceban seribu", "goban seribu": a thousand word after a slang ten-thousand adds to it (Rp11.000; it was Rp10.000).
    if (w !== undefined && slang && kind === 'num' && cur >= 10_000 && w >= 1000 && w < 10_000 && w % 1000 === 0) {
      cur += w; lastSmall = cur;
      continue;
    }
    // "ceban dua ribu limaratus", "goceng lima ratus", jv "ceban rongewu limangatus": hundreds after slang thousands add
    // to them (Rp12.500, Rp5.500; the 500 was dropped).
    if (w !== undefined && slang && kind === 'num' && cur >= 1000 && cur % 1000 === 0) {
      const hundreds = w >= 100 && w < 1000 && w % 100 === 0 ? w : w < 10 && multiplierWords[at(j + 1)] === 100 ? w * 100 : 0;
      if (hundreds) {
        cur += hundreds; lastSmall = cur;
        if (w < 10) j++;
        continue;
      }
    }
    // "seceng tuju ratus lima puluh", "goceng gopek seket": tens after slang thousands and spoken hundreds add to them
    // (Rp1.750; it was Rp1.700).
    if (w !== undefined && slang && kind === 'num' && cur >= 1000 && cur % 1000 !== 0 && cur % 100 === 0) {
      const tens = w >= 20 && w < 100 && w % 10 === 0 ? w : w < 10 && multiplierWords[at(j + 1)] === 10 ? w * 10 : 0;
      if (tens) {
        cur += tens; lastSmall = cur;
        if (w < 10) j++;
        continue;
      }
    }
    if (w !== undefined) {
      if (w >= 1000) {
        if (kind !== 'none') break;
        total += w; lastMult = w; kind = 'big'; words = true; money = true;
        continue;
      }
      const afterBig = kind === 'big' && (w >= 100 || smallMults.has(at(j + 1)));
      const afterSmall = kind === 'small' && (cur % 10 === 0) && w < (cur % 100 === 0 ? 100 : 10);
      // "satus seket"; but "3500 dua" is two numbers, and so is "goceng tiga" (Rp5.000 for three; it was Rp5.003).
      const afterHundred = kind === 'num' && words && !slang && lastSmall >= 100 && lastSmall % 100 === 0 && w < 100;
      if (kind !== 'none' && !afterBig && !afterSmall && !afterHundred) break;
      cur += w; lastSmall = w; words = true;
      // "duapuluh lima": written tens take units after them like "dua puluh".
      kind = w >= 20 && w < 100 && w % 10 === 0 && kind === 'none' ? 'small' : 'num';
      continue;
    }
    const s = slangMoney[t];
    if (s !== undefined) {
      // "ceban gopek", "goceng gopek": a smaller slang amount after a slang thousands adds to it (Rp10.500, Rp5.500);
      // "dua puluh tujuh rebu gopek": so does a slang hundreds after thousands (Rp27.500; the 500 was dropped).
      if (slang && kind === 'num' && cur >= 1000 && s < cur && s >= 500) { cur += s; lastSmall = cur; continue; }
      if (kind === 'big' && lastMult === 1000 && cur === 0 && s < 1000) { total += s; slang = true; continue; }
      if (kind !== 'none') break;
      cur = lastSmall = s; kind = 'num'; money = true; words = true; slang = true;
      continue;
    }
    const f = fractionWords[t];
    if (f !== undefined) {
      if (kind === 'none') cur = f;
      else if (kind === 'big') total += f * lastMult;
      else if (kind === 'num' && lastSmall < 10) cur += f;
      // "rokok surya 16 setengah slop", "aqua 600 setengah dus": half a pack after a number of ten or more is that half, the
      // number the goods' own (16,5 slop of Surya 12 were sold; Rp4.620.000).
      else if (kind === 'num' && fromDigits && cur >= 10 && f === 0.5 && packUnits.has(unitOf(at(j + 1)) ?? '')) break;
      else if (kind === 'num' && fromDigits && !isGrouped && f === 0.5 && Number.isInteger(cur) && cur >= 10 && cur < 1000) {
        // Sunda/Java try: "regane 26 setengah sekilo" was Rp26.000, "27 setengah ribu" 27 kg at Rp500. "Twenty-six and a
        // half" with no unit after it is a price: thousands and five hundred, with "ribu" after it or without.
        cur += f;
        if (!isUnitLike(at(j + 1)) && multiplierWords[at(j + 1)] !== 1000) { cur *= 1000; money = true; }
      } else break;
      kind = 'frac'; words = true;
      continue;
    }
    const m = multiplierWords[t];
    // "bayar listrik goceng ribu": the slang is rupiah already, "ribu" only says so (it was Rp5.000.000, booked unasked).
    if (m === 1000 && slang && kind === 'num' && cur >= 1000) continue;
    if (m !== undefined && (kind === 'num' || kind === 'small' || kind === 'frac')) {
      if (m === -10) { if (kind !== 'num' || lastSmall >= 10) break; cur += 10; kind = 'small'; continue; }
      if (m === -20) { if (kind !== 'num' || lastSmall >= 10) break; cur += 20; kind = 'small'; continue; }
      if (m < 1000) {
        if (kind !== 'num' || lastSmall >= 10) break;
        cur += lastSmall * (m - 1); kind = 'small';
        continue;
      }
      total += cur * m; cur = 0; lastMult = m; kind = 'big'; suffixed = true;
      if (moneyMultipliers.has(t)) money = true;
      continue;
    }
    // "3500an", "140rban": the -an of an approximate amount.
    if (t === 'an' && tokens[j].glued && kind !== 'none') continue;
    // "2rb-an".
    if (t === '-' && tokens[j].glued && at(j + 1) === 'an' && tokens[j + 1].glued && kind !== 'none') { j++; continue; }
    if ((t === 'perak' || t === 'rupiah') && kind !== 'none') { money = true; j++; }
    break;
  }
  if (kind === 'none') return null;
  // "sejuta telung atus", "dua juta lima ratus": spoken hundreds after juta are thousands.
  if (lastMult === 1_000_000 && total > 0 && cur > 0 && cur < 1000 && kind !== 'frac') cur *= 1000;
  let value = total + cur;
  // "2jt 300" = 2.300.000, "18rb 500" = 18.500: a bare tail of up to three digits after a multiplier.
  if (kind === 'big' && lastMult >= 1000 && cur === 0) {
    const tail = at(j);
    const next = at(j + 1);
    if (/^\d{1,3}$/.test(tail) && !multiplierWords[next] && !isUnitLike(next)) {
      const n = Number(tail);
      if (lastMult >= 1_000_000 || n >= 100) { value += n * (lastMult / 1000); j++; }
    }
  }
  return {
    value, end: j, money,
    bare: fromDigits && !words && !suffixed && !money && !isGrouped,
    grouped: isGrouped, words,
  };
}

const isUnitLike = (w: string): boolean => w !== '' && unitOf(w) !== null;
/** Packs of many pieces: no one sells 16,5 of them. */
const packUnits = new Set(['slop', 'dus', 'bal', 'karung', 'renteng', 'lusin', 'krat', 'pak', 'peti', 'kodi', 'rim', 'gross']);
