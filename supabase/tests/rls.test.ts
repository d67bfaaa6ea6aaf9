// Tenant isolation is enforced by the database: as tenant A, our own queries cannot read or change
// tenant B's rows in any tenant table; the service role sees both; every table has RLS and a policy.
// A tenant session writes its own pipeline, member and ledger rows only through the SQL functions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService, withTenant } from '../../core/db/tenant.ts';
import { createTenant, fillTenant, one, SEED, tenantTables } from './fixtures.ts';

const closedTables = ['members', 'stock_movements', 'transactions', 'transaction_lines', 'debts', 'debt_payments',
  'debt_payment_allocations', 'inbox', 'outbox', 'conversation_state', 'audit_log', 'dashboard_sessions', 'product_units',
  'pos_devices', 'pos_sales', 'pos_sale_lines', 'pos_payments', 'stock_on_hand'];

describe.each(dbKinds)('row-level security on %s', (kind) => {
  let db: TestDb;
  const A = SEED.tenant;
  let B: string;

  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
    B = await createTenant(db, 'Warung Pak Budi');
    await fillTenant(db, A);
    await fillTenant(db, B);
    // A shared (official) price row, written by the service role.
    await withService(db, (tx) =>
      tx.query(`insert into market_prices (commodity, region, unit, price, source, observed_at, source_ref)
                values ('Beras Medium', 'Kota Bandung', 'kg', 13250, 'official', now(), 'test:bapanas:1')`),
    );
  });
  afterAll(() => db?.close());

  it('every table in schema public has RLS enabled and at least one policy', async () => {
    const { rows } = await db.pool.query<{ table: string; rls: boolean; policies: number }>(`
      select c.relname as table, c.relrowsecurity as rls,
             (select count(*) from pg_policy p where p.polrelid = c.oid)::int as policies
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p')
      order by 1`);
    expect(rows.length).toBeGreaterThanOrEqual(20);
    const bad = rows.filter((r) => !r.rls || r.policies === 0).map((r) => r.table);
    expect(bad).toEqual([]);
  });

  it('the fixture put rows for both tenants into every tenant table', async () => {
    await withService(db, async (tx) => {
      for (const t of tenantTables) {
        const r = await one<{ a: number; b: number }>(tx,
          `select count(*) filter (where tenant_id = $1)::int a, count(*) filter (where tenant_id = $2)::int b from ${t}`, [A, B]);
        expect({ t, a: r.a > 0, b: r.b > 0 }).toEqual({ t, a: true, b: true });
      }
    });
  });

  it.each(tenantTables)('%s: tenant A reads only its own rows', async (table) => {
    const r = await withTenant(db, A, (tx) =>
      one<{ mine: number; theirs: number; other: number }>(tx, `select
          count(*) filter (where tenant_id = $1)::int mine,
          count(*) filter (where tenant_id = $2)::int theirs,
          count(*) filter (where tenant_id is distinct from $1 and tenant_id is distinct from $2)::int other
        from ${table}`, [A, B]),
    );
    expect(r.mine).toBeGreaterThan(0);
    expect(r.theirs).toBe(0);
    // Only market_prices has rows visible to everyone (shared official/network prices).
    expect(r.other).toBe(table === 'market_prices' ? 1 : 0);
  });

  it.each(tenantTables)('%s: tenant A cannot update or delete tenant B rows', async (table) => {
    for (const sql of [`update ${table} set tenant_id = tenant_id where tenant_id = $1`, `delete from ${table} where tenant_id = $1`]) {
      const outcome = await withTenant(db, A, (tx) => tx.query(sql, [B])).then(
        (r) => `rows:${r.rowCount}`,
        (e: { code?: string }) => `error:${e.code}`,
      );
      // Either nothing matched (RLS hides the rows) or the role may not write the table at all.
      expect(['rows:0', 'error:42501']).toContain(outcome);
    }
    const left = await withService(db, (tx) => one<{ n: number }>(tx, `select count(*)::int n from ${table} where tenant_id = $1`, [B]));
    expect(left.n).toBeGreaterThan(0);
  });

  it.each(tenantTables)('%s: tenant A cannot insert a row for tenant B', async (table) => {
    const row = await withService(db, (tx) => one<{ r: unknown }>(tx, `select to_jsonb(t) r from ${table} t where tenant_id = $1 limit 1`, [B]));
    // Every column but the generated ones (they take no value).
    const { cols } = await withService(db, (tx) => one<{ cols: string }>(tx, `select string_agg(quote_ident(column_name), ', ' order by ordinal_position) cols
      from information_schema.columns where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER'`, [table]));
    const err = await withTenant(db, A, (tx) =>
      tx.query(`insert into ${table} (${cols}) overriding system value select ${cols} from jsonb_populate_record(null::${table}, $1)`, [row.r]),
    ).then(() => null, (e: { code?: string; message: string }) => e);
    expect(err?.code).toBe('42501');
  });

  it('tenant A cannot move its own row to tenant B', async () => {
    const err = await withTenant(db, A, (tx) => tx.query(`update debt_reminders set tenant_id = $1 where tenant_id = $2`, [B, A])).then(
      () => null,
      (e: { message: string }) => e,
    );
    expect(err?.message).toMatch(/row-level security/);
  });

  // Least privilege: the pipeline's tables, members and the ledger are written only by the service
  // and by the SQL functions, never by a tenant session directly, not even its own rows.
  it.each(closedTables)('%s: tenant A cannot write even its own rows directly', async (table) => {
    for (const sql of [`update ${table} set tenant_id = tenant_id where tenant_id = $1`, `delete from ${table} where tenant_id = $1`]) {
      const err = await withTenant(db, A, (tx) => tx.query(sql, [A])).then(() => null, (e: { code?: string }) => e);
      expect({ sql, code: err?.code }).toEqual({ sql, code: '42501' });
    }
  });

  it('products: a tenant edits the catalogue but not the moving-average cost', async () => {
    const ok = await withTenant(db, A, (tx) => tx.query(`update products set sell_price = sell_price where id = $1`, [SEED.beras]));
    expect(ok.rowCount).toBe(1);
    const err = await withTenant(db, A, (tx) => tx.query(`update products set avg_cost = 1 where id = $1`, [SEED.beras])).then(() => null, (e: { code?: string }) => e);
    expect(err?.code).toBe('42501');
  });

  it('tenants: only the owner changes the warung settings', async () => {
    const asCashier = await withTenant(db, A, (tx) => tx.query(`update tenants set closing_time = '20:00' where id = $1`, [A]), 'cashier');
    expect(asCashier.rowCount).toBe(0);
    const asOwner = await withTenant(db, A, (tx) => tx.query(`update tenants set closing_time = closing_time where id = $1`, [A]), 'owner');
    expect(asOwner.rowCount).toBe(1);
  });

  it('tenants: A sees and updates only itself', async () => {
    const seen = await withTenant(db, A, (tx) => tx.query<{ id: string }>(`select id from tenants`));
    expect(seen.rows.map((r) => r.id)).toEqual([A]);
    const upd = await withTenant(db, A, (tx) => tx.query(`update tenants set name = 'x' where id = $1`, [B]));
    expect(upd.rowCount).toBe(0);
    const ins = await withTenant(db, A, (tx) => tx.query(`insert into tenants (name) values ('Warung Palsu')`)).then(() => null, (e: { code?: string }) => e);
    expect(ins?.code).toBe('42501');
  });

  it('shared market prices are readable by every tenant but writable only by the service role', async () => {
    for (const t of [A, B]) {
      const r = await withTenant(db, t, (tx) => tx.query(`select price from market_prices where tenant_id is null`));
      expect(r.rows).toEqual([{ price: 13250 }]);
      const upd = await withTenant(db, t, (tx) => tx.query(`update market_prices set price = 1 where tenant_id is null`));
      expect(upd.rowCount).toBe(0);
    }
    const ins = await withTenant(db, A, (tx) =>
      tx.query(`insert into market_prices (commodity, region, unit, price, source, observed_at) values ('Gula', 'X', 'kg', 1, 'official', now())`),
    ).then(() => null, (e: { code?: string }) => e);
    expect(ins?.code).toBe('42501');
  });

  it('members cannot read PIN hashes, even of their own warung', async () => {
    await withService(db, (tx) => tx.query(`update members set pin_hash = 'scrypt$x' where id = $1`, [SEED.cashier]));
    const err = await withTenant(db, A, (tx) => tx.query(`select pin_hash from members`)).then(() => null, (e: { code?: string }) => e);
    expect(err?.code).toBe('42501');
    const names = await withTenant(db, A, (tx) => tx.query(`select name, role from members where id = $1`, [SEED.cashier]));
    expect(names.rows).toEqual([{ name: 'Mbak Dewi', role: 'cashier' }]);
    const svc = await withService(db, (tx) => tx.query(`select pin_hash from members where id = $1`, [SEED.cashier]));
    expect(svc.rows).toEqual([{ pin_hash: 'scrypt$x' }]);
  });

  it('login codes and WhatsApp state are out of reach for tenants', async () => {
    await withService(db, (tx) => tx.query(`insert into login_codes (phone, code_hash, expires_at) values ('+6281200000001', 'h', now() + interval '5 minutes')`));
    const err = await withTenant(db, A, (tx) => tx.query(`select * from login_codes`)).then(() => null, (e: { code?: string }) => e);
    expect(err?.code).toBe('42501');
  });

  it('posting functions refuse to act for another tenant', async () => {
    const err = await withTenant(db, A, (tx) =>
      tx.query(`select post_transaction($1)`, [{ tenant_id: B, kind: 'expense', source: 'chat', source_ref: 'x:1', total: 1000 }]),
    ).then(() => null, (e: { message: string }) => e);
    expect(err?.message).toBe('forbidden:tenant');
  });

  it('the service role sees every tenant', async () => {
    await withService(db, async (tx) => {
      for (const t of [...tenantTables, 'tenants']) {
        const col = t === 'tenants' ? 'id' : 'tenant_id';
        const r = await one<{ n: number }>(tx, `select count(distinct ${col})::int n from ${t} where ${col} in ($1, $2)`, [A, B]);
        expect({ t, n: r.n }).toEqual({ t, n: 2 });
      }
    });
  });
});
