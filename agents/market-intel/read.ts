// What a price answer is made of, in one call of market_price_view (SQL), under the warung's own
// claims (RLS): official price and trend points, network aggregate, supplier quotes, own prices.
import { z } from 'zod';
import { prepared, type Tx } from '../../core/db/tenant.ts';
import type { NetworkPrice } from './network.ts';
import type { Publisher } from './official.ts';
import type { Region } from './region.ts';

export interface Official { price: number; unit: string; at: Date; publisher: Publisher; region: string; weekAgo: number | null; monthAgo: number | null }
export interface Quote { supplier: string; price: number; unit: string; at: Date }
export interface Own { product: string; unit: string; sellPrice: number | null; lastPaid: number | null; lastPaidAt: Date | null }
export interface CommodityView { commodity: string; unit: string; official: Official | null; network: NetworkPrice | null; quotes: Quote[]; own: Own | null }

const date = z.string().transform((s) => new Date(s));
const viewSchema = z.array(z.object({
  commodity: z.string(), unit: z.string(),
  official: z.object({
    price: z.number(), unit: z.string(), at: date, publisher: z.enum(['bapanas', 'bi_pihps']), region: z.string(),
    week_ago: z.number().nullable(), month_ago: z.number().nullable(),
  }).nullable(),
  network: z.object({
    scope: z.enum(['city', 'province']), region: z.string(), window_days: z.number(), warungs: z.number(), observations: z.number(),
    median: z.number(), min_price: z.number(), max_price: z.number(),
  }).nullable(),
  quotes: z.array(z.object({ supplier: z.string(), price: z.number(), unit: z.string(), at: date })),
  own: z.object({ product: z.string(), unit: z.string(), sell_price: z.number().nullable(), paid: z.number().nullable(), paid_at: date.nullable() }).nullable(),
}));

export async function priceViews(tx: Tx, tenantId: string, commodities: string[], region: Region, at: Date): Promise<CommodityView[]> {
  const { rows } = await prepared<{ v: unknown }>(tx, `select public.market_price_view($1, $2, $3, $4, $5) as v`,
    [commodities, region.regency, region.province, at, tenantId]);
  return viewSchema.parse(rows[0]?.v ?? []).map((v) => ({
    commodity: v.commodity, unit: v.unit, quotes: v.quotes,
    official: v.official && { price: v.official.price, unit: v.official.unit, at: v.official.at, publisher: v.official.publisher, region: v.official.region, weekAgo: v.official.week_ago, monthAgo: v.official.month_ago },
    network: v.network && { scope: v.network.scope, region: v.network.region, windowDays: v.network.window_days, warungs: v.network.warungs, observations: v.network.observations, median: v.network.median, min: v.network.min_price, max: v.network.max_price },
    own: v.own && { product: v.own.product, unit: v.own.unit, sellPrice: v.own.sell_price, lastPaid: v.own.paid, lastPaidAt: v.own.paid_at },
  }));
}
