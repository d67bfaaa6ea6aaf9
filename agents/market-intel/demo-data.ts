// First start: the demo warung's official prices (Kota Bandung, Bapanas) and its region. Idempotent:
// a second start finds the rows and writes nothing.
import { readFile } from 'node:fs/promises';
import type { Db } from '../../core/db/open.ts';
import { withService } from '../../core/db/tenant.ts';
import { bandung, importBapanasCsv, type ImportResult } from './import-csv.ts';

export const demoCsvPath = new URL('./data/bapanas-bandung-consumer.csv', import.meta.url);
const DEMO_TENANT = 'a0000000-0000-4000-8000-000000000001';

/** Loads the file unless its last day is there already; returns null when nothing was to do. */
export async function loadDemoPrices(db: Db): Promise<ImportResult | null> {
  const text = await readFile(demoCsvPath, 'utf8');
  const last = text.trimEnd().split('\n').at(-1)!.slice(0, 10);
  const present = await withService(db, async (tx) => {
    await tx.query(
      `update public.tenants set regency = $2, province = $3, area_code = '32.73' where id = $1 and regency is null`,
      [DEMO_TENANT, bandung.region, bandung.province]);
    return (await tx.query(`select 1 from public.market_prices where tenant_id is null and publisher = 'bapanas'
      and region = $1 and observed_at = ($2::date)::timestamp at time zone 'Asia/Jakarta' limit 1`, [bandung.region, last])).rowCount;
  });
  if (present) return null;
  return importBapanasCsv(db, text, bandung);
}
