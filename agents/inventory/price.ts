// price_set: the selling price of a product. The old price is kept in an audit row, which is what
// "batal" reads to put it back.
import { z } from 'zod';
import { formatRupiah } from '../../core/format.ts';
import type { Agent } from '../router/types.ts';
import { loadProduct } from '../finance/context.ts';
import { callFn } from '../finance/sql.ts';

export const priceSet: Agent = async (ctx, frame) => {
  const items = frame.items.filter((i) => i.productId !== null);
  if (!items.length) return { replies: [{ text: 'Harga barang apa yang mau diganti, Kak?' }] };
  const priced = items.map((item) => ({ item, price: item.unitPrice ?? (item.total !== null && item.qty > 0 ? Math.round(item.total / item.qty) : frame.amount) }));
  const unpriced = priced.find((p) => p.price === null || p.price === undefined);
  if (unpriced) return { replies: [{ text: `Harga jual ${unpriced.item.name} jadi berapa, Kak?` }] };
  const changes: { name: string; unit: string; change: string; auditId: number }[] = [];
  for (const [n, { item, price }] of priced.entries()) {
    const p = await loadProduct(ctx.tx, ctx.tenant.id, item.productId!);
    if (!p) return { replies: [{ text: 'Maaf Kak, barangnya tidak ketemu.' }] };
    // One SQL function sets the price and keeps the old one in an audit row (a tenant session may not
    // write audit_log directly); a re-run of the same message changes nothing and returns the first change.
    // "harga indomie jadi 4000" for all of them: one key per product.
    const r = await callFn(ctx.tx, 'set_product_price', [ctx.tenant.id, p.id, price!, `inbox:${ctx.inboxId}${n > 0 ? `:${n}` : ''}`],
      z.object({ audit_id: z.coerce.number(), old: z.coerce.number().nullable() }));
    const change = r.old === null ? `jadi ${formatRupiah(price!)}` : r.old === price ? `tetap ${formatRupiah(price!)}` : `${formatRupiah(r.old)} → ${formatRupiah(price!)}`;
    changes.push({ name: p.name, unit: p.unit, change, auditId: r.audit_id });
  }
  const summary = changes.map((c) => `Harga ${c.name} ${c.change}`).join(', ');
  const text = changes.length === 1
    ? `Siap Kak, harga ${changes[0]!.name} per ${changes[0]!.unit} ${changes[0]!.change} ✅`
    : `Siap Kak, harga jual diganti ✅\n${changes.map((c) => `• ${c.name} per ${c.unit} ${c.change}`).join('\n')}`;
  // "batal" puts every one of them back (the event lists the audit rows).
  return { replies: [{ text }], booked: { kind: 'price', id: changes.map((c) => c.auditId).join(','), summary, frame } };
};
