// Regression tests of issue #8 defect 5 (costing), on both stacks: each case failed on the old rule.
// The books: goods bought (sum cost) = cost of goods (sum cogs) + value on hand, from view cost_ledger.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../core/db/tenant.ts';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { createProduct, one, SEED } from './fixtures.ts';

const T = SEED.tenant;
const ref = () => `test:${randomUUID()}`;
type Row = { level: number; avg_cost: number | null; value: number; bought: number; cogs: number };

describe.each(dbKinds)('costing on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => { db = await freshDb(kind, { seeded: true }); });
  afterAll(() => db?.close());

  const q = <R>(sql: string, params: unknown[]) => withTenant(db, T, (tx) => one<{ r: R }>(tx, sql, params)).then((x) => x.r);
  const post = (kind: 'sale' | 'purchase', p: string, qty: number, unit: number) =>
    q<{ id: string; cogs: number | null }>(`select post_transaction($1) r`, [{ kind, source: 'pos', source_ref: ref(), lines: [{ product_id: p, qty, unit_price: unit }] }]);
  const voidTx = (id: string) => q(`select void_transaction($1, $2, null, $3) r`, [T, id, ref()]);
  // Level and average first (these differ on the old rule), then the books (cost_ledger is new).
  const books = async (p: string) => ({ ...(await state(p)), ...(await ledger(p)) });
  const state = (p: string) => withTenant(db, T, (tx) => one<Pick<Row, 'level' | 'avg_cost'>>(tx,
    `select s.level, p.avg_cost from products p join stock_levels s on s.product_id = p.id where p.id = $1`, [p]));
  const ledger = (p: string) => withTenant(db, T, (tx) => one<Row>(tx, `
    select s.level, p.avg_cost, round(coalesce(p.avg_cost * s.level, 0))::bigint as value,
           (select coalesce(sum(cost), 0)::bigint from cost_ledger where product_id = p.id) as bought,
           (select coalesce(sum(cogs), 0)::bigint from cost_ledger where product_id = p.id) as cogs
      from products p join stock_levels s on s.product_id = p.id where p.id = $1`, [p]));
  const fresh = () => createProduct(db, T, { name: `Biaya ${randomUUID()}`, sellPrice: 9000, avgCost: null });

  it('a voided sale returns its goods at the cost they left with', async () => {
    const p = await fresh();
    await post('purchase', p, 10, 3000);
    const sale = await post('sale', p, 10, 9000);
    await post('purchase', p, 10, 5000);
    await voidTx(sale.id);
    expect(await state(p)).toEqual({ level: 20, avg_cost: 4000 });
    expect(await books(p)).toEqual({ level: 20, avg_cost: 4000, value: 80000, bought: 80000, cogs: 0 });
  });

  it.each([[8, 2, 24000], [5, 5, 15000]])('a purchase voided after selling %i leaves the rest at the cost still paid', async (sold, left, cogs) => {
    const p = await fresh();
    await post('purchase', p, 10, 3000);
    const dear = await post('purchase', p, 10, 5000);
    await post('sale', p, sold, 9000);
    await voidTx(dear.id);
    expect(await state(p)).toEqual({ level: left, avg_cost: 3000 });
    expect(await books(p)).toEqual({ level: left, avg_cost: 3000, value: left * 3000, bought: 30000, cogs });
  });

  it('undoing a stock-in with cost takes its cost back out of the average, once', async () => {
    const p = await fresh();
    await post('purchase', p, 10, 3000);
    const inRef = ref();
    const added = await q<{ movement_id: number; avg_cost: number }>(`select add_stock($1, $2, 10, $3, 5000) r`, [T, p, inRef]);
    expect(added.avg_cost).toBe(4000);
    const undoRef = ref();
    const undo = () => q<{ voided: boolean; avg_cost: number; level: number }>(`select void_stock_movement($1, $2, $3, 'batal') r`, [T, added.movement_id, undoRef]);
    const [a, b] = await Promise.all([undo(), undo()]);
    expect([a.voided, b.voided].sort()).toEqual([false, true]);
    expect(await state(p)).toEqual({ level: 10, avg_cost: 3000 });
    expect(await books(p)).toEqual({ level: 10, avg_cost: 3000, value: 30000, bought: 30000, cogs: 0 });
  });

  it('goods sold short are re-costed when they arrive: all cost reaches the books', async () => {
    const p = await fresh();
    await post('purchase', p, 10, 3000);
    await post('sale', p, 15, 9000);
    await post('purchase', p, 10, 4000);
    const last = await post('sale', p, 5, 9000);
    expect(last.cogs).toBe(20000);
    expect(await state(p)).toEqual({ level: 0, avg_cost: 4000 });
    expect(await books(p)).toEqual({ level: 0, avg_cost: 4000, value: 0, bought: 70000, cogs: 70000 });
  });

  it('a count sets the level as of counted_at; sales after counting stay on top', async () => {
    const p = await fresh();
    await post('purchase', p, 30, 3000);
    const countedAt = await q<string>(`select now()::text r`, []);
    await new Promise((r) => setTimeout(r, 20));
    await post('sale', p, 4, 9000); // sold after counting, before the count was sent
    const c = await q<Record<string, unknown>>(`select set_stock_count($1, $2, 25, $3, 'opname', $4) r`, [T, p, ref(), countedAt]);
    expect(c).toMatchObject({ created: true, before: 30, diff: -5, level: 21, cogs: 15000 });
    expect(await state(p)).toEqual({ level: 21, avg_cost: 3000 });
    expect(await books(p)).toEqual({ level: 21, avg_cost: 3000, value: 63000, bought: 90000, cogs: 27000 });
    // Without counted_at the count is as of now (as before).
    expect(await q(`select set_stock_count($1, $2, 20, $3) r`, [T, p, ref()])).toMatchObject({ before: 21, diff: -1, level: 20 });
  });

  it('packs: a line said in packs books base units and the pack price; pack cost gives the cost per base unit', async () => {
    const p = await fresh();
    await q(`select set_product_unit($1, $2, 'dus', 48, 38000) r`, [T, p]);
    const buy = await q<{ lines: { qty: number; said_qty: number; said_unit: string }[] }>(`select post_transaction($1) r`, [
      { kind: 'purchase', source: 'chat', source_ref: ref(), lines: [{ product_id: p, said_qty: 2, said_unit: 'Dus', total: 67200 }] }]);
    expect(buy.lines[0]).toMatchObject({ qty: 96, said_qty: 2, said_unit: 'dus' });
    const sale = await q<{ total: number; cogs: number }>(`select post_transaction($1) r`, [
      { kind: 'sale', source: 'chat', source_ref: ref(), lines: [{ product_id: p, said_qty: 1, said_unit: 'dus' }] }]);
    expect([sale.total, sale.cogs]).toEqual([38000, 33600]);
    expect(await books(p)).toMatchObject({ level: 48, avg_cost: 700, value: 33600 });
  });
});
