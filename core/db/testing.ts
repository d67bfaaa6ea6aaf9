// Test helpers: a fresh, migrated database on real PostgreSQL or on in-memory PGlite.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate, seed } from './migrate.ts';
import { openDb, type Db } from './open.ts';

export const TEST_PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Creates an empty database on the test server; returns its URL and a drop function. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `juragan_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: TEST_PG_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export type TestDb = Db & { url?: string };

/** A migrated database of the given kind; `seeded` also loads the demo warung. close() drops it. */
export async function freshDb(kind: 'postgres' | 'pglite', opts: { seeded?: boolean; max?: number } = {}): Promise<TestDb> {
  if (kind === 'pglite') {
    const db = await openDb({ dataDir: 'memory://' });
    await migrate(db);
    if (opts.seeded) await seed(db);
    return db;
  }
  const { url, drop } = await createTestDatabase();
  const db = await openDb({ databaseUrl: url, max: opts.max ?? 5 });
  await migrate(db);
  if (opts.seeded) await seed(db);
  return {
    ...db,
    url,
    close: async () => {
      await db.close();
      await drop();
    },
  };
}

export const dbKinds = ['pglite', 'postgres'] as const;
