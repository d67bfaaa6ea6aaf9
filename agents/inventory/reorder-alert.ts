// After a sale: products at or under their reorder point alert the owner, once. The alert is remembered
// as an audit_log row ('stock.reorder_alert') holding the last stock movement id at that moment; it is
// re-armed when the ledger shows the level went back above the point after it. Reading the ledger (not
// a flag) keeps this right whoever restocked: chat, POS or dashboard.
import { z } from 'zod';
import type { Tx } from '../../core/db/tenant.ts';
import type { AgentContext, Reply } from '../router/types.ts';
import { ownerPhone, productColumnsSql, productRow, type ProductRow } from '../finance/context.ts';
import { rows } from '../finance/sql.ts';
import { dailyVelocity, learnedReorderPoint, reorderAlertText, shouldAlert, VELOCITY_DAYS } from './reorder.ts';

const num = z.coerce.number();

async function remember(tx: Tx, tenantId: string, p: ProductRow, point: number): Promise<void> {
  await tx.query(`select internal.audit($1, 'stock.reorder_alert', 'product', $2::uuid::text, jsonb_build_object(
      'movement_id', (select max(id) from stock_movements where tenant_id = $1 and product_id = $2::uuid),
      'level', $3::numeric, 'point', $4::numeric))`, [tenantId, p.id, p.level, point]);
}

/**
 * Everything the alert decision needs for these products, in ONE query: the product and its level,
 * units sold in the last 14 days, whether an alert was remembered, the highest level the ledger
 * reached after that alert's movement (above the point means the alert was re-armed), and whether the
 * product is known to be kept (stocked or sold before).
 */
const factsRow = productRow.extend({ sold: num, alerted: z.boolean(), max_after: num.nullable(), known: z.boolean() });

export async function reorderFacts(tx: Tx, tenantId: string, productIds: string[], now: Date) {
  const list = await rows(tx, `${productColumnsSql},
      (select coalesce(sum(l.qty), 0) from transaction_lines l
         join transactions t on t.id = l.transaction_id and t.tenant_id = l.tenant_id
        where l.tenant_id = p.tenant_id and l.product_id = p.id and t.kind = 'sale' and t.status = 'posted'
          and t.occurred_at > $3 and t.occurred_at <= $4) as sold,
      a.found is not null as alerted,
      -- A product the warung really keeps: stock came in once (not a void's return), or it sold before this
      -- sale. A product created by a slip of the thumb has neither, and must not nag the owner.
      (exists (select 1 from stock_movements m where m.tenant_id = p.tenant_id and m.product_id = p.id and m.qty > 0 and m.kind <> 'void')
       or (select count(*) from transaction_lines l join transactions t on t.id = l.transaction_id and t.tenant_id = l.tenant_id
            where l.tenant_id = p.tenant_id and l.product_id = p.id and t.kind = 'sale' and t.status = 'posted') > 1) as known,
      (select max(s.lvl) from (
         select coalesce((select sum(b.qty) from stock_movements b where b.tenant_id = p.tenant_id and b.product_id = p.id and b.id <= a.mid), 0)
                + sum(m.qty) over (order by m.id) as lvl
           from stock_movements m where m.tenant_id = p.tenant_id and m.product_id = p.id and m.id > a.mid) s) as max_after
    from products p
    left join lateral (
      select true as found, (data ->> 'movement_id')::bigint as mid from audit_log
       where tenant_id = p.tenant_id and action = 'stock.reorder_alert' and entity_id = p.id::text order by id desc limit 1) a on true
    where p.tenant_id = $1 and p.id = any($2::uuid[])`,
    [tenantId, productIds, new Date(now.getTime() - VELOCITY_DAYS * 86_400_000), now], factsRow);
  return new Map(list.map((r) => [r.id, r]));
}

export async function reorderAlerts(ctx: AgentContext, productIds: string[]): Promise<Reply[]> {
  const texts: string[] = [];
  const facts = await reorderFacts(ctx.tx, ctx.tenant.id, productIds, ctx.now);
  for (const id of new Set(productIds)) {
    const p = facts.get(id);
    if (!p || !p.known) continue;
    const point = p.reorder_point ?? learnedReorderPoint(p.sold, p.lead_time_days);
    const outstanding = p.alerted && !(p.max_after !== null && point !== null && p.max_after > point);
    if (point === null || !shouldAlert(p.level, point, outstanding)) continue;
    await remember(ctx.tx, ctx.tenant.id, p, point);
    texts.push(reorderAlertText({ name: p.name, unit: p.unit, level: p.level, point, velocity: dailyVelocity(p.sold) }));
  }
  if (texts.length === 0) return [];
  const phone = await ownerPhone(ctx.tx, ctx.tenant.id);
  return texts.map((text) => (phone ? { text, toPhone: phone } : { text }));
}
