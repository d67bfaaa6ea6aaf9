// `npm run prices:import -- FILE [--region "Kota Bandung"] [--province "Jawa Barat"] [--level consumer]`
// Imports a Bapanas panel export (columns Timestamp, ID, Komoditas, Satuan, Harga, …) as official
// prices into DATABASE_URL, or into the embedded database under DATA_DIR (stop `npm start` first:
// PGlite allows one process). All or nothing; bad rows are listed with their line numbers.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { importBapanasCsv } from '../agents/market-intel/import-csv.ts';
import { loadConfig } from '../core/config.ts';
import { migrate } from '../core/db/migrate.ts';
import { openDb } from '../core/db/open.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { region: { type: 'string', default: 'Kota Bandung' }, province: { type: 'string', default: 'Jawa Barat' }, level: { type: 'string', default: 'consumer' } },
});
const level = z.enum(['consumer', 'wholesale', 'producer']).safeParse(values.level);
if (positionals.length !== 1 || !level.success) {
  console.error('usage: npm run prices:import -- FILE [--region "Kota Bandung"] [--province "Jawa Barat"] [--level consumer|wholesale|producer]');
  process.exit(2);
}
if (existsSync('.env')) process.loadEnvFile('.env');
const config = loadConfig();
const db = await openDb({ databaseUrl: config.DATABASE_URL, dataDir: join(config.DATA_DIR, 'pglite') });
try {
  await migrate(db);
  const r = await importBapanasCsv(db, readFileSync(positionals[0], 'utf8'), { region: values.region, province: values.province || null, level: level.data });
  for (const b of r.bad) console.error(`line ${b.line}: ${b.reason} (skipped)`);
  console.log(JSON.stringify({ region: values.region, rows: r.rows, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged, noData: r.noData, bad: r.bad.length }));
} catch (err) {
  console.error(`import failed, nothing was written: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
