// record_debt_cash: money itself lent from the drawer ("pak harun pinjam uang 50rb") or borrowed into it ("pinjam uang
// dari pak rt 500rb"). The drawer (report_cash) counts it out or in when the debt is made; a voided debt never moved.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../core/db/tenant.ts';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { createTenant, one, SEED } from './fixtures.ts';

const at = '2026-12-05T03:00:00.000Z';
type Drawer = { lent: number; borrowed: number; debts_in: number };

describe.each(dbKinds)('cash lent and borrowed on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
  });
  afterAll(() => db?.close());

  const fail = (p: Promise<unknown>) => p.then(() => 'no error', (e: Error) => e.message);

  it('moves the drawer once however often it is marked, and not for a voided debt or goods on credit', async () => {
    const tenant = await createTenant(db);
    const drawer = () => withTenant(db, tenant, (tx) => one<Drawer>(tx,
      `select lent::int, borrowed::int, debts_in::int from report_cash($1, $2, $3)`, [tenant, '2026-12-04T17:00:00Z', '2026-12-05T17:00:00Z']));
    const contact = (k: string) => withTenant(db, tenant, (tx) => one<{ id: string }>(tx,
      `insert into contacts (tenant_id, kind, name) values ($1, $2, $3) returning id`, [tenant, k, `${k} ${randomUUID()}`])).then((x) => x.id);
    const debt = (c: string, direction: string, amount: number) => withTenant(db, tenant, (tx) => one<{ r: { debt_id: string } }>(tx,
      `select add_debt($1, $2, $3, $4, $5, null, null, $6) r`, [tenant, c, direction, amount, `test:${randomUUID()}`, at])).then((x) => x.r.debt_id);
    const mark = (id: string, t: string = tenant) => withTenant(db, t, (tx) => one<{ r: { cash_moved: boolean } }>(tx,
      `select record_debt_cash($1, $2) r`, [t, id])).then((x) => x.r);
    const harun = await contact('customer');
    const rt = await contact('supplier');
    const lent = await debt(harun, 'receivable', 50000);
    const borrowed = await debt(rt, 'payable', 500000);
    await debt(harun, 'receivable', 20000); // "ngutang 20rb": no money moved
    expect(await drawer()).toEqual({ lent: 0, borrowed: 0, debts_in: 0 });
    expect(await mark(lent)).toMatchObject({ cash_moved: true });
    await mark(lent);
    await mark(borrowed);
    expect(await drawer()).toEqual({ lent: 50000, borrowed: 500000, debts_in: 0 });
    // Paid back in cash, the money comes in again as a payment.
    await withTenant(db, tenant, (tx) => tx.query(`select record_debt_payment($1, $2, 'receivable', 50000, $3, 'cash', $4)`, [tenant, harun, `test:${randomUUID()}`, at]));
    expect(await drawer()).toEqual({ lent: 50000, borrowed: 500000, debts_in: 50000 });
    // A voided loan never moved the drawer.
    const other = await debt(harun, 'receivable', 30000);
    await mark(other);
    await withTenant(db, tenant, (tx) => tx.query(`select void_debt($1, $2, 'batal')`, [tenant, other]));
    expect(await drawer()).toMatchObject({ lent: 50000 });
    expect(await fail(mark(other))).toMatch(/conflict:debt_voided/);
  });

  it('refuses a debt of goods on credit and another warung\'s debt', async () => {
    const tenant = await createTenant(db);
    const customer = await withTenant(db, tenant, (tx) => one<{ id: string }>(tx,
      `insert into contacts (tenant_id, kind, name) values ($1, 'customer', 'Bu Ani') returning id`, [tenant])).then((x) => x.id);
    const sale = await withTenant(db, tenant, (tx) => one<{ r: { id: string } }>(tx, `select post_transaction($1) r`,
      [{ kind: 'sale', payment: 'credit', contact_id: customer, source: 'chat', source_ref: `test:${randomUUID()}`, occurred_at: at, total: 42000 }])).then((x) => x.r.id);
    const ofSale = await withTenant(db, tenant, (tx) => one<{ id: string }>(tx, `select id from debts where transaction_id = $1`, [sale])).then((x) => x.id);
    expect(await fail(withTenant(db, tenant, (tx) => tx.query(`select record_debt_cash($1, $2)`, [tenant, ofSale])))).toMatch(/invalid:debt_of_transaction/);
    // Another warung cannot mark it: the debt is not theirs to find.
    expect(await fail(withTenant(db, SEED.tenant, (tx) => tx.query(`select record_debt_cash($1, $2)`, [SEED.tenant, ofSale])))).toMatch(/not_found:debt/);
  });
});
