// `npm run restore -- FILE [--force]`: loads a backup made by `npm run backup` into the database the
// configuration points at. Refuses a database that is not empty unless --force.
import { parseArgs } from 'node:util';
import { restore } from './backup/index.ts';
import { runCli, secs } from './backup/cli.ts';

await runCli('restore', async (config) => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
  const file = positionals[0];
  if (!file) throw new Error('give the backup file: npm run restore -- backups/juragan-….dump [--force]');
  const done = await restore(config, file, { force: values.force });
  const kept = done.movedTo ? ` The previous database is kept in ${done.movedTo}.` : '';
  return `Restored ${done.file} into ${done.where} (${secs(done.ms)}).${kept} Start Juragan as usual.`;
});
