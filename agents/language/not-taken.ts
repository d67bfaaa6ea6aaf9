// Goods said only to say they were NOT taken, and Makassar's particles after a count: no goods either way.
// Owner tries (thirty-seventh session): "laku rokok surya 12 1 bks, ga pake korek" sold a lighter too, "jual kopi 2 saset
// tanpa gula" offered "tanpa gula" as a new product, "laku indomie soto 2 bks, telurnya ga jadi" sold eggs for Rp30.000,
// and Makassar "beras 3 kilo mi 42 ribu" ("mi": already) sold Mie Sedaap for Rp42.000 more.
import { isDigits, type Token } from './normalize.ts';
import { cues } from './cues.ts';
import { unitOf } from './units.ts';

const tradeVerbs = new Set([...cues.sale, ...cues.purchase, ...cues.stockWord]);
// "…, bayar ga usah", "…, utang ga jadi": money words, not goods, before the "no" (left to the payment rules).
const notGoods = new Set([...cues.pay, ...cues.credit, ...cues.settle, 'bayar', 'utang', 'hutang', 'ngutang', 'bon', 'kembalian', 'kembaliannya', 'susuk']);

// Banjar "kada", Papua "tra"/"tara" too (round two: "kada pakai korek, 36 ribu" sold 12 lighters for the Rp36.000).
const no = new Set(['ga', 'gak', 'gk', 'nggak', 'ngga', 'enggak', 'engga', 'kagak', 'tidak', 'tdk', 'dak', 'ndak', 'nda', 'sonde', 'seng',
  'ora', 'teu', 'henteu', 'ulah', 'jangan', 'jgn', 'kada', 'tra', 'tara', 'mboten']);
const using = new Set(['pake', 'pakai', 'pakek', 'pk', 'pke', 'make', 'nganggo', 'ngangge', 'ku', 'usah', 'perlu']);
const clauseEnd = (t: Token | undefined) => !t || t.t === ',' || t.t === ';' || t.t === '+' || isDigits(t.t);
// Makassar/Bugis particles: "mi" (already), "ji" (only), "pi" (yet); "ju" (Kupang: too); Manado/Gorontalo "jo", "le", "no",
// "to", "dang" (round two: "garam 2 bks le, 6 ribu no" sold a Le Minerale besides).
const particles = new Set(['mi', 'ji', 'pi', 'ju', 'jo', 'le', 'no', 'to', 'dang', 'haja']);

export function dropNotTaken(tokens: Token[]): void {
  // Only after something was said first: "ga pake lama" at the start of a message is no goods list.
  const hasBefore = (i: number) => tokens.slice(0, i).some((t) => isDigits(t.t) || tradeVerbs.has(t.t));
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.used) continue;
    // "tanpa gula", "ga pake korek", "dak pake kantong", su "ulah ku korek": up to the clause's end.
    const phrase = t.t === 'tanpa' ? 1 : no.has(t.t) && using.has(tokens[i + 1]?.t ?? '') ? 2 : 0;
    if (phrase && hasBefore(i) && !clauseEnd(tokens[i + phrase])) {
      let k = i;
      while (!clauseEnd(tokens[k])) tokens[k++].used = true;
      i = k;
      continue;
    }
    // "…, telurnya ga jadi", "…, korek ga usah", "…, korek kada": goods after a comma, then "no", at the clause's end.
    const tail = /^(jadi|sida|sido|usah|perlu|pake|pakai)$/.test(tokens[i + 1]?.t ?? '') ? 1 : 0;
    if (no.has(t.t) && clauseEnd(tokens[i + 1 + tail]) && !isDigits(tokens[i + 1 + tail]?.t ?? '') && hasBefore(i)) {
      // The goods start after a comma, a count or its unit ("gudang garam 1 bks korek ga usah").
      const edge = (k: number) => k >= 0 && (tokens[k].t === ',' || isDigits(tokens[k].t) || unitOf(tokens[k].t) !== null);
      const start = edge(i - 2) ? i - 1 : edge(i - 3) ? i - 2 : -1;
      const goods = start > 0 ? tokens.slice(start, i) : [];
      if (goods.length && goods.every((g) => /^\p{L}+$/u.test(g.t) && !g.used && !notGoods.has(g.t))) {
        for (let k = start; k <= i + tail; k++) tokens[k].used = true;
        continue;
      }
    }
    // "beras 3 kilo mi", "teh pucuk 2 btl mi", "8rb ji": a particle after goods counted or their money, never goods
    // ("beli 2 bungkus mi", with no goods before the count, is a noodle).
    if (particles.has(t.t) && (clauseEnd(tokens[i + 1]) || isDigits(tokens[i + 1]?.t ?? '')) && (money(tokens[i - 1].t) || countedGoods(tokens, i))) {
      t.used = true;
    }
  }
}

const money = (t: string) => /^(rb|ribu|rebu|k|rbu)$/.test(t);

/** A count (with its unit or not) right before `i`, with goods named before it, not a verb. */
function countedGoods(tokens: Token[], i: number): boolean {
  const count = isDigits(tokens[i - 1].t) ? i - 1 : unitOf(tokens[i - 1].t) !== null && isDigits(tokens[i - 2]?.t ?? '') ? i - 2 : -1;
  const before = tokens[count - 1];
  return count > 0 && !!before && /^\p{L}/u.test(before.t) && !tradeVerbs.has(before.t);
}
