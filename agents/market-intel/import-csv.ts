// `npm run prices:import -- FILE`: a Bapanas panel export into the official prices, all or nothing
// (one transaction). Bad rows are reported with their line numbers and skipped; 0 means no data.
import type { Db } from '../../core/db/open.ts';
import { withService } from '../../core/db/tenant.ts';
import { parseBapanasCsv, type BadRow } from './csv.ts';
import { loadCommodities, saveOfficialPrices, type SaveResult } from './official.ts';

export interface ImportOptions { region: string; province: string | null; level?: 'consumer' | 'wholesale' | 'producer' }
export interface ImportResult extends SaveResult { rows: number; noData: number; bad: BadRow[] }

/** The demo warung's city: the export in data/ is Kota Bandung's consumer prices. */
export const bandung: ImportOptions = { region: 'Kota Bandung', province: 'Jawa Barat', level: 'consumer' };

export function importBapanasCsv(db: Db, text: string, opts: ImportOptions): Promise<ImportResult> {
  return withService(db, async (tx) => {
    const parsed = parseBapanasCsv(text, await loadCommodities(tx));
    const saved = await saveOfficialPrices(tx, parsed.rows.map((r) => ({
      date: r.date, commodity: r.commodity, unit: r.unit, price: r.price, level: opts.level ?? 'consumer',
      publisher: 'bapanas' as const, region: opts.region, province: opts.province,
    })));
    return { ...saved, rows: parsed.rows.length, noData: parsed.noData, bad: parsed.bad };
  });
}
