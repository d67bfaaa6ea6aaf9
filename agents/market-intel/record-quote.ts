// A supplier's quote kept as market data, private to the warung that received it (RLS): from a
// negotiation offer or a forwarded supplier message. Idempotent on source_ref. Returns the commodity
// and, when the quote is more than 10 % above the market, the line to tell the owner.
import type { Tx } from '../../core/db/tenant.ts';
import type { TenantZone } from '../../core/format.ts';
import { commoditiesFor } from './names.ts';
import { quoteAboveMarket } from './quote-check.ts';
import { tenantRegion } from './region.ts';

export interface SupplierQuote {
  tenantId: string; zone: TenantZone; contactId: string | null; item: string; price: number; unit: string; at: Date; sourceRef: string;
}

export async function recordSupplierQuote(tx: Tx, q: SupplierQuote): Promise<{ commodity: string | null; recorded: boolean; alert: string | null }> {
  const commodity = (await commoditiesFor(tx, q.item))?.[0] ?? null;
  if (!commodity) return { commodity: null, recorded: false, alert: null };
  const region = await tenantRegion(tx, q.tenantId);
  const { rowCount } = await tx.query(
    `insert into public.market_prices (tenant_id, commodity, region, province, unit, price, source, price_level, contact_id, observed_at, source_ref)
     values ($1, $2, $3, $4, $5, $6, 'supplier', 'wholesale', $7, $8, $9)
     on conflict (source, source_ref) where source_ref is not null do nothing`,
    [q.tenantId, commodity, region.regency ?? region.province ?? 'Indonesia', region.province, q.unit, q.price, q.contactId, q.at, q.sourceRef]);
  if (!rowCount) return { commodity, recorded: false, alert: null };
  return { commodity, recorded: true, alert: await quoteAboveMarket(tx, { tenantId: q.tenantId, zone: q.zone, item: q.item, price: q.price, unit: q.unit, at: q.at }) };
}
