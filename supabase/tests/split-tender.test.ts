// record_cash_part: a QRIS/transfer sale or purchase partly paid in cash ("bayar 50rb qris 20rb tunai"). The cash part
// is in the drawer (report_cash) and in the day's cash by payment (report_days); the rest stays QRIS/transfer.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withActor, withService, withTenant } from '../../core/db/tenant.ts';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { createTenant, one, SEED } from './fixtures.ts';

const T = SEED.tenant;
const at = '2026-12-05T03:00:00.000Z';
type Cash = { sales: number; purchases: number; not_cash: number };
type Drawer = { income: number; debts_in: number; expenses: number; debts_out: number };

describe.each(dbKinds)('a cash part on %s', (kind) => {
  let db: TestDb;
  const post = (doc: Record<string, unknown>, tenant: string = T) =>
    withTenant(db, tenant, (tx) => one<{ r: { id: string; total: number } }>(tx, `select post_transaction($1) r`,
      [{ kind: 'sale', payment: 'qris', source: 'chat', source_ref: `test:${randomUUID()}`, occurred_at: at, ...doc }])).then((x) => x.r);
  const part = (txId: string, amount: number, tenant: string = T) =>
    withTenant(db, tenant, (tx) => one<{ r: { cash_part: number } }>(tx, `select record_cash_part($1, $2, $3) r`, [tenant, txId, amount])).then((x) => x.r);
  const drawer = (tenant: string) => withTenant(db, tenant, (tx) => one<Cash>(tx,
    `select sales::int, purchases::int, not_cash::int from report_cash($1, $2, $3)`, [tenant, '2026-12-04T17:00:00Z', '2026-12-05T17:00:00Z']));
  const day = (tenant: string) => withService(db, (tx) => tx.query<{ cash: string; qris: string; transfer: string; qris_n: number }>(
    `select cash, qris, transfer, qris_n from report_days where tenant_id = $1`, [tenant])).then((r) => r.rows.map((x) => ({ ...x, cash: Number(x.cash), qris: Number(x.qris), transfer: Number(x.transfer) })));
  const fail = (p: Promise<unknown>) => p.then(() => 'no error', (e: Error) => e.message);

  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
  });
  afterAll(() => db?.close());

  it('puts the cash part in the drawer and the day\'s cash, the rest in QRIS, once however often it is sent', async () => {
    const tenant = await createTenant(db);
    const sale = await post({ total: 70000 }, tenant);
    const buy = await post({ kind: 'purchase', payment: 'transfer', total: 36000 }, tenant);
    expect(await part(sale.id, 20000, tenant)).toMatchObject({ cash_part: 20000 });
    await part(sale.id, 20000, tenant);
    await part(buy.id, 6000, tenant);
    expect(await drawer(tenant)).toEqual({ sales: 20000, purchases: 6000, not_cash: 50000 });
    expect(await day(tenant)).toEqual([{ cash: 20000, qris: 50000, transfer: 0, qris_n: 1 }]);
    const audits = await withService(db, (tx) => one<{ n: number }>(tx,
      `select count(*)::int n from audit_log where tenant_id = $1 and action = 'transaction.cash_part'`, [tenant]));
    expect(audits.n).toBe(2);
    // Ringkasan's "Cara bayar" has the cash part, though no sale was booked as cash.
    const mix = await withTenant(db, tenant, (tx) => tx.query<{ payment: string; total: string; sales_count: string }>(
      'select * from report_payment_mix_days($1, $2, $3)', [tenant, '2026-12-01', '2026-12-31']));
    expect(mix.rows.map((r) => [r.payment, Number(r.total), Number(r.sales_count)])).toEqual([['qris', 50000, 1], ['cash', 20000, 0]]);
    // The Transaksi detail says it ("QRIS Rp50.000 + Tunai Rp20.000").
    const detail = await withActor(db, { role: 'authenticated', tenantId: tenant, memberRole: 'owner' }, (tx) =>
      one<{ r: { payment: string; cash_part: number; total: number } }>(tx, 'select dashboard_transaction($1, $2) r', [tenant, sale.id]));
    expect(detail.r).toMatchObject({ payment: 'qris', cash_part: 20000, total: 70000 });
  });

  it('a changed part moves the day by the difference; a void takes it all back', async () => {
    const tenant = await createTenant(db);
    const sale = await post({ total: 58000 }, tenant);
    await part(sale.id, 18000, tenant);
    await part(sale.id, 8000, tenant);
    expect(await day(tenant)).toEqual([{ cash: 8000, qris: 50000, transfer: 0, qris_n: 1 }]);
    await withTenant(db, tenant, (tx) => tx.query(`select void_transaction($1, $2, 'batal')`, [tenant, sale.id]));
    expect(await day(tenant)).toEqual([{ cash: 0, qris: 0, transfer: 0, qris_n: 0 }]);
    expect(await drawer(tenant)).toEqual({ sales: 0, purchases: 0, not_cash: 0 });
    expect(await fail(part(sale.id, 8000, tenant))).toMatch(/conflict:transaction_voided/);
  });

  it('debt payments, expenses and income put only their cash part through the drawer; a voided payment none', async () => {
    const tenant = await createTenant(db);
    const money = (tx: string) => withTenant(db, tenant, (t) => one<Drawer>(t,
      `select income::int, debts_in::int, expenses::int, debts_out::int from report_cash($1, $2, $3)`, [tenant, '2026-12-04T17:00:00Z', '2026-12-05T17:00:00Z']));
    const contact = (k: string) => withTenant(db, tenant, (tx) => one<{ id: string }>(tx,
      `insert into contacts (tenant_id, kind, name) values ($1, $2, $3) returning id`, [tenant, k, `${k} ${randomUUID()}`])).then((x) => x.id);
    const customer = await contact('customer');
    const supplier = await contact('supplier');
    await post({ payment: 'credit', contact_id: customer, total: 42000 }, tenant);
    await post({ kind: 'purchase', payment: 'credit', contact_id: supplier, total: 200000 }, tenant);
    const pay = (c: string, direction: string, amount: number, payment: string) => withTenant(db, tenant, (tx) => one<{ r: { payment_id: string } }>(tx,
      `select record_debt_payment($1, $2, $3, $4, $5, $6, $7) r`, [tenant, c, direction, amount, `test:${randomUUID()}`, payment, at])).then((x) => x.r.payment_id);
    const debtPart = (id: string, amount: number) => withTenant(db, tenant, (tx) => one<{ r: { cash_part: number } }>(tx,
      `select record_debt_cash_part($1, $2, $3) r`, [tenant, id, amount])).then((x) => x.r);
    const inPay = await pay(customer, 'receivable', 20000, 'qris');
    const outPay = await pay(supplier, 'payable', 200000, 'transfer');
    expect(await debtPart(inPay, 10000)).toMatchObject({ cash_part: 10000 });
    await debtPart(inPay, 10000);
    await debtPart(outPay, 50000);
    const bill = await post({ kind: 'expense', total: 150000, category: 'listrik' }, tenant);
    const gift = await post({ kind: 'income', payment: 'transfer', total: 30000 }, tenant);
    await part(bill.id, 50000, tenant);
    await part(gift.id, 10000, tenant);
    expect(await money(tenant)).toEqual({ income: 10000, debts_in: 10000, expenses: 50000, debts_out: 50000 });
    await withTenant(db, tenant, (tx) => tx.query(`select void_debt_payment($1, $2, 'salah') r`, [tenant, inPay]));
    expect((await money(tenant)).debts_in).toBe(0);
    // Refused: a voided payment, a part not under the amount, a cash payment, another warung's payment.
    expect(await fail(debtPart(inPay, 5000))).toMatch(/conflict:payment_voided/);
    expect(await fail(debtPart(outPay, 200000))).toMatch(/invalid:amount/);
    const cashPay = await pay(supplier, 'payable', 1000, 'cash');
    expect(await fail(debtPart(cashPay, 500))).toMatch(/invalid:payment/);
    const other = await createTenant(db);
    expect(await fail(withTenant(db, other, (tx) => tx.query('select record_debt_cash_part($1, $2, 100)', [other, outPay])))).toMatch(/not_found:debt_payment/);
    const audits = await withService(db, (tx) => one<{ n: number }>(tx,
      `select count(*)::int n from audit_log where tenant_id = $1 and action = 'debt_payment.cash_part'`, [tenant]));
    expect(audits.n).toBe(2);
  });

  it('refuses a part on cash or credit, a part not less than the total, and another warung\'s transaction', async () => {
    const cash = await post({ payment: 'cash', total: 10000 });
    const qris = await post({ total: 10000 });
    expect(await fail(part(cash.id, 5000))).toMatch(/invalid:payment/);
    expect(await fail(part(qris.id, 10000))).toMatch(/invalid:amount/);
    expect(await fail(part(qris.id, 0))).toMatch(/invalid:amount/);
    const other = await createTenant(db);
    expect(await fail(part(qris.id, 5000, other))).toMatch(/not_found:transaction/);
    // Nothing was written by the refused calls.
    const row = await withService(db, (tx) => one<{ cash_part: string | null }>(tx, 'select cash_part from transactions where id = $1', [qris.id]));
    expect(row.cash_part).toBeNull();
  });
});
