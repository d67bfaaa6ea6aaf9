// What the chat's price answer is made of, read under the warung's own claims (RLS): the latest
// official price and its trend, the warung's supplier quotes, its own last purchase and selling price.
// The network part is market_network_price (network.ts).
import { prepared, type Tx } from '../../core/db/tenant.ts';
import type { Publisher } from './official.ts';
import type { Region } from './region.ts';

export interface Official { price: number; unit: string; at: Date; publisher: Publisher; region: string; weekAgo: number | null; monthAgo: number | null }
export interface Quote { supplier: string; price: number; unit: string; at: Date }
export interface Own { product: string; unit: string; sellPrice: number | null; lastPaid: number | null; lastPaidAt: Date | null }

// The trend compares with the nearest price 7 (up to 10) and 30 (up to 35) days before, from the same
// publisher and region: a gap in the data gives no trend rather than a wrong one.
const officialSql = `
  with latest as (
    select price, unit, observed_at, publisher, region from public.market_prices
    where tenant_id is null and commodity = $1 and region = $2 and price_level = 'consumer' and observed_at <= $3
    order by observed_at desc, publisher limit 1)
  select l.*,
    (select p.price from public.market_prices p where p.tenant_id is null and p.commodity = $1 and p.region = l.region
       and p.price_level = 'consumer' and p.publisher = l.publisher
       and p.observed_at <= l.observed_at - interval '7 days' and p.observed_at >= l.observed_at - interval '10 days'
     order by p.observed_at desc limit 1) as week_ago,
    (select p.price from public.market_prices p where p.tenant_id is null and p.commodity = $1 and p.region = l.region
       and p.price_level = 'consumer' and p.publisher = l.publisher
       and p.observed_at <= l.observed_at - interval '30 days' and p.observed_at >= l.observed_at - interval '35 days'
     order by p.observed_at desc limit 1) as month_ago
  from latest l`;

export async function latestOfficial(tx: Tx, commodity: string, region: Region, at: Date): Promise<Official | null> {
  for (const r of [region.regency, region.province]) {
    if (!r) continue;
    const { rows } = await prepared<{ price: number; unit: string; observed_at: Date; publisher: Publisher; region: string; week_ago: number | null; month_ago: number | null }>(
      tx, officialSql, [commodity, r, at]);
    const o = rows[0];
    if (o) return { price: o.price, unit: o.unit, at: o.observed_at, publisher: o.publisher, region: o.region, weekAgo: o.week_ago, monthAgo: o.month_ago };
  }
  return null;
}

/** Quotes this warung received in the last 30 days: recorded quotes and negotiation offers. */
export async function supplierQuotes(tx: Tx, tenantId: string, commodity: string, at: Date): Promise<Quote[]> {
  const { rows } = await prepared<{ supplier: string; price: number; unit: string; at: Date }>(tx,
    `select * from (
       select coalesce(c.name, 'Supplier') as supplier, m.price, m.unit, m.observed_at as at
       from public.market_prices m left join public.contacts c on c.tenant_id = m.tenant_id and c.id = m.contact_id
       where m.tenant_id = $1 and m.source = 'supplier' and m.commodity = $2
         and m.observed_at > $3::timestamptz - interval '30 days' and m.observed_at <= $3
       union all
       select c.name, o.price, n.unit, o.created_at
       from public.negotiation_offers o
       join public.negotiations n on n.tenant_id = o.tenant_id and n.id = o.negotiation_id
       join public.contacts c on c.tenant_id = o.tenant_id and c.id = o.contact_id
       where o.tenant_id = $1 and o.direction = 'offer' and o.price is not null
         and o.created_at > $3::timestamptz - interval '30 days' and o.created_at <= $3
         and $2 = any (public.market_commodities_for(n.item))
     ) q order by at desc limit 3`,
    [tenantId, commodity, at]);
  return rows;
}

/** The warung's product for the commodity (one that sells it, first), its price and last purchase. */
export async function ownPrices(tx: Tx, tenantId: string, commodity: string, at: Date): Promise<Own | null> {
  const { rows } = await prepared<{ name: string; unit: string; sell_price: number | null; paid: number | null; paid_at: Date | null }>(tx,
    `select p.name, p.unit, p.sell_price, lp.paid, lp.paid_at
     from public.products p
     left join lateral (
       select round(l.total / l.qty)::bigint as paid, t.occurred_at as paid_at
       from public.transaction_lines l
       join public.transactions t on t.tenant_id = l.tenant_id and t.id = l.transaction_id
       where l.tenant_id = p.tenant_id and l.product_id = p.id and t.kind = 'purchase' and t.status = 'posted' and t.occurred_at <= $3
       order by t.occurred_at desc limit 1) lp on true
     where p.tenant_id = $1 and p.active and p.commodity = $2
     order by (lp.paid is null), (p.sell_price is null), p.name
     limit 1`,
    [tenantId, commodity, at]);
  const r = rows[0];
  return r ? { product: r.name, unit: r.unit, sellPrice: r.sell_price, lastPaid: r.paid, lastPaidAt: r.paid_at } : null;
}
