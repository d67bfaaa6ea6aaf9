// The reference model (core/ledger-model) against the SQL functions: random sequences of purchases and
// sales (base units and packs, cash, QRIS, transfer, credit), voids, debt payments with overpayments,
// payment undos, debts, stock-in, losses, counts (some as of an earlier step) and their undos — some run
// from two sessions at once —
// and after every step the database must equal the model: stock, average, value, goods bought, cost
// of goods, debts and deposits per person, cash by payment method. Also: bought = cogs + value, and the
// average stays between the lowest and highest unit cost still counted.
// LEDGER_MODEL_RUNS (sequences per stack, default 6) and LEDGER_MODEL_STEPS (max steps, default 25).
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AVG, Books, QTY, stockValue, toNumber } from '../../core/ledger-model/index.ts';
import { withService, withTenant, type Tx } from '../../core/db/tenant.ts';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { one, SEED } from './fixtures.ts';
import { failed, once, opArb, setupArb, type Op } from './ledger-ops.ts';

const T = SEED.tenant;
const RUNS = Number(process.env.LEDGER_MODEL_RUNS ?? 6);
const STEPS = Number(process.env.LEDGER_MODEL_STEPS ?? 25);
const big = (n: number) => BigInt(n) * QTY;

describe.each(dbKinds)('the ledger against its model on %s', (kind) => {
  let db: TestDb;
  const ran = { sequences: 0, steps: 0 };
  beforeAll(async () => { db = await freshDb(kind, { seeded: true }); });
  afterAll(async () => {
    console.log(`ledger model on ${kind}: ${ran.sequences} sequences, ${ran.steps} steps`);
    await db?.close();
  });
  const fn = <R>(sql: string, args: unknown[]) => (tx: Tx) => one<{ r: R }>(tx, sql, args).then((x) => x.r);
  const run = <R>(f: (tx: Tx) => Promise<R>, twice: boolean) => once(() => withTenant(db, T, f), twice);

  async function setup(sizes: [number, number]) {
    return withService(db, async (tx) => {
      const tag = randomUUID().slice(0, 8);
      const products: string[] = [];
      for (const [i, size] of sizes.entries()) {
        const { id } = await one<{ id: string }>(tx, `insert into products (tenant_id, name, unit, sell_price) values ($1, $2, 'bks', 5000) returning id`, [T, `Model ${i} ${tag}`]);
        await tx.query(`select set_product_unit($1, $2, 'dus', $3)`, [T, id, size]);
        products.push(id);
      }
      const contact = async (k: string) => (await one<{ id: string }>(tx, `insert into contacts (tenant_id, kind, name) values ($1, $2, $3) returning id`, [T, k, `${k} ${tag}`])).id;
      return { tag, products, customer: await contact('customer'), supplier: await contact('supplier') };
    });
  }

  it('equals the model after every step', async () => {
    await fc.assert(fc.asyncProperty(setupArb, fc.array(opArb, { minLength: Math.min(10, STEPS), maxLength: STEPS }), async ({ sizes }, ops) => {
      const w = await setup(sizes);
      const m = new Books();
      const ref = () => `${w.tag}:${randomUUID()}`;
      const txs: string[] = [];
      const pays: string[] = [];
      const moves: [number, number][] = []; // [database id, model id]
      // Opening stock with a cost, as a stock-in: the books start at zero.
      for (const p of w.products) {
        const r = await run(fn<{ movement_id: number }>(`select add_stock($1, $2, 20, $3, 3000) r`, [T, p, ref()]), false);
        if (failed(r)) throw new Error(r.error);
        m.stock.addStock(p, big(20), 3000n * AVG);
      }
      const marks: string[] = []; // the database clock before each step, for counts "as of" an earlier step
      for (const [i, o] of ops.entries()) {
        marks.push((await withService(db, (tx) => one<{ t: string }>(tx, `select clock_timestamp()::text as t`))).t);
        // PGlite's clock ticks in milliseconds: let it move on, so this step's bookings come after the mark.
        await new Promise((r) => setTimeout(r, 2));
        m.stock.clock = i + 1;
        await step(o);
        await compare();
        ran.steps += 1;
      }
      ran.sequences += 1;

      async function step(o: Op) {
        const key = ref();
        if (o.op === 'buy' || o.op === 'sell') {
          const p = w.products[o.p]!;
          const qty = o.packs === null ? o.qty : o.packs * sizes[o.p]!;
          const total = qty * o.unit + (o.op === 'buy' ? o.extra : 0);
          const contact = o.payment === 'credit' ? (o.op === 'sell' ? w.customer : w.supplier) : null;
          const line = o.packs === null ? { product_id: p, qty, total } : { product_id: p, said_qty: o.packs, said_unit: 'dus', total };
          const r = await run(fn<{ id: string; debt_id: string | null; cogs: number | null }>(`select post_transaction($1) r`, [
            { kind: o.op === 'buy' ? 'purchase' : 'sale', payment: o.payment, contact_id: contact, source: 'pos', source_ref: key, lines: [line] }]), o.twice);
          if (failed(r)) throw new Error(r.error);
          const t = m.post({ id: r.id, kind: o.op === 'buy' ? 'purchase' : 'sale', payment: o.payment, contactId: contact, debtId: r.debt_id,
            lines: [{ productId: p, qty: big(qty), total: BigInt(total) }] });
          expect(r.cogs).toBe(t.cogs === null ? null : Number(t.cogs));
          txs.push(r.id);
        } else if (o.op === 'void') {
          if (!txs.length) return;
          const id = txs[o.pick % txs.length]!;
          const r = await run(fn<{ voided: boolean }>(`select void_transaction($1, $2, 'model', $3) r`, [T, id, key]), o.twice);
          const want = m.voidTx(id);
          expect(failed(r) ? r.error : r.voided ? 'voided' : 'already').toBe(want);
        } else if (o.op === 'pay' || o.op === 'addDebt') {
          const c = o.who === 'customer' ? w.customer : w.supplier;
          const dir = o.who === 'customer' ? 'receivable' : 'payable';
          if (o.op === 'pay') {
            const r = await run(fn<{ payment_id: string }>(`select record_debt_payment($1, $2, $3, $4, $5, $6) r`, [T, c, dir, o.amount, key, o.method]), o.twice);
            if (failed(r)) throw new Error(r.error);
            m.payDebt(r.payment_id, c, dir, BigInt(o.amount), o.method);
            pays.push(r.payment_id);
          } else {
            const r = await run(fn<{ debt_id: string }>(`select add_debt($1, $2, $3, $4, $5) r`, [T, c, dir, o.amount, key]), o.twice);
            if (failed(r)) throw new Error(r.error);
            m.debts.add(r.debt_id, c, dir, BigInt(o.amount));
          }
        } else if (o.op === 'voidPay') {
          if (!pays.length) return;
          const id = pays[o.pick % pays.length]!;
          const r = await run(fn<{ voided: boolean }>(`select void_debt_payment($1, $2, 'model') r`, [T, id]), o.twice);
          if (failed(r)) throw new Error(r.error);
          expect(r.voided).toBe(m.debts.voidPayment(id));
        } else if (o.op === 'undoStock') {
          if (!moves.length) return;
          const [dbId, modelId] = moves[o.pick % moves.length]!;
          const r = await run(fn<{ voided: boolean }>(`select void_stock_movement($1, $2, $3, 'model') r`, [T, dbId, key]), o.twice);
          if (failed(r)) throw new Error(r.error);
          expect(r.voided).toBe(m.stock.undo(modelId) !== null);
        } else {
          const p = w.products[o.p]!;
          // As of step `asOf` (1-based): counted before that step's movements, sent now.
          const asOf = o.op === 'count' && o.back !== null ? Math.max(1, marks.length - o.back) : undefined;
          const r = o.op === 'count'
            ? await run(asOf === undefined ? fn<{ movement_id: number }>(`select set_stock_count($1, $2, $3, $4) r`, [T, p, o.qty, key])
              : fn<{ movement_id: number }>(`select set_stock_count($1, $2, $3, $4, null, $5) r`, [T, p, o.qty, key, marks[asOf - 1]]), o.twice)
            : await run(fn<{ movement_id: number }>(`select add_stock($1, $2, $3, $4, $5) r`, [T, p, o.op === 'lose' ? -o.qty : o.qty, key, o.op === 'stockIn' ? o.cost : null]), o.twice);
          if (failed(r)) throw new Error(r.error);
          const mm = o.op === 'count' ? m.stock.count(p, big(o.qty), asOf)
            : o.op === 'lose' ? m.stock.addStock(p, -big(o.qty), null)
            : m.stock.addStock(p, big(o.qty), o.cost === null ? null : BigInt(o.cost) * AVG);
          moves.push([r.movement_id, mm.id]);
        }
      }

      async function compare() {
        const db1 = await withService(db, async (tx) => ({
          stock: (await tx.query(`select p.id, s.level, p.avg_cost,
              (select coalesce(sum(qty), 0) from stock_movements m where m.tenant_id = p.tenant_id and m.product_id = p.id) as ledger,
              (select coalesce(sum(cost), 0)::bigint from cost_ledger c where c.product_id = p.id) as bought,
              (select coalesce(sum(cogs), 0)::bigint from cost_ledger c where c.product_id = p.id) as cogs
            from products p join stock_levels s on s.product_id = p.id where p.id = any($1::uuid[]) order by p.id`, [w.products])).rows,
          debts: (await tx.query(`select contact_id, direction, outstanding, deposit from debt_balances where contact_id = any($1::uuid[])`, [[w.customer, w.supplier]])).rows,
          cash: (await tx.query(`select m, sum(x)::bigint as v from (
              select payment as m, case when kind = 'sale' then total else -total end as x from transactions
               where tenant_id = $1 and status = 'posted' and payment <> 'credit' and source_ref like $2
              union all
              select payment, case when direction = 'receivable' then amount else -amount end from debt_payments
               where tenant_id = $1 and voided_at is null and source_ref like $2) c group by m`, [T, `${w.tag}:%`])).rows,
        }));
        for (const row of db1.stock as { id: string; level: number; ledger: number; avg_cost: number | null; bought: number; cogs: number }[]) {
          const p = m.stock.product(row.id);
          expect(row.level).toBe(row.ledger); // the kept level (stock_on_hand) = its movements
          const books = m.stock.totals(row.id);
          expect({ level: row.level, avg: row.avg_cost, bought: row.bought, cogs: row.cogs }).toEqual({
            level: toNumber(p.level, QTY), avg: p.avg === null ? null : toNumber(p.avg, AVG), bought: Number(books.bought), cogs: Number(books.cogs) });
          // The books balance to the rupiah, and the average stays within the costs still counted.
          expect(books.bought).toBe(books.cogs + stockValue(p.avg, p.level));
          const range = m.stock.costRange(row.id, null, null);
          if (p.avg !== null && range.lo !== null) expect(p.avg >= range.lo && p.avg <= range.hi!).toBe(true);
        }
        for (const [c, dir] of [[w.customer, 'receivable'], [w.supplier, 'payable']] as const) {
          const want = m.debts.balance(c, dir);
          const got = (db1.debts as { contact_id: string; direction: string; outstanding: number; deposit: number }[]).find((d) => d.contact_id === c && d.direction === dir);
          expect({ outstanding: got?.outstanding ?? 0, deposit: got?.deposit ?? 0 }).toEqual({ outstanding: Number(want.outstanding), deposit: Number(want.deposit) });
        }
        const cash = m.cash();
        const got = Object.fromEntries((db1.cash as { m: string; v: number }[]).map((r) => [r.m, r.v]));
        expect({ cash: got.cash ?? 0, qris: got.qris ?? 0, transfer: got.transfer ?? 0 }).toEqual({ cash: Number(cash.cash), qris: Number(cash.qris), transfer: Number(cash.transfer) });
      }
    // A long run reports its first failing sequence as found (shrinking hundreds of steps takes longer than the run).
    }), { numRuns: RUNS, endOnFailure: RUNS > 50 });
    expect(ran.sequences).toBe(RUNS);
  }, Math.max(600_000, RUNS * 8_000));
});
