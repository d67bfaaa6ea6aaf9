import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { financeAgents, voidBooked, income } from './index.ts';
import { CONTACT, P, TENANT, frame, item, level, nextInbox, run, scalar } from './testing.ts';

const now = new Date('2026-11-21T03:00:00Z'); // Sat 21 Nov 10.00 WIB
const sale = financeAgents.sale!;
const purchase = financeAgents.purchase!;
const expense = financeAgents.expense!;

describe.each(dbKinds)('finance bookings on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => { db = await freshDb(kind, { seeded: true }); });
  afterAll(async () => { await db?.close(); });

  test('a sale books the transaction, moves stock and echoes it', async () => {
    const f = frame('sale', { items: [item(P.indomie, 'indomie goreng', 5, 'bungkus', 3500)], amount: 17500 });
    const r = await run(db, { now }, (ctx) => sale(ctx, f));
    expect(r.replies[0]!.text).toBe('Siap Kak, tercatat ✅ Penjualan Indomie Goreng 5 bks × Rp3.500 = Rp17.500. Stok sisa 75 bks.');
    expect(r.booked).toMatchObject({ kind: 'transaction', summary: 'Penjualan Indomie Goreng 5 bks × Rp3.500 = Rp17.500' });
    expect(await level(db, P.indomie)).toBe(75);
    const tx = await withRow(db, r.booked!.id);
    expect(tx).toMatchObject({ kind: 'sale', total: 17500, cogs: 15500, payment: 'cash', source: 'chat' });
  });

  test('the same inbox message run twice books once and replies the same', async () => {
    const inboxId = nextInbox();
    const f = frame('sale', { items: [item(P.aqua, 'aqua', 2, 'botol', 4000)] });
    const a = await run(db, { now, inboxId }, (ctx) => sale(ctx, f));
    const b = await run(db, { now, inboxId }, (ctx) => sale(ctx, f));
    expect(b.replies.map((x) => x.text)).toEqual(a.replies.map((x) => x.text));
    expect(b.booked!.id).toBe(a.booked!.id);
    expect(await scalar(db, `select count(*)::int as v from transactions where source_ref = $1`, [`inbox:${inboxId}`])).toBe(1);
    expect(await level(db, P.aqua)).toBe(46);
  });

  test('several lines list each one with the total', async () => {
    const f = frame('sale', { items: [item(P.kopi, 'kopi', 3, 'sachet', 2000), item(P.aquaGelas, 'aqua gelas', 2, 'gelas', 1000)] });
    const r = await run(db, { now }, (ctx) => sale(ctx, f));
    expect(r.replies[0]!.text).toBe([
      'Siap Kak, tercatat ✅ Penjualan:', '• Kopi Kapal Api Special Mix 3 sachet × Rp2.000 = Rp6.000',
      '• Aqua Gelas 220 ml 2 gelas × Rp1.000 = Rp2.000', 'Total Rp8.000.',
      'Stok sisa: Aqua Gelas 220 ml 94 gelas, Kopi Kapal Api Special Mix 97 sachet.',
    ].join('\n'));
  });

  test('a sale on credit creates a receivable for the contact', async () => {
    const f = frame('sale', { items: [item(P.gula, 'gula', 1, 'kg', 18500)], payment: 'credit', counterparty: 'bu yati', contactId: CONTACT.yati });
    const r = await run(db, { now }, (ctx) => sale(ctx, f));
    expect(r.replies[0]!.text).toContain('Penjualan (bon Bu Yati) Gula Pasir 1 kg × Rp18.500 = Rp18.500');
    expect(r.replies[0]!.text).toContain('Total utang Bu Yati sekarang Rp18.500.');
    expect(await scalar(db, `select amount::int as v from debts where transaction_id = $1 and direction = 'receivable'`, [r.booked!.id])).toBe(18500);
  });

  test('a purchase on credit by name finds the supplier, adds stock, updates the average cost', async () => {
    const f = frame('purchase', { items: [item(P.beras, 'beras', 10, 'kg', 13000)], payment: 'credit', counterparty: 'toko makmur' });
    const r = await run(db, { now }, (ctx) => purchase(ctx, f));
    expect(r.replies[0]!.text).toBe('Siap Kak, tercatat ✅ Pembelian (utang ke Toko Makmur) Beras Medium 10 kg × Rp13.000 = Rp130.000. Stok sekarang 60 kg. Total utang ke Toko Makmur sekarang Rp130.000.');
    expect(await level(db, P.beras)).toBe(60);
    expect(await scalar(db, `select contact_id::text as v from debts where transaction_id = $1 and direction = 'payable'`, [r.booked!.id])).toBe(CONTACT.makmur);
    // (50 × 12800 + 10 × 13000) / 60
    expect(await scalar(db, `select avg_cost::float8 as v from products where id = $1`, [P.beras])).toBeCloseTo(12833.3333, 3);
  });

  test('goods no stock ever came in for are sold without a stock line, a warning or a reorder alert', async () => {
    // Owner try: "laku nasi uduk 15 bungkus @8rb" (a new product) answered "Stok sisa -15 bks" and "di catatan kurang".
    const uduk = await scalar<string>(db, `insert into products (tenant_id, name, unit, sell_price, reorder_point) values ($1, 'Nasi Uduk', 'bks', 8000, 5) returning id::text as v`, [TENANT]);
    const f = frame('sale', { items: [item(uduk, 'nasi uduk', 15, 'bungkus', 8000)] });
    for (const round of [1, 2]) {
      const r = await run(db, { now }, (ctx) => sale(ctx, f));
      expect(r.replies.map((x) => x.text)).toEqual(['Siap Kak, tercatat ✅ Penjualan Nasi Uduk 15 bks × Rp8.000 = Rp120.000.']);
      expect(await level(db, uduk)).toBe(-15 * round);
    }
    // Once stock comes in, it is counted as any other.
    await scalar(db, `select public.add_stock($1, $2, 40, 'test:uduk-in', null, null) as v`, [TENANT, uduk]);
    const r = await run(db, { now }, (ctx) => sale(ctx, frame('sale', { items: [item(uduk, 'nasi uduk', 15, 'bungkus', 8000)] })));
    expect(r.replies[0]!.text).toContain('Stok sisa -5 bks.');
    expect(r.replies[0]!.text).toContain('⚠️ Stok Nasi Uduk di catatan kurang');
  });

  test('selling more than the stock on record is booked and flagged', async () => {
    const f = frame('sale', { items: [item(P.bawangPutih, 'bawang putih', 3, 'kg', 42000)] });
    const r = await run(db, { now }, (ctx) => sale(ctx, f));
    expect(r.replies[0]!.text).toContain('Stok sisa -1 kg.');
    expect(r.replies[0]!.text).toContain('⚠️ Stok Bawang Putih di catatan kurang');
    expect(await level(db, P.bawangPutih)).toBe(-1);
  });

  test('a sale of the day before is dated and says so', async () => {
    const f = frame('sale', { items: [item(P.kopi, 'kopi', 1, 'sachet', 2000)], date: '2026-11-20' });
    const r = await run(db, { now }, (ctx) => sale(ctx, f));
    expect(r.replies[0]!.text).toContain('Penjualan tgl 20 Nov 2026: Kopi');
    expect(await scalar(db, `select occurred_at::text as v from transactions where id = $1`, [r.booked!.id])).toMatch(/^2026-11-20 03:00:00/);
  });

  test('a missing price or buyer is asked, nothing booked', async () => {
    const noPrice = await run(db, { now }, (ctx) => purchase(ctx, frame('purchase', { items: [item(P.gula, 'gula', 5, 'kg', null)] })));
    expect(noPrice.replies[0]!.text).toBe('Harga gula berapa, Kak? Per kg atau total?');
    const noWho = await run(db, { now }, (ctx) => sale(ctx, frame('sale', { items: [item(P.gula, 'gula', 1, 'kg', 18500)], payment: 'credit' })));
    expect(noWho.replies[0]!.text).toBe('Yang ngutang siapa, Kak?');
    expect(noWho.booked).toBeUndefined();
  });

  test('expense category: from the frame, then from past choices, else lainnya', async () => {
    const bensin = (category: string | null) => frame('expense', { items: [item(null, 'bensin', 1, null, null, 20000)], amount: 20000, category });
    const a = await run(db, { now }, (ctx) => expense(ctx, bensin('transport')));
    expect(a.replies[0]!.text).toBe('Siap Kak, tercatat ✅ Pengeluaran (transport) Bensin Rp20.000.');
    const b = await run(db, { now }, (ctx) => expense(ctx, bensin(null)));
    expect(await scalar(db, `select category as v from transactions where id = $1`, [b.booked!.id])).toBe('transport');
    const c = await run(db, { now }, (ctx) => expense(ctx, frame('expense', { amount: 50000, counterparty: 'iuran rt' })));
    expect(await scalar(db, `select category as v from transactions where id = $1`, [c.booked!.id])).toBe('lainnya');
    expect(c.replies[0]!.text).toBe('Siap Kak, tercatat ✅ Pengeluaran Iuran RT Rp50.000.');
    const bill = await run(db, { now }, (ctx) => expense(ctx, frame('expense', { amount: 150000, category: 'listrik' })));
    expect(bill.replies[0]!.text).toBe('Siap Kak, tercatat ✅ Pengeluaran Listrik Rp150.000.');
  });

  test('income is booked as money in', async () => {
    const r = await run(db, { now }, (ctx) => income(ctx, frame('sale', { amount: 30000, counterparty: 'titipan kue' })));
    expect(r.replies[0]!.text).toBe('Siap Kak, tercatat ✅ Pemasukan Titipan Kue Rp30.000.');
    expect(await withRow(db, r.booked!.id)).toMatchObject({ kind: 'income', total: 30000 });
  });

  test('void restores stock and says so; a second void changes nothing', async () => {
    const f = frame('sale', { items: [item(P.minyak2, 'minyak 2 liter', 2, 'pcs', 41000)] });
    const r = await run(db, { now }, (ctx) => sale(ctx, f));
    expect(await level(db, P.minyak2)).toBe(10);
    const v = await run(db, { now }, (ctx) => voidBooked(ctx, r.booked!));
    expect(v[0]!.text).toBe('Sudah dibatalkan ✅ Penjualan Minyak Goreng Sania 2 L 2 pcs × Rp41.000 = Rp82.000. Stok dikembalikan.');
    expect(await level(db, P.minyak2)).toBe(12);
    expect(await withRow(db, r.booked!.id)).toMatchObject({ status: 'voided' });
    const again = await run(db, { now }, (ctx) => voidBooked(ctx, r.booked!));
    expect(again[0]!.text).toContain('sudah dibatalkan sebelumnya');
    expect(await level(db, P.minyak2)).toBe(12);
  });

  test('void of a credit sale voids its debt', async () => {
    const f = frame('sale', { items: [item(P.kopi, 'kopi', 2, 'sachet', 2000)], payment: 'credit', contactId: CONTACT.darto });
    const r = await run(db, { now }, (ctx) => sale(ctx, f));
    await run(db, { now }, (ctx) => voidBooked(ctx, r.booked!));
    expect(await scalar(db, `select status as v from debts where transaction_id = $1`, [r.booked!.id])).toBe('void');
  });
});

async function withRow(db: TestDb, id: string) {
  return scalar<Record<string, unknown>>(db, `select to_jsonb(t) as v from transactions t where id = $1`, [id]);
}

describe('units', () => {
  test('a unit that does not convert is booked as said and flagged', async () => {
    const db = await freshDb('pglite', { seeded: true });
    try {
      const f = frame('purchase', { items: [item(P.aqua, 'aqua', 2, 'dus', 48000)] });
      const r = await run(db, { now }, (ctx) => purchase(ctx, f));
      expect(r.replies[0]!.text).toBe('Siap Kak, tercatat ✅ Pembelian Aqua 600 ml 2 dus × Rp48.000 = Rp96.000. Stok sekarang 50 btl. ⚠️ Stok Aqua 600 ml dihitung per btl, jadi 2 dus tercatat 2 btl. Kalau beda, koreksi jumlahnya dalam btl ya, Kak.');
    } finally {
      await db.close();
    }
  });
});
