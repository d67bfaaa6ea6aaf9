// The Stok and Utang pages date each row when it happened: a sale told or synced a day late is yesterday's (its stock
// movement, its debt), a dated loss is its day, a void is when it was voided; the running level follows the books.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../core/db/tenant.ts';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { one, SEED } from './fixtures.ts';

const T = SEED.tenant;
const P = SEED.beras;
const DAY = 86_400_000;
type Row = { id: number; created_at: Date; kind: string; qty: string; balance: string };

describe.each(dbKinds)('stock history dates on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
  });
  afterAll(() => db?.close());

  const q = <R>(sql: string, params: unknown[]) => withTenant(db, T, (tx) => one<R>(tx, sql, params));
  const history = () => withTenant(db, T, async (tx) => (await tx.query<Row>('select * from dashboard_stock_history($1, $2, 100)', [T, P])).rows);

  it('shows a late-booked sale and a dated loss on their day, a void when it was voided', async () => {
    const yesterday = new Date(Date.now() - DAY);
    const twoDaysAgo = new Date(Date.now() - 2 * DAY);
    await q('select add_stock($1, $2, 20, $3, 12000) r', [T, P, `test:${randomUUID()}`]);
    const sale = await q<{ r: { id: string } }>('select post_transaction($1) r', [{
      kind: 'sale', source: 'pos', source_ref: `test:${randomUUID()}`, occurred_at: yesterday.toISOString(),
      lines: [{ product_id: P, qty: 2, unit_price: 15000 }],
    }]);
    await q('select add_stock($1, $2, -1, $3, null, $4, $5) r', [T, P, `test:${randomUUID()}`, 'tumpah', twoDaysAgo.toISOString()]);
    const before = Date.now();
    await q('select void_transaction($1, $2, null, $3) r', [T, sale.r.id, `test:${randomUUID()}`]);

    const [voided, loss, sold, bought] = await history();
    expect([voided!.kind, loss!.kind, sold!.kind, bought!.kind]).toEqual(['void', 'adjustment', 'sale', 'stock_in']);
    expect(sold!.created_at.getTime()).toBe(yesterday.getTime());
    expect(loss!.created_at.getTime()).toBe(twoDaysAgo.getTime());
    expect(voided!.created_at.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(bought!.created_at.getTime()).toBeGreaterThan(yesterday.getTime());
    // the level runs in booking order: 20 in, 2 sold, 1 lost, 2 back
    expect([bought, sold, loss, voided].map((r) => Number(r!.balance) - Number(bought!.balance))).toEqual([0, -2, -3, -1]);
  });

  it('shows the debt of a credit sale synced a day late on the sale\'s day', async () => {
    const yesterday = new Date(Date.now() - DAY);
    await q('select post_transaction($1) r', [{
      kind: 'sale', payment: 'credit', contact_id: SEED.buYati, source: 'pos', source_ref: `test:${randomUUID()}`, occurred_at: yesterday.toISOString(),
      lines: [{ product_id: P, qty: 1, unit_price: 15000 }],
    }]);
    const rows = await withTenant(db, T, async (tx) => (await tx.query<{ at: Date; entry: string; amount: string }>(
      'select * from dashboard_debt_history($1, $2)', [T, SEED.buYati])).rows);
    const debt = rows.find((r) => r.entry === 'debt' && Number(r.amount) === 15000)!;
    expect(debt.at.getTime()).toBe(yesterday.getTime());
  });
});
