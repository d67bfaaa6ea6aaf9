// Small reads every finance/inventory agent needs: the idempotency key, when the event happened,
// the products it names, the owner to alert.
import { z } from 'zod';
import { formatDate, localDate, localStart } from '../../core/format.ts';
import type { Tx } from '../../core/db/tenant.ts';
import type { AgentContext, ResolvedFrame } from '../router/types.ts';
import { one, rows } from './sql.ts';

/** The pipeline may re-run a handler after a crash; the SQL functions book a source_ref once. */
export function sourceRef(ctx: AgentContext, n?: number): string {
  return `inbox:${ctx.inboxId}${n ? `:${n}` : ''}`;
}

/** A date still to come is when something is due ("bayar besok"), not when it happened. */
export function dueDate(ctx: AgentContext, frame: Pick<ResolvedFrame, 'date'>): string | null {
  return frame.date && frame.date > localDate(ctx.now, ctx.tenant.timezone) ? frame.date : null;
}

/** The frame's past date (the owner said "kemarin") at the same local time of day as now; else now. */
export function occurredAt(ctx: AgentContext, frame: Pick<ResolvedFrame, 'date'>): Date {
  const zone = ctx.tenant.timezone;
  const today = localDate(ctx.now, zone);
  if (!frame.date || frame.date >= today) return ctx.now;
  return new Date(localStart(frame.date, zone).getTime() + (ctx.now.getTime() - localStart(today, zone).getTime()));
}

/** "20 Nov 2026" when the event is not today, else null. */
export function dateText(ctx: AgentContext, at: Date): string | null {
  return localDate(at, ctx.tenant.timezone) === localDate(ctx.now, ctx.tenant.timezone) ? null : formatDate(at, ctx.tenant.timezone);
}

const num = z.coerce.number();
export const productRow = z.object({
  id: z.string(), name: z.string(), unit: z.string(), sell_price: num.nullable(), avg_cost: num.nullable(),
  reorder_point: num.nullable(), lead_time_days: num, level: num,
});
export type ProductRow = z.infer<typeof productRow>;

/** The product columns and its stock level (kept in stock_on_hand); callers add columns and the `from`. */
export const productColumnsSql = `select p.id, p.name, p.unit, p.sell_price, p.avg_cost, p.reorder_point, p.lead_time_days,
  coalesce((select s.level from stock_on_hand s where s.tenant_id = p.tenant_id and s.product_id = p.id), 0) as level`;
const productSql = `${productColumnsSql} from products p`;

const catalogueRow = z.object({ id: z.string(), name: z.string(), unit: z.string(), sell_price: num.nullable(), avg_cost: num.nullable() });

/**
 * Names, units, prices and average costs of the products a booking names; not the stock level (a ledger sum), which
 * post_transaction returns. Those the router read in this transaction (`known`) are not read again.
 */
export async function loadProducts(tx: Tx, tenantId: string, ids: string[], known?: AgentContext['products']): Promise<Map<string, z.infer<typeof catalogueRow>>> {
  const found = new Map<string, z.infer<typeof catalogueRow>>();
  for (const id of ids) {
    const p = known?.get(id);
    if (p) found.set(id, { id, name: p.name, unit: p.unit, sell_price: p.sellPrice, avg_cost: p.avgCost });
  }
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length === 0) return found;
  const list = await rows(tx, `select id, name, unit, sell_price, avg_cost from products where tenant_id = $1 and id = any($2::uuid[])`, [tenantId, missing], catalogueRow);
  for (const p of list) found.set(p.id, p);
  return found;
}

export async function loadProduct(tx: Tx, tenantId: string, id: string): Promise<ProductRow | null> {
  return one(tx, `${productSql} where p.tenant_id = $1 and p.id = $2`, [tenantId, id], productRow);
}

/** The owner's phone, for alerts sent while someone else (a cashier) is chatting. */
export async function ownerPhone(tx: Tx, tenantId: string): Promise<string | null> {
  const r = await one(tx, `select phone from members where tenant_id = $1 and role = 'owner' and active order by created_at limit 1`,
    [tenantId], z.object({ phone: z.string() }));
  return r?.phone ?? null;
}

export async function contactName(tx: Tx, tenantId: string, contactId: string): Promise<string | null> {
  const r = await one(tx, `select name from contacts where tenant_id = $1 and id = $2`, [tenantId, contactId], z.object({ name: z.string() }));
  return r?.name ?? null;
}

/** What a contact still owes (receivable) or is owed (payable). */
export async function outstanding(tx: Tx, tenantId: string, contactId: string, direction: 'receivable' | 'payable'): Promise<number> {
  const r = await one(tx, `select coalesce(sum(amount - paid), 0) as o from debts
    where tenant_id = $1 and contact_id = $2 and direction = $3 and status = 'open'`, [tenantId, contactId, direction], z.object({ o: num }));
  return r?.o ?? 0;
}
