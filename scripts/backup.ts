// `npm run backup [-- FILE] [--force]`: a backup of Juragan's database (pg_dump custom format on
// PostgreSQL, PGlite's data-dir dump on the embedded default). Default file: backups/juragan-….
import { parseArgs } from 'node:util';
import { backup } from './backup/index.ts';
import { mb, runCli, secs } from './backup/cli.ts';

await runCli('backup', async (config) => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
  const done = await backup(config, { file: positionals[0], force: values.force });
  return `Backed up ${done.where} to ${done.file} (${mb(done.bytes)}, ${secs(done.ms)}).`;
});
