// The daily fetch: Bapanas consumer and wholesale prices for every warung's city that the panel
// knows (data/panel-regions.json), and PIHPS national traditional-market and wholesale prices for
// the month so far. Saved as they come (idempotent upserts), so a retry after a 429 or an outage
// refetches and rewrites nothing twice. Throws the first retryable error after doing what it could.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Db } from '../../core/db/open.ts';
import { AppError } from '../../core/errors.ts';
import { withService } from '../../core/db/tenant.ts';
import { fetchBapanas, type PanelCity } from './fetch-bapanas.ts';
import { fetchPihps, national } from './fetch-pihps.ts';
import type { Fetch } from './http.ts';
import { loadCommodities, saveOfficialPrices, type OfficialPrice, type PriceLevel } from './official.ts';

const regionsSchema = z.record(z.string(), z.unknown()).transform((o) => Object.fromEntries(Object.entries(o).flatMap(([k, v]) => {
  const r = z.object({ bapanas: z.object({ provinceId: z.number().int(), cityId: z.number().int() }).optional() }).safeParse(v);
  return r.success && r.data.bapanas ? [[k, r.data.bapanas]] : [];
})));
export const panelRegions = regionsSchema.parse(JSON.parse(readFileSync(new URL('./data/panel-regions.json', import.meta.url), 'utf8')));

export interface FetchOptions { day: string; bapanasUrl?: string; pihpsUrl?: string; fetch?: Fetch; regions?: typeof panelRegions }
export interface FetchReport { saved: number; sources: { source: string; prices: number; error?: string }[] }

const levels: PriceLevel[] = ['consumer', 'wholesale'];

export async function fetchDaily(db: Db, opts: FetchOptions): Promise<FetchReport> {
  const regions = opts.regions ?? panelRegions;
  const { cities, commodities } = await withService(db, async (tx) => ({
    cities: (await tx.query<{ regency: string; province: string | null }>(`select distinct regency, province from public.tenants where regency is not null order by regency`)).rows,
    commodities: await loadCommodities(tx),
  }));
  const jobs: { source: string; run: () => Promise<OfficialPrice[]> }[] = [];
  for (const c of cities) {
    const ids = regions[c.regency];
    if (!ids) continue;
    const city: PanelCity = { region: c.regency, province: c.province, ...ids };
    for (const level of levels) jobs.push({ source: `bapanas:${level}:${c.regency}`, run: () => fetchBapanas(city, level, opts.day, commodities, { baseUrl: opts.bapanasUrl, fetch: opts.fetch }) });
  }
  const monthStart = `${opts.day.slice(0, 8)}01`;
  for (const level of levels) jobs.push({ source: `bi_pihps:${level}:Indonesia`, run: () => fetchPihps(national, level, monthStart, opts.day, { baseUrl: opts.pihpsUrl, fetch: opts.fetch }) });

  const report: FetchReport = { saved: 0, sources: [] };
  let retry: AppError | null = null;
  for (const job of jobs) {
    try {
      const prices = await job.run();
      const r = await withService(db, (tx) => saveOfficialPrices(tx, prices));
      report.saved += r.inserted + r.updated;
      report.sources.push({ source: job.source, prices: prices.length });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      report.sources.push({ source: job.source, prices: 0, error: err.code });
      if (err.retryable) retry ??= err;
    }
  }
  if (retry) throw retry;
  return report;
}
