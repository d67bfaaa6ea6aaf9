// The report agent and the daily summary: figures over a period in the tenant's zone, read straight
// from the ledger (posted transactions only).
import { z } from 'zod';
import type { DayRange, Period } from '../../core/frame.ts';
import type { TenantZone } from '../../core/format.ts';
import type { Tx } from '../../core/db/tenant.ts';
import type { Agent } from '../router/types.ts';
import { loadProduct } from './context.ts';
import { dayRanges, periodRanges, splitDays, type PeriodRanges, type Range } from './periods.ts';
import { productReportText, reportText, type Compared, type DebtFigures, type ExpensePart, type Figures, type ProductFigures, type TopProduct } from './report-text.ts';
import { debtList, type DebtRow } from './debt-reads.ts';
import { one, rows } from './sql.ts';

const num = z.coerce.number();
/** Receivables without a due date count as late after this many days (debt_list's default). */
export const OVERDUE_AFTER_DAYS = 30;

const figuresRow = z.object({ omzet: num, expenses: num, income: num, sales_count: num, cogs: num, cogs_missing: z.boolean(), diff: num, purchases: num });

/** The statement behind figures() (report.test.ts checks PostgreSQL plans it without JIT compilation). */
export const figuresSql = `
    select d.omzet + l.omzet as omzet, d.cogs + l.cogs as cogs, d.cogs_missing or l.cogs_missing as cogs_missing,
           d.expenses + l.expenses as expenses, d.income + l.income as income, d.sales_count + l.sales_count as sales_count,
           report_stock_diff($1, $2, $3) as diff, report_purchases($1, $2, $3) as purchases
      from report_days_figures($1, $4::date, $5::date) d, report_figures($1, $6, $3) l`;
export function figuresArgs(tenantId: string, r: Range, zone: TenantZone): unknown[] {
  const { from, to, rest } = splitDays(r, zone);
  return [tenantId, r.start, r.end, from, to, rest.start];
}

/**
 * A period's figures and its selisih stok in one statement: its whole local days from report_days (a row a
 * day, kept with every booking), the stretch of the day it ends in ("this month up to now" vs "last month up
 * to the same hour") from the ledger. The same SQL functions as the dashboard's Ringkasan
 * (report-parity.test.ts); both sides equal the ledger's (report.test.ts).
 */
export async function figures(tx: Tx, tenantId: string, r: Range, zone: TenantZone): Promise<Figures> {
  const f = await one(tx, figuresSql, figuresArgs(tenantId, r, zone), figuresRow);
  return { omzet: f!.omzet, cogs: f!.cogs, cogsMissing: f!.cogs_missing, expenses: f!.expenses, income: f!.income, salesCount: f!.sales_count, stockDiff: f!.diff, purchases: f!.purchases };
}

const topRow = z.object({ name: z.string(), qty: num, unit: z.string().nullable(), total: num });

/** Best sellers of a period: from report_product_days when it is whole local days (a report's current period). */
export async function topProducts(tx: Tx, tenantId: string, r: Range, zone: TenantZone, limit = 5): Promise<TopProduct[]> {
  const { from, to, rest } = splitDays(r, zone);
  return rest.start.getTime() === rest.end.getTime()
    ? rows(tx, `select * from report_top_products_days($1, $2::date, $3::date, $4)`, [tenantId, from, to, limit], topRow)
    : rows(tx, `select * from report_top_products($1, $2, $3, $4)`, [tenantId, r.start, r.end, limit], topRow);
}

/**
 * Receivables and payables as they stood at `asOf` (a past report shows the balances of its own end,
 * not today's), read through debt_list, the function the dashboard and "utang siapa aja?" use.
 */
export async function debtFigures(tx: Tx, tenantId: string, asOf: Date): Promise<DebtFigures> {
  const owed = await debtList(tx, tenantId, 'receivable', asOf);
  const owing = await debtList(tx, tenantId, 'payable', asOf);
  const late = owed.filter((r) => r.overdue);
  const sum = (list: DebtRow[]) => list.reduce((s, r) => s + r.outstanding, 0);
  return { receivable: sum(owed), debtors: owed.length, overdue: sum(late), overdueDebtors: late.length, payable: sum(owing) };
}

const categoryRow = z.object({ category: z.string(), total: num });

/** What a period's pengeluaran were, by category, largest first. */
export const expenseCategories = (tx: Tx, tenantId: string, r: Range): Promise<ExpensePart[]> =>
  rows(tx, `select * from report_expense_categories($1, $2, $3)`, [tenantId, r.start, r.end], categoryRow);

/** What a report covers: a named period, or whole days ("tgl 1 sampai 3", "bulan september"). */
export type Span = Period | DayRange;
type Asked = { ranges: Omit<PeriodRanges, 'period'>; compared: Compared };
const asked = (span: Span, now: Date, zone: TenantZone): Asked =>
  (typeof span === 'string' ? { ranges: periodRanges(span, now, zone), compared: span } : { ranges: dayRanges(span.from, span.to, now, zone), compared: 'days' });

/** "rata2 sehari laku berapa": an average a day asked (the parser reads the words as one, "ratarata"). */
const averageAsked = (text: string | undefined) => /\b(?:rata(?:2|-rata| rata|\^2)?|rerata|ratarata)\b/i.test(text ?? '');

export async function periodReport(tx: Tx, tenantId: string, zone: TenantZone, span: Span, now: Date, average = false): Promise<string> {
  const { ranges: p, compared } = asked(span, now, zone);
  const [current, previous, top, debts] = [
    await figures(tx, tenantId, p.current, zone), await figures(tx, tenantId, p.previous, zone),
    await topProducts(tx, tenantId, p.current, zone), await debtFigures(tx, tenantId, p.current.end < now ? p.current.end : now),
  ];
  const expenseParts = current.expenses > 0 ? await expenseCategories(tx, tenantId, p.current) : [];
  const days = Math.max(1, Math.ceil((Math.min(p.current.end.getTime(), now.getTime()) - p.current.start.getTime()) / 86_400_000));
  return reportText({ label: p.label, period: compared, current, previous, top, debts, expenseParts, ...(average ? { days } : {}) });
}

async function productFigures(tx: Tx, tenantId: string, productId: string, r: Range): Promise<ProductFigures> {
  const f = await one(tx, `
    select coalesce(sum(l.qty), 0) as qty, coalesce(sum(l.total), 0) as omzet, coalesce(sum(l.cogs), 0) as cogs,
           coalesce(bool_or(l.cogs is null), false) as cogs_missing
      from transaction_lines l join transactions t on t.id = l.transaction_id
     where t.tenant_id = $1 and l.product_id = $2 and t.kind = 'sale' and t.status = 'posted' and t.occurred_at >= $3 and t.occurred_at < $4`,
    [tenantId, productId, r.start, r.end], z.object({ qty: num, omzet: num, cogs: num, cogs_missing: z.boolean() }));
  return { qty: f!.qty, omzet: f!.omzet, cogs: f!.cogs, cogsMissing: f!.cogs_missing };
}

export async function productReport(tx: Tx, tenantId: string, zone: TenantZone, productId: string, span: Span, now: Date): Promise<string | null> {
  const product = await loadProduct(tx, tenantId, productId);
  if (!product) return null;
  const { ranges: p, compared } = asked(span, now, zone);
  return productReportText({
    label: p.label, period: compared, name: product.name, unit: product.unit, level: product.level,
    current: await productFigures(tx, tenantId, productId, p.current), previous: await productFigures(tx, tenantId, productId, p.previous),
  });
}

/** "laporan hari ini" — or one product when the frame names it ("laporan indomie minggu ini"; default: this month). */
export const report: Agent = async (ctx, frame) => {
  const zone = ctx.tenant.timezone;
  const products = frame.items.filter((i) => i.productId !== null);
  if (products.length) {
    const texts = [];
    for (const i of products) texts.push(await productReport(ctx.tx, ctx.tenant.id, zone, i.productId!, frame.range ?? frame.period ?? 'this_month', ctx.now));
    return { replies: [{ text: texts.filter(Boolean).join('\n\n') }] };
  }
  // "laporan kemarin sama hari ini": one report a period, in the order asked.
  const replies = [];
  if (frame.range) return { replies: [{ text: await periodReport(ctx.tx, ctx.tenant.id, zone, frame.range, ctx.now, averageAsked(ctx.text)) }] };
  const average = averageAsked(ctx.text);
  for (const period of [frame.period ?? 'today', ...(frame.more_periods ?? [])]) {
    replies.push({ text: await periodReport(ctx.tx, ctx.tenant.id, zone, period, ctx.now, average) });
  }
  return { replies };
};
