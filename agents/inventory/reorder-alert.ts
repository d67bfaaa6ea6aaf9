// After a sale: products at or under their reorder point alert the owner, once. The alert is remembered
// as an audit_log row ('stock.reorder_alert') holding the last stock movement id at that moment; it is
// re-armed when the ledger shows the level went back above the point after it. Reading the ledger (not
// a flag) keeps this right whoever restocked: chat, POS or dashboard.
import { z } from 'zod';
import type { Tx } from '../../core/db/tenant.ts';
import type { AgentContext, Reply } from '../router/types.ts';
import { loadProduct, ownerPhone, type ProductRow } from '../finance/context.ts';
import { one } from '../finance/sql.ts';
import { dailyVelocity, learnedReorderPoint, reorderAlertText, shouldAlert, VELOCITY_DAYS } from './reorder.ts';

const num = z.coerce.number();

/** Units of a product sold (posted sales) in the 14 days before `now`. */
export async function soldInWindow(tx: Tx, tenantId: string, productId: string, now: Date): Promise<number> {
  const r = await one(tx, `select coalesce(sum(l.qty), 0) as sold from transaction_lines l
      join transactions t on t.id = l.transaction_id and t.tenant_id = l.tenant_id
     where l.tenant_id = $1 and l.product_id = $2 and t.kind = 'sale' and t.status = 'posted'
       and t.occurred_at > $3 and t.occurred_at <= $4`,
    [tenantId, productId, new Date(now.getTime() - VELOCITY_DAYS * 86_400_000), now], z.object({ sold: num }));
  return r?.sold ?? 0;
}

/** The owner's point, else the one learned from the last 14 days' sales. */
export async function reorderPoint(tx: Tx, tenantId: string, p: ProductRow, now: Date): Promise<{ point: number | null; velocity: number }> {
  const sold = await soldInWindow(tx, tenantId, p.id, now);
  return { point: p.reorder_point ?? learnedReorderPoint(sold, p.lead_time_days), velocity: dailyVelocity(sold) };
}

async function alertOutstanding(tx: Tx, tenantId: string, productId: string, point: number): Promise<boolean> {
  const r = await one(tx, `
    with last as (
      select (data ->> 'movement_id')::bigint as mid from audit_log
       where tenant_id = $1 and action = 'stock.reorder_alert' and entity_id = $2::uuid::text order by id desc limit 1),
    base as (
      select coalesce(sum(qty), 0) as lvl from stock_movements, last
       where tenant_id = $1 and product_id = $2::uuid and id <= last.mid)
    select exists (select 1 from last) as alerted,
           exists (select 1 from (
             select (select lvl from base) + sum(m.qty) over (order by m.id) as lvl
               from stock_movements m, last where m.tenant_id = $1 and m.product_id = $2::uuid and m.id > last.mid) s
             where s.lvl > $3) as rearmed`,
    [tenantId, productId, point], z.object({ alerted: z.boolean(), rearmed: z.boolean() }));
  return !!r && r.alerted && !r.rearmed;
}

async function remember(tx: Tx, tenantId: string, p: ProductRow, point: number): Promise<void> {
  await tx.query(`select internal.audit($1, 'stock.reorder_alert', 'product', $2::uuid::text, jsonb_build_object(
      'movement_id', (select max(id) from stock_movements where tenant_id = $1 and product_id = $2::uuid),
      'level', $3::numeric, 'point', $4::numeric))`, [tenantId, p.id, p.level, point]);
}

export async function reorderAlerts(ctx: AgentContext, productIds: string[]): Promise<Reply[]> {
  const texts: string[] = [];
  for (const id of productIds) {
    const p = await loadProduct(ctx.tx, ctx.tenant.id, id);
    // Most sales leave a product well above the owner's point: no more reads needed.
    if (!p || (p.reorder_point !== null && p.level > p.reorder_point)) continue;
    const { point, velocity } = await reorderPoint(ctx.tx, ctx.tenant.id, p, ctx.now);
    if (point === null || !shouldAlert(p.level, point, await alertOutstanding(ctx.tx, ctx.tenant.id, id, point))) continue;
    await remember(ctx.tx, ctx.tenant.id, p, point);
    texts.push(reorderAlertText({ name: p.name, unit: p.unit, level: p.level, point, velocity }));
  }
  if (texts.length === 0) return [];
  const phone = await ownerPhone(ctx.tx, ctx.tenant.id);
  return texts.map((text) => (phone ? { text, toPhone: phone } : { text }));
}
