// Random sequences of sales, purchases, voids, counts and stock-in against a simple model: the level
// always equals the model's, each step's moving average follows the rule, and cogs uses the average.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../core/db/tenant.ts';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { createProduct, one, SEED } from './fixtures.ts';

type Op =
  | { op: 'sale'; qty: number }
  | { op: 'purchase'; qty: number; price: number }
  | { op: 'void'; pick: number }
  | { op: 'count'; qty: number }
  | { op: 'stockIn'; qty: number; cost: number | null };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('sale' as const), qty: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ op: fc.constant('purchase' as const), qty: fc.integer({ min: 1, max: 10 }), price: fc.integer({ min: 2000, max: 4000 }) }),
  fc.record({ op: fc.constant('void' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('count' as const), qty: fc.integer({ min: 0, max: 25 }) }),
  fc.record({ op: fc.constant('stockIn' as const), qty: fc.integer({ min: -3, max: 8 }).filter((q) => q !== 0),
    cost: fc.option(fc.integer({ min: 2000, max: 4000 }), { nil: null }) }),
);

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
const movingAverage = (level: number, avg: number | null, qty: number, cost: number) =>
  avg === null || Math.max(level, 0) === 0 ? r4(cost) : r4((Math.max(level, 0) * avg + qty * cost) / (Math.max(level, 0) + qty));

describe.each(dbKinds)('stock ledger against a model on %s', (kind) => {
  let db: TestDb;
  const T = SEED.tenant;
  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
  });
  afterAll(() => db?.close());

  it('keeps level, moving average and cogs right over random operations', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
        const p = await createProduct(db, T, { name: `Model ${randomUUID()}`, sellPrice: 5000, avgCost: 3000, stock: 2 });
        let level = 2;
        const open: { id: string; kind: 'sale' | 'purchase'; qty: number; cost: number }[] = [];
        const state = () => withTenant(db, T, (tx) => one<{ level: number; avg_cost: number | null }>(tx,
          `select s.level, p.avg_cost from stock_levels s join products p on p.id = s.product_id where p.id = $1`, [p]));
        for (const o of ops) {
          const before = await state();
          expect(before.level).toBe(level);
          await withTenant(db, T, async (tx) => {
            if (o.op === 'sale' || o.op === 'purchase') {
              const price = o.op === 'sale' ? 5000 : o.price;
              const r = await one<{ r: { id: string; cogs: number | null } }>(tx, `select post_transaction($1) r`, [
                { kind: o.op, source: 'pos', source_ref: randomUUID(), lines: [{ product_id: p, qty: o.qty, unit_price: price }] }]);
              if (o.op === 'sale') expect(r.r.cogs).toBe(before.avg_cost === null ? null : Math.round(o.qty * before.avg_cost));
              open.push({ id: r.r.id, kind: o.op, qty: o.qty, cost: price });
              level += o.op === 'sale' ? -o.qty : o.qty;
            } else if (o.op === 'void') {
              if (open.length === 0) return;
              const [t] = open.splice(o.pick % open.length, 1);
              await tx.query(`select void_transaction($1, $2, null, $3)`, [T, t!.id, randomUUID()]);
              level += t!.kind === 'sale' ? t!.qty : -t!.qty;
            } else if (o.op === 'count') {
              await tx.query(`select set_stock_count($1, $2, $3, $4)`, [T, p, o.qty, randomUUID()]);
              level = o.qty;
            } else {
              await tx.query(`select add_stock($1, $2, $3, $4, $5)`, [T, p, o.qty, randomUUID(), o.qty > 0 ? o.cost : null]);
              level += o.qty;
            }
          });
          const after = await state();
          expect(after.level).toBe(level);
          if (o.op === 'purchase') expect(after.avg_cost).toBeCloseTo(movingAverage(before.level, before.avg_cost, o.qty, o.price), 3);
          else if (o.op === 'stockIn' && o.qty > 0 && o.cost !== null) expect(after.avg_cost).toBeCloseTo(movingAverage(before.level, before.avg_cost, o.qty, o.cost), 3);
          else if (o.op !== 'void') expect(after.avg_cost).toBe(before.avg_cost);
          expect(after.avg_cost === null || after.avg_cost >= 0).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });
});
