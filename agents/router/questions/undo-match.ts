// Does an entry of today fit what "batal …" said (goods, amount, category, person)? Pure.
import type { Frame } from '../../../core/frame.ts';
import type { EntryRow } from '../../finance/review.ts';

const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2);
const honorific = /^(pak|bu|bapak|ibu|mas|mbak|bang|kak|cik|koh|teh|kang|mang|ceu)\s+/;

export function hasDetails(f: Frame): boolean {
  return f.items.length > 0 || f.amount != null || (f.category != null && f.category !== 'lainnya') || f.counterparty != null;
}

/** A name said ("gg", "indomie") fits a line when it is one of the product's names or shares a word with one. */
function nameFits(said: string, names: string[]): boolean {
  const s = said.toLowerCase().trim();
  return names.some((n) => {
    const x = n.toLowerCase();
    if (x === s || x.includes(s) || s.includes(x)) return true;
    const a = words(s);
    return a.length > 0 && words(x).some((w) => a.includes(w) && w.length >= 3);
  });
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
const bookings = new Set(['sale', 'purchase', 'expense', 'debt_add', 'debt_pay', 'stock_in', 'stock_set', 'price_set']);

/**
 * A message that starts by cancelling ("batalin pengeluaran transport 320rb", "batal yg 50rb tadi") never
 * books something new, whatever else the parser read in it: its details say which entry to undo.
 */
export function asUndo(text: string, f: Frame): Frame {
  if (!undoVerb.test(text.trim()) || !bookings.has(f.intent)) return f;
  return { ...f, intent: 'undo' };
}
