// Migrations apply on a fresh database, a second run changes nothing, and the demo seed loads
// (again without effect when repeated).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMigrations, migrate, seed, supabaseDir } from '../../core/db/migrate.ts';
import { withService, withTenant } from '../../core/db/tenant.ts';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { createTenant, fillTenant, SEED, tenantTables } from './fixtures.ts';

const snapshot = async (db: TestDb) =>
  (await db.pool.query(`select (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname in ('public','internal','auth'))::int as relations,
          (select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname in ('public','internal'))::int as functions,
          (select count(*) from pg_policy)::int as policies,
          (select count(*) from products)::int as products, (select count(*) from stock_movements)::int as movements,
          (select count(*) from contacts)::int as contacts, (select count(*) from members)::int as members`)).rows[0];

describe.each(dbKinds)('migrations and seed on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
  });
  afterAll(() => db?.close());

  it('applied every migration, and a second run is a no-op', async () => {
    const names = (await db.pool.query<{ name: string }>(`select name from schema_migrations where name like '%.sql' and name <> 'seed.sql' order by name`)).rows.map((r) => r.name);
    expect(names).toEqual(await listMigrations());
    const before = await snapshot(db);
    expect(await migrate(db)).toEqual({ applied: [] });
    expect(await seed(db)).toBe(false);
    expect(await snapshot(db)).toEqual(before);
  });

  it('gives every migration its own version (the Supabase CLI keys migrations by the number prefix)', async () => {
    const versions = (await listMigrations()).map((n) => n.split('_')[0]);
    expect(versions.every((v) => /^\d{14}$/.test(v!))).toBe(true);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('seed.sql is idempotent when run again by hand', async () => {
    const before = await snapshot(db);
    await db.pool.query(await readFile(join(supabaseDir, 'seed.sql'), 'utf8'));
    expect(await snapshot(db)).toEqual(before);
  });

  it('seeds pack units of the demo products, and opening stock whose books balance', async () => {
    await withTenant(db, SEED.tenant, async (tx) => {
      const packs = (await tx.query(`select p.name as product, u.name, u.size, u.sell_price from product_units u join products p on p.id = u.product_id
         where u.name in ('slop', 'dus', 'karung', 'rak', 'renteng') order by p.name, u.name`)).rows;
      expect(packs.length).toBeGreaterThanOrEqual(20);
      expect(packs).toEqual(expect.arrayContaining([
        { product: 'Gudang Garam Filter 12', name: 'slop', size: 10, sell_price: 240000 },
        { product: 'Aqua Gelas 220 ml', name: 'dus', size: 48, sell_price: 38000 },
        { product: 'Indomie Goreng', name: 'dus', size: 40, sell_price: 128000 },
        { product: 'Beras Medium', name: 'karung', size: 50, sell_price: 680000 },
        { product: 'Kopi Kapal Api Special Mix', name: 'renteng', size: 10, sell_price: 19000 },
      ]));
      // Every pack sold whole is cheaper than its loose units, and dearer than what they cost.
      const bad = (await tx.query(`select p.name, u.name from product_units u join products p on p.id = u.product_id
         where u.sell_price is not null and (u.sell_price > u.size * p.sell_price or u.sell_price < u.size * p.avg_cost)`)).rows;
      expect(bad).toEqual([]);
      const books = (await tx.query(`select (select sum(cost) from cost_ledger)::bigint as bought,
         (select sum(round(p.avg_cost * s.level)) from products p join stock_levels s on s.product_id = p.id)::bigint as value`)).rows[0];
      expect(books.bought).toBe(books.value);
    });
  });

  it('loads the demo warung: members, suppliers, customers, ~40 products with opening stock', async () => {
    await withTenant(db, SEED.tenant, async (tx) => {
      const t = (await tx.query(`select name, timezone, closing_time::text from tenants`)).rows;
      expect(t).toEqual([{ name: 'Warung Bu Sri', timezone: 'Asia/Jakarta', closing_time: '21:00:00' }]);
      const m = (await tx.query(`select phone, role from members order by phone`)).rows;
      expect(m).toEqual([{ phone: '+6281200000001', role: 'owner' }, { phone: '+6281200000002', role: 'cashier' }]);
      const c = (await tx.query(`select kind, count(*)::int n from contacts group by kind order by kind`)).rows;
      expect(c).toEqual([{ kind: 'customer', n: 3 }, { kind: 'supplier', n: 2 }]);
      const suppliers = (await tx.query(`select phone from contacts where kind = 'supplier' order by phone`)).rows.map((r) => r.phone);
      expect(suppliers).toEqual(['+6281300000001', '+6281300000002']);
      const p = (await tx.query(`select count(*)::int n, count(*) filter (where sell_price > 0 and avg_cost > 0 and avg_cost < sell_price)::int priced from products`)).rows[0];
      expect(p.n).toBeGreaterThanOrEqual(38);
      expect(p.priced).toBe(p.n);
      const levels = Object.fromEntries((await tx.query<{ product_id: string; level: number }>(`select product_id, level from stock_levels`)).rows.map((r) => [r.product_id, r.level]));
      expect(levels[SEED.indomieGoreng]).toBe(80);
      expect(levels[SEED.beras]).toBe(50);
      expect(levels[SEED.telur]).toBe(15);
      expect(levels[SEED.gas]).toBe(10);
      expect(Object.values(levels).every((l) => l > 0)).toBe(true);
    });
  });

  it('finds products by fuzzy names and aliases', async () => {
    await withTenant(db, SEED.tenant, async (tx) => {
      const top = async (q: string) => (await tx.query<{ name: string; score: number }>(`select name, score from search_products($1, $2, 3)`, [SEED.tenant, q])).rows;
      expect((await top('indomi goreng'))[0]?.name).toBe('Indomie Goreng');
      expect((await top('telor'))[0]?.name).toBe('Telur Ayam');
      expect((await top('gas melon'))[0]?.name).toBe('Gas Elpiji 3 kg');
      expect((await top('minyak 2 liter'))[0]?.name).toBe('Minyak Goreng Sania 2 L');
      expect((await top('aqua gelas'))[0]?.name).toBe('Aqua Gelas 220 ml');
      expect(await top('xyzzy')).toEqual([]);
    });
  });

  it('deleting a tenant removes every row it owns and nothing else', async () => {
    const gone = await createTenant(db);
    await fillTenant(db, gone);
    const count = (tenantId: string) => withService(db, async (tx) => {
      let n = 0;
      for (const t of tenantTables) n += (await tx.query<{ n: number }>(`select count(*)::int n from ${t} where tenant_id = $1`, [tenantId])).rows[0]!.n;
      return n;
    });
    const seedRows = await count(SEED.tenant);
    expect(await count(gone)).toBeGreaterThanOrEqual(tenantTables.length);
    await withService(db, (tx) => tx.query(`delete from tenants where id = $1`, [gone]));
    expect(await count(gone)).toBe(0);
    expect(await count(SEED.tenant)).toBe(seedRows);
  });

  it('uses trigram indexes on product names and on what the router matches (name and aliases)', async () => {
    const r = await db.pool.query<{ indexname: string }>(`select indexname from pg_indexes where tablename = 'products' and indexdef like '%gin_trgm_ops%' order by 1`);
    expect(r.rows.map((x) => x.indexname)).toEqual(['products_name_trgm_idx', 'products_search_trgm_idx']);
  });
});
