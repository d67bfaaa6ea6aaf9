// price_set: the selling price of a product. The old price is kept in an audit row, which is what
// "batal" reads to put it back.
import { z } from 'zod';
import { formatRupiah } from '../../core/format.ts';
import type { Agent } from '../router/types.ts';
import { loadProduct } from '../finance/context.ts';
import { one } from '../finance/sql.ts';

export const priceSet: Agent = async (ctx, frame) => {
  const item = frame.items.find((i) => i.productId !== null);
  if (!item) return { replies: [{ text: 'Harga barang apa yang mau diganti, Kak?' }] };
  const price = item.unitPrice ?? (item.total !== null && item.qty > 0 ? Math.round(item.total / item.qty) : frame.amount);
  if (price === null || price === undefined) return { replies: [{ text: `Harga jual ${item.name} jadi berapa, Kak?` }] };
  const p = await loadProduct(ctx.tx, ctx.tenant.id, item.productId!);
  if (!p) return { replies: [{ text: 'Maaf Kak, barangnya tidak ketemu.' }] };

  // A re-run of the same message finds its audit row and changes nothing.
  const ref = `inbox:${ctx.inboxId}`;
  const prev = await one(ctx.tx, `select id, (data ->> 'old')::bigint as old from audit_log
    where tenant_id = $1 and action = 'product.price_set' and data ->> 'source_ref' = $2`, [ctx.tenant.id, ref],
    z.object({ id: z.coerce.number(), old: z.coerce.number().nullable() }));
  const old = prev ? prev.old : p.sell_price;
  let auditId = prev?.id;
  if (!prev) {
    await ctx.tx.query(`update products set sell_price = $3, updated_at = now() where tenant_id = $1 and id = $2`, [ctx.tenant.id, p.id, price]);
    const a = await one(ctx.tx, `insert into audit_log (tenant_id, member_id, actor, action, entity, entity_id, data)
      values ($1, $2, 'agent:inventory', 'product.price_set', 'product', $3, jsonb_build_object('old', $4::bigint, 'new', $5::bigint, 'source_ref', $6::text))
      returning id`, [ctx.tenant.id, ctx.member.id, p.id, old, price, ref], z.object({ id: z.coerce.number() }));
    auditId = a!.id;
  }
  const change = old === null ? `jadi ${formatRupiah(price)}` : old === price ? `tetap ${formatRupiah(price)}` : `${formatRupiah(old)} → ${formatRupiah(price)}`;
  const summary = `Harga ${p.name} ${change}`;
  return {
    replies: [{ text: `Siap Kak, harga ${p.name} per ${p.unit} ${change} ✅` }],
    booked: { kind: 'price', id: String(auditId), summary, frame },
  };
};
