// Other goods said for the ones booked: "salah barang, tadi itu indomie soto 3 bukan indomie kari", "eh salah, minyaknya
// minyakita bukan sania", "salah, kopinya indomie soto". Read in this order by readCorrectionText (read.ts).
import { unitOf } from '../../language/units.ts';
import { honorifics, slangMoney } from '../../language/lexicon.ts';
import { goodsWords } from '../../language/gazetteer.ts';
import { clean } from '../answers.ts';
import { countWord } from './read-counts.ts';
import type { Correction } from './read.ts';

/** How it was paid, a debt, "that": "eh itu utang bukan tunai" is no goods swap. */
const notGoods = /\b(?:itu|iku|kuwi|eta|tunai|cash|kontan|lunas|utang|hutang|ngutang|ngebon|bon|kasbon|qris|transfer|tf|dibayar|bayar|harga|harganya)\b/;
/** Words that end like "its" and are none: "harusnya", "mestinya", jv "kudune", "maksudnya", "sebenarnya". */
const notPossessive = new Set(['harus', 'seharus', 'mesti', 'semesti', 'kudu', 'maksud', 'kata', 'sebenar', 'bener', 'pokok', 'ternyata']);
/** Words that start a person's or a supplier's name, so "bukan X, Y" of them is no goods swap ("teh pucuk", "teh botol" are
 * goods, su "teh euis" a sister). */
export const person = (g: string) => {
  const [first, next] = g.trim().split(' ');
  return (honorifics.has(first!) && !(first === 'teh' && next !== undefined && goodsWords.has(next))) || /^(?:toko|ud|cv|pt|warung|agen|grosir|dari|dr|saka|ti)\b/.test(g);
};

// "the one sold/bought": "eh salah barang, yang laku tadi minyakita 2 biji, bukan sania", Banjar "nang laku" (the same Sania
// was booked again).
const soldOne = String.raw`(?:yang|yg|sing|nu|nang)\s+(?:laku|terjual|kejual|payu|dijual|dibeli|dikulak|kulakan|dituku|ditukar|tukar)`;

export function readGoodsSwap(text: string): Correction | null {
  // "salah barang, tadi itu indomie soto 3 bukan indomie kari": the right goods and count, then the goods booked wrong (the
  // aqua sold after it was made 3 bottles).
  const swapCount = new RegExp(String.raw`^(?:(?:eh|lho|loh|aduh|waduh|maaf|sori)\s+)*(?:salah|keliru|kliru|ralat|koreksi)(?:\s+barang(?:nya)?)?\s*,?\s*(?:${soldOne}\s+)?(?:(?:tadi|td)\s+)?(?:itu\s+)?((?:\p{L}+\s+){1,3}?)(\d+(?:[.,]\d+)?(?:\s+\p{L}+)?)\s*,?\s+(?:bukan|bkn|dudu|sanes)\s+(\p{L}+(?:\s+\p{L}+){0,3})$`, 'u')
    .exec(clean(text));
  if (swapCount && !person(swapCount[1]!) && !person(swapCount[3]!)) return { to: `${swapCount[1]!}${swapCount[2]!}`, from: swapCount[3]!, earlier: true };
  // jv "salah, sing payu mau dudu lifebuoy, rinso 2 biji": the goods booked wrong first, then the right ones with their count
  // (a new sale of both was booked two entries later).
  const notThenCount = new RegExp(String.raw`^(?:(?:eh|lho|loh|aduh|waduh|maaf|sori)\s+)*(?:salah|keliru|kliru|lepat|ralat|koreksi)(?:\s+barang(?:nya)?)?\s*,?\s*(?:${soldOne}\s+)?(?:(?:tadi|td|mau|wau)\s+)?(?:bukan|bkn|dudu|sanes)\s+(\p{L}+(?:\s+\p{L}+){0,2})\s*,\s*(?:tapi\s+|harusnya\s+|kudune\s+)?((?:\p{L}+\s+){1,3}?)(\d+(?:[.,]\d+)?(?:\s+\p{L}+)?)$`, 'u')
    .exec(clean(text));
  if (notThenCount && !person(notThenCount[1]!) && !person(notThenCount[2]!)) return { to: `${notThenCount[2]!}${notThenCount[3]!}`, from: notThenCount[1]!, earlier: true };
  // "eh salah, minyaknya minyakita bukan sania", jv "minyake minyakita dudu sania": other goods with no count, said against the
  // goods booked (not understood; the Sania sale stayed).
  const swapGoods = /^(?:(?:eh|ehh|lho|loh|aduh|waduh|maaf|sori)\s*,?\s+)*(?:(?:salah|keliru|kliru|lepat)(?:\s+barang(?:nya)?)?\s*,?\s+)?(?:\p{L}{3,}?(?:nya|ne|na|(?<![aiueo])e)\s+)?((?:\p{L}+\s+){0,2}\p{L}{3,})\s+(?:bukan|bkn|dudu|sanes)\s+(\p{L}{3,}(?:\s+\p{L}+){0,2})$/u
    .exec(clean(text));
  if (swapGoods && /^(?:eh|ehh|lho|loh|aduh|waduh|maaf|sori|salah|keliru|kliru|lepat)\b/.test(clean(text)) && !person(swapGoods[1]!) && !person(swapGoods[2]!)
    && !countWord(swapGoods[1]!) && !countWord(swapGoods[2]!) && !notGoods.test(`${swapGoods[1]!} ${swapGoods[2]!}`)) {
    return { to: swapGoods[1]!, from: swapGoods[2]!, earlier: true };
  }
  // "salah, kopinya indomie soto", jv "keliru, kopine indomie soto": the goods booked with "its", then the goods they were (not
  // understood; after a sale of two goods only that line changes).
  const itsGoods = /^(?:(?:eh|ehh|lho|loh|aduh|waduh|maaf|sori)\s*,?\s+)*(?:salah|keliru|kliru|lepat)(?:\s+barang(?:nya)?)?\s*,?\s+(\p{L}{3,}?)(?:nya|ne|na|(?<![aiueo])e)\s+(?:(?:itu|harusnya|seharusnya|mestinya|kudune)\s+)?((?:\p{L}+\s+){0,2}\p{L}{3,})$/u
    .exec(clean(text));
  if (itsGoods && !notPossessive.has(itsGoods[1]!) && !person(itsGoods[2]!) && !itsGoods[2]!.split(' ').some((w) => countWord(w) || unitOf(w) !== null || slangMoney[w] !== undefined)
    && !notGoods.test(itsGoods[2]!)) {
    return { to: itsGoods[2]!, from: itsGoods[1]!, earlier: true };
  }
  return null;
}
