// The same migrations on a database shaped like a Supabase project: pg_trgm already installed in
// schema `extensions` (on the search_path), roles present. Trigram search and RLS must still work.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, seed } from '../../core/db/migrate.ts';
import { openDb, type Db } from '../../core/db/open.ts';
import { withTenant } from '../../core/db/tenant.ts';
import { createTestDatabase } from '../../core/db/testing.ts';
import { createTenant, SEED } from './fixtures.ts';

describe('migrations on a Supabase-shaped PostgreSQL database', () => {
  let db: Db;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const created = await createTestDatabase();
    drop = created.drop;
    const setup = new pg.Client({ connectionString: created.url });
    await setup.connect();
    const name = new URL(created.url).pathname.slice(1);
    await setup.query(`create schema extensions`);
    await setup.query(`create extension pg_trgm with schema extensions`);
    await setup.query(`alter database ${name} set search_path = "$user", public, extensions`);
    await setup.end();
    db = await openDb({ databaseUrl: created.url, max: 2 });
    await migrate(db);
    await seed(db);
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('keeps pg_trgm where Supabase put it and still searches products', async () => {
    const ext = await db.pool.query(`select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`);
    expect(ext.rows).toEqual([{ nspname: 'extensions' }]);
    const r = await withTenant(db, SEED.tenant, (tx) => tx.query<{ name: string }>(`select name from search_products($1, 'indomi goreng', 1)`, [SEED.tenant]));
    expect(r.rows).toEqual([{ name: 'Indomie Goreng' }]);
  });

  it('isolates tenants', async () => {
    const other = await createTenant(db);
    const seen = await withTenant(db, other, (tx) => tx.query(`select count(*)::int n from products`));
    expect(seen.rows).toEqual([{ n: 0 }]);
  });
});
