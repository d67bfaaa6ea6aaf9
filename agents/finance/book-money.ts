// Expense and income: money in or out that is not stock. An expense's category comes from the frame,
// else from what the owner chose before for the same description, else 'lainnya'.
import { z } from 'zod';
import type { Tx } from '../../core/db/tenant.ts';
import { cashOutPhrase, expenseCategoryWords, serviceWords } from '../language/lexicon.ts';
import { normalizeText } from '../language/normalize.ts';
import type { Agent, AgentContext, AgentResult, ResolvedFrame } from '../router/types.ts';
import { dateText, occurredAt, sourceRef } from './context.ts';
import { postedSchema } from './posted.ts';
import { callFn, one } from './sql.ts';
import { bookingText, capitalize, cashPartOf, splitTenderText, summaryText } from './text.ts';
import { paymentEcho } from './echo.ts';

/** What the expense is called: the goods named, else the person paid, else the bill as written, else its category. */
export function expenseDescription(frame: ResolvedFrame, text?: string): string | null {
  const names = frame.items.map((i) => i.name.trim()).filter(Boolean);
  if (names.length) return capitalize(names.join(', '));
  if (frame.counterparty) return capitalize(frame.counterparty);
  // "ambil uang laci 100rb buat belanja rumah": the till's money taken home (the parser books it as an expense);
  // "… buat beli bensin" is the bill it paid.
  const bill = frame.category && frame.category !== 'lainnya' ? billName(text, frame.category) : null;
  if (!bill && cashOutPhrase.test(text ?? '')) return 'Ambil uang pribadi';
  return bill ?? billName(text, frame.category) ?? (frame.category && frame.category !== 'lainnya' ? capitalize(frame.category) : null);
}

const billObjects = new Set(['rt', 'rw', 'ban']);
const workWords = new Set([...serviceWords, 'ganti', 'ongkos']);
// Written as the category instead: "Pdam" and "Pln" read worse than "Air" and "Listrik".
const acronyms = new Set(['pln', 'pdam', 'lpg']);

/**
 * The bill as the owner wrote it, when the parser keeps only its category: the first run of words of
 * that category in the message ("bayar sampah 15rb" → "Sampah" rather than "Lain-lain", "gojek anter
 * barang" → "Gojek" rather than "Transport", "iuran sampah 20rb" → "Iuran Sampah"). Null when the
 * message has none (an answer like "15rb" to "Berapa pengeluarannya?").
 */
function billName(text: string | undefined, category: string | null): string | null {
  const words = normalizeText(text ?? '').split(' ');
  const isBill = (w: string | undefined) => w !== undefined && !acronyms.has(w) && expenseCategoryWords[w] === (category ?? 'lainnya');
  const found = words.findIndex(isBill);
  if (found < 0) return null;
  // "servis kereta", "ganti oli": the work done says more than the thing alone.
  const first = found > 0 && workWords.has(words[found - 1]!) ? found - 1 : found;
  let end = found + 1;
  // "iuran rt", "ronda rw": whose bill it is stays with it; "tambal ban": what the service was done to.
  while (isBill(words[end]) || billObjects.has(words[end] ?? '')) end++;
  return capitalize(words.slice(first, end).join(' '));
}

/** The category the owner last used (or corrected to, on the dashboard) for the same description. */
export async function pastCategory(tx: Tx, tenantId: string, description: string): Promise<string | null> {
  const r = await one(tx, `select t.category from transactions t
      join transaction_lines l on l.transaction_id = t.id and l.tenant_id = t.tenant_id and l.line_no = 1
     where t.tenant_id = $1 and t.kind = 'expense' and t.status = 'posted' and t.category is not null
       and t.category <> 'lainnya' and lower(l.description) = lower($2)
     order by t.occurred_at desc limit 1`, [tenantId, description], z.object({ category: z.string() }));
  return r?.category ?? null;
}

async function bookMoney(kind: 'expense' | 'income', ctx: AgentContext, frame: ResolvedFrame): Promise<AgentResult> {
  const lines = frame.items
    .filter((i) => i.total !== null || i.unitPrice !== null)
    .map((i) => ({ description: capitalize(i.name), qty: i.qty || 1, unit: i.unit, unit_price: i.unitPrice, total: i.total }));
  const amount = frame.amount;
  if (lines.length === 0 && amount === null) {
    return { replies: [{ text: kind === 'expense' ? 'Berapa pengeluarannya, Kak?' : 'Berapa pemasukannya, Kak?' }] };
  }
  // Not "Pengeluaran lain": the reply already starts with the kind ("Pengeluaran Pengeluaran lain Rp10.000").
  const description = expenseDescription(frame, ctx.text) ?? 'Lain-lain';
  const said = frame.category && frame.category !== 'lainnya' ? frame.category : null;
  const category = kind === 'expense' ? (said ?? (await pastCategory(ctx.tx, ctx.tenant.id, description)) ?? 'lainnya') : said;

  const at = occurredAt(ctx, frame);
  const posted = await callFn(ctx.tx, 'post_transaction', [{
    kind, payment: frame.payment && frame.payment !== 'credit' ? frame.payment : 'cash', source: ctx.source,
    source_ref: sourceRef(ctx), occurred_at: at.toISOString(), contact_id: frame.contactId,
    counterparty_name: frame.counterparty && capitalize(frame.counterparty), category, created_by: ctx.member.id, description,
    ...(lines.length ? { lines } : { total: amount }),
  }], postedSchema);

  // "bayar listrik 150rb, 100rb qris 50rb cash": only the cash part leaves the drawer.
  const split = cashPartOf(frame, posted.total);
  if (split !== null) await callFn(ctx.tx, 'record_cash_part', [ctx.tenant.id, posted.id, split], z.object({ cash_part: z.number() }));
  const booked = posted.lines.map((l) => ({ description: l.description, qty: l.qty, unit: l.unit, unitPrice: l.unit_price, total: l.total }));
  const note = category && category !== 'lainnya' && category !== description.toLowerCase() ? category : null;
  const extra = split !== null ? [splitTenderText(kind === 'income' ? 'in' : 'out', posted.total - split, paymentEcho(frame.payment) ?? '', split)] : [];
  const text = bookingText({ kind, note, dateText: dateText(ctx, at), total: posted.total, lines: booked, extra });
  return { replies: [{ text }], booked: { kind: 'transaction', id: posted.id, summary: summaryText(kind, booked, posted.total, note), frame } };
}

export const expense: Agent = (ctx, frame) => bookMoney('expense', ctx, frame);
/** Money in that is not a sale (a refund, a gift). The parser has no such intent yet; the router may use it. */
export const income: Agent = (ctx, frame) => bookMoney('income', ctx, frame);
