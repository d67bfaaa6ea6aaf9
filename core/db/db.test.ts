// The data layer itself: one code path on both engines, migrations safe to run twice and from two
// processes at once, transactions that carry the caller's identity and leave nothing on failure.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listMigrations, migrate } from './migrate.ts';
import { openDb, type Db } from './open.ts';
import { serviceQuery, setActorSql, withActor, withService, withTenant } from './tenant.ts';
import { createTestDatabase, dbKinds, freshDb } from './testing.ts';

const A = 'a0000000-0000-4000-8000-00000000000a';

test('two processes migrating one empty Postgres database at once apply each migration once', async () => {
  const { url, drop } = await createTestDatabase();
  const [one, two] = await Promise.all([openDb({ databaseUrl: url, max: 2 }), openDb({ databaseUrl: url, max: 2 })]);
  try {
    const [r1, r2] = await Promise.all([migrate(one), migrate(two)]);
    const all = await listMigrations();
    expect([...r1.applied, ...r2.applied].sort()).toEqual(all);
    const recorded = await one.pool.query<{ n: number }>('select count(*)::int as n from schema_migrations');
    expect(recorded.rows[0]!.n).toBe(all.length);
  } finally {
    await one.close();
    await two.close();
    await drop();
  }
});

// The 20-minute soak: PostgreSQL restarted while a worker held a pooled connection between two statements, and the
// worker died of an unhandled 'error' event ("terminating connection due to administrator command"). The dropped
// connection surfaces on the next query instead; the process lives on.
test('a pooled connection terminated while checked out fails its next query, and crashes nothing', async () => {
  const { url, drop } = await createTestDatabase();
  const db = await openDb({ databaseUrl: url, max: 2 });
  try {
    const client = await db.pool.connect();
    const pid = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    await db.pool.query('select pg_terminate_backend($1)', [pid]);
    await new Promise((r) => setTimeout(r, 200)); // the FATAL message arrives while the client is idle in our hands
    await expect(client.query('select 1')).rejects.toThrow();
    client.release(true);
    expect((await db.pool.query<{ one: number }>('select 1 as one')).rows[0]!.one).toBe(1);
  } finally {
    await db.close();
    await drop();
  }
});

describe.each(dbKinds)('data layer on %s', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(kind);
    await withService(db, (tx) => tx.query(`insert into tenants (id, name, city, timezone) values ($1, 'Warung A', 'Bandung', 'Asia/Jakarta')`, [A]));
  });
  afterAll(async () => db?.close());

  test('a second migrate is a no-op', async () => {
    expect((await migrate(db)).applied).toEqual([]);
  });

  test('a tenant transaction runs as authenticated with the tenant in the JWT claims', async () => {
    const row = await withTenant(db, A, async (tx) =>
      (await tx.query<{ who: string; tenant: string; role: string }>(
        `select current_user as who, auth.jwt() ->> 'tenant_id' as tenant, auth.jwt() ->> 'member_role' as role`)).rows[0], 'owner');
    expect(row).toEqual({ who: 'authenticated', tenant: A, role: 'owner' });
  });

  test('the claims do not leak to the next transaction on the same connection', async () => {
    await withTenant(db, A, async () => {});
    const row = await serviceQuery<{ claims: string | null; who: string }>(db,
      `select nullif(current_setting('request.jwt.claims', true), '') as claims, current_user as who`);
    expect(row.rows[0]!.claims).toBeNull();
    expect(row.rows[0]!.who).not.toBe('authenticated');
  });

  test('a failed statement outside a transaction leaves the next ones working (PGlite kept its session)', async () => {
    await expect(serviceQuery(db, 'select 1 / $1::int as x', [0])).rejects.toThrow('division by zero');
    // Right after, with no pause: on PGlite the ended client's late 'end' used to kill the next query.
    const [a, b] = await Promise.all([serviceQuery<{ n: number }>(db, 'select 1 as n'), serviceQuery<{ n: number }>(db, 'select $1::int as n', [2])]);
    expect([a.rows[0]!.n, b.rows[0]!.n]).toEqual([1, 2]);
    await expect(serviceQuery(db, 'select $1::uuid', ['not-a-uuid'])).rejects.toThrow('uuid');
    expect((await withService(db, (tx) => tx.query<{ n: number }>('select 3 as n'))).rows[0]!.n).toBe(3);
  });

  test('an error rolls the whole transaction back', async () => {
    await expect(withService(db, async (tx) => {
      await tx.query(`insert into contacts (tenant_id, kind, name) values ($1, 'customer', 'Pak Rollback')`, [A]);
      throw new Error('boom');
    })).rejects.toThrow('boom');
    const found = await serviceQuery(db, `select 1 from contacts where name = 'Pak Rollback'`);
    expect(found.rowCount).toBe(0);
  });

  test('setActorSql switches identity inside one transaction', async () => {
    const roles = await withService(db, async (tx) => {
      const before = (await tx.query<{ r: string }>('select current_user as r')).rows[0]!.r;
      await tx.query(setActorSql({ role: 'authenticated', tenantId: A }));
      const after = (await tx.query<{ r: string }>('select current_user as r')).rows[0]!.r;
      return [before, after];
    });
    expect(roles).toEqual(['service_role', 'authenticated']);
  });

  test('as another tenant, the row is invisible', async () => {
    const other = 'a0000000-0000-4000-8000-00000000000b';
    const rows = await withActor(db, { role: 'authenticated', tenantId: other }, async (tx) => (await tx.query(`select id from tenants where id = $1`, [A])).rows);
    expect(rows).toEqual([]);
  });
});
