// Does an entry of today fit what "batal …" said (goods, amount, category, person)? Pure.
import type { Frame } from '../../../core/frame.ts';
import type { EntryRow } from '../../finance/review.ts';
import { stopWords } from '../../language/stoplist.ts';
import { givenBack } from '../../language/intent.ts';
import { wordTable } from '../../../core/word-table.ts';

const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2);
const possessiveRest = /^(?:nya|ne|na|e|ipun|ku|mu)$/;
const honorific = /^(pak|bu|bapak|ibu|mas|mbak|bang|kak|cik|koh|teh|kang|mang|ceu)\s+/;

export function hasDetails(f: Frame): boolean {
  return f.items.length > 0 || f.amount != null || (f.category != null && f.category !== 'lainnya') || f.counterparty != null;
}

/** A name said ("gg", "indomie") fits a line when it is one of the product's names or shares a word with one. */
function nameFits(said: string, names: string[]): boolean {
  const s = said.toLowerCase().trim();
  return names.some((n) => {
    const x = n.toLowerCase();
    if (x === s || x.includes(s) || containsName(s, x)) return true;
    const a = words(s);
    return a.length > 0 && words(x).some((w) => a.includes(w) && w.length >= 3);
  });
}

/** The said text has the name as whole words, or with a possessive ("gulanya"); "sampoerna" has no "sampo". */
function containsName(said: string, name: string): boolean {
  const at = said.indexOf(name);
  if (at < 0) return false;
  const before = said[at - 1];
  const rest = /^\p{L}*/u.exec(said.slice(at + name.length))![0];
  return (before === undefined || !/\p{L}/u.test(before)) && (rest === '' || possessiveRest.test(rest));
}

/** Money said fits the total or one line's total; a round "50rb" also fits within 1 %. */
function amountFits(amount: number, e: EntryRow): boolean {
  const totals = [e.total, ...e.lines.map((l) => l.total)];
  return totals.some((t) => t === amount || Math.abs(t - amount) <= amount * 0.01);
}

export function entryFits(e: EntryRow, f: Frame): boolean {
  if (f.amount != null && !amountFits(f.amount, e)) return false;
  // Goods named: at least one must be in the entry (words like "diskon" in "batal yg 50rb tadi, gg sama
  // diskon" name nothing booked). An expense named by its description ("transport") fits its category.
  const named = f.items.filter((item) =>
    e.lines.some((l) => nameFits(item.product, [l.description, ...l.names])) || (e.category != null && nameFits(item.product, [e.category])));
  if (f.items.length && !named.length) return false;
  if (named.some((item) => item.total != null && !amountFits(item.total, e))) return false;
  if (f.category && f.category !== 'lainnya') {
    const fits = e.category === f.category || e.lines.some((l) => nameFits(f.category!, [l.description]));
    if (!fits) return false;
  }
  if (f.counterparty) {
    const who = (e.counterparty ?? '').toLowerCase();
    const said = f.counterparty.toLowerCase().replace(honorific, '');
    if (!who || !(who.includes(said) || said.includes(who.replace(honorific, '')))) return false;
  }
  return true;
}

const undoVerb = /^(?:tolong\s+)?(batal|batalin|batalkan|hapus|hapusin|hapuskan|cancel|cancelin)\b/i;
const bookings = new Set(['sale', 'purchase', 'expense', 'debt_add', 'debt_pay', 'stock_in', 'stock_out', 'stock_set', 'price_set']);

/**
 * A message that starts by cancelling ("batalin pengeluaran transport 320rb", "batal yg 50rb tadi") never
 * books something new, whatever else the parser read in it: its details say which entry to undo.
 */
export function asUndo(text: string, f: Frame): Frame {
  if (!undoVerb.test(text.trim()) || !bookings.has(f.intent)) return f;
  return { ...f, intent: 'undo' };
}

// Words around "batal" that name no entry.
const filler = new Set([
  'batal', 'batalin', 'batalkan', 'hapus', 'hapusin', 'hapuskan', 'cancel', 'cancelin', 'tolong', 'yang', 'yg', 'tadi', 'barusan',
  'terakhir', 'aja', 'saja', 'dong', 'deh', 'kak', 'mas', 'mbak', 'catatan', 'transaksi', 'itu', 'ini', 'dulu', 'salah', 'mau',
  'sing', 'nu', 'wae', 'mawon', 'kok', 'sih', 'ya', 'ajah', 'td', 'tdi', 'lagi', 'juga', 'yah', 'nya', 'entri', 'input',
  // Sundanese and Javanese: "batalkeun nu tadi", "batalke sing mau", "busak anu wau".
  'batalkeun', 'bolaykeun', 'hapuskeun', 'batalke', 'batalno', 'batalna', 'busak', 'busaken', 'anu', 'mau', 'wau', 'nembe', 'atuh', 'nggih', 'punten',
  'panungtung', 'pungkasan', 'nan',
  // jv "batalna sing keri" (the last one), Ambon "batalkan yang barusan, seng jadi" (not after all): "tidak ketemu" was said.
  'keri', 'pungkur', 'seng', 'sonde',
  'dibatalke', 'dibatalno', 'hapusen', 'hapusno', 'undo', 'delete', 'entry', 'data', 'inputan', 'wis', 'udah', 'sudah', 'dah',
  // "gak jadi yg barusan", jv "ora sido", su "teu jadi": called off.
  'gak', 'nggak', 'ngga', 'enggak', 'tidak', 'tdk', 'ndak', 'ora', 'teu', 'hora', 'jadi', 'sida', 'sido', 'tulus', 'gajadi', 'gakjadi', 'gjd',
  // Minang "indak jadi", Betawi "kagak jadi … nyang tadi", Banjar "kada", Kupang "sonde", Manado "nyanda" (helpers' tries:
  // "Catatan yang cocok tidak ketemu" and the sale stayed).
  'indak', 'kagak', 'kaga', 'nyang', 'kada', 'sonde', 'nyanda', 'ndak', 'tak', 'dak',
  // "eh salah, gula tadi 90 ribu bukan 85", "minyak tadi 2 dus totalnya 420rb": the money's words name no entry.
  'ribu', 'rebu', 'ewu', 'juta', 'total', 'totalnya', 'harga', 'harganya', 'regane', 'hargana',
  // How it was paid names no goods: paidFits checks it.
  'cash', 'tunai', 'kontan', 'qris', 'transfer',
]);

const paidWords: Record<string, string> = wordTable({ cash: 'cash', tunai: 'cash', kontan: 'cash', cas: 'cash', kes: 'cash', qris: 'qris', transfer: 'transfer', tf: 'transfer' });

/**
 * "gula yg cash tadi hapus aja": a sale or purchase said paid one way is not one paid another (corrections try: the cash sale
 * moved to Pak Darto's tab was offered, its debt lost on "ya").
 */
export function paidFits(e: EntryRow, text: string): boolean {
  const said = new Set(text.toLowerCase().split(/[^\p{L}]+/u).flatMap((w) => paidWords[w] ?? []));
  if (!said.size || (e.kind !== 'sale' && e.kind !== 'purchase') || !e.payment) return true;
  return said.has(e.payment);
}
const kindWords: Record<string, EntryRow['kind'][]> = wordTable({
  penjualan: ['sale'], jualan: ['sale'], laku: ['sale'], jual: ['sale'], pembelian: ['purchase'], kulakan: ['purchase'], beli: ['purchase'],
  belanja: ['purchase', 'expense'], pengeluaran: ['expense'], biaya: ['expense'], utang: ['debt', 'sale'], hutang: ['debt', 'sale'],
  bon: ['debt', 'sale'], kasbon: ['debt', 'sale'], ngutang: ['debt', 'sale'], bayar: ['debt_payment', 'expense'], pembayaran: ['debt_payment'],
});

/** What a bare "batal yang kopi" names beyond the verb: kinds ("penjualan") and words ("kopi"); null when nothing. */
export function mentions(text: string): { kinds: EntryRow['kind'][]; words: string[] } | null {
  // "eh hapus yang tadi, bukan duit warung", "…, soalnya salah orang": the reason after a comma names no entry (an owner try
  // got "tidak ketemu", and the entry stayed).
  const said = text.toLowerCase().replace(/[,;]\s*(?:bukan|bkn|soalnya|karena|krn|karna|kan|wong|ternyata|udah|sudah)\b.*$/u, '');
  const all = said.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const kinds = all.flatMap((w) => kindWords[w] ?? []);
  // The parser's stop words never name goods, a bill or a person either ("lho kok dobel, hapus yg terakhir").
  // "aquanya dibalikin": the word for goods given back names nothing either.
  const words = all.filter((w) => !filler.has(w) && !stopWords.has(w) && !kindWords[w] && !givenBack.test(w) && !/\d/.test(w) && w.length >= 3);
  return kinds.length || words.length ? { kinds, words } : null;
}

/** An entry of the kind named (if any) that names every word said, in its goods, category or person. */
export function entryMentioned(e: EntryRow, m: { kinds: EntryRow['kind'][]; words: string[] }): boolean {
  if (m.kinds.length && !m.kinds.includes(e.kind)) return false;
  const names = [...e.lines.flatMap((l) => [l.description, ...l.names]), e.category ?? '', e.counterparty ?? ''];
  const known = new Set(names.flatMap(words));
  // A word said may be short for a name ("indo") or the name with a possessive ("gulanya"); "sampoerna" is no "sampo" with
  // more letters (a helper's "batal sing sampoerna mau" offered the Sunsilk shampoo sales too).
  return m.words.every((w) => known.has(w) || [...known].some((k) => k.length >= 4 && (k.startsWith(w) || (w.startsWith(k) && possessiveRest.test(w.slice(k.length))))));
}
