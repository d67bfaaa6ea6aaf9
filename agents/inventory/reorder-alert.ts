// After a sale: products at or under their reorder point alert the owner, once. The alert is remembered
// as an audit_log row ('stock.reorder_alert') holding the last stock movement id at that moment; it is
// re-armed when the ledger shows the level went back above the point after it. Reading the ledger (not
// a flag) keeps this right whoever restocked: chat, POS or dashboard.
import { z } from 'zod';
import { sqlLiteral, type Tx } from '../../core/db/tenant.ts';
import type { AgentContext, Reply } from '../router/types.ts';
import { ownerPhone, productRow, type ProductRow } from '../finance/context.ts';
import { dailyVelocity, learnedReorderPoint, reorderAlertText, shouldAlert, VELOCITY_DAYS } from './reorder.ts';

const num = z.coerce.number();

async function remember(tx: Tx, tenantId: string, p: ProductRow, point: number): Promise<void> {
  await tx.query(`select internal.audit($1, 'stock.reorder_alert', 'product', $2::uuid::text, jsonb_build_object(
      'movement_id', (select max(id) from stock_movements where tenant_id = $1 and product_id = $2::uuid),
      'level', $3::numeric, 'point', $4::numeric))`, [tenantId, p.id, p.level, point]);
}

// Everything the alert decision needs for these products, in ONE statement (internal.reorder_facts):
// the product and its level, units sold in the last 14 days, whether an alert was remembered, the
// highest level the ledger reached after that alert's movement, and whether the product is kept.
const factsRow = productRow.extend({ sold: num, alerted: z.boolean(), max_after: num.nullable(), known: z.boolean() });
export type ReorderFacts = Map<string, z.infer<typeof factsRow>>;

/** The facts' statement with its values inlined, so a sale can send it with post_transaction. */
export function reorderFactsSql(tenantId: string, productIds: string[], now: Date): string {
  const ids = `array[${productIds.map(sqlLiteral).join(', ')}]::uuid[]`;
  const from = new Date(now.getTime() - VELOCITY_DAYS * 86_400_000);
  return `select * from internal.reorder_facts(${sqlLiteral(tenantId)}::uuid, ${ids}, ${sqlLiteral(from)}::timestamptz, ${sqlLiteral(now)}::timestamptz)`;
}

export function readReorderFacts(list: readonly unknown[]): ReorderFacts {
  return new Map(list.map((r) => factsRow.parse(r)).map((r) => [r.id, r]));
}

export async function reorderFacts(tx: Tx, tenantId: string, productIds: string[], now: Date): Promise<ReorderFacts> {
  return readReorderFacts((await tx.query(reorderFactsSql(tenantId, productIds, now))).rows);
}

/** Alerts for the products sold; `facts` when already read (with the sale, see bookGoods). */
export async function reorderAlerts(ctx: AgentContext, productIds: string[], known?: ReorderFacts): Promise<Reply[]> {
  const texts: string[] = [];
  const facts = known ?? (await reorderFacts(ctx.tx, ctx.tenant.id, productIds, ctx.now));
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
