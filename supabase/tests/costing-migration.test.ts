// A database with history before the costing rule (sales, purchases, a void, the old seed's opening
// stock without cost) gets books that balance when the costing migrations run: one value movement per
// product makes goods bought = cost of goods + value on hand.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../core/db/migrate.ts';
import type { Db } from '../../core/db/open.ts';
import { withService, withTenant } from '../../core/db/tenant.ts';
import { dbBefore, one } from './fixtures.ts';

const FIRST_COSTING = '20261201010000';

describe('costing migrations on a database with history (pglite)', () => {
  let db: Db;
  beforeAll(async () => { db = await dbBefore(FIRST_COSTING); });
  afterAll(() => db?.close());

  it('balances the books of existing products', async () => {
    const tenant = await withService(db, (tx) => one<{ id: string }>(tx, `insert into tenants (name, city, timezone) values ('Lama', 'Solo', 'Asia/Jakarta') returning id`)).then((r) => r.id);
    const p = await withService(db, async (tx) => {
      const { id } = await one<{ id: string }>(tx, `insert into products (tenant_id, name, sell_price, avg_cost) values ($1, 'Kopi', 2000, 1500) returning id`, [tenant]);
      await tx.query(`insert into stock_movements (tenant_id, product_id, qty, kind, unit_cost, source_ref) values ($1, $2, 40, 'adjustment', 1500, 'stok awal')`, [tenant, id]);
      return id;
    });
    const post = (kind: string, qty: number, total: number) => withTenant(db, tenant, (tx) => one<{ r: { id: string } }>(tx, `select post_transaction($1) r`,
      [{ kind, source: 'chat', source_ref: randomUUID(), lines: [{ product_id: p, qty, total }] }])).then((x) => x.r.id);
    await post('sale', 15, 30000);
    const buy = await post('purchase', 10, 17000);
    await post('sale', 30, 60000);
    await withTenant(db, tenant, (tx) => tx.query(`select void_transaction($1, $2)`, [tenant, buy]));

    await migrate(db);
    const books = () => withService(db, (tx) => one<{ bought: number; cogs: number; value: number }>(tx, `
      select (select sum(cost) from cost_ledger where product_id = $1)::bigint as bought,
             (select sum(cogs) from cost_ledger where product_id = $1)::bigint as cogs,
             (select round(p.avg_cost * s.level) from products p join stock_levels s on s.product_id = p.id where p.id = $1)::bigint as value`, [p]));
    const b = await books();
    expect(b.bought).toBe(b.cogs + b.value);
    // And they stay balanced under the new rule.
    await post('purchase', 20, 33000);
    await post('sale', 12, 24000);
    const after = await books();
    expect(after.bought).toBe(after.cogs + after.value);
  });
});
