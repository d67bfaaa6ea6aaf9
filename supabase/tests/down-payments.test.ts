// record_down_payment: money paid at once on a credit sale ("bayar 20rb sisanya ngutang") is a debt
// payment tied to the sale that settles its debt first; void_transaction takes it back with the sale.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withService, withTenant } from '../../core/db/tenant.ts';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { createTenant, one, SEED } from './fixtures.ts';

const T = SEED.tenant;
const ref = () => `test:${randomUUID()}`;
type Paid = { payment_id: string; created: boolean; amount: number; paid: number; remaining: number; deposit: number };

describe.each(dbKinds)('down payments on %s', (kind) => {
  let db: TestDb;
  const post = (doc: Record<string, unknown>) =>
    withTenant(db, T, (tx) => one<{ r: { id: string; debt_id: string | null; total: number } }>(tx, `select post_transaction($1) r`,
      [{ kind: 'sale', payment: 'credit', source: 'chat', source_ref: ref(), ...doc }])).then((x) => x.r);
  const down = (txId: string, amount: number, payment = 'cash', tenant: string = T) =>
    withTenant(db, tenant, (tx) => one<{ r: Paid }>(tx, `select record_down_payment($1, $2, $3, $4) r`, [tenant, txId, amount, payment])).then((x) => x.r);
  const voidTx = (txId: string) =>
    withTenant(db, T, (tx) => one<{ r: { voided: boolean } }>(tx, `select void_transaction($1, $2, 'batal') r`, [T, txId])).then((x) => x.r);
  const balance = (c: string) => withTenant(db, T, (tx) => tx.query<{ outstanding: number; deposit: number }>(
    `select outstanding, deposit from debt_balances where contact_id = $1 and direction = 'receivable'`, [c])).then((r) => r.rows[0] ?? { outstanding: 0, deposit: 0 });
  const payments = (txId: string) => withService(db, (tx) => tx.query<{ amount: number; applied: number; voided: boolean; paid_at: Date }>(
    `select amount, applied, voided_at is not null as voided, paid_at from debt_payments where transaction_id = $1`, [txId])).then((r) => r.rows);
  const newCustomer = () => withService(db, (tx) => one<{ id: string }>(tx,
    `insert into contacts (tenant_id, kind, name) values ($1, 'customer', $2) returning id`, [T, `Pelanggan ${randomUUID()}`])).then((x) => x.id);
  const fail = (p: Promise<unknown>) => p.then(() => 'no error', (e: Error) => e.message);

  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
  });
  afterAll(() => db?.close());

  it('a sale of 26.000 with 20.000 paid leaves 6.000 owed, once however often it is sent', async () => {
    const c = await newCustomer();
    const at = '2026-12-02T03:00:00.000Z';
    const sale = await post({ contact_id: c, total: 26000, occurred_at: at });
    const first = await down(sale.id, 20000);
    expect(first).toMatchObject({ created: true, amount: 20000, paid: 20000, remaining: 6000, deposit: 0 });
    expect(await down(sale.id, 20000)).toMatchObject({ created: false, payment_id: first.payment_id, remaining: 6000 });
    expect(await balance(c)).toEqual({ outstanding: 6000, deposit: 0 });
    const rows = await payments(sale.id);
    expect(rows).toHaveLength(1);
    expect(new Date(rows[0].paid_at).toISOString()).toBe(at);
  });

  it('settles its own sale first, not an older debt of the same customer', async () => {
    const c = await newCustomer();
    const old = await post({ contact_id: c, total: 10000 });
    const sale = await post({ contact_id: c, total: 26000 });
    await down(sale.id, 20000);
    const debts = await withService(db, (tx) => tx.query<{ transaction_id: string; outstanding: number }>(
      `select transaction_id, amount - paid as outstanding from debts where contact_id = $1 order by created_at`, [c])).then((r) => r.rows);
    expect(debts).toEqual([{ transaction_id: old.id, outstanding: 10000 }, { transaction_id: sale.id, outstanding: 6000 }]);
  });

  it('voiding the sale voids its down payment: nothing owed, no deposit, the money out of the books', async () => {
    const c = await newCustomer();
    const sale = await post({ contact_id: c, total: 26000 });
    await down(sale.id, 20000);
    expect(await voidTx(sale.id)).toMatchObject({ voided: true });
    expect(await balance(c)).toEqual({ outstanding: 0, deposit: 0 });
    expect((await payments(sale.id)).map((p) => p.voided)).toEqual([true]);
    expect(await voidTx(sale.id)).toMatchObject({ voided: false });
    // The person's history on the dashboard: the debt and its down payment, both marked void, both at the sale.
    const history = await withTenant(db, T, (tx) => tx.query<{ entry: string; amount: number; status: string; transaction_id: string }>(
      `select entry, amount, status, transaction_id from dashboard_debt_history($1, $2) order by entry`, [T, c])).then((r) => r.rows);
    expect(history).toEqual([
      { entry: 'debt', amount: 26000, status: 'void', transaction_id: sale.id },
      { entry: 'payment', amount: 20000, status: 'void', transaction_id: sale.id },
    ]);
    expect(await fail(down(sale.id, 10000))).toBe('conflict:transaction_voided');
  });

  it('a later instalment on that debt still refuses the void until it is undone', async () => {
    const c = await newCustomer();
    const sale = await post({ contact_id: c, total: 26000 });
    await down(sale.id, 20000);
    const later = await withTenant(db, T, (tx) => one<{ r: Paid }>(tx, `select record_debt_payment($1, $2, 'receivable', 3000, $3) r`, [T, c, ref()])).then((x) => x.r);
    expect(await fail(voidTx(sale.id))).toBe('conflict:debt_has_payments');
    expect(await balance(c)).toEqual({ outstanding: 3000, deposit: 0 });
    await withTenant(db, T, (tx) => tx.query(`select void_debt_payment($1, $2, 'batal')`, [T, later.payment_id]));
    expect(await voidTx(sale.id)).toMatchObject({ voided: true });
    expect(await balance(c)).toEqual({ outstanding: 0, deposit: 0 });
  });

  it('refuses what is not a down payment, with coded errors', async () => {
    const c = await newCustomer();
    const sale = await post({ contact_id: c, total: 26000 });
    const cash = await post({ payment: 'cash', total: 5000 });
    expect(await fail(down(sale.id, 26000))).toBe('invalid:amount');
    expect(await fail(down(sale.id, 0))).toBe('invalid:amount');
    expect(await fail(down(sale.id, 1000, 'credit'))).toBe('invalid:payment');
    expect(await fail(down(cash.id, 1000))).toBe('invalid:payment');
    expect(await fail(down(randomUUID(), 1000))).toBe('not_found:transaction');
    // Another warung cannot pay on this one's sale.
    const other = await createTenant(db);
    expect(await fail(down(sale.id, 1000, 'cash', other))).toBe('not_found:transaction');
    expect(await balance(c)).toEqual({ outstanding: 26000, deposit: 0 });
  });
  // Owner's dashboard try (twenty-ninth session): "Cara bayar" showed a Rp90.000 sale with Rp50.000 paid at once as Rp90.000
  // of debt, and none of the Rp50.000 as cash.
  it('Ringkasan\'s "Cara bayar" counts a down payment as paid by its method and only the rest as owed', async () => {
    const tenant = await createTenant(db);
    const c = await withService(db, (tx) => one<{ id: string }>(tx,
      `insert into contacts (tenant_id, kind, name) values ($1, 'customer', 'Mama Ros') returning id`, [tenant])).then((x) => x.id);
    const at = '2026-12-05T03:00:00.000Z';
    const sale = await withTenant(db, tenant, (tx) => one<{ r: { id: string } }>(tx, `select post_transaction($1) r`,
      [{ kind: 'sale', payment: 'credit', source: 'chat', source_ref: ref(), contact_id: c, total: 90000, occurred_at: at }])).then((x) => x.r);
    await withTenant(db, tenant, (tx) => tx.query(`select post_transaction($1)`, [{ kind: 'sale', payment: 'cash', source: 'chat', source_ref: ref(), total: 100000, occurred_at: at }]));
    await down(sale.id, 50000, 'cash', tenant);
    const mix = () => withTenant(db, tenant, (tx) => tx.query<{ payment: string; total: string; sales_count: string }>(
      'select * from report_payment_mix_days($1, $2, $3)', [tenant, '2026-12-01', '2026-12-31'])).then((r) => r.rows.map((m) => ({ payment: m.payment, total: Number(m.total), n: Number(m.sales_count) })));
    expect(await mix()).toEqual([{ payment: 'cash', total: 150000, n: 1 }, { payment: 'credit', total: 40000, n: 1 }]);
    await withTenant(db, tenant, (tx) => tx.query(`select void_transaction($1, $2, 'batal')`, [tenant, sale.id]));
    expect(await mix()).toEqual([{ payment: 'cash', total: 100000, n: 1 }]);
  });
});
