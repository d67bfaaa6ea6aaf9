// Backup and restore of the embedded database (PGlite under DATA_DIR/pglite): PGlite's own
// dumpDataDir() (a gzipped tarball of the data directory) and loadDataDir on a fresh directory.
// Only one process may open a PGlite directory, so Juragan must be stopped while this runs.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { AppError } from '../../core/errors.ts';

export const pgliteDir = (dataDir: string) => join(dataDir, 'pglite');

// PGlite writes postmaster.pid while open and removes it on close. Its pid is fake, so a stale file
// (after a crash) cannot be told from a live process: the operator decides with --force.
// A backup may go ahead with --force (it only reads); a restore never replaces a directory that may be open.
function refuseIfInUse(dir: string, canForce: boolean): void {
  if (!existsSync(join(dir, 'postmaster.pid'))) return;
  throw new AppError('conflict:in_use', {
    message: `The embedded database in ${dir} looks open (postmaster.pid is present). Stop Juragan first. ` +
      `If it is not running, it did not shut down cleanly: start and stop it once${canForce ? ', or pass --force' : ''}.`,
  });
}

export async function backupPglite(dataDir: string, file: string, force: boolean): Promise<void> {
  const dir = pgliteDir(dataDir);
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    throw new AppError('not_found:database', { message: `No embedded database in ${dir} (check DATA_DIR, or set DATABASE_URL for PostgreSQL).` });
  }
  if (!force) refuseIfInUse(dir, true);
  const db = await PGlite.create(dir, { extensions: { pg_trgm } });
  try {
    await db.exec('checkpoint');
    const tarball = await db.dumpDataDir('gzip');
    writeFileSync(file, Buffer.from(await tarball.arrayBuffer()));
  } finally {
    await db.close();
  }
}

/** Loads a backup into DATA_DIR/pglite; with force, the database there is moved aside, not deleted. */
export async function restorePglite(dataDir: string, file: string, force: boolean): Promise<{ movedTo?: string }> {
  const dir = pgliteDir(dataDir);
  let movedTo: string | undefined;
  if (existsSync(join(dir, 'PG_VERSION'))) {
    if (!force) {
      throw new AppError('conflict:not_empty', {
        message: `The embedded database in ${dir} is not empty. Restore with another DATA_DIR, or pass --force to replace it (the current one is kept beside it).`,
      });
    }
    refuseIfInUse(dir, false);
    movedTo = `${dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dir, movedTo);
  } else if (existsSync(dir)) {
    rmSync(dir, { recursive: true }); // an empty or half-made directory: nothing to keep
  }
  mkdirSync(dir, { recursive: true });
  try {
    const db = await PGlite.create(dir, { extensions: { pg_trgm }, loadDataDir: new Blob([readFileSync(file)]) });
    try {
      await db.query('select count(*) from public.schema_migrations'); // the restored database answers
    } finally {
      await db.close();
    }
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    if (movedTo) renameSync(movedTo, dir);
    const why = (err instanceof Error && err.message) || 'damaged, or not made by npm run backup';
    throw new AppError('bad_request:backup', {
      message: `${file} could not be loaded (${why}); ${movedTo ? 'the database in ' + dir + ' is unchanged' : 'nothing was restored'}.`, cause: err,
    });
  }
  return { movedTo };
}
