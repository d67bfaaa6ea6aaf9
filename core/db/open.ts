// One data layer for both engines: node-postgres against DATABASE_URL, or in-process PGlite
// through PGlite's node-postgres adapter. Everything above this file sees a pg.Pool.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';

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
  const pool = new pg.Pool(createPgConfig(pglite));
  pool.on('error', () => {}); // as on PostgreSQL: surfaces on the next query instead of crashing the process
  keepClientOnError(pool);
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

/**
 * PGlite is one session behind one connection object that every client of the pool shares. pg-pool
 * ends the client of a failed `pool.query` and makes a new one on that same object, and the old one's
 * late 'end' then kills the new client's next query ("Connection terminated unexpectedly", then
 * protocol errors for whatever runs next). The session itself is fine after an error, so `pool.query`
 * here keeps its client, as `withActor` always did.
 */
function keepClientOnError(pool: pg.Pool): void {
  pool.query = (async (...args: Parameters<pg.PoolClient['query']>) => {
    const client = await pool.connect();
    try {
      return await (client.query as (...a: unknown[]) => Promise<unknown>)(...args);
    } finally {
      client.release();
    }
  }) as typeof pool.query;
}
