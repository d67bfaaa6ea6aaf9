// Ringkasan's figures, all from the report SQL functions the chat report calls too
// (*_report_functions.sql), in one transaction as the logged-in member (RLS; cost hidden from staff).
import { z } from 'zod';
import type { Db } from '../../../core/db/open.ts';
import { withActor, type Tx } from '../../../core/db/tenant.ts';
import { localDate } from '../../../core/format.ts';
import { addDays, periodRange, type PeriodKey, type PeriodRange, type Range } from '../ranges.ts';
import { actorOf, type Session } from '../session.ts';

/** Receivables without a due date count as late after this many days (as in the chat report). */
export const OVERDUE_AFTER_DAYS = 30;

const num = z.coerce.number();
const numOrNull = z.coerce.number().nullable();
const figuresRow = z.object({ omzet: num, cogs: numOrNull, cogs_missing: z.boolean().nullable(), expenses: num, income: num, sales_count: num });

export interface Figures {
  omzet: number;
  /** null when the member may not see costs (staff). */
  grossProfit: number | null;
  cogsMissing: boolean;
  expenses: number;
  income: number;
  netProfit: number | null;
  /** Selisih stok: value stock counts added (negative = goods missing); null for staff. Not in grossProfit. */
  stockDiff: number | null;
  salesCount: number;
  averageBasket: number;
}

export interface PeriodFigures { range: PeriodRange; current: Figures; previous: Figures }

export interface Ringkasan {
  periods: PeriodFigures[];
  daily: { day: string; omzet: number; grossProfit: number | null }[];
  top: { name: string; qty: number; unit: string | null; total: number }[];
  paymentMix: { payment: string; total: number; count: number }[];
  lowStock: { productId: string; name: string; unit: string; level: number; reorderPoint: number | null }[];
  receivables: { contactId: string; name: string; outstanding: number; nextDue: string | null; late: boolean }[];
  debts: { receivable: number; overdue: number; payable: number };
}

/**
 * Figures of instants (today so far) from the ledger, or of whole local days from report_days (`days`,
 * the same instants as `r`). Selisih stok (from the instants) is added by loadRingkasan, every period in one query.
 */
export async function figuresOf(tx: Tx, tenantId: string, r: Range, days?: [string, string]): Promise<Figures> {
  const sql = days ? 'select * from dashboard_days_figures($1, $2, $3)' : 'select * from dashboard_figures($1, $2, $3)';
  const f = figuresRow.parse((await tx.query(sql, days ? [tenantId, days[0], days[1]] : [tenantId, r.start, r.end])).rows[0]);
  const gross = f.cogs === null ? null : f.omzet - f.cogs;
  return {
    omzet: f.omzet, grossProfit: gross, cogsMissing: f.cogs_missing ?? false, expenses: f.expenses, income: f.income,
    netProfit: gross === null ? null : gross - f.expenses + f.income, stockDiff: null /* set by loadRingkasan */, salesCount: f.sales_count,
    averageBasket: f.sales_count ? Math.round(f.omzet / f.sales_count) : 0,
  };
}

const keys: PeriodKey[] = ['today', 'd7', 'd30'];

export async function loadRingkasan(db: Db, session: Session, now: Date): Promise<Ringkasan> {
  const t = session.tenantId;
  return withActor(db, actorOf(session), async (tx) => {
    const periods: PeriodFigures[] = [];
    for (const key of keys) {
      const range = periodRange(key, now, session.zone);
      periods.push({
        range, current: await figuresOf(tx, t, range.current, range.days?.current), previous: await figuresOf(tx, t, range.previous, range.days?.previous),
      });
    }
    // Selisih stok of every period and its previous one in one round trip (report_stock_diff, as the chat's report).
    const sides = periods.flatMap((p) => [p.current, p.previous]);
    const ranges = periods.flatMap((p) => [p.range.current, p.range.previous]);
    const diffs = (await tx.query(`select ${ranges.map((_, i) => `dashboard_stock_diff($1, $${2 * i + 2}, $${2 * i + 3}) as d${i}`).join(', ')}`,
      [t, ...ranges.flatMap((r) => [r.start, r.end])])).rows[0]!;
    // Laba bersih counts the goods lost or found, as the chat's report does (agents/finance/report-text.ts netProfit).
    sides.forEach((f, i) => {
      f.stockDiff = numOrNull.parse(diffs[`d${i}`]);
      if (f.netProfit !== null) f.netProfit += f.stockDiff ?? 0;
    });
    const today = localDate(now, session.zone);
    const lateBefore = new Date(now.getTime() - OVERDUE_AFTER_DAYS * 86_400_000);
    const q = async (sql: string, params: unknown[]) => (await tx.query(sql, params)).rows;
    const daily = await q('select day::text as day, omzet, cogs from dashboard_daily($1, $2, 30)', [t, addDays(today, -29)]);
    const top = await q('select * from report_top_products_days($1, $2, $3, 5)', [t, addDays(today, -29), today]);
    const mix = await q('select * from report_payment_mix_days($1, $2, $3)', [t, addDays(today, -29), today]);
    const low = await q('select * from report_low_stock($1, 8)', [t]);
    const due = await q('select contact_id, name, outstanding, next_due::text as next_due, late from report_receivables_due($1, $2, $3, 8)', [t, today, lateBefore]);
    const debts = (await q('select * from report_debts($1, $2, $3)', [t, today, lateBefore]))[0]!;
    return {
      periods,
      daily: daily.map((d) => ({ day: d.day, omzet: Number(d.omzet), grossProfit: d.cogs === null ? null : Number(d.omzet) - Number(d.cogs) })),
      top: top.map((p) => ({ name: p.name, qty: Number(p.qty), unit: p.unit, total: Number(p.total) })),
      paymentMix: mix.map((m) => ({ payment: m.payment, total: Number(m.total), count: Number(m.sales_count) })),
      lowStock: low.map((p) => ({ productId: p.product_id, name: p.name, unit: p.unit, level: Number(p.level), reorderPoint: p.reorder_point === null ? null : Number(p.reorder_point) })),
      receivables: due.map((r) => ({ contactId: r.contact_id, name: r.name, outstanding: Number(r.outstanding), nextDue: r.next_due, late: r.late })),
      debts: { receivable: Number(debts.receivable), overdue: Number(debts.overdue), payable: Number(debts.payable) },
    };
  });
}
