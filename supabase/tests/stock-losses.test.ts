// Goods gone without a sale (add_stock with a negative quantity, the chat's "telor pecah 3 butir") are a
// loss at the average cost in "Selisih stok" (report_stock_diff), taken back when undone; goods coming in
// and opening stock are not.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../core/db/tenant.ts';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { one, SEED } from './fixtures.ts';

const T = SEED.tenant;

describe.each(dbKinds)('losses in selisih stok on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
  });
  afterAll(() => db?.close());

  const diff = () => withTenant(db, T, (tx) => one<{ d: number }>(tx,
    `select report_stock_diff($1, now() - interval '1 hour', now() + interval '1 hour')::int as d`, [T])).then((r) => r.d);
  const addStock = (qty: number, unitCost: number | null = null) => withTenant(db, T, (tx) => one<{ r: { movement_id: number; cogs: number } }>(tx,
    `select add_stock($1, $2, $3, $4, $5, 'uji') r`, [T, SEED.indomieGoreng, qty, `test:${randomUUID()}`, unitCost])).then((x) => x.r);

  it('counts a loss at the average cost, not goods coming in, and takes an undone loss back', async () => {
    const start = await diff();
    await addStock(10, 3000); // bought outside a purchase: not a difference
    expect(await diff()).toBe(start);
    const avg = await withTenant(db, T, (tx) => one<{ a: number }>(tx, `select avg_cost::float8 as a from products where id = $1`, [SEED.indomieGoreng])).then((r) => r.a);
    const lost = await addStock(-2);
    expect(lost.cogs).toBe(Math.round(2 * avg));
    expect(await diff()).toBe(start - lost.cogs);
    await withTenant(db, T, (tx) => tx.query(`select void_stock_movement($1, $2, $3, 'batal')`, [T, lost.movement_id, `test:${randomUUID()}`]));
    expect(await diff()).toBe(start);
  });
});
