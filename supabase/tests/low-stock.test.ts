// report_low_stock (Ringkasan's "Stok menipis"): goods sold but never stocked are not counted, so no restock
// alert; goods stocked and sold out are.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withService, withTenant } from '../../core/db/tenant.ts';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { one, SEED } from './fixtures.ts';

const T = SEED.tenant;

describe.each(dbKinds)('stok menipis on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
  });
  afterAll(() => db?.close());

  it('leaves out goods no stock ever came in for, keeps goods sold out', async () => {
    const product = (name: string) => withService(db, (tx) => one<{ id: string }>(tx,
      `insert into products (tenant_id, name, unit, sell_price) values ($1, $2, 'bks', 7000) returning id`, [T, name])).then((r) => r.id);
    const sell = (id: string, qty: number) => withTenant(db, T, (tx) => tx.query(`select post_transaction($1)`,
      [{ kind: 'sale', source: 'chat', source_ref: `test:${randomUUID()}`, lines: [{ product_id: id, qty, total: qty * 7000 }] }]));
    const uduk = await product('Nasi Uduk Uji');
    const kerupuk = await product('Kerupuk Uji');
    await withTenant(db, T, (tx) => tx.query(`select add_stock($1, $2, 2, $3)`, [T, kerupuk, `test:${randomUUID()}`]));
    await sell(uduk, 3);
    await sell(kerupuk, 2);
    const low = await withTenant(db, T, (tx) => tx.query<{ name: string }>(`select name from report_low_stock($1, 100)`, [T])).then((r) => r.rows.map((x) => x.name));
    expect(low).toContain('Kerupuk Uji');
    expect(low).not.toContain('Nasi Uduk Uji');
  });
});
