// Turns the tokens left after dates, names and noise into pieces the item reader understands:
// numbers, units, price marks, separators, product words and stop words.
import { cues, functionWords, relativeWords } from './cues.ts';
import {
  brandPhrases, deliveryWords, nameNumbers, packUnits, discountWords, fillerWords, fuelWords, fractionWords, honorifics, ownUseWords, peopleWords, shopWords, maxWords, productAdjectives, numberWords, paymentWords, perWords, placeWords, purposeWords,
  questionWords, rupiahWords, separatorWords, slangMoney, table, totalWords,
} from './lexicon.ts';
import { goodsWords, phrasesByHead } from './gazetteer.ts';
import { isDigits, type Token } from './normalize.ts';
import { stopWords } from './stoplist.ts';
import { readNumber, type NumberRead } from './numbers.ts';
import { seUnit, unitOf } from './units.ts';

export type Piece =
  | { k: 'num'; n: NumberRead; raw: string; glued: boolean }
  | { k: 'unit'; u: string; raw: string; glued: boolean }
  | { k: 'se'; u: string; raw: string }
  | { k: 'per' | 'total' | 'max' | 'harga' | 'sep' | 'q' | 'stop' | 'disc' | 'ship'; raw: string }
  | { k: 'word'; raw: string; variant?: boolean };

const seps = new Set([',', ';', '+', '&', '-', ':', '.', '=']);
const maxHeads: Record<string, (t: Token[], i: number) => number> = table({
  // "paling mahal", "jangan lebih dari", "ga lebih dr": a ceiling; returns how many tokens it spans.
  // "paling mahal", "paling larang" (jv), "pang awisna" is rare: the dearest allowed.
  paling: (t, i) => (['mahal', 'larang', 'awis', 'mahel'].includes(t[i + 1]?.t ?? '') ? 2 : 0),
  jangan: (t, i) => (t[i + 1]?.t === 'lebih' ? 2 : 0),
  jgn: (t, i) => (t[i + 1]?.t === 'lebih' ? 2 : 0),
  ga: (t, i) => (t[i + 1]?.t === 'lebih' ? 2 : 0),
  gak: (t, i) => (t[i + 1]?.t === 'lebih' ? 2 : 0),
  tidak: (t, i) => (t[i + 1]?.t === 'lebih' ? 2 : 0),
});

const thousandWords = new Set(['rb', 'ribu', 'rebu', 'ewu', 'k', 'rbu']);
// "bayar 3 hari lagi": a time, not money.
const timeWords = new Set(['hari', 'hr', 'minggu', 'mgg', 'bulan', 'bln', 'jam', 'menit', 'tahun', 'thn', 'dino', 'dina', 'dinten', 'poe', 'wulan', 'sasih', 'kali', 'x', 'lagi', 'maneh', 'deui']);
/**
 * "pulsa 20 ribu bayar 22": after an amount in thousands, a small bare number paid is thousands too. The
 * multiplier is written in, so the message reads as "bayar 22 ribu" from here on.
 */
export function paidInThousands(tokens: Token[]): void {
  let thousands = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.t;
    if (thousandWords.has(t) && isDigits(tokens[i - 1]?.t ?? '')) thousands = true;
    const next = tokens[i + 1]?.t ?? '';
    if (!thousands || !isDigits(t) || Number(t) >= 1000 || !cues.pay.has(tokens[i - 1]?.t ?? '')) continue;
    if (thousandWords.has(next) || unitOf(next) !== null || timeWords.has(next) || next === '.' || next === ',' && isDigits(tokens[i + 2]?.t ?? '')) continue;
    tokens.splice(i + 1, 0, { t: 'ribu', glued: false, start: tokens[i]!.start, used: false });
  }
}

/** Marks words that belong to product names whatever else they mean ("roti tawar", "dua kelinci"). */
export function markLiterals(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].t;
    const before = productAdjectives[t];
    if (before && i > 0 && before.has(tokens[i - 1].t)) tokens[i].literal = true;
    const phrase = brandPhrases[t];
    if (phrase && phrase.every((w, k) => tokens[i + 1 + k]?.t === w)) {
      for (let k = 0; k <= phrase.length; k++) tokens[i + k].literal = true;
    }
    // Goods named by a phrase of the gazetteer stay whole ("indomie kari ayam", "teh pucuk").
    const known = phrasesByHead[t];
    if (known) {
      // "indomie kari 5" opening a message is a stock count (jv "kari": remaining); after a verb it is the name.
      const rest = known.find((r) => r.every((w, k) => tokens[i + 1 + k]?.t === w) && !(i === 0 && cues.stockLeft.has(r.at(-1) ?? '')));
      if (rest) for (let k = 0; k <= rest.length; k++) tokens[i + k].literal = true;
    }
    // "aqua 600 tinggal 40", "le minerale 600 kari 30": a bare number between goods and the count left is the goods' size
    // (600 bottles were counted).
    if (/^\d{3,4}$/.test(t) && i > 0 && /^\p{L}{2,}$/u.test(tokens[i - 1]!.t) && cues.stockLeft.has(tokens[i + 1]?.t ?? '') && /^\d/.test(tokens[i + 2]?.t ?? '')) {
      tokens[i].literal = true;
    }
    // "aqua 600 dua", "le minerale 330 tiga botol": a bare size after the goods, then a count in words (600 were sold).
    // Four digits stay money ("gorengan 1000 lima").
    const count = numberWords[tokens[i + 1]?.t ?? ''];
    const after = tokens[i + 2]?.t;
    if (/^\d{3}$/.test(t) && i > 0 && /^\p{L}{2,}$/u.test(tokens[i - 1]!.t) && count !== undefined && count > 0 && count < 100
      && (after === undefined || after === ',' || unitOf(after) !== null)) {
      tokens[i].literal = true;
    }
  }
}

/**
 * Marks purpose phrases ("buat masak", "untuk hp warung") and relative clauses ("yg murah") used.
 * Returns the purpose words, which tell own use (an expense) from stock.
 */
export function dropAsides(tokens: Token[], keepRelative = false, joinRelative = false): string[] {
  const promo = tokens.some((t) => promoWords.has(t.t));
  const purposes: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].t;
    if (tokens[i].used || !(purposeWords.has(w) || relativeWords.has(w))) continue;
    const relative = relativeWords.has(w);
    if (relative && keepRelative) continue;
    if (relative && sizeOfNamed(tokens, i)) continue;
    // "stok minyak yang sania": the clause names the goods; the relative word alone goes.
    if (relative && joinRelative) { tokens[i].used = true; continue; }
    // "promo (akhir pekan) buat indomie": what the promo is for is its subject, not an aside.
    if (!relative && promo) { tokens[i].used = true; continue; }
    // "ada yang beli": a relative clause with a verb is the message itself.
    if (relative && functionWords.has(tokens[i + 1]?.t ?? '')) continue;
    tokens[i].used = true;
    if (relative && variantLine(tokens, i)) { tokens[i + 1].variant = true; continue; }
    // "45rb buat rokok sampoerna mild 1 bungkus": after an amount, words then a count with its unit are
    // the goods paid for, not a purpose.
    if (!relative && goodsFollow(tokens, i)) continue;
    for (let k = i + 1; k < tokens.length && k <= i + (relative ? 2 : 4); k++) {
      const t = tokens[k];
      if (relative && functionWords.has(t.t)) break;
      // "buat bayar utang": a debt word is the message's point, not an aside.
      if (cues.pay.has(t.t) || cues.credit.has(t.t) || cues.settle.has(t.t)) break;
      // "untuk gula 1 ton": a word with a quantity after it is goods, not a purpose.
      const n1 = tokens[k + 1]?.t ?? '';
      if (k === i + 1 && !ownUseWords.has(t.t) && (isDigits(n1) || numberWords[n1] !== undefined) && unitOf(tokens[k + 2]?.t ?? '') !== null) break;
      if (t.used || !/^\p{L}+$/u.test(t.t) || numberWords[t.t] !== undefined || slangMoney[t.t] !== undefined
        || separatorWords.has(t.t) || rupiahWords.has(t.t) || unitOf(t.t) !== null || paymentWords[t.t] !== undefined
        || maxWords.has(t.t) || totalWords.has(t.t) || cues.priceWord.has(t.t)) break;
      t.used = true;
      if (!relative) purposes.push(t.t);
    }
  }
  return purposes;
}

/**
 * "laku surya 12 2 bks, yang 16 sebungkus 38rb": "the 16 one" is the other size of goods named before with a number
 * of their name; the relative word becomes that name's word, so the line reads "surya 16 sebungkus 38rb".
 */
function sizeOfNamed(tokens: Token[], i: number): boolean {
  const n = Number(tokens[i + 1]?.t);
  if (!isDigits(tokens[i + 1]?.t ?? '')) return false;
  for (let k = i - 2; k >= 0; k--) {
    const sizes = nameNumbers[tokens[k]!.t];
    const m = Number(tokens[k + 1]!.t);
    if (!sizes || !isDigits(tokens[k + 1]!.t) || m === n || !sizes.includes(m) || !sizes.includes(n)) continue;
    tokens[i]!.t = tokens[k]!.t;
    return true;
  }
  return false;
}

/**
 * "mie sedap soto 3, sing goreng 2", "indomie soto laku 3 yang goreng 2": after counted goods and a comma or
 * "terus/karo", "the <variant> one" with a count of its own is another line of the same goods, not an aside.
 */
const moneySuffix = /^(?:rb|ribu|rebu|ewu|k|jt|juta)$/;

function variantLine(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  // "laku energen 2 sachet 5rb yang skm 3": after the line's money too (the SKM was dropped).
  if (!before || !(seps.has(before.t) || separatorWords.has(before.t) || isDigits(before.t) || unitOf(before.t) !== null
    || moneySuffix.test(before.t))) return false;
  if (!tokens.slice(0, i).some((t) => !t.used && isDigits(t.t))) return false;
  for (let j = i + 2; j <= i + 3 && j < tokens.length; j++) {
    const words = tokens.slice(i + 1, j);
    if (!words.every((t) => !t.used && (/^\p{L}{3,}$/u.test(t.t) || t.literal) && wordKind(t.t) === 'word' && unitOf(t.t) === null && numberWords[t.t] === undefined)) return false;
    const n = tokens[j]!;
    if (isDigits(n.t) || (numberWords[n.t] !== undefined && !slangMoney[n.t])) return true;
  }
  return false;
}

/** Right after an amount, up to four plain words after the purpose word, then a number and a unit. */
function goodsFollow(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.t ?? '';
  if (!(isDigits(before) || slangMoney[before] !== undefined || rupiahWords.has(before) || /^(rb|ribu|rebu|k|ewu|jt|juta)$/.test(before))) return false;
  // "belanja ke pasar 350rb buat sayur sama bumbu": with no goods before the amount, goods named after "buat" to the
  // clause's end are what was bought ("beli minyak 2 liter 30rb buat gorengan" keeps its purpose).
  const rest = tokens.slice(i + 1);
  const end = rest.findIndex((t) => t.t === ',' || t.t === ';');
  const after = end < 0 ? rest : rest.slice(0, end);
  if (after.some((t) => goodsWords.has(t.t)) && after.every((t) => goodsWords.has(t.t) || separatorWords.has(t.t))
    && !tokens.slice(0, i).some((t) => goodsWords.has(t.t))) return true;
  // The first word is not an own use ("buat goreng"); later ones may be ("buat indomie goreng 5 bungkus"), and a
  // number inside a name is the name's ("buat rokok surya 16 1 bungkus").
  if (ownUseWords.has(tokens[i + 1]?.t ?? '')) return false;
  for (let j = i + 2; j <= i + 5 && j + 1 < tokens.length; j++) {
    const words = tokens.slice(i + 1, j);
    if (!words.every((t, k) => !t.used && (/^\p{L}+$/u.test(t.t) || (k > 0 && isDigits(t.t))) && numberWords[t.t] === undefined && unitOf(t.t) === null)) return false;
    if ((isDigits(tokens[j].t) || numberWords[tokens[j].t] !== undefined) && unitOf(tokens[j + 1].t) !== null) return true;
  }
  return false;
}

export function toPieces(tokens: Token[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.used) continue;
    const t = tok.t;
    if (tok.literal) { out.push({ k: 'word', raw: t }); continue; }
    if (isDigits(t) || numberWords[t] !== undefined || slangMoney[t] !== undefined || fractionWords[t] !== undefined || rupiahWords.has(t)) {
      const n = readNumber(tokens, i);
      // Beyond a trillion it is not a price or a count (a code, a pasted number): skip it.
      if (n && !(n.value <= 1e12)) { out.push({ k: 'stop', raw: t }); i = n.end - 1; continue; }
      if (n) {
        out.push({ k: 'num', n, raw: tokens.slice(i, n.end).map((x) => x.t).join(' '), glued: tok.glued });
        i = n.end - 1;
        continue;
      }
    }
    const prev = out.at(-1);
    // "tadi teh aya nu meser" (su): "teh" after such words is a particle, not tea.
    if (t === 'teh' && tehParticleAfter.has(tokens[i - 1]?.t ?? '') && !/^\d/.test(tokens[i + 1]?.t ?? '')) { out.push({ k: 'stop', raw: t }); continue; }
    // "anak ambil jajan 2 chiki": the owner's child taking goods, not goods named "anak" ("sabun anak" stays goods).
    if ((t === 'anak' || t === 'anakku') && cues.take.has(tokens[i + 1]?.t ?? '')) { out.push({ k: 'stop', raw: t }); continue; }
    // "isi bensin motor": the vehicle, not part of the fuel's name.
    if ((t === 'motor' || t === 'mobil') && fuelWords.has(tokens[i - 1]?.t ?? '')) { out.push({ k: 'stop', raw: t }); continue; }
    // "66rb potong 1rb": "potong" before money is a discount ("ayam 2 potong" stays a unit).
    const countBefore = prev?.k === 'num' && !prev.n.money && !prev.n.grouped;
    if (t === 'potong' && !countBefore && moneyNext(tokens, i + 1)) { out.push({ k: 'disc', raw: t }); continue; }
    // jv "surya 16 sak bungkus": "sak" right before a unit is one of it even after a number (a helper's try read 16 sacks,
    // then asked Cak Mat's debt instead of booking it).
    const sakOne = t === 'sak' && !tok.glued && prev?.k === 'num' && !prev.n.money ? unitOf(tokens[i + 1]?.t ?? '') : null;
    if (sakOne !== null && sakOne !== 'karung') { out.push({ k: 'se', u: sakOne, raw: t }); i += 1; continue; }
    const u = unitOf(t);
    if (u !== null && prev && (prev.k === 'num' || prev.k === 'per' || prev.k === 'q')) {
      out.push({ k: 'unit', u, raw: t, glued: tok.glued });
      continue;
    }
    // "aqua dus hiji", "indomie dus 2": a pack named between the goods and their count is the unit counted.
    if (u !== null && packUnits.has(u) && prev?.k === 'word' && countNext(tokens, i + 1)) {
      out.push({ k: 'unit', u, raw: t, glued: tok.glued });
      continue;
    }
    // "sak karung", "sak bungkus" (jv): one of that unit.
    // "se-kilo", "se liter": the same written apart.
    const dash = (t === 'se' || t === 'sa') && tokens[i + 1]?.t === '-' && tokens[i + 1].glued ? 1 : 0;
    const sakUnit = (t === 'sak' || t === 'se' || t === 'sa') && !tok.glued ? unitOf(tokens[i + 1 + dash]?.t ?? '') : null;
    if (sakUnit !== null && !(prev && prev.k === 'num')) { out.push({ k: 'se', u: sakUnit, raw: t }); i += 1 + dash; continue; }
    const se = wordKind(t) === 'se' ? seUnit(t) : null;
    if (se !== null) { out.push({ k: 'se', u: se, raw: t }); continue; }
    const span = maxHeads[t]?.(tokens, i) ?? 0;
    if (span > 0) {
      out.push({ k: 'max', raw: t });
      i += span - 1;
      // "lebih dari/dr" — the preposition belongs to the mark.
      if (tokens[i + 1] && (tokens[i + 1].t === 'dari' || tokens[i + 1].t === 'dr')) i++;
      continue;
    }
    // "Rokok Surya 12 - 2 bks": a dash before a number only sets the quantity apart.
    if (t === '-' && /^\d/.test(tokens[i + 1]?.t ?? '')) { out.push({ k: 'stop', raw: t }); continue; }
    // "masing2", "masing-masing", "masing masing": each, so a unit price follows.
    if (t === 'masing') {
      out.push({ k: 'per', raw: t });
      if (tokens[i + 1]?.t === '2' && tokens[i + 1].glued) i++;
      else if (tokens[i + 1]?.t === '-' && tokens[i + 2]?.t === 'masing') i += 2;
      else if (tokens[i + 1]?.t === 'masing') i++;
      continue;
    }
    // "ongkos kirim 20rb", "biaya antar": delivery, like "ongkir".
    if ((t === 'ongkos' || t === 'biaya' || t === 'ongkose') && shipTails.has(tokens[i + 1]?.t ?? '')) { out.push({ k: 'ship', raw: t }); i++; continue; }
    // "galon isi ulang": a refill is a product, not the verb "isi".
    if (t === 'isi' && tokens[i + 1]?.t === 'ulang') { out.push({ k: 'word', raw: t }); continue; }
    const k = wordKind(t);
    // "coca-cola", "kit-kat": a hyphen inside a word joins it (the dash between words or numbers stays a separator).
    const joined = tokens[i + 2];
    if (k === 'word' && tokens[i + 1]?.t === '-' && tokens[i + 1].glued && joined?.glued && !joined.used
      && /^\p{L}+$/u.test(t) && /^\p{L}+$/u.test(joined.t) && wordKind(joined.t) === 'word') {
      out.push({ k: 'word', raw: `${t}-${joined.t}` });
      i += 2;
      continue;
    }
    out.push(k === 'word' || k === 'se' ? { k: 'word', raw: t, ...(tok.variant ? { variant: true } : {}) } : { k, raw: t });
  }
  return out;
}

// A bare count: digits or a number word, and no money after it.
const countNext = (tokens: Token[], k: number): boolean => {
  const t = tokens[k]?.t ?? '';
  return (isDigits(t) || (numberWords[t] !== undefined && slangMoney[t] === undefined)) && !moneyNext(tokens, k);
};
const moneyNext = (tokens: Token[], k: number): boolean => {
  const t = tokens[k]?.t ?? '';
  return slangMoney[t] !== undefined || rupiahWords.has(t) || (isDigits(t) && ['rb', 'ribu', 'rebu', 'ewu', 'k', 'rban'].includes(tokens[k + 1]?.t ?? ''));
};
const tehParticleAfter = new Set(['tadi', 'td', 'kamari', 'ieu', 'eta', 'abdi', 'urang', 'ari', 'ayeuna', 'poe', 'wau', 'nembe', 'barusan']);
const promoWords = new Set(['promo', 'promosi', 'brosur']);
type WordKind = 'per' | 'total' | 'max' | 'harga' | 'sep' | 'q' | 'stop' | 'word' | 'se' | 'disc' | 'ship';
const shipTails = new Set(['kirim', 'kiriman', 'kirimnya', 'antar', 'anter', 'angkut', 'ngirim']);
// Words repeat across messages: their class is computed once. Bounded so odd input cannot grow memory.
const kinds = new Map<string, WordKind>();

function wordKind(t: string): WordKind {
  let k = kinds.get(t);
  if (k !== undefined) return k;
  if (seUnit(t) !== null) k = 'se';
  else if (perWords.has(t)) k = 'per';
  else if (discountWords.has(t)) k = 'disc';
  else if (deliveryWords.has(t)) k = 'ship';
  else if (totalWords.has(t)) k = 'total';
  else if (maxWords.has(t)) k = 'max';
  else if (cues.priceWord.has(t) || cues.costWord.has(t)) k = 'harga';
  else if (seps.has(t) || separatorWords.has(t)) k = 'sep';
  else if (questionWords.has(t) || cues.question.has(t)) k = 'q';
  // A shop word with no name after it ("ke koperasi") is a place, like "agen".
  else if (functionWords.has(t) || fillerWords.has(t) || stopWords.has(t) || paymentWords[t] !== undefined || placeWords.has(t) || shopWords.has(t) || peopleWords.has(t)
    || cues.greeting.has(t) || cues.market.has(t) || (honorifics.has(t) && t !== 'teh') || !/^[\p{L}\p{N}]/u.test(t)) k = 'stop';
  else k = 'word';
  if (kinds.size > 50_000) kinds.clear();
  kinds.set(t, k);
  return k;
}
