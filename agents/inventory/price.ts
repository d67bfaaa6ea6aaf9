// price_set: the selling price of a product. The old price is kept in an audit row, which is what
// "batal" reads to put it back.
import { z } from 'zod';
import { formatRupiah } from '../../core/format.ts';
import type { Agent } from '../router/types.ts';
import { loadProduct } from '../finance/context.ts';
import { callFn } from '../finance/sql.ts';

export const priceSet: Agent = async (ctx, frame) => {
  const item = frame.items.find((i) => i.productId !== null);
  if (!item) return { replies: [{ text: 'Harga barang apa yang mau diganti, Kak?' }] };
  const price = item.unitPrice ?? (item.total !== null && item.qty > 0 ? Math.round(item.total / item.qty) : frame.amount);
  if (price === null || price === undefined) return { replies: [{ text: `Harga jual ${item.name} jadi berapa, Kak?` }] };
  const p = await loadProduct(ctx.tx, ctx.tenant.id, item.productId!);
  if (!p) return { replies: [{ text: 'Maaf Kak, barangnya tidak ketemu.' }] };

  // One SQL function sets the price and keeps the old one in an audit row (a tenant session may not
  // write audit_log directly); a re-run of the same message changes nothing and returns the first change.
  const r = await callFn(ctx.tx, 'set_product_price', [ctx.tenant.id, p.id, price, `inbox:${ctx.inboxId}`],
    z.object({ audit_id: z.coerce.number(), old: z.coerce.number().nullable() }));
  const old = r.old;
  const auditId = r.audit_id;
  const change = old === null ? `jadi ${formatRupiah(price)}` : old === price ? `tetap ${formatRupiah(price)}` : `${formatRupiah(old)} → ${formatRupiah(price)}`;
  const summary = `Harga ${p.name} ${change}`;
  return {
    replies: [{ text: `Siap Kak, harga ${p.name} per ${p.unit} ${change} ✅` }],
    booked: { kind: 'price', id: String(auditId), summary, frame },
  };
};
