// The chat undo ("batal") goes through the SQL undo functions: a stock-in with cost leaves the average as
// it was before (issue #8 defect 5), twice at once undoes once; a debt of money alone is voided by void_debt.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { inventoryAgents } from '../inventory/index.ts';
import { financeAgents, voidBooked } from './index.ts';
import { CONTACT, P, frame, item, level, run, scalar } from './testing.ts';

const now = new Date('2026-11-21T03:00:00Z');
const avg = (db: TestDb, p: string) => scalar<number>(db, `select avg_cost::float8 as v from products where id = $1`, [p]);

describe.each(dbKinds)('chat undo on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => { db = await freshDb(kind, { seeded: true }); });
  afterAll(async () => { await db?.close(); });

  test('undo of a stock-in with cost restores the average and the level, once', async () => {
    // Le Minerale: 48 btl at 2.900. 24 more at 3.500 → (48 × 2900 + 24 × 3500) / 72 = 3.100.
    const p = 'd0000000-0000-4000-8000-000000000027';
    const r = await run(db, { now }, (ctx) => inventoryAgents.stock_in!(ctx, frame('stock_in', { items: [item(p, 'le minerale', 24, 'btl', 3500)] })));
    expect(await avg(db, p)).toBe(3100);
    const [a, b] = await Promise.all([run(db, { now }, (ctx) => voidBooked(ctx, r.booked!)), run(db, { now }, (ctx) => voidBooked(ctx, r.booked!))]);
    expect([a[0]!.text, b[0]!.text].sort()).toEqual([
      'Itu sudah dibatalkan sebelumnya, Kak: Stok masuk Le Minerale 600 ml +24 btl.',
      'Sudah dibatalkan ✅ Stok masuk Le Minerale 600 ml +24 btl. Stok Le Minerale 600 ml sekarang 48 btl.',
    ]);
    expect([await level(db, p), await avg(db, p)]).toEqual([48, 2900]);
  });

  test('undo of a debt of money alone voids it; a paid one is refused with the way forward', async () => {
    const d = await run(db, { now }, (ctx) => financeAgents.debt_add!(ctx, frame('debt_add', { amount: 12000, contactId: CONTACT.yati })));
    await run(db, { now }, (ctx) => financeAgents.debt_pay!(ctx, frame('debt_pay', { amount: 2000, contactId: CONTACT.yati })));
    const v = await run(db, { now }, (ctx) => voidBooked(ctx, d.booked!));
    expect(v[0]!.text).toBe('Utang itu sudah dicicil, jadi tidak bisa dibatalkan lewat chat, Kak. Batalkan pembayarannya dulu.');
    expect(await scalar(db, `select status as v from debts where id = $1`, [d.booked!.id.slice(5)])).toBe('open');
  });

  test('a sold-out sale voided after a dearer purchase comes back at its own cost', async () => {
    // Aqua Gelas: 96 at 700. Sell all, buy 96 at 800, void the sale → (96 × 800 + 96 × 700) / 192 = 750.
    const sold = await run(db, { now }, (ctx) => financeAgents.sale!(ctx, frame('sale', { items: [item(P.aquaGelas, 'aqua gelas', 96, 'gelas', 1000)] })));
    await run(db, { now }, (ctx) => financeAgents.purchase!(ctx, frame('purchase', { items: [item(P.aquaGelas, 'aqua gelas', 96, 'gelas', 800)] })));
    await run(db, { now }, (ctx) => voidBooked(ctx, sold.booked!));
    expect([await level(db, P.aquaGelas), await avg(db, P.aquaGelas)]).toEqual([192, 750]);
  });
});
