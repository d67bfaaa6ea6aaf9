// The daily fetch: Bapanas consumer and wholesale prices for every warung's city that the panel
// knows (data/panel-regions.json); PIHPS traditional-market and wholesale prices for the month so far
// for every warung's regency (else its province: pihps-region.ts), and nationally. A warung's regions
// are region.ts's (stored, else resolved from its typed city with idn-area-data). Saved as they come (idempotent upserts), so a retry after a 429 or an outage
// refetches and rewrites nothing twice. Throws the first retryable error after doing what it could.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Db } from '../../core/db/open.ts';
import { AppError } from '../../core/errors.ts';
import { withService } from '../../core/db/tenant.ts';
import { fetchBapanas, type PanelCity } from './fetch-bapanas.ts';
import { fetchPihps, national, pihpsType } from './fetch-pihps.ts';
import { pihpsResolver } from './pihps-region.ts';
import { regionOf, type Region } from './region.ts';
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
  const { places, commodities } = await withService(db, async (tx) => ({
    places: await warungRegions((await tx.query<{ city: string | null; regency: string | null; province: string | null }>(
      `select distinct city, regency, province from public.tenants where regency is not null or province is not null or city is not null`)).rows),
    commodities: await loadCommodities(tx),
  }));
  const jobs: { source: string; run: () => Promise<OfficialPrice[]> }[] = [];
  for (const c of places) {
    const ids = c.regency ? regions[c.regency] : undefined;
    if (!ids || !c.regency) continue;
    const city: PanelCity = { region: c.regency, province: c.province, ...ids };
    for (const level of levels) jobs.push({ source: `bapanas:${level}:${c.regency}`, run: () => fetchBapanas(city, level, opts.day, commodities, { baseUrl: opts.bapanasUrl, fetch: opts.fetch }) });
  }
  const monthStart = `${opts.day.slice(0, 8)}01`;
  const pihps = { baseUrl: opts.pihpsUrl, fetch: opts.fetch };
  const resolve = pihpsResolver(pihps);
  const asked = new Set<string>(); // two warungs' regencies may fall back to one province
  for (const place of places.filter((p) => p.province)) {
    for (const level of levels) {
      jobs.push({ source: `bi_pihps:${level}:${place.regency ?? place.province}`, run: async () => {
        const r = await resolve(place, pihpsType[level]!);
        if (!r || asked.has(`${level}:${r.region}`)) return [];
        asked.add(`${level}:${r.region}`);
        return fetchPihps(r, level, monthStart, opts.day, pihps);
      } });
    }
  }
  for (const level of levels) jobs.push({ source: `bi_pihps:${level}:Indonesia`, run: () => fetchPihps(national, level, monthStart, opts.day, pihps) });

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

/** Each warung's regions once (stored, else resolved from the typed city), in a stable order. */
async function warungRegions(rows: { city: string | null; regency: string | null; province: string | null }[]): Promise<Region[]> {
  const seen = new Map<string, Region>();
  for (const row of rows) {
    const r = await regionOf(row);
    if (r.regency || r.province) seen.set(`${r.regency}|${r.province}`, r);
  }
  return [...seen.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, r]) => r);
}
