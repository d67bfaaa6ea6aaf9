// report_low_stock (Ringkasan's "Stok menipis"): goods sold but never stocked are not counted, so no restock
// alert; goods stocked and sold out are; with no point set by the owner, the one their sales suggest counts, on
// Ringkasan and on the Stok page's filter alike.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withService, withTenant } from '../../core/db/tenant.ts';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { learnedReorderPoint } from '../../agents/inventory/reorder.ts';
import { one, SEED } from './fixtures.ts';

const T = SEED.tenant;

describe.each(dbKinds)('stok menipis on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
  });
  afterAll(() => db?.close());

  const product = (name: string) => withService(db, (tx) => one<{ id: string }>(tx,
    `insert into products (tenant_id, name, unit, sell_price) values ($1, $2, 'bks', 7000) returning id`, [T, name])).then((r) => r.id);
  const sell = (id: string, qty: number) => withTenant(db, T, (tx) => tx.query(`select post_transaction($1)`,
    [{ kind: 'sale', source: 'chat', source_ref: `test:${randomUUID()}`, lines: [{ product_id: id, qty, total: qty * 7000 }] }]));
  const stockIn = (id: string, qty: number) => withTenant(db, T, (tx) => tx.query(`select add_stock($1, $2, $3, $4)`, [T, id, qty, `test:${randomUUID()}`]));

  it('leaves out goods no stock ever came in for, keeps goods sold out', async () => {
    const uduk = await product('Nasi Uduk Uji');
    const kerupuk = await product('Kerupuk Uji');
    await stockIn(kerupuk, 2);
    await sell(uduk, 3);
    await sell(kerupuk, 2);
    const low = await withTenant(db, T, (tx) => tx.query<{ name: string }>(`select name from report_low_stock($1, 100)`, [T])).then((r) => r.rows.map((x) => x.name));
    expect(low).toContain('Kerupuk Uji');
    expect(low).not.toContain('Nasi Uduk Uji');
  });

  // A new warung's try: the alert after a sale said the coffee was at its point, "Stok menipis" said all was fine.
  it('with no point set, lists goods at or under the point their sales suggest, by the alert\'s rule', async () => {
    const kopi = await product('Kopi Uji Menipis');
    const gula = await product('Gula Uji Aman');
    await stockIn(kopi, 10);
    await stockIn(gula, 10);
    await sell(kopi, 8); // 8 sold in 14 days, 2 days' lead: point 2, level 2
    await sell(gula, 2); // point 1, level 8
    const low = await withTenant(db, T, (tx) => tx.query<{ name: string; reorder_point: unknown }>(
      `select name, reorder_point from report_low_stock($1, 100)`, [T])).then((r) => r.rows);
    expect(Number(low.find((r) => r.name === 'Kopi Uji Menipis')?.reorder_point)).toBe(learnedReorderPoint(8, null));
    expect(low.map((r) => r.name)).not.toContain('Gula Uji Aman');
    const page = await withTenant(db, T, (tx) => tx.query<{ name: string; reorder_point: string | null }>(
      `select name, reorder_point from dashboard_products($1, null, true)`, [T]), 'owner').then((r) => r.rows);
    expect(page.find((r) => r.name === 'Kopi Uji Menipis')).toEqual({ name: 'Kopi Uji Menipis', reorder_point: null });
    expect(page.map((r) => r.name)).not.toContain('Gula Uji Aman');
    // The owner's own point wins over the learned one.
    await withService(db, (tx) => tx.query(`update products set reorder_point = 1 where id = $1`, [kopi]));
    const after = await withTenant(db, T, (tx) => tx.query<{ name: string }>(`select name from report_low_stock($1, 100)`, [T])).then((r) => r.rows.map((x) => x.name));
    expect(after).not.toContain('Kopi Uji Menipis');
  });
});
