// The kept stock level (stock_on_hand) against its definition, the sum of the product's movements:
// after sales, purchases, a void, stock-in, a count and its undo, on both stacks; a migration that
// finds movements already booked starts from their sums; a tenant session cannot write the level.
// (ledger-property.test.ts checks stock_levels against the reference model after every random step.)
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../core/db/migrate.ts';
import type { Db } from '../../core/db/open.ts';
import { withService, withTenant } from '../../core/db/tenant.ts';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { createProduct, createTenant, dbBefore, one, SEED } from './fixtures.ts';

/** Products whose kept level differs from the sum of their movements (all warungs). */
const drift = (db: Db) => withService(db, (tx) => tx.query(`
  select p.id, s.level as kept, (select coalesce(sum(m.qty), 0) from stock_movements m where m.tenant_id = p.tenant_id and m.product_id = p.id) as ledger
    from products p left join stock_on_hand s on s.tenant_id = p.tenant_id and s.product_id = p.id
   where coalesce(s.level, 0) <> (select coalesce(sum(m.qty), 0) from stock_movements m where m.tenant_id = p.tenant_id and m.product_id = p.id)`)).then((r) => r.rows);

describe.each(dbKinds)('stock_on_hand on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => { db = await freshDb(kind, { seeded: true }); });
  afterAll(() => db?.close());

  it('starts from the seed and follows every kind of movement', async () => {
    expect(await drift(db)).toEqual([]);
    const t = await createTenant(db);
    const kopi = await createProduct(db, t, { name: 'Kopi Kapal Api', sellPrice: 2000, avgCost: 1500, stock: 40 });
    const level = () => withTenant(db, t, (tx) => one<{ level: number }>(tx, `select level from stock_levels where product_id = $1`, [kopi])).then((r) => r.level);
    const post = (k: 'sale' | 'purchase', qty: number, total: number) => withTenant(db, t, (tx) =>
      one<{ r: { id: string } }>(tx, `select post_transaction($1) r`, [{ kind: k, source: 'chat', source_ref: randomUUID(), lines: [{ product_id: kopi, qty, total }] }]),
    ).then((x) => x.r.id);

    await post('sale', 15, 30000);
    const buy = await post('purchase', 10, 17000);
    expect(await level()).toBe(35);
    await withTenant(db, t, (tx) => tx.query(`select void_transaction($1, $2)`, [t, buy]));
    expect(await level()).toBe(25);
    await withTenant(db, t, (tx) => tx.query(`select add_stock($1, $2, 12, $3, 1600)`, [t, kopi, randomUUID()]));
    const count = await withTenant(db, t, (tx) => one<{ r: { movement_id: number } }>(tx, `select set_stock_count($1, $2, 30, $3, 'hitung', now()) r`, [t, kopi, randomUUID()]));
    expect(await level()).toBe(30);
    await withTenant(db, t, (tx) => tx.query(`select void_stock_movement($1, $2, $3)`, [t, count.r.movement_id, randomUUID()]));
    expect(await level()).toBe(37);
    await post('sale', 50, 100000); // below zero: booked, the level follows
    expect(await level()).toBe(-13);
    expect(await drift(db)).toEqual([]);
  });

  it('is read-only for a tenant session, and shows a warung only its own levels', async () => {
    const err = await withTenant(db, SEED.tenant, (tx) => tx.query(`update stock_on_hand set level = 1000 where product_id = $1`, [SEED.beras]))
      .then(() => null, (e: { code?: string }) => e.code);
    expect(err).toBe('42501');
    const other = await createTenant(db);
    await createProduct(db, other, { name: 'Gula', stock: 5 });
    const seen = await withTenant(db, SEED.tenant, (tx) => tx.query<{ tenant_id: string }>(`select distinct tenant_id from stock_on_hand`));
    expect(seen.rows.map((r) => r.tenant_id)).toEqual([SEED.tenant]);
  });
});

describe('stock_on_hand migration on a database with movements (pglite)', () => {
  let db: Db;
  const FIRST = '20261202090000';
  beforeAll(async () => { db = await dbBefore(FIRST); });
  afterAll(() => db?.close());

  it('keeps the levels booked before it', async () => {
    const t = await createTenant(db);
    const p = await createProduct(db, t, { name: 'Beras', sellPrice: 13000, avgCost: 11000, stock: 50 });
    await withTenant(db, t, (tx) => tx.query(`select post_transaction($1)`, [{ kind: 'sale', source: 'chat', source_ref: randomUUID(), lines: [{ product_id: p, qty: 7, total: 91000 }] }]));
    await migrate(db);
    const level = () => withService(db, (tx) => one<{ level: number }>(tx, `select level from stock_levels where product_id = $1`, [p])).then((r) => r.level);
    expect(await level()).toBe(43);
    await withTenant(db, t, (tx) => tx.query(`select post_transaction($1)`, [{ kind: 'sale', source: 'chat', source_ref: randomUUID(), lines: [{ product_id: p, qty: 3, total: 39000 }] }]));
    expect(await level()).toBe(40);
    expect(await drift(db)).toEqual([]);
  });
});
