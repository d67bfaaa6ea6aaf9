// Which role a number plays among the pieces of a goods line: a price (money, or warung shorthand in thousands) or
// part of the product's name (a size, "surya 16"). Read by items.ts while it walks the pieces.
import { cues } from './cues.ts';
import type { Draft, Mode } from './items.ts';
import { nameNumbers, packUnits, sizeUnits } from './lexicon.ts';
import type { Piece } from './pieces.ts';

/** True when a money-looking number is a price, judged by its form and the pieces around it. */
export function isMoney(pieces: Piece[], p: number, mode: Mode): boolean {
  const piece = pieces[p];
  if (piece.k !== 'num') return false;
  const n = piece.n;
  const next = pieces[p + 1];
  const prev = pieces[p - 1];
  if (n.money || n.grouped) return true;
  if (next?.k === 'unit') return false;
  if (prev && (prev.k === 'per' || prev.k === 'harga' || prev.k === 'total' || prev.k === 'max')) return true;
  if (next?.k === 'per' && (pieces[p + 2]?.k === 'unit' || next.raw === 'satunya')) return true;
  if (mode === 'trade' && priceAfterCount(pieces, p)) return true;
  if (mode !== 'trade' && n.value >= 100) return true;
  return n.value >= 1000 && Number.isInteger(n.value);
}

/**
 * "le minerale 1 dus 42", "telur 2 kg 56": a small bare number closing a clause right after a count and its
 * unit is the price (warung shorthand for thousands), not another count.
 */
// jv "2 bungkus seket", "dua bungkus lima puluh" (a voice note's words): a number said in words after the count is the
// price in thousands as its digits are (it was dropped, and "seket" later read as 50 packs).
const saidInWords = (piece: Piece & { k: 'num' }): boolean => !piece.n.money && !piece.n.grouped && /^\p{L}+(?: \p{L}+)*$/u.test(piece.raw);

function priceAfterCount(pieces: Piece[], p: number): boolean {
  const piece = pieces[p];
  const unit = pieces[p - 1];
  const count = pieces[p - 2];
  const next = pieces[p + 1];
  if (piece.k !== 'num' || !(piece.n.bare || saidInWords(piece)) || !Number.isInteger(piece.n.value) || piece.n.value >= 1000) return false;
  if (unit?.k !== 'unit' || count?.k !== 'num' || count.n.money || count.n.grouped) return false;
  // "aqua 600 ml 2": a size before a count, not a count before a price; "minyak 1 liter 2" is two bottles.
  if (packageSizes.has(unit.raw) || piece.n.value < 5) return false;
  return !next || next.k === 'sep';
}

/**
 * A rupiah price under Rp100 does not exist: "@25", "/kg 28" are thousands, as the shorthand above is ("beras 1
 * karung 650"). Elsewhere from Rp100 on ("permen @500") the number is kept as written.
 */
export function inThousands(pieces: Piece[], p: number, mode: Mode): boolean {
  const piece = pieces[p];
  if (mode !== 'trade' || piece.k !== 'num' || !Number.isInteger(piece.n.value) || piece.n.value <= 0) return false;
  if (!piece.n.bare) return saidInWords(piece) && priceAfterCount(pieces, p);
  return piece.n.value < 100 || priceAfterCount(pieces, p);
}
const packageSizes = new Set(['ml', 'g', 'gr', 'gram']);

/** A count of a pack that holds a weighed or measured amount ("1 karung", "2 dus"), not a container of one size. */
export const packCount = (pieces: Piece[], k: number): boolean => {
  const q = pieces[k];
  const u = pieces[k + 1];
  return q?.k === 'num' && !q.n.money && !q.n.grouped && u?.k === 'unit' && packUnits.has(u.u);
};

// "laku", "kulakan", and "tinggal"/"sisa" ("stok gas 3 kg tinggal 5"): a word between a size and its count.
const tradeWord = (piece: Piece | undefined) => piece?.k === 'stop' && (cues.sale.has(piece.raw) || cues.purchase.has(piece.raw) || cues.stockLeft.has(piece.raw));

/** A number that belongs to the product's name: "surya 16", "aqua 600ml 3 dus", "gas 3kg 2 tabung". */
export function isNamePart(pieces: Piece[], p: number, cur: Draft | null, mode: Mode): number {
  const piece = pieces[p];
  if (piece.k !== 'num' || !cur || !cur.lastName || piece.n.money || piece.n.grouped) return 0;
  const prev = pieces[p - 1];
  const next = pieces[p + 1];
  // "surya 16", "surya enam belas": the number stays in the name in the written form.
  if (prev?.k === 'word' && nameNumbers[prev.raw]?.includes(piece.n.value) && next?.k !== 'unit') return 1;
  if (!piece.n.bare) return 0;
  if (next?.k === 'unit' && next.glued && sizeUnits.has(next.raw)) {
    if (next.raw === 'ml' || mode === 'price') return 2;
    // A size when another quantity follows before the next separator.
    for (let k = p + 2; k < pieces.length && pieces[k].k !== 'sep' && pieces[k].k !== 'word'; k++) {
      const q = pieces[k];
      if (q.k === 'num' && (q.n.money || q.n.grouped)) break;
      // "beras 25kg 1 karung": a size before a count of packs is what the pack holds, read below.
      if (q.k === 'num' && packCount(pieces, k)) break;
      if (q.k === 'num' && !q.n.money && !q.n.grouped && (pieces[k + 1]?.k === 'unit' || q.n.value < 1000)) return 2;
    }
    return 0;
  }
  // "gas 3 kg 2 tabung", "gas 3 kg tinggal 4 tabung": a spaced size right before a count in another unit.
  const count = pieces[p + 2];
  const at = tradeWord(count) ? p + 3 : p + 2;
  const counted = pieces[at];
  const countUnit = pieces[at + 1];
  if (next?.k === 'unit' && sizeUnits.has(next.raw) && counted?.k === 'num' && !counted.n.money && !counted.n.grouped
    && countUnit?.k === 'unit' && !sizeUnits.has(countUnit.raw) && !packCount(pieces, at)) return 2;
  // "aqua 600 ml 2", "minyak 1 liter 2 39rb": a spaced size right after the name, then a bare count (in figures, or in
  // words after the trade word: "gas 3 kg kari papat"), which may follow the trade word ("minyak bimoli 2 liter laku 2").
  if (next?.k === 'unit' && sizeUnits.has(next.raw) && counted?.k === 'num' && (counted.n.bare || (at === p + 3 && counted.n.words && Number.isInteger(counted.n.value)))
    && countUnit?.k !== 'unit' && !isMoney(pieces, at, mode)) return 2;
  // "harga aqua 600 ml jadi 4500": in a price change a size before "jadi" names the product;
  // "harga minyak 1 liter jadi 20rb" is the price of one liter.
  if (mode === 'price' && next?.k === 'unit' && sizeUnits.has(next.raw) && count?.k === 'total' && piece.n.value !== 1) return 2;
  const after = pieces[p + 2];
  if (next?.k === 'num' && !next.n.money && after?.k === 'unit' && piece.n.value < 1000) return 1;
  // City try: "aqua 600 skrg tinggal 10 botol" set the count to 600, "stok aqua 1500 sisa 6 btl" sold 6 at Rp1.500. A
  // container size said with no unit, when a count with its unit follows after only small words, names the product.
  if (containerSizes.has(piece.n.value) && next?.k !== 'unit') {
    let k = p + 1;
    while (pieces[k]?.k === 'stop') k++;
    const q = pieces[k];
    const u = pieces[k + 1];
    if (q?.k === 'num' && !q.n.money && !q.n.grouped && u?.k === 'unit' && !sizeUnits.has(u.raw)) return 1;
    // "harga aqua 600 jadi 4500": in a price change a size before "jadi" and the price names the product (the price was Rp600).
    // "aqua 600 skrg jual 4500": so too with words before the price.
    if (mode === 'price' && ((q?.k === 'total' && pieces[k + 1]?.k === 'num') || (k > p + 1 && q?.k === 'num'))) return 1;
  }
  return 0;
}
/** Bottle, cup and pack sizes in ml or grams that are said bare after a name ("aqua 600", "teh pucuk 350"). */
const containerSizes = new Set([150, 200, 220, 240, 250, 275, 300, 330, 350, 380, 390, 450, 500, 600, 750, 1500]);
