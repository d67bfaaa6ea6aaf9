// set_first_cost: a product's cost known when it is made (phone credit, tokens), so its sales carry their
// cost. Only once, only before any stock movement, only in the caller's own warung.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withService, withTenant } from '../../core/db/tenant.ts';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { one, SEED } from './fixtures.ts';

const T = SEED.tenant;

describe.each(dbKinds)('set_first_cost on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
  });
  afterAll(() => db?.close());

  const product = (name: string) => withTenant(db, T, (tx) => one<{ id: string }>(tx,
    `insert into products (tenant_id, name, unit, sell_price) values ($1, $2, 'pcs', 22000) returning id`, [T, name])).then((r) => r.id);
  const setCost = (id: string, cost: number | null, tenant: string = T) => withTenant(db, tenant, (tx) =>
    one<{ set: boolean }>(tx, `select set_first_cost($1, $2, $3) as set`, [tenant, id, cost])).then((r) => r.set);
  const avgCost = (id: string) => withService(db, (tx) => one<{ c: string | null }>(tx, `select avg_cost::text as c from products where id = $1`, [id])).then((r) => r.c);

  it('sets the cost of a new product once, and a sale then books its cost of goods', async () => {
    const pulsa = await product('Pulsa 20rb Uji');
    expect(await setCost(pulsa, 20000)).toBe(true);
    expect(await setCost(pulsa, 1)).toBe(false);
    expect(Number(await avgCost(pulsa))).toBe(20000);
    const sale = await withTenant(db, T, (tx) => one<{ r: { lines: { cogs: number }[] } }>(tx, `select post_transaction($1) as r`,
      [{ kind: 'sale', source: 'chat', source_ref: `test:${randomUUID()}`, lines: [{ product_id: pulsa, qty: 1, total: 22000 }] }]));
    expect(Number(sale.r.lines[0]!.cogs)).toBe(20000);
  });

  it('never rewrites the cost of goods already moved', async () => {
    const kopi = await product('Kopi Uji Biaya');
    await withTenant(db, T, (tx) => tx.query(`select add_stock($1, $2, 2, $3)`, [T, kopi, `test:${randomUUID()}`]));
    expect(await setCost(kopi, 1500)).toBe(false);
    expect(await avgCost(kopi)).toBeNull();
  });

  it('rejects a negative cost and another warung\'s product', async () => {
    const token = await product('Token Uji');
    await expect(setCost(token, -1)).rejects.toThrow(/invalid:unit_cost/);
    const other = await withService(db, (tx) => one<{ id: string }>(tx,
      `insert into tenants (name, city, timezone) values ('Warung Lain', 'Solo', 'Asia/Jakarta') returning id`, [])).then((r) => r.id);
    await expect(setCost(token, 5000, other)).resolves.toBe(false);
    expect(await avgCost(token)).toBeNull();
  });
});
