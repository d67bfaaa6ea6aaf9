// Bank Indonesia's PIHPS: a wide table, one row per commodity, one column per day ("01/09/2025":
// "14,650"; "-" = not posted; the comma separates thousands). Level 1 rows are categories, level 2
// varieties: only varieties that match an official commodity are kept. Price types are never mixed.
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import { getJson, type Fetch } from './http.ts';
import type { OfficialPrice, PriceLevel } from './official.ts';
import { wordTable } from '../../core/word-table.ts';

export const PIHPS_URL = 'https://www.bi.go.id/hargapangan/WebSite/TabelHarga/GetGridDataDaerah';

/** PIHPS price types we keep: 1 traditional market (consumer), 3 wholesale. */
export const pihpsType: Partial<Record<PriceLevel, number>> = { consumer: 1, wholesale: 3, producer: 4 };

/** PIHPS variety → official commodity (and its unit). */
export const pihpsNames: Record<string, { commodity: string; unit: 'kg' | 'liter' }> = wordTable({
  'Beras Kualitas Medium I': { commodity: 'Beras Medium', unit: 'kg' },
  'Beras Kualitas Super I': { commodity: 'Beras Premium', unit: 'kg' },
  'Bawang Merah Ukuran Sedang': { commodity: 'Bawang Merah', unit: 'kg' },
  'Bawang Putih Ukuran Sedang': { commodity: 'Bawang Putih Bonggol', unit: 'kg' },
  'Cabai Merah Besar': { commodity: 'Cabai Merah Besar', unit: 'kg' },
  'Cabai Merah Keriting': { commodity: 'Cabai Merah Keriting', unit: 'kg' },
  'Cabai Rawit Merah': { commodity: 'Cabai Rawit Merah', unit: 'kg' },
  'Daging Ayam Ras Segar': { commodity: 'Daging Ayam Ras', unit: 'kg' },
  'Daging Sapi Kualitas 1': { commodity: 'Daging Sapi Murni', unit: 'kg' },
  'Telur Ayam Ras Segar': { commodity: 'Telur Ayam Ras', unit: 'kg' },
  'Gula Pasir Lokal': { commodity: 'Gula Konsumsi', unit: 'kg' },
  'Minyak Goreng Curah': { commodity: 'Minyak Goreng Curah', unit: 'liter' },
  'Minyak Goreng Kemasan Bermerk 1': { commodity: 'Minyak Goreng Kemasan', unit: 'liter' },
});

const answer = z.object({ data: z.array(z.record(z.string(), z.unknown())) }).loose();

export interface PihpsRegion { region: string; province: string | null; provinceId: string; regencyId: string }
/** Empty ids = national averages. */
export const national: PihpsRegion = { region: 'Indonesia', province: null, provinceId: '', regencyId: '' };

export function pihpsUrl(r: PihpsRegion, type: number, from: string, to: string, baseUrl = PIHPS_URL): string {
  return `${baseUrl}?price_type_id=${type}&comcat_id=&province_id=${r.provinceId}&regency_id=${r.regencyId}&market_id=&tipe_laporan=1&start_date=${from}&end_date=${to}`;
}

/** One month at most per call, as the panel asks. */
export async function fetchPihps(
  r: PihpsRegion, level: PriceLevel, from: string, to: string, opts: { baseUrl?: string; fetch?: Fetch } = {},
): Promise<OfficialPrice[]> {
  const type = pihpsType[level];
  if (!type) return [];
  const parsed = answer.safeParse(await getJson(pihpsUrl(r, type, from, to, opts.baseUrl), opts));
  if (!parsed.success) throw new AppError('bad_request:price_panel_shape', { message: 'PIHPS answer has an unknown shape' });
  const out: OfficialPrice[] = [];
  for (const row of parsed.data.data) {
    const name = typeof row.name === 'string' ? row.name.trim() : '';
    const ref = pihpsNames[name];
    if (!ref || Number(row.level) !== 2) continue;
    for (const [key, value] of Object.entries(row)) {
      const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(key);
      if (!m || typeof value !== 'string' || !/^\d{1,3}(,\d{3})*$/.test(value.trim())) continue;
      const date = `${m[3]}-${m[2]}-${m[1]}`;
      if (date < from || date > to) continue;
      const price = Number(value.trim().replaceAll(',', ''));
      if (price > 0) out.push({ date, price, commodity: ref.commodity, unit: ref.unit, level, publisher: 'bi_pihps', region: r.region, province: r.province });
    }
  }
  return out;
}
