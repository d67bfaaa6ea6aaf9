import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService } from '../../core/db/tenant.ts';
import { financeAgents, voidBooked } from '../finance/index.ts';
import { CASHIER, OWNER, P, frame, item, level, run, scalar } from '../finance/testing.ts';
import { inventoryAgents } from './index.ts';

const now = new Date('2026-11-21T03:00:00Z');
const sale = financeAgents.sale!;
const { stock_check: stockCheck, stock_in: stockIn, stock_set: stockSet, price_set: priceSet } = inventoryAgents;
const sell = (db: TestDb, productId: string, qty: number, price: number, opts: { date?: string; member?: typeof CASHIER } = {}) =>
  run(db, { now, member: opts.member }, (ctx) => sale(ctx, frame('sale', { items: [item(productId, 'x', qty, null, price)], date: opts.date ?? null })));

describe.each(dbKinds)('inventory on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => { db = await freshDb(kind, { seeded: true }); });
  afterAll(async () => { await db?.close(); });

  test('reorder alert goes to the owner once, and again only after stock went back above', async () => {
    // Indomie Goreng: 80 in stock, reorder point 20. A cashier sells.
    const first = await sell(db, P.indomie, 59, 3500, { member: CASHIER });
    expect(first.replies).toHaveLength(1);
    const under = await sell(db, P.indomie, 2, 3500, { member: CASHIER });
    expect(under.replies[1]).toEqual({
      toPhone: OWNER.phone,
      text: '⚠️ Stok Indomie Goreng tinggal 19 bks (batas pesan ulang 20 bks). Rata-rata laku 4,4 bks/hari. Sudah waktunya kulakan, Kak.',
    });
    expect((await sell(db, P.indomie, 1, 3500)).replies).toHaveLength(1);
    // Restock above the point, then sell under it again: a new alert.
    await run(db, { now }, (ctx) => stockIn!(ctx, frame('stock_in', { items: [item(P.indomie, 'indomie', 10, 'bks', null)] })));
    expect(await level(db, P.indomie)).toBe(28);
    const again = await sell(db, P.indomie, 9, 3500);
    expect(again.replies[1]?.text).toContain('tinggal 19 bks');
    expect(await scalar(db, `select count(*)::int as v from audit_log where action = 'stock.reorder_alert'`)).toBe(2);
  });

  test('with no reorder point set, it is learned from the last 14 days of sales', async () => {
    await withService(db, (tx) => tx.query(`update products set reorder_point = null where id = $1`, [P.aquaGelas]));
    // 96 in stock. 70 sold three days ago: 5 a day × 2 days lead = 10; 26 left is fine.
    const old = await sell(db, P.aquaGelas, 70, 1000, { date: '2026-11-18' });
    expect(old.replies).toHaveLength(1);
    // A sale 20 days ago is outside the window and does not count.
    await sell(db, P.aquaGelas, 6, 1000, { date: '2026-11-01' });
    // 20 → 16 today: 86 sold in 14 days → 6,14/day × 2 = 12,3 → point 13; 4 left is under it.
    const r = await sell(db, P.aquaGelas, 16, 1000);
    expect(r.replies[1]?.text).toBe('⚠️ Stok Aqua Gelas 220 ml tinggal 4 gelas (batas pesan ulang 13 gelas). Rata-rata laku 6,1 gelas/hari. Sudah waktunya kulakan, Kak.');
  });

  test('a product no stock ever came in for (made to order, or named at a sale) raises no reorder alert', async () => {
    const id = await withService(db, async (tx) => (await tx.query<{ id: string }>(
      `insert into products (tenant_id, name, aliases, unit, sell_price) values ('a0000000-0000-4000-8000-000000000001', 'Es Batuu', '{}', 'pcs', 1000) returning id`)).rows[0]!.id);
    expect((await sell(db, id, 2, 1000)).replies).toHaveLength(1);
    expect((await sell(db, id, 1, 1000)).replies).toHaveLength(1);
    const check = await run(db, { now }, (ctx) => stockCheck!(ctx, frame('stock_check', { items: [item(id, 'es batuu', 0, null, null)] })));
    expect(check.replies[0]!.text).toBe('Stok Es Batuu belum dihitung, Kak: belum pernah ada barang masuk. Kirim "stok es batuu sekarang …" kalau mau mulai dihitung.');
    // Once stock came in it is kept, and a sale into the negative alerts.
    await withService(db, (tx) => tx.query(`select public.add_stock('a0000000-0000-4000-8000-000000000001', $1, 2, 'test:es-in', null, null)`, [id]));
    expect((await sell(db, id, 1, 1000)).replies[1]?.text).toContain('Stok Es Batuu tinggal -2 pcs');
  });

  test('stock_check tells the level and warns when low', async () => {
    const ok = await run(db, { now }, (ctx) => stockCheck!(ctx, frame('stock_check', { items: [item(P.beras, 'beras', 0, null, null)] })));
    expect(ok.replies[0]!.text).toBe('Stok Beras Medium tinggal 50 kg.');
    const low = await run(db, { now }, (ctx) => stockCheck!(ctx, frame('stock_check', { items: [item(P.aquaGelas, 'aqua gelas', 0, null, null)] })));
    expect(low.replies[0]!.text).toBe('Stok Aqua Gelas 220 ml tinggal 4 gelas. Sudah menipis (batas 13 gelas), waktunya kulakan.');
  });

  test('stock_in adds stock with the cost, once per message', async () => {
    const f = frame('stock_in', { items: [item(P.aqua, 'aqua', 24, 'botol', 3200)] });
    const r = await run(db, { now, inboxId: '9001' }, (ctx) => stockIn!(ctx, f));
    await run(db, { now, inboxId: '9001' }, (ctx) => stockIn!(ctx, f));
    expect(r.replies[0]!.text).toBe('Siap Kak, stok masuk tercatat ✅ Aqua 600 ml +24 btl (modal Rp3.200/btl), stok sekarang 72 btl.');
    expect(await level(db, P.aqua)).toBe(72);
    // (48 × 3000 + 24 × 3200) / 72
    expect(await scalar(db, `select avg_cost::float8 as v from products where id = $1`, [P.aqua])).toBeCloseTo(3066.6667, 3);
  });

  test('opname books the difference; undo takes it back', async () => {
    const r = await run(db, { now }, (ctx) => stockSet!(ctx, frame('stock_set', { items: [item(P.gula, 'gula', 17, 'kg', null)] })));
    expect(r.replies[0]!.text).toBe('Siap Kak, stok dihitung ulang ✅ Gula Pasir 17 kg, kurang 3 kg dari catatan (20 kg).');
    expect(await scalar(db, `select qty::float8 as v from stock_movements where id = $1`, [Number(r.booked!.id)])).toBe(-3);
    const more = await run(db, { now }, (ctx) => stockSet!(ctx, frame('stock_set', { items: [item(P.kopi, 'kopi', 104, 'sachet', null)] })));
    expect(more.replies[0]!.text).toContain('Kopi Kapal Api Special Mix 104 sachet, lebih 4 sachet dari catatan (100 sachet)');
    const v = await run(db, { now }, (ctx) => voidBooked(ctx, r.booked!));
    expect(v[0]!.text).toBe('Sudah dibatalkan ✅ Stok opname Gula Pasir 17 kg. Stok Gula Pasir sekarang 20 kg.');
    expect(await level(db, P.gula)).toBe(20);
  });

  test('one message with two products: both counted, both taken back by undo', async () => {
    const f = frame('stock_in', { items: [item(P.beras, 'beras', 5, 'kg', null), item(P.minyak2, 'minyak', 2, 'pcs', null)] });
    const r = await run(db, { now }, (ctx) => stockIn!(ctx, f));
    expect(r.replies[0]!.text).toBe('Siap Kak, stok masuk tercatat ✅ Beras Medium +5 kg, stok sekarang 55 kg; Minyak Goreng Sania 2 L +2 pcs, stok sekarang 14 pcs.');
    const v = await run(db, { now }, (ctx) => voidBooked(ctx, r.booked!));
    expect(v[0]!.text).toBe('Sudah dibatalkan ✅ Stok masuk Beras Medium +5 kg, Minyak Goreng Sania 2 L +2 pcs. Stok Beras Medium sekarang 50 kg, Minyak Goreng Sania 2 L sekarang 12 pcs.');
    expect([await level(db, P.beras), await level(db, P.minyak2)]).toEqual([50, 12]);
  });

  test('price_set replies old → new; undo restores the old price', async () => {
    const r = await run(db, { now }, (ctx) => priceSet!(ctx, frame('price_set', { items: [item(P.beras, 'beras', 1, null, 14500)] })));
    expect(r.replies[0]!.text).toBe('Siap Kak, harga Beras Medium per kg Rp14.000 → Rp14.500 ✅');
    expect(await scalar(db, `select sell_price::int as v from products where id = $1`, [P.beras])).toBe(14500);
    const v = await run(db, { now }, (ctx) => voidBooked(ctx, r.booked!));
    expect(v[0]!.text).toBe('Sudah dibatalkan ✅ Harga Beras Medium Rp14.000 → Rp14.500. Harga kembali Rp14.000.');
    expect(await scalar(db, `select sell_price::int as v from products where id = $1`, [P.beras])).toBe(14000);
  });
});

describe('reorder alert under concurrent sales (postgres)', () => {
  test('two chats crossing the point at once alert the owner once', async () => {
    const db = await freshDb('postgres', { seeded: true });
    try {
      // Gula Pasir: 20 in stock, point 5. Bring it to 7, then two cashiers each sell 2 at the same moment.
      await sell(db, P.gula, 13, 18500);
      const results = await Promise.all([sell(db, P.gula, 2, 18500, { member: CASHIER }), sell(db, P.gula, 2, 18500)]);
      expect(await level(db, P.gula)).toBe(3);
      expect(results.flatMap((r) => r.replies.filter((x) => x.toPhone))).toHaveLength(1);
      expect(await scalar(db, `select count(*)::int as v from audit_log where action = 'stock.reorder_alert'`)).toBe(1);
    } finally {
      await db.close();
    }
  });
});
