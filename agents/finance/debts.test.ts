import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService } from '../../core/db/tenant.ts';
import { formatRupiah } from '../../core/format.ts';
import { addDebtReminder, dueDebtReminders, financeAgents, voidBooked } from './index.ts';
import { CONTACT, OWNER, P, TENANT, frame, item, nextInbox, run, scalar } from './testing.ts';

const now = new Date('2026-11-21T03:00:00Z');
const debtAdd = financeAgents.debt_add!;
const debtPay = financeAgents.debt_pay!;
const owed = (db: TestDb, contact: string, direction = 'receivable') =>
  scalar<number>(db, `select coalesce(sum(amount - paid), 0)::int as v from debts where contact_id = $1 and direction = $2 and status = 'open'`, [contact, direction]);

describe.each(dbKinds)('debts on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => { db = await freshDb(kind, { seeded: true }); });
  afterAll(async () => { await db?.close(); });

  test('debt_add by contact, twice for the same message books once', async () => {
    const inboxId = nextInbox();
    const f = frame('debt_add', { amount: 25000, counterparty: 'bu yati', contactId: CONTACT.yati, direction: 'receivable' });
    const a = await run(db, { now, inboxId }, (ctx) => debtAdd(ctx, f));
    await run(db, { now, inboxId }, (ctx) => debtAdd(ctx, f));
    expect(a.replies[0]!.text).toBe('Siap Kak, tercatat ✅ Utang Bu Yati Rp25.000. Total utang Bu Yati sekarang Rp25.000.');
    expect(await owed(db, CONTACT.yati)).toBe(25000);
  });

  test('debt_add by a new name creates the customer; payable goes to a supplier', async () => {
    const r = await run(db, { now }, (ctx) => debtAdd(ctx, frame('debt_add', { amount: 40000, counterparty: 'mas bejo' })));
    expect(r.replies[0]!.text).toContain('Utang Mas Bejo Rp40.000');
    expect(await scalar(db, `select kind as v from contacts where name = 'mas bejo'`)).toBe('customer');
    const p = await run(db, { now }, (ctx) => debtAdd(ctx, frame('debt_add', { amount: 750000, counterparty: 'koh hendra', direction: 'payable' })));
    expect(p.replies[0]!.text).toBe('Siap Kak, tercatat ✅ Utang ke Toko Makmur Rp750.000. Total utang ke Toko Makmur sekarang Rp750.000.');
  });

  test('debt_pay partial then full, oldest first, with the remaining balance', async () => {
    // Bu Yati: 25.000 above, plus a credit sale of 18.500.
    await run(db, { now }, (ctx) => financeAgents.sale!(ctx, frame('sale', {
      items: [item(P.gula, 'gula', 1, 'kg', 18500)], payment: 'credit', contactId: CONTACT.yati })));
    expect(await owed(db, CONTACT.yati)).toBe(43500);
    const payFrame = frame('debt_pay', { amount: 30000, contactId: CONTACT.yati, counterparty: 'bu yati' });
    const inboxId = nextInbox();
    const part = await run(db, { now, inboxId }, (ctx) => debtPay(ctx, payFrame));
    const rerun = await run(db, { now, inboxId }, (ctx) => debtPay(ctx, payFrame));
    expect(rerun.replies[0]!.text).toBe(part.replies[0]!.text);
    expect(part.replies[0]!.text).toBe('Siap Kak, tercatat ✅ Bu Yati bayar utang Rp30.000. Sisa utang Bu Yati Rp13.500.');
    expect(await scalar(db, `select status as v from debts where contact_id = $1 and source_ref is not null and direction = 'receivable'`, [CONTACT.yati])).toBe('paid');
    const full = await run(db, { now }, (ctx) => debtPay(ctx, frame('debt_pay', { contactId: CONTACT.yati })));
    expect(full.replies[0]!.text).toBe('Siap Kak, tercatat ✅ Bu Yati bayar utang Rp13.500. Utang Bu Yati sudah lunas 🎉');
    expect(await owed(db, CONTACT.yati)).toBe(0);
    // Undo the last payment: the balance comes back.
    await run(db, { now }, (ctx) => voidBooked(ctx, full.booked!));
    expect(await owed(db, CONTACT.yati)).toBe(13500);
  });

  test('debt_pay without direction pays the side that is open; overpayment is reported', async () => {
    const r = await run(db, { now }, (ctx) => debtPay(ctx, frame('debt_pay', { amount: 800000, contactId: CONTACT.makmur })));
    expect(r.replies[0]!.text).toBe('Siap Kak, tercatat ✅ Bayar utang ke Toko Makmur Rp800.000. Utang ke Toko Makmur sudah lunas 🎉 Kelebihan Rp50.000 jadi titipan kita di Toko Makmur, otomatis dipakai untuk utang berikutnya.');
  });

  test('an overpayment is the customer\'s deposit: the next debt is paid from it and the reply says so', async () => {
    await run(db, { now }, (ctx) => debtAdd(ctx, frame('debt_add', { amount: 10000, contactId: CONTACT.rini })));
    const over = await run(db, { now }, (ctx) => debtPay(ctx, frame('debt_pay', { amount: 15000, contactId: CONTACT.rini })));
    expect(over.replies[0]!.text).toBe('Siap Kak, tercatat ✅ Mbak Rini bayar utang Rp15.000. Utang Mbak Rini sudah lunas 🎉 Kelebihan Rp5.000 disimpan sebagai titipan Mbak Rini, otomatis dipakai untuk utang berikutnya.');
    expect(await scalar(db, `select deposit::int as v from debt_balances where contact_id = $1 and direction = 'receivable'`, [CONTACT.rini])).toBe(5000);
    const next = await run(db, { now }, (ctx) => debtAdd(ctx, frame('debt_add', { amount: 8000, contactId: CONTACT.rini })));
    expect(next.replies[0]!.text).toBe('Siap Kak, tercatat ✅ Utang Mbak Rini Rp8.000. Dipotong titipan Rp5.000. Total utang Mbak Rini sekarang Rp3.000.');
    expect(await owed(db, CONTACT.rini)).toBe(3000);
    // A deposit larger than the new debt: the rest stays, and the reply says how much.
    await run(db, { now }, (ctx) => debtPay(ctx, frame('debt_pay', { amount: 10000, contactId: CONTACT.rini })));
    const small = await run(db, { now }, (ctx) => debtAdd(ctx, frame('debt_add', { amount: 4000, contactId: CONTACT.rini })));
    expect(small.replies[0]!.text).toBe('Siap Kak, tercatat ✅ Utang Mbak Rini Rp4.000. Dipotong titipan Rp4.000. Titipan Mbak Rini masih Rp3.000. Utang Mbak Rini sudah lunas 🎉');
  });

  test('undo of a payment by chat and by SQL agree: debt 100.000, payments 20.000 and 50.000, undo the 20.000 → 50.000', async () => {
    await run(db, { now }, (ctx) => debtAdd(ctx, frame('debt_add', { amount: 100000, counterparty: 'pak slamet' })));
    const c = await scalar<string>(db, `select id::text as v from contacts where name = 'pak slamet'`);
    const base = 0;
    const p20 = await run(db, { now }, (ctx) => debtPay(ctx, frame('debt_pay', { amount: 20000, contactId: c })));
    await run(db, { now }, (ctx) => debtPay(ctx, frame('debt_pay', { amount: 50000, contactId: c })));
    // Two chat undos of the same payment at once (two messages), then the SQL function: one undo.
    const [a, b] = await Promise.all([run(db, { now }, (ctx) => voidBooked(ctx, p20.booked!)), run(db, { now }, (ctx) => voidBooked(ctx, p20.booked!))]);
    expect([a[0]!.text, b[0]!.text].sort()).toEqual([
      'Itu sudah dibatalkan sebelumnya, Kak: Pak Slamet bayar utang Rp20.000.',
      `Sudah dibatalkan ✅ Pak Slamet bayar utang Rp20.000. Sisa utang jadi ${formatRupiah(base + 50000)}.`,
    ]);
    expect(await owed(db, c)).toBe(base + 50000);
    await withService(db, (tx) => tx.query(`select void_debt_payment($1, $2)`, [TENANT, p20.booked!.id]));
    expect(await owed(db, c)).toBe(base + 50000);
    expect(await scalar(db, `select count(*)::int as v from debt_payments where id = $1 and voided_at is not null`, [p20.booked!.id])).toBe(1);
  });

  test('a date still to come is the due date', async () => {
    const r = await run(db, { now }, (ctx) => debtAdd(ctx, frame('debt_add', { amount: 15000, contactId: CONTACT.darto, date: '2026-11-28' })));
    expect(r.replies[0]!.text).toBe('Siap Kak, tercatat ✅ Utang Pak Darto Rp15.000. Jatuh tempo 28 Nov 2026. Total utang Pak Darto sekarang Rp15.000.');
    expect(await scalar(db, `select due_date::text as v from debts where id = $1`, [r.booked!.id.slice(5)])).toBe('2026-11-28');
    await run(db, { now }, (ctx) => voidBooked(ctx, r.booked!));
  });

  test('void of a debt_add voids the debt', async () => {
    const r = await run(db, { now }, (ctx) => debtAdd(ctx, frame('debt_add', { amount: 10000, contactId: CONTACT.darto })));
    expect(await owed(db, CONTACT.darto)).toBe(10000);
    const v = await run(db, { now }, (ctx) => voidBooked(ctx, r.booked!));
    expect(v[0]!.text).toBe('Sudah dibatalkan ✅ Utang Pak Darto Rp10.000.');
    expect(await owed(db, CONTACT.darto)).toBe(0);
  });

  test('reminders come on their local date, once, to the owner', async () => {
    await run(db, { now }, (ctx) => debtAdd(ctx, frame('debt_add', { amount: 20000, contactId: CONTACT.darto })));
    const set = await run(db, { now }, (ctx) => addDebtReminder(ctx, CONTACT.darto, '2026-11-22'));
    expect(set[0]!.text).toBe('Siap Kak ✅ Tanggal 22 Nov 2026 jam 08.00 saya ingatkan soal utang Pak Darto (sekarang Rp20.000).');
    // 21 Nov 23.30 WIB: not yet.
    const late = new Date('2026-11-21T16:30:00Z');
    expect(await withService(db, (tx) => dueDebtReminders(tx, late))).toEqual([]);
    // The same instant is already 22 Nov in WIT.
    await withService(db, (tx) => tx.query(`update tenants set timezone = 'Asia/Jayapura' where id = $1`, [TENANT]));
    const due = await withService(db, (tx) => dueDebtReminders(tx, late));
    expect(due).toEqual([{ tenantId: TENANT, phone: OWNER.phone, text: '🔔 Pengingat utang: Pak Darto masih punya utang Rp20.000. Hari ini jadwal menagih, Kak.' }]);
    expect(await withService(db, (tx) => dueDebtReminders(tx, late))).toEqual([]);
    await withService(db, (tx) => tx.query(`update tenants set timezone = 'Asia/Jakarta' where id = $1`, [TENANT]));
  });

  test('a reminder to pay sums what the warung owes and says so', async () => {
    const r = await run(db, { now }, (ctx) => debtAdd(ctx, frame('debt_add', { amount: 40000, contactId: CONTACT.darto, direction: 'payable' })));
    const set = await run(db, { now }, (ctx) => addDebtReminder(ctx, CONTACT.darto, '2026-11-22', 'payable'));
    expect(set[0]!.text).toBe('Siap Kak ✅ Tanggal 22 Nov 2026 jam 08.00 saya ingatkan bayar utang ke Pak Darto (sekarang Rp40.000).');
    const due = await withService(db, (tx) => dueDebtReminders(tx, new Date('2026-11-22T01:00:00Z')));
    expect(due.map((d) => d.text)).toContain('🔔 Pengingat: hari ini jadwal bayar utang ke Pak Darto Rp40.000, Kak.');
    await run(db, { now }, (ctx) => voidBooked(ctx, r.booked!));
  });
});

describe('debt_pay by an unknown name', () => {
  test('creates no contact and books nothing', async () => {
    const db = await freshDb('pglite', { seeded: true });
    try {
      const r = await run(db, { now }, (ctx) => debtPay(ctx, frame('debt_pay', { amount: 5000, counterparty: 'mas joni' })));
      expect(r.replies[0]!.text).toBe('Mas Joni belum punya catatan utang, Kak.');
      expect(await scalar(db, `select count(*)::int as v from contacts where lower(name) = 'mas joni'`)).toBe(0);
      const byAlias = await run(db, { now }, (ctx) => debtPay(ctx, frame('debt_pay', { amount: 5000, counterparty: 'rini' })));
      expect(byAlias.replies[0]!.text).toBe('Mbak Rini tidak punya utang yang tercatat, Kak.');
    } finally {
      await db.close();
    }
  });
});
