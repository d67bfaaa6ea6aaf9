// debt_list, debt_history and day_entries (migration 20261201050000) on both engines: balances as of a
// moment, the history of one contact, and tenant isolation (another tenant's id is refused).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService } from '../../core/db/tenant.ts';
import { debtHistory, debtList } from './debt-reads.ts';
import { financeAgents } from './index.ts';
import { todaysEntries } from './review.ts';
import { CASHIER, CONTACT, P, TENANT, frame, item, run } from './testing.ts';

const now = new Date('2026-11-21T05:00:00Z');
const OTHER = 'a0000000-0000-4000-8000-0000000000ff';

describe.each(dbKinds)('debt reads on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
    await withService(db, (tx) => tx.query(`insert into tenants (id, name, city, timezone) values ($1, 'Lain', 'X', 'Asia/Jakarta')`, [OTHER]));
    // Bu Yati: a credit sale on the 19th (Rp18.500), paid Rp10.000 on the 20th; Pak Darto Rp50.000 on the 21st.
    await run(db, { now: new Date('2026-11-19T05:00:00Z') }, (ctx) => financeAgents.sale!(ctx, frame('sale', {
      items: [item(P.gula, 'gula', 1, 'kg', 18500)], payment: 'credit', contactId: CONTACT.yati })));
    await run(db, { now: new Date('2026-11-20T05:00:00Z') }, (ctx) => financeAgents.debt_pay!(ctx, frame('debt_pay', { amount: 10000, contactId: CONTACT.yati })));
    await run(db, { now }, (ctx) => financeAgents.debt_add!(ctx, frame('debt_add', { amount: 50000, contactId: CONTACT.darto })));
    await run(db, { now: new Date(now.getTime() + 60_000), member: CASHIER }, (ctx) => financeAgents.sale!(ctx, frame('sale', { items: [item(P.aqua, 'aqua', 1, 'btl', 4000)] })));
  });
  afterAll(async () => { await db?.close(); });

  test('balances as of a moment: before the payment, after it, and today', async () => {
    const at = (iso: string) => run(db, { now }, async (ctx) =>
      (await debtList(ctx.tx, TENANT, 'receivable', new Date(iso))).map((r) => [r.name, r.outstanding]));
    expect(await at('2026-11-19T12:00:00Z')).toEqual([['Bu Yati', 18500]]);
    expect(await at('2026-11-20T12:00:00Z')).toEqual([['Bu Yati', 8500]]);
    expect(await at('2026-11-21T12:00:00Z')).toEqual([['Pak Darto', 50000], ['Bu Yati', 8500]]);
  });

  test('one contact\'s history, newest first', async () => {
    const h = await run(db, { now }, (ctx) => debtHistory(ctx.tx, TENANT, CONTACT.yati));
    expect(h.map((x) => [x.entry, x.amount, x.description])).toEqual([['payment', 10000, null], ['debt', 18500, 'Gula Pasir']]);
  });

  test('the day\'s entries: the owner sees all, a cashier only their own', async () => {
    const all = await run(db, { now }, (ctx) => todaysEntries(ctx));
    // In time order, as they happened.
    expect(all.map((e) => e.summary)).toEqual(['Utang Pak Darto Rp50.000', 'Penjualan Aqua 600 ml 1 btl × Rp4.000 = Rp4.000']);
    const own = await run(db, { now, member: CASHIER }, (ctx) => todaysEntries(ctx));
    expect(own.map((e) => e.n + e.summary)).toEqual(['1Penjualan Aqua 600 ml 1 btl × Rp4.000 = Rp4.000']);
  });

  test('another tenant\'s id is refused', async () => {
    await expect(run(db, { now }, (ctx) => debtList(ctx.tx, OTHER, 'receivable', now))).rejects.toThrow(/forbidden/);
    await expect(run(db, { now }, (ctx) => ctx.tx.query(`select * from day_entries($1, $2, $3)`, [OTHER, now, now]))).rejects.toThrow(/forbidden/);
  });
});
