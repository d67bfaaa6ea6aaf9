// Every idempotent path run from two sessions at once books once (issue #8): post_transaction,
// void_transaction, record_debt_payment, void_debt_payment, add_debt, add_stock, set_stock_count and
// void_stock_movement. On PostgreSQL the two calls run on two connections; afterwards the database
// must equal the model (core/ledger-model) that applied each operation once.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AVG, Books, QTY, toNumber } from '../../core/ledger-model/index.ts';
import { withService, withTenant } from '../../core/db/tenant.ts';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { one, SEED } from './fixtures.ts';

const T = SEED.tenant;
type R = Record<string, unknown>;

describe.each(dbKinds)('two sessions at once on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => { db = await freshDb(kind, { seeded: true }); });
  afterAll(() => db?.close());

  /** Both calls must succeed; returns the one that did the work and the other. */
  async function twice(sql: string, args: unknown[]): Promise<[R, R]> {
    const call = () => withTenant(db, T, (tx) => one<{ r: R }>(tx, sql, args)).then((x) => x.r);
    const [a, b] = await Promise.all([call(), call()]);
    const did = (r: R) => r.created === true || r.voided === true;
    expect([a, b].filter(did)).toHaveLength(1);
    return did(a) ? [a, b] : [b, a];
  }

  it('books every idempotent operation once', async () => {
    const m = new Books();
    const { p, c } = await withService(db, async (tx) => ({
      p: (await one<{ id: string }>(tx, `insert into products (tenant_id, name, unit) values ($1, $2, 'bks') returning id`, [T, `Dua ${randomUUID()}`])).id,
      c: (await one<{ id: string }>(tx, `insert into contacts (tenant_id, kind, name) values ($1, 'customer', $2) returning id`, [T, `Dua ${randomUUID()}`])).id,
    }));
    const q = (n: number) => BigInt(n) * QTY;

    const [added] = await twice(`select add_stock($1, $2, 30, $3, 2500) r`, [T, p, randomUUID()]);
    m.stock.addStock(p, q(30), 2500n * AVG);
    const [buy] = await twice(`select post_transaction($1) r`, [{ kind: 'purchase', source: 'pos', source_ref: randomUUID(), lines: [{ product_id: p, qty: 10, total: 31000 }] }]);
    m.post({ id: buy.id as string, kind: 'purchase', payment: 'cash', contactId: null, debtId: null, lines: [{ productId: p, qty: q(10), total: 31000n }] });
    const [sale] = await twice(`select post_transaction($1) r`, [{ kind: 'sale', payment: 'credit', contact_id: c, source: 'pos', source_ref: randomUUID(), lines: [{ product_id: p, qty: 4, total: 20000 }] }]);
    m.post({ id: sale.id as string, kind: 'sale', payment: 'credit', contactId: c, debtId: sale.debt_id as string, lines: [{ productId: p, qty: q(4), total: 20000n }] });
    const [debt] = await twice(`select add_debt($1, $2, 'receivable', 5000, $3) r`, [T, c, randomUUID()]);
    m.debts.add(debt.debt_id as string, c, 'receivable', 5000n);
    const [pay] = await twice(`select record_debt_payment($1, $2, 'receivable', 30000, $3) r`, [T, c, randomUUID()]);
    m.payDebt(pay.payment_id as string, c, 'receivable', 30000n, 'cash');
    expect(pay).toMatchObject({ paid: 25000, unapplied: 5000, deposit: 5000 });
    await twice(`select void_debt_payment($1, $2) r`, [T, pay.payment_id]);
    m.debts.voidPayment(pay.payment_id as string);
    await twice(`select void_transaction($1, $2, 'dua', $3) r`, [T, buy.id, randomUUID()]);
    m.voidTx(buy.id as string);
    const [count] = await twice(`select set_stock_count($1, $2, 20, $3) r`, [T, p, randomUUID()]);
    m.stock.count(p, q(20));
    await twice(`select set_stock_count($1, $2, 18, $3, null, now()) r`, [T, p, randomUUID()]);
    m.stock.count(p, q(18));
    await twice(`select void_stock_movement($1, $2, $3) r`, [T, added.movement_id, randomUUID()]);
    m.stock.undo(m.stock.movements[0]!.id);
    expect(count.movement_id).toBeTypeOf('number');

    const got = await withService(db, async (tx) => ({
      stock: await one<R>(tx, `select s.level, p.avg_cost, (select sum(cost)::bigint from cost_ledger where product_id = p.id) as bought,
          (select sum(cogs)::bigint from cost_ledger where product_id = p.id) as cogs from products p join stock_levels s on s.product_id = p.id where p.id = $1`, [p]),
      debt: await one<R>(tx, `select outstanding, deposit from debt_balances where contact_id = $1`, [c]),
      rows: await one<R>(tx, `select (select count(*)::int from stock_movements where product_id = $1) as moves,
          (select count(*)::int from debt_payments where contact_id = $2) as pays, (select count(*)::int from debts where contact_id = $2) as debts`, [p, c]),
    }));
    const mp = m.stock.product(p);
    const books = m.stock.totals(p);
    expect(got.stock).toEqual({ level: toNumber(mp.level, QTY), avg_cost: toNumber(mp.avg!, AVG), bought: Number(books.bought), cogs: Number(books.cogs) });
    const bal = m.debts.balance(c, 'receivable');
    expect(got.debt).toEqual({ outstanding: Number(bal.outstanding), deposit: Number(bal.deposit) });
    expect(got.rows).toEqual({ moves: m.stock.movements.length, pays: 1, debts: 2 });
  });
});
