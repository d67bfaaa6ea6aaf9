// record_debt_payment: pays a contact's open debts oldest first, reports paid, overpayment and the
// remaining balance; the same source_ref twice pays once.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withService, withTenant } from '../../core/db/tenant.ts';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { one, SEED } from './fixtures.ts';

type Paid = {
  payment_id: string; created: boolean; amount: number; paid: number; unapplied: number; remaining: number;
  allocations: { debt_id: string; amount: number; status: string; outstanding: number }[];
};
const T = SEED.tenant;
const ref = () => `test:${randomUUID()}`;

describe.each(dbKinds)('debt payments on %s', (kind) => {
  let db: TestDb;
  const credit = (contactId: string, total: number, kindOf: 'sale' | 'purchase' = 'sale') =>
    withTenant(db, T, (tx) => one<{ r: { debt_id: string } }>(tx, `select post_transaction($1) r`, [
      { kind: kindOf, payment: 'credit', contact_id: contactId, source: 'chat', source_ref: ref(), total },
    ])).then((x) => x.r.debt_id);
  const pay = (contactId: string, amount: number, sourceRef = ref(), direction = 'receivable') =>
    withTenant(db, T, (tx) => one<{ r: Paid }>(tx, `select record_debt_payment($1, $2, $3, $4, $5) r`, [T, contactId, direction, amount, sourceRef])).then((x) => x.r);
  const balance = (contactId: string, direction = 'receivable') =>
    withTenant(db, T, (tx) => tx.query<{ outstanding: number }>(`select outstanding from debt_balances where contact_id = $1 and direction = $2`, [contactId, direction]))
      .then((r) => r.rows[0]?.outstanding ?? 0);

  const newCustomer = () => withService(db, (tx) => one<{ id: string }>(tx,
    `insert into contacts (tenant_id, kind, name) values ($1, 'customer', $2) returning id`, [T, `Pelanggan ${randomUUID()}`])).then((x) => x.id);

  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
  });
  afterAll(() => db?.close());

  it('pays oldest first, partly and then fully, with the remaining balance', async () => {
    const c = SEED.pakDarto;
    const d1 = await credit(c, 10000);
    const d2 = await credit(c, 20000);
    const d3 = await credit(c, 5000);
    expect(await balance(c)).toBe(35000);

    const sourceRef = ref();
    const first = await pay(c, 15000, sourceRef);
    expect(first).toMatchObject({ created: true, amount: 15000, paid: 15000, unapplied: 0, remaining: 20000 });
    expect(first.allocations).toEqual([
      { debt_id: d1, amount: 10000, status: 'paid', outstanding: 0 },
      { debt_id: d2, amount: 5000, status: 'open', outstanding: 15000 },
    ]);

    const repeat = await pay(c, 15000, sourceRef);
    expect(repeat).toMatchObject({ created: false, payment_id: first.payment_id, paid: 15000, remaining: 20000 });
    expect(await balance(c)).toBe(20000);

    const rest = await pay(c, 25000);
    expect(rest).toMatchObject({ created: true, paid: 20000, unapplied: 5000, remaining: 0 });
    expect(rest.allocations.map((a) => [a.debt_id, a.amount, a.status])).toEqual([[d2, 15000, 'paid'], [d3, 5000, 'paid']]);
    expect(await balance(c)).toBe(0);
  });

  it('keeps directions apart: paying a supplier does not touch what customers owe', async () => {
    const supplierDebt = await credit(SEED.tokoMakmur, 300000, 'purchase');
    const r = await pay(SEED.tokoMakmur, 100000, ref(), 'payable');
    expect(r).toMatchObject({ paid: 100000, remaining: 200000 });
    expect(r.allocations[0]?.debt_id).toBe(supplierDebt);
    const none = await pay(SEED.tokoMakmur, 1000, ref(), 'receivable');
    expect(none).toMatchObject({ paid: 0, unapplied: 1000, remaining: 0, allocations: [] });
  });

  it('add_debt records money-only debts idempotently; void_debt undoes an unpaid one', async () => {
    const sourceRef = ref();
    const add = (amount: number) => withTenant(db, T, (tx) => one<{ r: Record<string, unknown> }>(tx,
      `select add_debt($1, $2, 'receivable', $3, $4, '2026-11-30') r`, [T, SEED.mbakRini, amount, sourceRef])).then((x) => x.r);
    const first = await add(25000);
    expect(first).toMatchObject({ created: true, amount: 25000, status: 'open', due_date: '2026-11-30', remaining: 25000 });
    expect(await add(99000)).toMatchObject({ created: false, debt_id: first.debt_id, amount: 25000 });
    const voidIt = () => withTenant(db, T, (tx) => one<{ r: Record<string, unknown> }>(tx, `select void_debt($1, $2, 'salah') r`, [T, first.debt_id])).then((x) => x.r);
    expect(await voidIt()).toMatchObject({ voided: true, status: 'void', remaining: 0 });
    expect(await voidIt()).toMatchObject({ voided: false, status: 'void' });
    expect(await balance(SEED.mbakRini)).toBe(0);
  });

  it('void_debt_payment reopens the debts it paid, once', async () => {
    const c = SEED.buYati;
    const d1 = await credit(c, 10000);
    const d2 = await credit(c, 10000);
    const p = await pay(c, 15000);
    expect(p.remaining).toBe(5000);
    const undo = () => withTenant(db, T, (tx) => one<{ r: Paid & { voided: boolean; voided_at: string | null } }>(tx,
      `select void_debt_payment($1, $2, 'salah catat') r`, [T, p.payment_id])).then((x) => x.r);
    const u = await undo();
    expect(u).toMatchObject({ voided: true, remaining: 20000 });
    expect(u.voided_at).not.toBeNull();
    expect(u.allocations.map((a) => [a.debt_id, a.status, a.outstanding])).toEqual([[d1, 'open', 10000], [d2, 'open', 10000]]);
    expect(await undo()).toMatchObject({ voided: false, remaining: 20000 });
    expect(await balance(c)).toBe(20000);
  });

  it('an overpayment is kept as a deposit (titipan), shown in debt_balances, and pays the next debt', async () => {
    const c = await newCustomer();
    await credit(c, 10000);
    const over = await pay(c, 15000);
    expect(over).toMatchObject({ paid: 10000, unapplied: 5000, remaining: 0, deposit: 5000 });
    const row = () => withTenant(db, T, (tx) => tx.query(`select outstanding, deposit from debt_balances where contact_id = $1`, [c])).then((r) => r.rows);
    expect(await row()).toEqual([{ outstanding: 0, deposit: 5000 }]);
    const sale = await withTenant(db, T, (tx) => one<{ r: { debt_id: string; debt_paid: number } }>(tx, `select post_transaction($1) r`, [
      { kind: 'sale', payment: 'credit', contact_id: c, source: 'chat', source_ref: ref(), total: 7000 }])).then((x) => x.r);
    expect(sale.debt_paid).toBe(5000);
    expect(await row()).toEqual([{ outstanding: 2000, deposit: 0 }]);
    const added = await withTenant(db, T, (tx) => one<{ r: Record<string, unknown> }>(tx, `select add_debt($1, $2, 'receivable', 3000, $3) r`, [T, c, ref()])).then((x) => x.r);
    expect(added).toMatchObject({ paid: 0, remaining: 5000, deposit: 0 });
  });

  it('void_debt_payment: debt 100.000, payments 20.000 and 50.000, undo the 20.000 → 50.000; two undos at once book once', async () => {
    const c = await newCustomer();
    await withTenant(db, T, (tx) => tx.query(`select add_debt($1, $2, 'receivable', 100000, $3)`, [T, c, ref()]));
    const p20 = await pay(c, 20000);
    await pay(c, 50000);
    const undo = () => withTenant(db, T, (tx) => one<{ r: { voided: boolean; remaining: number } }>(tx,
      `select void_debt_payment($1, $2, 'batal') r`, [T, p20.payment_id])).then((x) => x.r);
    const both = await Promise.all([undo(), undo()]);
    expect(both.map((u) => u.voided).sort()).toEqual([false, true]);
    expect(both.map((u) => u.remaining)).toEqual([50000, 50000]);
    expect(await balance(c)).toBe(50000);
  });

  it('rejects bad input with coded errors', async () => {
    const fail = (p: Promise<unknown>) => p.then(() => 'no error', (e: Error) => e.message);
    expect(await fail(pay(SEED.buYati, 0))).toBe('invalid:amount');
    expect(await fail(pay(SEED.buYati, 1000, ref(), 'sideways'))).toBe('invalid:direction');
    expect(await fail(pay(randomUUID(), 1000))).toBe('not_found:contact');
    expect(await fail(pay(SEED.buYati, 1000, ''))).toBe('invalid:source_ref');
  });
});
