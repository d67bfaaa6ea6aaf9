// Money out that is no stock: whether a message's words say an expense, and which category it is. Read by intent.ts.
import { cues } from './cues.ts';
import { expenseCategoryWords, fuelWords, stockBuyWords, weakExpenseWords } from './lexicon.ts';

const any = (ws: string[], s: ReadonlySet<string>) => ws.some((w) => s.has(w));

/** Money out that is not stock: a bill or service word, or shop supplies bought for the shop's own use. */
export function expenseSignal(w: string[], saleVerb: boolean, ownUse: boolean, moneyOnly: boolean, homeUse: boolean, countedGoods: boolean): boolean {
  if (saleVerb) return false;
  const i = w.findIndex((x) => expenseCategoryWords[x] !== undefined);
  // "kasih uang jajan anak 20rb": money handed out, nothing counted.
  // "beli gula buat masak 17rb": bought for home use, not stock.
  // "gula 2 kg 36rb, telor 1 kg 28rb, dibayar transfer": with counted goods a paying word says how, not what for.
  // "es batu goceng, buat minum sendiri": money only, no verb, for the shop's own use (a Betawi try sold the ice).
  if (i < 0) return (((any(w, cues.pay) && !countedGoods) || (any(w, cues.expenseVerb) && moneyOnly)) && !any(w, cues.purchase))
    || (homeUse && any(w, cues.purchase) && !any(w, stockBuyWords))
    || (ownUse && moneyOnly && !any(w, cues.purchase) && !any(w, cues.sale));
  const word = w[i];
  if (!weakExpenseWords.has(word)) return true;
  // "isi gas", "bayar pulsa", or the word alone with no buying verb: the shop's own use.
  // "gas elpiji 1 tabung 25rb" with no verb at all: counted tubes at a warung that sells them are asked as a sale (a try
  // booked the shop's own gas, and the tube stayed in stock).
  if (countedGoods && !any(w, cues.expenseVerb) && !any(w, cues.pay) && !any(w, cues.purchase)) return false;
  if (fuelWords.has(word) && !any(w, stockBuyWords)) return true;
  // "meser gas 5 tabung ka UD Sinar Jaya 100rb, tos dibayar": counted goods bought, then paid, are stock (a helper's try
  // booked the tubes as an expense and the stock stayed).
  const paidFor = any(w, cues.pay) && !(countedGoods && any(w, cues.purchase));
  return ownUse || any(w, cues.expenseVerb) || paidFor || !any(w, cues.purchase);
}

/** Words that give way to what they are for: a fee, a service or a repair ("ongkos tukang", "servis motor"). */
const generalExpenseWords = new Set(['ongkos', 'servis', 'service', 'perbaikan']);
/** The first category word's category, after the general words have given way. */
export const expenseCategory = (w: string[]): string => {
  const found = w.filter((x) => expenseCategoryWords[x] !== undefined);
  const word = found.find((x) => !generalExpenseWords.has(x)) ?? found[0];
  return word === undefined ? 'lainnya' : expenseCategoryWords[word];
};
