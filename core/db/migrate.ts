// Applies supabase/migrations/*.sql in name order, each in its own transaction, and records
// what it applied. Safe to run twice, and from two processes at once: an advisory lock makes
// the second wait, then it finds nothing left to do.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from './open.ts';

export const supabaseDir = join(import.meta.dirname, '..', '..', 'supabase');
const migrationsDir = join(supabaseDir, 'migrations');
const LOCK_KEY = 727_001; // any constant; shared by every Juragan process on this database

export async function listMigrations(dir = migrationsDir): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
}

export async function migrate(db: Db, dir = migrationsDir): Promise<{ applied: string[] }> {
  const client = await db.pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query(`create table if not exists public.schema_migrations (
      name text primary key, applied_at timestamptz not null default now())`);
    const done = new Set((await client.query<{ name: string }>('select name from public.schema_migrations')).rows.map((r) => r.name));
    const applied: string[] = [];
    for (const name of await listMigrations(dir)) {
      if (done.has(name)) continue;
      const sql = await readFile(join(dir, name), 'utf8');
      try {
        await client.query('begin');
        await client.query(sql);
        await client.query('insert into public.schema_migrations (name) values ($1)', [name]);
        await client.query('commit');
      } catch (err) {
        await client.query('rollback');
        throw new Error(`migration ${name} failed: ${(err as Error).message}`, { cause: err });
      }
      applied.push(name);
    }
    return { applied };
  } finally {
    await client.query('select pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => {});
    client.release();
  }
}

/** Loads supabase/seed.sql once per database (the demo warung). */
export async function seed(db: Db, file = join(supabaseDir, 'seed.sql')): Promise<boolean> {
  const client = await db.pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [LOCK_KEY]);
    const seen = await client.query(`select 1 from public.schema_migrations where name = 'seed.sql'`);
    if (seen.rowCount) return false;
    await client.query('begin');
    await client.query(await readFile(file, 'utf8'));
    await client.query(`insert into public.schema_migrations (name) values ('seed.sql')`);
    await client.query('commit');
    return true;
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    await client.query('select pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => {});
    client.release();
  }
}
