// "catatan hari ini": the day's entries, numbered in time order, and each as the event "batal" voids.
// Read through day_entries (migration 20261201050000), which the dashboard may call as well. Voided
// entries stay in the list (marked), so the numbers the owner saw still point at the same entries.
import { z } from 'zod';
import { formatQty, formatRupiah, localDate, localStart, zoneOffsetMinutes } from '../../core/format.ts';
import type { AgentContext, BookedEvent, ResolvedFrame } from '../router/types.ts';
import { rows } from './sql.ts';
import { paymentEcho } from './echo.ts';
import { addDays } from './periods.ts';
import { kindLabel, lineText } from './text.ts';

const num = z.coerce.number();
const lineSchema = z.object({
  description: z.string(), qty: num, unit: z.string().nullable(), unit_price: num, total: num, names: z.array(z.string()).default([]),
  said_qty: num.nullable().default(null), said_unit: z.string().nullable().default(null),
});
const entryRow = z.object({
  ref: z.string(), kind: z.enum(['sale', 'purchase', 'expense', 'income', 'debt', 'debt_payment']),
  at: z.union([z.date(), z.string()]).transform((v) => (v instanceof Date ? v : new Date(v))),
  total: num, payment: z.string().nullable(), category: z.string().nullable(), direction: z.enum(['receivable', 'payable']).nullable(),
  counterparty: z.string().nullable(), lines: z.array(lineSchema), voided: z.boolean(), created_by: z.string().nullable(),
});
export type EntryRow = z.infer<typeof entryRow>;

export interface Entry { n: number; row: EntryRow; summary: string; event: BookedEvent }

/**
 * Today's entries in the tenant's zone, numbered. The owner and staff see everyone's; a cashier only
 * their own. `mine`: only what this member wrote (and debts on their own, which carry no author).
 */
export async function todaysEntries(ctx: AgentContext, opts: { mine?: boolean; daysAgo?: number } = {}): Promise<Entry[]> {
  const zone = ctx.tenant.timezone;
  const day = addDays(localDate(ctx.now, zone), -(opts.daysAgo ?? 0));
  const list = await rows(ctx.tx, `select * from public.day_entries($1, $2, $3, null)`,
    [ctx.tenant.id, localStart(day, zone), localStart(addDays(day, 1), zone)], entryRow);
  const own = (r: EntryRow) => r.created_by === ctx.member.id || (r.created_by === null && ctx.member.role !== 'cashier');
  const visible = ctx.member.role === 'cashier' || opts.mine ? list.filter(own) : list;
  return visible.map((row, i) => ({ n: i + 1, row, summary: entrySummary(row), event: eventOf(row) }));
}

export function entrySummary(e: EntryRow): string {
  const who = e.counterparty ?? '';
  if (e.kind === 'debt') return e.direction === 'payable' ? `Utang ke ${who} ${formatRupiah(e.total)}` : `Utang ${who} ${formatRupiah(e.total)}`;
  if (e.kind === 'debt_payment') {
    // category 'dp': paid at once on the credit sale or purchase listed just before it.
    const what = e.category === 'dp' ? 'DP' : 'utang';
    return e.direction === 'payable' ? `Bayar ${what} ke ${who} ${formatRupiah(e.total)}` : `${who} bayar ${what} ${formatRupiah(e.total)}`;
  }
  const note = e.payment === 'credit' && who ? (e.kind === 'sale' ? ` (bon ${who})` : ` (utang ke ${who})`) : who ? ` (${who})` : '';
  const label = `${kindLabel[e.kind]}${note}`;
  const lines = e.lines.map((l) => ({
    description: l.description, qty: l.qty, unit: l.unit, unitPrice: l.unit_price, total: l.total,
    said: l.said_qty !== null && l.said_unit ? { qty: l.said_qty, unit: l.said_unit } : null,
  }));
  if (lines.length === 1) return `${label} ${lineText(lines[0]!)}`;
  if (lines.length === 0) return `${label}${e.category ? ` ${e.category}` : ''} ${formatRupiah(e.total)}`;
  // Bills are named with their money ("Sampah Rp10.000, Parkir Rp2.000"), not counted ("Sampah 1").
  const bill = e.kind === 'expense' || e.kind === 'income';
  return `${label} ${lines.map((l) => (bill && !l.unit && l.qty === 1 ? `${l.description} ${formatRupiah(l.total)}` : `${l.description} ${formatQty(l.qty)}${l.unit ? ` ${l.unit}` : ''}`)).join(', ')} = ${formatRupiah(e.total)}`;
}

const intentOf = { sale: 'sale', purchase: 'purchase', expense: 'expense', income: 'expense', debt: 'debt_add', debt_payment: 'debt_pay' } as const;

/** The entry as the event void.ts undoes. */
export function eventOf(e: EntryRow): BookedEvent {
  const frame: ResolvedFrame = {
    intent: intentOf[e.kind], items: [], amount: e.total, counterparty: e.counterparty, direction: e.direction, category: e.category,
    date: null, period: null, max_unit_price: null, payment: null, contactId: null,
  };
  const summary = entrySummary(e);
  if (e.kind === 'debt') return { kind: 'transaction', id: e.ref, summary, frame };
  if (e.kind === 'debt_payment') return { kind: 'debt_payment', id: e.ref.slice('payment:'.length), summary, frame };
  return { kind: 'transaction', id: e.ref, summary, frame };
}

function clock(at: Date, zone: AgentContext['tenant']['timezone']): string {
  const d = new Date(at.getTime() + zoneOffsetMinutes[zone] * 60_000);
  return `${String(d.getUTCHours()).padStart(2, '0')}.${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/** Yesterday's list (`day` = "kemarin") has no "batal N" hint: the numbers "batal" takes are today's. */
export function entriesText(list: Entry[], zone: AgentContext['tenant']['timezone'], day = 'hari ini'): string {
  if (list.length === 0) return `Belum ada catatan ${day}, Kak.`;
  const lines = list.map((e) => {
    const via = paymentEcho(e.row.payment);
    return `${e.n}. ${clock(e.row.at, zone)} ${e.summary}${via ? ` ${via}` : ''}${e.row.voided ? ' ❌ dibatalkan' : ''}`;
  });
  const which = day === 'hari ini' ? '' : ` ${day}`;
  const hint = `\nMau batalkan salah satu? Ketik "batal" dan nomornya, misalnya "batal ${list.at(-1)!.n}${which}".`;
  return `📝 Catatan ${day}:\n${lines.join('\n')}${hint}`;
}
