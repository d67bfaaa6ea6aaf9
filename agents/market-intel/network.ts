// Network prices: what warungs on Juragan paid, as aggregates over at least 3 warungs. The rule
// (k-anonymity, windows, city then province) is in SQL: market_network_price (SECURITY DEFINER).
import { prepared, type Tx } from '../../core/db/tenant.ts';

export interface NetworkPrice {
  scope: 'city' | 'province'; region: string; windowDays: number; warungs: number; observations: number;
  median: number; min: number; max: number;
}

export async function networkPrice(
  tx: Tx, q: { commodity: string; regency: string | null; province: string | null; unit?: string | null; at: Date },
): Promise<NetworkPrice | null> {
  const { rows } = await prepared<{ scope: 'city' | 'province'; region: string; window_days: number; warungs: number; observations: number; median: number; min_price: number; max_price: number }>(
    tx, `select * from public.market_network_price($1, $2, $3, $4, $5)`, [q.commodity, q.regency, q.province, q.unit ?? null, q.at]);
  const r = rows[0];
  return r ? { scope: r.scope, region: r.region, windowDays: r.window_days, warungs: r.warungs, observations: r.observations, median: r.median, min: r.min_price, max: r.max_price } : null;
}
