// What `npm run backup` and `npm run restore` do, on the stack the configuration points at:
// PostgreSQL when DATABASE_URL is set, else the embedded PGlite under DATA_DIR.
import { chmodSync, closeSync, mkdirSync, openSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Config } from '../../core/config.ts';
import { AppError } from '../../core/errors.ts';
import { backupPglite, pgliteDir, restorePglite } from './pglite.ts';
import { backupPostgres, restorePostgres, splitUrl } from './postgres.ts';

export type BackupKind = 'postgres' | 'pglite';
type Settings = Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>;

const kindOfConfig = (c: Settings): BackupKind => (c.DATABASE_URL ? 'postgres' : 'pglite');

/** backups/juragan-pglite-20261201-145500.tar.gz */
export function defaultBackupFile(kind: BackupKind, now = new Date()): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return resolve('backups', `juragan-${kind}-${stamp}.${kind === 'postgres' ? 'dump' : 'tar.gz'}`);
}

/** pg_dump's custom format starts with "PGDMP"; PGlite's dump is a gzip stream. */
export function kindOfFile(file: string): BackupKind {
  const head = Buffer.alloc(5);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    throw new AppError('not_found:backup', { message: `Backup file not found: ${file}` });
  }
  readSync(fd, head, 0, 5, 0);
  closeSync(fd);
  if (head.toString('latin1') === 'PGDMP') return 'postgres';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  throw new AppError('bad_request:backup', { message: `${file} is not a Juragan backup (neither a pg_dump custom-format file nor a PGlite dump).` });
}

export interface Done { kind: BackupKind; file: string; bytes: number; ms: number; where: string; movedTo?: string }

export async function backup(config: Settings, opts: { file?: string; force?: boolean } = {}): Promise<Done> {
  const started = Date.now();
  const kind = kindOfConfig(config);
  const file = resolve(opts.file ?? defaultBackupFile(kind));
  mkdirSync(dirname(file), { recursive: true });
  // Phones, names and messages: readable by the operator only, also while the dump is written.
  writeFileSync(file, '');
  chmodSync(file, 0o600);
  try {
    if (config.DATABASE_URL) await backupPostgres(config.DATABASE_URL, file);
    else await backupPglite(config.DATA_DIR, file, opts.force ?? false);
  } catch (err) {
    rmSync(file, { force: true }); // no half-written file that looks like a backup
    throw err;
  }
  chmodSync(file, 0o600);
  return { kind, file, bytes: statSync(file).size, ms: Date.now() - started, where: where(config) };
}

export async function restore(config: Settings, file: string, opts: { force?: boolean } = {}): Promise<Done> {
  const started = Date.now();
  const kind = kindOfConfig(config);
  const fileKind = kindOfFile(file);
  if (fileKind !== kind) {
    throw new AppError('bad_request:backup_kind', {
      message: fileKind === 'pglite'
        ? `${file} is a backup of the embedded database: unset DATABASE_URL to restore it into DATA_DIR.`
        : `${file} is a PostgreSQL backup: set DATABASE_URL to the database to restore it into.`,
    });
  }
  let movedTo: string | undefined;
  if (config.DATABASE_URL) await restorePostgres(config.DATABASE_URL, file, opts.force ?? false);
  else ({ movedTo } = await restorePglite(config.DATA_DIR, file, opts.force ?? false));
  return { kind, file, bytes: statSync(file).size, ms: Date.now() - started, where: where(config), movedTo };
}

function where(c: Settings): string {
  return c.DATABASE_URL ? `PostgreSQL ${splitUrl(c.DATABASE_URL).shown}` : `the embedded database in ${pgliteDir(resolve(c.DATA_DIR))}`;
}
