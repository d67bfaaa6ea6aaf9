// Is a supplier's quote above the market? Compared with wholesale prices (Bapanas level 2 or PIHPS
// type 3; the warung's city, its province, then national), else with what warungs on Juragan paid
// (network median). For the negotiation summary and forwarded quotes: returns the line to add, or
// null when the quote is fine, no reference exists, or this commodity was alerted this week.
import type { Tx } from '../../core/db/tenant.ts';
import { formatDate, formatRupiah, type TenantZone } from '../../core/format.ts';
import { takeFresh } from './alerts.ts';
import { commoditiesFor } from './names.ts';
import { networkPrice } from './network.ts';
import { tenantRegion } from './region.ts';

export const QUOTE_MARGIN = 0.1;

export interface QuoteAsk { tenantId: string; zone: TenantZone; item: string; price: number; unit: string; at: Date }

export async function quoteAboveMarket(tx: Tx, q: QuoteAsk): Promise<string | null> {
  const commodity = (await commoditiesFor(tx, q.item))?.[0];
  if (!commodity) return null;
  const region = await tenantRegion(tx, q.tenantId);
  const { rows } = await tx.query<{ price: number; publisher: string; region: string; observed_at: Date }>(
    `select price, publisher, region, observed_at from public.market_prices
     where tenant_id is null and commodity = $1 and unit = $2 and price_level = 'wholesale' and region = any($3::text[])
       and observed_at <= $4 and observed_at > $4::timestamptz - interval '14 days'
     order by array_position($3::text[], region), observed_at desc limit 1`,
    [commodity, q.unit, [region.regency, region.province, 'Indonesia'].filter(Boolean), q.at]);
  let reference: { price: number; label: string } | null = rows[0]
    ? { price: rows[0].price, label: `harga grosir ${rows[0].publisher === 'bapanas' ? 'Bapanas' : 'BI PIHPS'} ${rows[0].region}, ${formatDate(rows[0].observed_at, q.zone)}` }
    : null;
  if (!reference) {
    const n = await networkPrice(tx, { commodity, regency: region.regency, province: region.province, unit: q.unit, at: q.at });
    if (n) reference = { price: n.median, label: `median ${n.warungs} warung Juragan, ${n.windowDays} hari terakhir` };
  }
  if (!reference || q.price <= reference.price * (1 + QUOTE_MARGIN)) return null;
  const pct = Math.round((q.price / reference.price - 1) * 100);
  const text = `⚠️ Penawaran ${formatRupiah(q.price)}/${q.unit} untuk ${commodity} ini ${pct}% di atas pasar (${formatRupiah(reference.price)}/${q.unit}, ${reference.label}).`;
  const fresh = await takeFresh(tx, q.tenantId, [{ subject: commodity, kind: 'quote_above_market', text }], q.at);
  return fresh.length ? text : null;
}
