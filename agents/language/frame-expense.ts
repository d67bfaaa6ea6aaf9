// An expense's lines, amount and category from the items and money read (frame.ts keeps who and how it was paid).
import type { FrameItem } from '../../core/frame.ts';
import { cues } from './cues.ts';
import { expenseCategory } from './expense.ts';
import { priced, round, rp } from './frame-lines.ts';
import type { Draft } from './items.ts';
import { expenseCategoryWords, expenseGoods, ownUseWords, serviceWords } from './lexicon.ts';

const billWord = (d: Draft) => d.name.some((w) => expenseCategoryWords[w] !== undefined);

export function expenseMoney(drafts: Draft[], monies: number[], words: string[], change: number | null):
  { items: FrameItem[]; amount: number | null; category: string } {
  // Supplies (gas, token, kresek) are items; with no bill word, whatever was bought for own use is ("beli gula buat masak").
  const bill = words.some((w) => expenseCategoryWords[w] !== undefined);
  const bought = !bill && words.some((w) => cues.purchase.has(w));
  // "es batu goceng, buat minum sendiri": goods for the shop's own use are named too (it was a bare "Lain-lain"); who it is
  // for is no goods ("uang jajan anak").
  const forOwnUse = !bill && words.some((w) => ownUseWords.has(w));
  const goods = drafts.filter((d) => bought || (forOwnUse && d.name.some((w) => !ownUseWords.has(w)))
    || (d.name.some((w) => expenseGoods.has(w)) && !d.name.some((w) => serviceWords.has(w))));
  // "bayar listrik 150rb sama air 50rb": several bills, each with its money, are lines of their own; one
  // category for all would put the water bill under listrik, so it is the bills' one category or lainnya.
  const bills = goods.length === 0 && monies.length > 1 ? drafts.filter((d) => d.total !== null && d.qty === null && billWord(d)) : [];
  const perBill = bills.length === monies.length;
  // "bensin motor 25rb, parkir 2rb": a bill beside supplies is a line too (the parking was dropped from the lines).
  const besides = goods.length > 0 ? drafts.filter((d) => !goods.includes(d) && d.total !== null && d.qty === null && billWord(d)) : [];
  let items = perBill ? bills.map(priced) : [...goods, ...besides].map(priced);
  // "belanja bahan nasi uduk": the ingredients of the nasi uduk, not the nasi uduk.
  if (words.includes('bahan') && items.every((i) => i.qty === null)) items = items.map((i) => (i.product.startsWith('bahan') ? i : { ...i, product: `bahan ${i.product}`.trim() }));
  let amount = monies.length > 0 ? monies.reduce((a, b) => a + b, 0) : null;
  // "beli gas 2 tabung bayar 50rb kembali 4rb": the money handed over less the change is what was spent ("bensin 30rb
  // bayar 50rb kembali 20rb" says it twice).
  const handed = change === null ? -1 : Math.max(...monies);
  if (change !== null && monies.length > 1 && monies.includes(handed - change)) amount = handed - change;
  else if (change !== null && amount !== null && amount > change) {
    amount -= change;
    const one = items.length === 1 ? items[0]! : null;
    if (one && one.total === amount + change) items = [{ ...one, total: amount, unit_price: one.qty ? rp(round(amount / one.qty)) : one.unit_price }];
  }
  // "bensin gocap": the word tables' Rp50 is no cost a warung pays (booked as said; Rp50.000 was meant); asked, as
  // a debt of Rp100 is. The answer said after it ("bensin gocap 50rb", the message read again) is the money.
  if (monies.some((m) => m < 500)) {
    const big = monies.filter((m) => m >= 1000);
    const said = big.length ? big.reduce((a, b) => a + b, 0) : null;
    amount = said;
    items = items.map((i) => (i.total === null || i.total >= 500 ? i : { ...i, unit_price: null, total: items.length === 1 ? said : null }));
  }
  const categories = new Set(bills.map((d) => expenseCategory(d.name)));
  return { items, amount, category: perBill && categories.size > 1 ? 'lainnya' : expenseCategory(words) };
}
