// Badan Pangan Nasional's panel: today's prices for one city at one level
// (GET /api/front/harga-pangan-informasi?province_id=&city_id=&level_harga_id=; ../shared/market/README.md).
// The answer carries no date of its own: "today" is the day of the run (WIB), "yesterday" has a D-M-YYYY date.
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import type { CommodityRef } from './csv.ts';
import { getJson, type Fetch } from './http.ts';
import type { OfficialPrice, PriceLevel } from './official.ts';
import { priceUnit } from './units.ts';

export const BAPANAS_URL = 'https://api-panelhargav2.badanpangan.go.id';
export const bapanasLevel: Record<PriceLevel, number> = { producer: 1, wholesale: 2, consumer: 3 };

const answer = z.object({
  data: z.array(z.object({
    id: z.number().int(), name: z.string(), satuan: z.string(),
    today: z.number().nullable(), yesterday: z.number().nullable().optional(), yesterday_date: z.string().nullable().optional(),
  }).loose()),
}).loose();

export interface PanelCity { region: string; province: string | null; provinceId: number; cityId: number }

/** "12-9-2025" → "2025-09-12". */
export function dmy(s: string): string | null {
  const m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(s.trim());
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : null;
}

export async function fetchBapanas(
  city: PanelCity, level: PriceLevel, day: string, commodities: CommodityRef[], opts: { baseUrl?: string; fetch?: Fetch } = {},
): Promise<OfficialPrice[]> {
  const url = `${opts.baseUrl ?? BAPANAS_URL}/api/front/harga-pangan-informasi?province_id=${city.provinceId}&city_id=${city.cityId}&level_harga_id=${bapanasLevel[level]}`;
  const parsed = answer.safeParse(await getJson(url, opts));
  if (!parsed.success) throw new AppError('bad_request:price_panel_shape', { message: 'Bapanas answer has an unknown shape' });
  const byId = new Map(commodities.map((c) => [c.bapanasId, c]));
  const out: OfficialPrice[] = [];
  for (const row of parsed.data.data) {
    const ref = byId.get(row.id) ?? commodities.find((c) => c.name.toLowerCase() === row.name.toLowerCase());
    if (!ref || priceUnit(row.satuan) !== ref.unit) continue;
    const base = { commodity: ref.name, unit: ref.unit, level, publisher: 'bapanas' as const, region: city.region, province: city.province };
    if (row.today && row.today > 0) out.push({ ...base, date: day, price: Math.round(row.today) });
    const yday = row.yesterday_date ? dmy(row.yesterday_date) : null;
    if (row.yesterday && row.yesterday > 0 && yday && yday < day) out.push({ ...base, date: yday, price: Math.round(row.yesterday) });
  }
  return out;
}
