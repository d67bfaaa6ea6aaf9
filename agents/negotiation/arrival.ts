// "barang dari toko makmur sudah datang": the ordered goods arrived, so the purchase is posted through
// post_transaction (a payable when the supplier gave tempo) and linked to the negotiation.
import { formatQty, formatRupiah, localDate } from '../../core/format.ts';
import type { AgentContext, Reply } from '../router/types.ts';
import { dealOf, loadNegotiation, loadSuppliers } from './store.ts';

const arrivedRe = /\b(?:dari|dr)\s+(.+?)\s+(?:(?:sudah|udah|dah|wis|wes)\s+)?(?:datang|dateng|sampai|sampe|nyampe|tiba|masuk)\b/;

export function readArrival(text: string): string | null {
  const m = arrivedRe.exec(text.toLowerCase());
  return m ? m[1]!.trim() : null;
}

export async function postArrival(ctx: AgentContext, text: string): Promise<Reply[] | null> {
  const who = readArrival(text);
  if (!who || ctx.member.role === 'cashier') return null;
  const { tx, tenant } = ctx;
  const found = (await tx.query<{ id: string; contact_id: string; price: string; product_id: string | null; product_unit: string | null }>(
    `select n.id, o.contact_id, o.price, n.product_id, p.unit as product_unit
       from negotiations n join negotiation_offers o on o.id = n.agreed_offer_id join contacts c on c.id = o.contact_id
       left join products p on p.id = n.product_id
      where n.tenant_id = $1 and n.status = 'ordered' and n.transaction_id is null
        and (lower(c.name) like '%' || $2 || '%' or $2 = any (c.aliases))
      order by n.updated_at desc limit 1 for update of n`, [tenant.id, who])).rows[0];
  if (!found) return null;
  const neg = (await loadNegotiation(tx, found.id))!;
  const sup = (await loadSuppliers(tx, neg.id)).find((s) => s.contact_id === found.contact_id)!;
  const deal = dealOf(neg);
  const price = Number(found.price);
  const tempo = sup.thread.terms?.kind === 'tempo' ? sup.thread.terms.days : null;
  const due = tempo != null ? localDate(new Date(ctx.now.getTime() + tempo * 86_400_000), tenant.timezone) : null;
  const lines: object[] = [{
    product_id: found.product_unit === deal.unit ? found.product_id : null,
    description: deal.item, qty: deal.qty, unit: deal.unit, unit_price: price,
  }];
  if (sup.thread.delivery) lines.push({ description: 'ongkir', qty: 1, unit_price: sup.thread.delivery });
  const doc = {
    kind: 'purchase', payment: tempo != null ? 'credit' : 'cash', source: ctx.source === 'voice' ? 'voice' : 'chat',
    source_ref: `inbox:${ctx.inboxId}`, contact_id: sup.contact_id, created_by: ctx.member.id, due_date: due,
    note: `negosiasi ${neg.id}`, lines,
  };
  const posted = (await tx.query<{ r: { id: string; total: number } }>(`select public.post_transaction($1::jsonb) as r`, [JSON.stringify(doc)])).rows[0]!.r;
  await tx.query(`update negotiations set transaction_id = $2, updated_at = now() where id = $1`, [neg.id, posted.id]);
  const debt = due ? ` (utang ke ${sup.name}, jatuh tempo ${due})` : '';
  return [{ text: `Siap, Kak! Tercatat: belanja ${deal.item} ${formatQty(deal.qty)} ${deal.unit} @ ${formatRupiah(price)} dari ${sup.name}, total ${formatRupiah(Number(posted.total))}${debt}.` }];
}
