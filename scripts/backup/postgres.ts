// Backup and restore on PostgreSQL (DATABASE_URL): pg_dump / pg_restore in the custom format.
// pg_restore runs in one transaction, so a failed restore leaves the database as it was.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { AppError } from '../../core/errors.ts';

/** pg_dump must be at least the server's major version: take the newest installed, then PATH. */
export function pgTool(name: 'pg_dump' | 'pg_restore'): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) {
    const bin = join(root, v, 'bin', name);
    if (existsSync(bin)) return bin;
  }
  return name;
}

/** The URL without its password (which goes to the tools through PGPASSWORD, never argv or logs). */
export function splitUrl(databaseUrl: string): { url: string; env: Record<string, string>; shown: string } {
  const u = new URL(databaseUrl);
  const env: Record<string, string> = u.password ? { PGPASSWORD: decodeURIComponent(u.password) } : {};
  u.password = '';
  return { url: u.toString(), env, shown: `${u.hostname}:${u.port || 5432}${u.pathname}` };
}

function run(bin: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(new AppError('unavailable:pg_tool', {
        message: e.code === 'ENOENT' ? `${bin} was not found: install the PostgreSQL client tools (version 15 or newer)` : e.message,
      })));
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new AppError('internal:pg_tool', { message: `${bin} failed (exit ${code}): ${err.trim()}` })));
  });
}

async function withClient<T>(databaseUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// On a Supabase project these schemas belong to Supabase (auth users, storage, …), not to Juragan:
// dumping them would restore over Supabase's own objects.
const SUPABASE_SCHEMAS = ['auth', 'storage', 'realtime', '_realtime', 'graphql', 'graphql_public', 'vault', 'pgsodium',
  'pgsodium_masks', 'extensions', 'supabase_functions', 'supabase_migrations', 'net', 'cron', 'pgbouncer', '_analytics'];

export async function backupPostgres(databaseUrl: string, file: string): Promise<void> {
  const supabase = await withClient(databaseUrl, async (c) =>
    (await c.query(`select to_regclass('auth.users') is not null as s`)).rows[0].s as boolean);
  const { url, env } = splitUrl(databaseUrl);
  const exclude = supabase ? SUPABASE_SCHEMAS.map((s) => `--exclude-schema=${s}`) : [];
  await run(pgTool('pg_dump'), ['--format=custom', '--no-owner', `--file=${file}`, ...exclude, `--dbname=${url}`], env);
}

/** Tables in Juragan's schemas; a database with any is "not empty". */
export async function countTables(databaseUrl: string): Promise<number> {
  return withClient(databaseUrl, async (c) => Number((await c.query(
    `select count(*) as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and n.nspname in ('public', 'internal')`)).rows[0].n));
}

export async function restorePostgres(databaseUrl: string, file: string, force: boolean): Promise<void> {
  const { url, env, shown } = splitUrl(databaseUrl);
  const tables = await countTables(databaseUrl);
  if (tables > 0 && !force) {
    throw new AppError('conflict:not_empty', {
      message: `The database ${shown} is not empty (${tables} tables). Restore into a fresh database, or pass --force to replace its contents.`,
    });
  }
  // Policies and grants name these roles; a fresh cluster may not have them yet (same as the compat migration).
  await withClient(databaseUrl, (c) => c.query(`do $$ begin
    if not exists (select 1 from pg_roles where rolname = 'anon') then create role anon nologin noinherit; end if;
    if not exists (select 1 from pg_roles where rolname = 'authenticated') then create role authenticated nologin noinherit; end if;
    if not exists (select 1 from pg_roles where rolname = 'service_role') then create role service_role nologin noinherit bypassrls; end if;
  end $$`));
  // COMMENT ON EXTENSION needs the extension's owner (not us on Supabase); the comment is not data.
  const listing = (await run(pgTool('pg_restore'), ['--list', file], {})).split('\n').filter((l) => !/ COMMENT .* EXTENSION /.test(l));
  const dir = mkdtempSync(join(tmpdir(), 'juragan-restore-'));
  try {
    writeFileSync(join(dir, 'list'), listing.join('\n'));
    const clean = force ? ['--clean', '--if-exists'] : [];
    await run(pgTool('pg_restore'), ['--no-owner', '--single-transaction', '--exit-on-error', ...clean,
      `--use-list=${join(dir, 'list')}`, `--dbname=${url}`, file], env);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
