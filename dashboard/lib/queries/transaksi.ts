// The Transaksi page, its JSON API and its exports read the same rows: dashboard_transactions with
// the filters of the page's query string, as the logged-in member.
import { z } from 'zod';
import type { Db } from '../../../core/db/open.ts';
import { withActor } from '../../../core/db/tenant.ts';
import { localDate, localStart } from '../../../core/format.ts';
import { addDays } from '../ranges.ts';
import { actorOf, type Session } from '../session.ts';

/** A date as the page shows it (dd/mm/yyyy, the Indonesian way) or as URLs carry it (yyyy-mm-dd); yyyy-mm-dd out. */
export function isoDate(v: string): string | null {
  // "5/12/26": a two-digit year is this century's (a phone try was refused by the browser's own English message).
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(v.trim());
  const year = dmy && dmy[3]!.length === 2 ? `20${dmy[3]}` : dmy?.[3];
  const iso = dmy ? `${year}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : v.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso; // 31/02 is no date
}
/** yyyy-mm-dd → dd/mm/yyyy for the page's date fields. */
export const dmyDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const date = z.preprocess((v) => (typeof v === 'string' ? isoDate(v) ?? v : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/));
const uuid = z.string().uuid();
const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : Array.isArray(v) ? v[0] : v);
const opt = <T extends z.ZodType>(t: T) => z.preprocess(blankToUndefined, t.optional());

/** The page's query string: ?dari=2026-11-01&sampai=2026-11-30&jenis=sale&bayar=cash&sumber=chat&kontak=…&produk=…&q=…&status=…&hal=2 */
export const filterSchema = z.object({
  dari: opt(date), sampai: opt(date),
  jenis: opt(z.enum(['sale', 'purchase', 'expense', 'income'])),
  bayar: opt(z.enum(['cash', 'qris', 'transfer', 'credit'])),
  sumber: opt(z.enum(['chat', 'voice', 'pos', 'dashboard'])),
  status: opt(z.enum(['posted', 'voided'])),
  kontak: opt(uuid), produk: opt(uuid),
  q: opt(z.string().trim().max(100)),
  hal: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
});
export type Filters = z.infer<typeof filterSchema>;

/** Bad values are dropped rather than failing the page (a hand-edited URL still shows something). */
/** Dates typed into the filter that are no date ("31/02/2026"): said back, not silently replaced by the default. */
export function badDates(query: Record<string, unknown>): string[] {
  return (['dari', 'sampai'] as const).flatMap((k) => {
    const v = query[k];
    return typeof v === 'string' && v.trim() !== '' && !filterSchema.shape[k].safeParse(v).success ? [v.trim()] : [];
  });
}

export function parseFilters(query: Record<string, unknown>): Filters {
  const clean: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(query)) {
    const one = filterSchema.shape[k as keyof Filters];
    if (one && one.safeParse(v).success) clean[k] = v;
  }
  return filterSchema.parse(clean);
}

export const PAGE_SIZE = 50;

export interface TxRow {
  id: string; occurredAt: Date; kind: string; payment: string; cashPart: number | null; source: string; status: string; total: number;
  cogs: number | null; counterparty: string | null; items: string | null; lineCount: number; createdBy: string | null;
}

/** The instants a filter covers (default: the last 30 days of the warung's calendar). */
export function filterRange(f: Filters, s: Session, now: Date): { from: string; to: string; start: Date; end: Date } {
  const today = localDate(now, s.zone);
  const to = f.sampai ?? today;
  const from = f.dari ?? addDays(to, -29);
  return { from, to, start: localStart(from, s.zone), end: localStart(addDays(to, 1), s.zone) };
}

export async function listTransactions(db: Db, s: Session, f: Filters, now: Date, page: { limit: number; offset: number }): Promise<TxRow[]> {
  const r = filterRange(f, s, now);
  return withActor(db, actorOf(s), async (tx) => {
    const { rows } = await tx.query(
      // The cash part of a row paid by QRIS/transfer and cash at once ("QRIS + Tunai"), by its key, in the function's order.
      `select d.*, (select t.cash_part from transactions t where t.id = d.id) as cash_part
         from dashboard_transactions($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) with ordinality d order by d.ordinality`,
      [s.tenantId, r.start, r.end, f.jenis ?? null, f.bayar ?? null, f.sumber ?? null, f.kontak ?? null, f.produk ?? null, f.q ?? null, f.status ?? null, page.limit, page.offset]);
    return rows.map((x) => ({
      id: x.id, occurredAt: x.occurred_at, kind: x.kind, payment: x.payment, cashPart: x.cash_part === null ? null : Number(x.cash_part),
      source: x.source, status: x.status, total: Number(x.total),
      cogs: x.cogs === null ? null : Number(x.cogs), counterparty: x.counterparty, items: x.items, lineCount: x.line_count, createdBy: x.created_by,
    }));
  });
}

/** One page of the list: PAGE_SIZE rows and whether another page follows. */
export async function transactionsPage(db: Db, s: Session, f: Filters, now: Date): Promise<{ rows: TxRow[]; hasNext: boolean }> {
  const rows = await listTransactions(db, s, f, now, { limit: PAGE_SIZE + 1, offset: (f.hal - 1) * PAGE_SIZE });
  return { rows: rows.slice(0, PAGE_SIZE), hasNext: rows.length > PAGE_SIZE };
}

/** Everything the filters match, for exports (capped; an export of more is a backup, "Ekspor semua data"). */
export const EXPORT_MAX = 100_000;
export const exportRows = (db: Db, s: Session, f: Filters, now: Date) => listTransactions(db, s, f, now, { limit: EXPORT_MAX, offset: 0 });

export async function transactionDetail(db: Db, s: Session, id: string): Promise<TxDetail | null> {
  if (!uuid.safeParse(id).success) return null;
  return withActor(db, actorOf(s), async (tx) => {
    try {
      return (await tx.query<{ d: TxDetail }>('select dashboard_transaction($1, $2) as d', [s.tenantId, id])).rows[0]!.d;
    } catch (err) {
      if ((err as Error).message.startsWith('not_found:')) return null;
      throw err;
    }
  });
}

/** Filter options: contacts and products of the warung. */
export async function filterOptions(db: Db, s: Session): Promise<{ contacts: { id: string; name: string }[]; products: { id: string; name: string }[] }> {
  return withActor(db, actorOf(s), async (tx) => ({
    contacts: (await tx.query('select id, name from contacts where active order by lower(name) limit 500')).rows,
    products: (await tx.query('select id, name from products where active order by lower(name) limit 1000')).rows,
  }));
}

export interface TxDetail {
  id: string; kind: string; occurred_at: string; created_at: string; payment: string; cash_part: number | null; source: string; source_ref: string; status: string;
  total: number; cogs: number | null; category: string | null; note: string | null; voided_at: string | null; void_reason: string | null;
  counterparty: string | null; contact_id: string | null; created_by: string | null;
  lines: { line_no: number; product_id: string | null; description: string; qty: number; unit: string | null;
    /** The quantity as said when it was another unit than the product's ("3 batang" of cigarettes kept per bks). */
    said_qty: number | null; said_unit: string | null; unit_price: number; total: number; cogs: number | null }[];
  stock: { product: string; unit: string; qty: number; kind: string; at: string }[];
  debt: { id: string; amount: number; paid: number; status: string; due_date: string | null } | null;
  origin: { kind: string; text: string | null; transcript: string | null; media_ref: string | null; sent_at: string; member: string | null } | null;
  /** When an answer booked it: the message before it and Juragan's question to that message. */
  asked: { kind: string; text: string | null; transcript: string | null; sent_at: string; question: string } | null;
  pos: { receipt_no: string; device: string | null; device_code: string; device_removed: boolean; cashier: string | null; flags: string[] } | null;
}

export const kindName: Record<string, string> = { sale: 'Penjualan', purchase: 'Pembelian', expense: 'Pengeluaran', income: 'Pemasukan' };
export const paymentName: Record<string, string> = { cash: 'Tunai', qris: 'QRIS', transfer: 'Transfer', credit: 'Utang' };
/** "QRIS", or "QRIS + Tunai" for a row paid by both (the export adds the cash part: "QRIS + Tunai 20000"). */
export function paymentLabel(r: Pick<TxRow, 'payment' | 'cashPart'>, withAmount = false): string {
  const name = paymentName[r.payment] ?? r.payment;
  return r.cashPart ? `${name} + Tunai${withAmount ? ` ${r.cashPart}` : ''}` : name;
}
export const sourceName: Record<string, string> = { chat: 'Chat', voice: 'Pesan suara', pos: 'Kasir (POS)', dashboard: 'Dasbor' };
export const statusName: Record<string, string> = { posted: 'Tercatat', voided: 'Dibatalkan' };
