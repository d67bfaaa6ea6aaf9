// One data layer for both engines: node-postgres against DATABASE_URL, or in-process PGlite
// through a node-postgres connection to it (pglite-connection.ts). Everything above this file sees a pg.Pool.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgliteConfig } from './pglite-connection.ts';

export type DbKind = 'postgres' | 'pglite';

export interface Db {
  pool: pg.Pool;
  kind: DbKind;
  close(): Promise<void>;
  /** LISTENs on a channel (a dedicated connection on Postgres; PGlite's own listener); returns unlisten. */
  listen?(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
}

// Postgres returns bigint (int8) as strings; our amounts are rupiah and fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

/**
 * PGlite's engine is one WebAssembly memory that grows and never shrinks, so every buffer Postgres
 * touches once stays in the process's RSS for good. Postgres' defaults are sized for a server with the
 * machine to itself (shared_buffers 128 MB, maintenance_work_mem 64 MB, which the migrations' index
 * builds fill). One warung's database is a few MB to a few hundred, and pages outside shared_buffers are
 * still in the OS's file cache (PGlite reads its files through Node), so a smaller pool costs little.
 * Command-line settings (not written to postgresql.conf), so an operator can still tune the data dir.
 * bench/startup.ts measures the RSS; bench/pipeline.ts --stack pglite checks the speed.
 */
const pgliteMemory = ['shared_buffers=32MB', 'maintenance_work_mem=16MB', 'temp_buffers=2MB', 'wal_buffers=1MB']
  .flatMap((setting) => ['-c', setting]);

export interface OpenDbOptions {
  /** postgres://… — when unset, PGlite is used. */
  databaseUrl?: string;
  /** PGlite data directory, or "memory://" for an in-memory database (tests). */
  dataDir?: string;
  /** Pool size for Postgres. PGlite is always one session. */
  max?: number;
}

export async function openDb(opts: OpenDbOptions): Promise<Db> {
  if (opts.databaseUrl) {
    // Idle connections stay 5 minutes, not pg's 10 s: a new connection starts cold (every prepared
    // statement parsed and planned again, every PL/pgSQL function compiled again in its backend), and at
    // a steady 80 msg/s the pool kept closing and reopening its least used ones, each a latency spike.
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.max ?? 10, idleTimeoutMillis: 300_000 });
    pool.on('error', () => {}); // idle client errors surface on the next query instead of crashing
    // A client checked out has no listener of the pool's: its connection dropped between two statements (PostgreSQL
    // restarted in the soak) was an unhandled 'error' event, and both workers died. It fails the next query instead.
    pool.on('connect', (client) => client.on('error', () => {}));
    await pool.query('select 1');
    const listen: NonNullable<Db['listen']> = async (channel, onPayload) => {
      const client = new pg.Client({ connectionString: opts.databaseUrl });
      client.on('error', () => {}); // a dropped listener only delays live updates; pages still load
      await client.connect();
      client.on('notification', (m) => m.channel === channel && onPayload(m.payload ?? ''));
      await client.query(`listen ${pg.escapeIdentifier(channel)}`);
      return () => client.end();
    };
    return { pool, kind: 'postgres', close: () => pool.end(), listen };
  }
  const dataDir = opts.dataDir ?? './data/pglite';
  if (!dataDir.startsWith('memory://')) mkdirSync(resolve(dataDir), { recursive: true });
  const pglite = await PGlite.create(dataDir, { extensions: { pg_trgm }, startParams: [...PGlite.defaultStartParams, ...pgliteMemory] });
  const pool = new pg.Pool(pgliteConfig(pglite));
  pool.on('error', () => {}); // as on PostgreSQL: surfaces on the next query instead of crashing the process
  return {
    pool,
    kind: 'pglite',
    listen: async (channel, onPayload) => pglite.listen(channel, onPayload),
    close: async () => {
      await pool.end();
      await pglite.close();
    },
  };
}
