// Official prices into market_prices (tenant_id NULL), for the CSV importer and the daily fetchers.
// One statement per batch; idempotent on (source, source_ref): a re-import writes nothing new, a
// corrected price replaces the old one.
import type { Tx } from '../../core/db/tenant.ts';
import type { CommodityRef } from './csv.ts';
import type { PriceUnit } from './units.ts';

export type Publisher = 'bapanas' | 'bi_pihps';
export type PriceLevel = 'consumer' | 'wholesale' | 'producer';

export interface OfficialPrice {
  date: string;          // YYYY-MM-DD the panel published it for
  commodity: string;
  unit: PriceUnit;
  price: number;
  level: PriceLevel;
  publisher: Publisher;
  region: string;        // "Kota Bandung", or the province for province-wide rows
  province: string | null;
}

export interface SaveResult { inserted: number; updated: number; unchanged: number }

export const officialRef = (p: OfficialPrice) => `${p.publisher}:${p.level}:${p.region}:${p.date}:${p.commodity}`;

/** Writes the prices as the caller (service role: official rows are shared). */
export async function saveOfficialPrices(tx: Tx, prices: OfficialPrice[]): Promise<SaveResult> {
  if (prices.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const docs = prices.map((p) => ({
    commodity: p.commodity, region: p.region, province: p.province, unit: p.unit, price: p.price,
    level: p.level, publisher: p.publisher, date: p.date, ref: officialRef(p),
  }));
  // xmax = 0 tells a fresh insert from an update; rows whose price did not change are not returned.
  const { rows } = await tx.query<{ inserted: boolean }>(
    `insert into public.market_prices (commodity, region, province, unit, price, source, price_level, publisher, observed_at, source_ref)
     select d.commodity, d.region, d.province, d.unit, d.price, 'official', d.level, d.publisher,
            (d.date::date)::timestamp at time zone 'Asia/Jakarta', d.ref
     from jsonb_to_recordset($1::jsonb) as d(commodity text, region text, province text, unit text, price bigint,
                                             level text, publisher text, date text, ref text)
     on conflict (source, source_ref) where source_ref is not null
     do update set price = excluded.price where market_prices.price <> excluded.price
     returning (xmax = 0) as inserted`,
    [JSON.stringify(docs)],
  );
  const inserted = rows.filter((r) => r.inserted).length;
  return { inserted, updated: rows.length - inserted, unchanged: prices.length - rows.length };
}

export async function loadCommodities(tx: Tx): Promise<CommodityRef[]> {
  const { rows } = await tx.query<{ name: string; unit: 'kg' | 'liter'; bapanas_id: number | null }>(
    `select name, unit, bapanas_id from public.market_commodities order by name`);
  return rows.map((r) => ({ name: r.name, unit: r.unit, bapanasId: r.bapanas_id }));
}
