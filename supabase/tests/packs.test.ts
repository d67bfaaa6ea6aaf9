// Pack arithmetic (issue #9, "What must hold" 1): random pack sizes, buys and sells said in packs or in
// base units. post_transaction turns said_qty × the pack's size into base units, so the stock is the sum
// of what was said times the sizes, and the average cost per base unit stays between the lowest and
// highest unit cost paid. PACKS_RUNS sets the number of sequences (default 10).
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withService, withTenant } from '../../core/db/tenant.ts';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { one, SEED } from './fixtures.ts';

const T = SEED.tenant;
const RUNS = Number(process.env.PACKS_RUNS ?? 10);
const move = fc.record({
  buy: fc.boolean(),
  pack: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }), // which pack, or null = base units
  n: fc.integer({ min: 1, max: 4 }),
  unitCost: fc.integer({ min: 500, max: 5000 }), // per base unit, for buys
  extra: fc.integer({ min: 0, max: 99 }), // a total that is not a multiple of the size
});

describe.each(dbKinds)('pack arithmetic on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => { db = await freshDb(kind, { seeded: true }); });
  afterAll(() => db?.close());

  it('stock = sum of said × size; the average stays within the unit costs paid', async () => {
    await fc.assert(fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 2, max: 60 }), { minLength: 3, maxLength: 3 }), fc.array(move, { minLength: 1, maxLength: 15 }), async (sizes, moves) => {
      const names = ['dus', 'slop', 'karung'];
      const p = await withService(db, async (tx) => {
        const { id } = await one<{ id: string }>(tx, `insert into products (tenant_id, name, unit) values ($1, $2, 'pcs') returning id`, [T, `Pak ${randomUUID()}`]);
        for (const [i, size] of sizes.entries()) await tx.query(`select set_product_unit($1, $2, $3, $4)`, [T, id, names[i], size]);
        return id;
      });
      let expected = 0;
      let lo = Infinity;
      let hi = -Infinity;
      for (const m of moves) {
        const qty = m.pack === null ? m.n : m.n * sizes[m.pack]!;
        const total = m.buy ? qty * m.unitCost + m.extra : qty * 1000;
        const line = m.pack === null ? { product_id: p, qty: m.n, total } : { product_id: p, said_qty: m.n, said_unit: names[m.pack], total };
        const r = await withTenant(db, T, (tx) => one<{ r: { lines: { qty: number; said_qty: number | null }[] } }>(tx, `select post_transaction($1) r`, [
          { kind: m.buy ? 'purchase' : 'sale', source: 'pos', source_ref: randomUUID(), lines: [line] }])).then((x) => x.r);
        expect(r.lines[0]).toMatchObject({ qty, said_qty: m.pack === null ? null : m.n });
        expected += m.buy ? qty : -qty;
        if (m.buy) { lo = Math.min(lo, total / qty); hi = Math.max(hi, total / qty); }
        const s = await withTenant(db, T, (tx) => one<{ level: number; avg_cost: number | null }>(tx,
          `select s.level, p.avg_cost from stock_levels s join products p on p.id = s.product_id where p.id = $1`, [p]));
        expect(s.level).toBe(expected);
        if (lo === Infinity) expect(s.avg_cost).toBeNull();
        else {
          // Rounded to 4 decimals like the unit costs themselves.
          expect(s.avg_cost!).toBeGreaterThanOrEqual(Math.round(lo * 1e4) / 1e4);
          expect(s.avg_cost!).toBeLessThanOrEqual(Math.round(hi * 1e4) / 1e4);
        }
      }
    }), { numRuns: RUNS });
  }, 300_000);
});
