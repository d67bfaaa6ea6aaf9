// Alerts fire once per subject per week, respect each warung's quiet hours, and compare quotes with
// wholesale prices; the spike is the real one in the Bandung file (Cabai Merah Keriting 37.333 → 62.500).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TenantZone } from '../../core/format.ts';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService, withTenant } from '../../core/db/tenant.ts';
import { loadDemoPrices } from './demo-data.ts';
import { quietHours } from './alerts.ts';
import { quoteAboveMarket } from './quote-check.ts';
import { recordSupplierQuote } from './record-quote.ts';
import { alertsFor } from './run-alerts.ts';

async function warung(db: TestDb, zone: TenantZone, products: [string, string, number, number][]): Promise<{ id: string; timezone: TenantZone }> {
  return withService(db, async (tx) => {
    const id = (await tx.query<{ id: string }>(`insert into tenants (name, city, regency, province, timezone) values ('W', 'Bandung', 'Kota Bandung', 'Jawa Barat', $1) returning id`, [zone])).rows[0].id;
    for (const [name, unit, sell, cost] of products) {
      await tx.query(`insert into products (tenant_id, name, unit, sell_price, avg_cost) values ($1, $2, $3, $4, $5)`, [id, name, unit, sell, cost]);
    }
    return { id, timezone: zone };
  });
}

describe('quietHours', () => {
  it.each([
    ['2026-11-20T13:59:00Z', 'Asia/Jakarta', false], ['2026-11-20T14:00:00Z', 'Asia/Jakarta', true], // 21:00 WIB
    ['2026-11-20T23:59:00Z', 'Asia/Jakarta', true], ['2026-11-21T00:00:00Z', 'Asia/Jakarta', false], // 07:00 WIB
    ['2026-11-20T13:00:00Z', 'Asia/Makassar', true], ['2026-11-20T12:59:00Z', 'Asia/Makassar', false], // 21:00 WITA
    ['2026-11-20T12:00:00Z', 'Asia/Jayapura', true], ['2026-11-20T22:00:00Z', 'Asia/Jayapura', false], // 21:00, 07:00 WIT
  ] as const)('%s in %s → %s', (at, zone, quiet) => expect(quietHours(new Date(at), zone)).toBe(quiet));
});

describe.each(dbKinds)('market alerts on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
    await loadDemoPrices(db);
  });
  afterAll(() => db?.close());
  const run = (t: { id: string; timezone: TenantZone }, at: string) => withService(db, (tx) => alertsFor(tx, t, new Date(at)));

  it('a spike of more than 20 % within 2 days in something the warung sells: once a week', async () => {
    const t = await warung(db, 'Asia/Jakarta', [['Cabe Keriting', 'kg', 55000, 40000], ['Indomie Goreng', 'bks', 3500, 3000]]);
    const first = await run(t, '2025-09-15T05:00:00Z'); // 12:00 WIB
    expect(first).toEqual([{ subject: 'Cabai Merah Keriting', kind: 'spike',
      text: '⚠️ Harga Cabai Merah Keriting di Kota Bandung naik 67% dalam 2 hari (Rp37.333 → Rp62.500/kg). Cek harga jual Cabe Keriting Kakak (sekarang Rp55.000/kg).' }]);
    expect(await run(t, '2025-09-15T06:00:00Z')).toEqual([]);
    expect(await run(t, '2025-09-17T05:00:00Z')).toEqual([]); // 62.500 vs 45.500 two days before: a spike, but within the week
    const none = await warung(db, 'Asia/Jakarta', [['Indomie Goreng', 'bks', 3500, 3000]]);
    expect(await run(none, '2025-09-15T05:00:00Z')).toEqual([]); // sells no chili
  });

  it('a selling price below the moving-average cost, never at night in the warung\'s own zone', async () => {
    const products: [string, string, number, number][] = [['Gula Pasir', 'kg', 16000, 17000]];
    const wib = await warung(db, 'Asia/Jakarta', products);
    const wit = await warung(db, 'Asia/Jayapura', products);
    const at = '2026-11-20T13:30:00Z'; // 20:30 WIB, 22:30 WIT
    expect(await run(wit, at)).toEqual([]);
    const [alert] = await run(wib, at);
    expect(alert).toEqual({ subject: 'Gula Konsumsi', kind: 'below_cost',
      text: '⚠️ Harga jual Gula Pasir (Rp16.000/kg) di bawah modal rata-rata (Rp17.000/kg). Mau dinaikkan, Kak? Ketik misal "harga gula pasir jadi 18.700".' });
    expect(await run(wit, '2026-11-20T22:30:00Z')).toHaveLength(1); // 07:30 WIT
    expect(await run(wib, '2026-11-26T13:30:00Z')).toEqual([]); // 6 days later: still this week
    expect(await run(wib, '2026-11-27T13:31:00Z')).toHaveLength(1); // a week later: again
  });

  it('a spike is never said at night in the warung\'s own zone, and a quiet night does not use up the week', async () => {
    const products: [string, string, number, number][] = [['Cabe Merah Keriting', 'kg', 60000, 45000]];
    const wib = await warung(db, 'Asia/Jakarta', products);
    const wit = await warung(db, 'Asia/Jayapura', products);
    const evening = '2025-09-17T13:00:00Z'; // 20:00 WIB, 22:00 WIT: 62.500 against 45.500 on the 16th
    expect(await run(wit, evening)).toEqual([]);
    expect((await run(wib, evening)).map((a) => [a.subject, a.kind])).toEqual([['Cabai Merah Keriting', 'spike']]);
    const [morning] = await run(wit, '2025-09-17T23:00:00Z'); // 08:00 WIT on the 18th
    expect(morning).toEqual({ subject: 'Cabai Merah Keriting', kind: 'spike',
      text: '⚠️ Harga Cabai Merah Keriting di Kota Bandung naik 37% dalam 2 hari (Rp45.500 → Rp62.500/kg). Cek harga jual Cabe Merah Keriting Kakak (sekarang Rp60.000/kg).' });
    expect(await run(wit, '2025-09-18T05:00:00Z')).toEqual([]);
    expect(await run(wib, '2025-09-18T05:00:00Z')).toEqual([]);
  });

  it('one alert per commodity per week across kinds: products of one commodity below cost are said together, a spike goes first', async () => {
    const t = await warung(db, 'Asia/Jakarta', [
      ['Minyak Sania 1 L', 'liter', 18000, 19000], ['Minyak Sania 2 L', 'liter', 17500, 19500], ['Rokok Kretek', 'bks', 20000, 21000],
      ['Cabe Merah Keriting', 'kg', 50000, 55000],
    ]);
    const alerts = await run(t, '2025-09-15T05:00:00Z');
    expect(alerts.map((a) => [a.subject, a.kind])).toEqual([
      ['Cabai Merah Keriting', 'spike'], ['Minyak Goreng Kemasan', 'below_cost'], ['Rokok Kretek', 'below_cost'],
    ]);
    expect(alerts[1]!.text).toBe('⚠️ Harga jual di bawah modal rata-rata:\n• Minyak Sania 1 L: Rp18.000/liter, modal Rp19.000/liter\n' +
      '• Minyak Sania 2 L: Rp17.500/liter, modal Rp19.500/liter\nMau dinaikkan, Kak? Ketik misal "harga minyak sania 1 l jadi 20.900".');
    // The chili stays below cost, but the spike said it this week already; next week the flag comes.
    expect(await run(t, '2025-09-16T05:00:00Z')).toEqual([]);
    expect((await run(t, '2025-09-22T06:00:00Z')).map((a) => [a.subject, a.kind])).toEqual([
      ['Cabai Merah Keriting', 'below_cost'], ['Minyak Goreng Kemasan', 'below_cost'], ['Rokok Kretek', 'below_cost'],
    ]);
  });

  it('a supplier quote more than 10 % above the wholesale reference, once a week', async () => {
    const t = await warung(db, 'Asia/Jakarta', []);
    await withService(db, (tx) => tx.query(`insert into market_prices (commodity, region, province, unit, price, source, price_level, publisher, observed_at, source_ref)
      values ('Telur Ayam Ras', 'Jawa Barat', 'Jawa Barat', 'kg', 26000, 'official', 'wholesale', 'bapanas', '2025-11-16T17:00:00Z', 'test:wholesale:telur')`));
    const ask = (price: number, item = 'telor') => withService(db, (tx) => quoteAboveMarket(tx, { tenantId: t.id, zone: t.timezone, item, price, unit: 'kg', at: new Date('2025-11-18T03:00:00Z') }));
    expect(await ask(28600)).toBeNull(); // exactly 10 % above
    expect(await ask(30000)).toBe('⚠️ Penawaran Rp30.000/kg untuk Telur Ayam Ras ini 15% di atas pasar (Rp26.000/kg, harga grosir Bapanas Jawa Barat, 17 Nov 2025).');
    expect(await ask(31000)).toBeNull(); // told already this week
    expect(await ask(99000, 'beras')).toBeNull(); // no wholesale reference and no network: nothing to compare with
  });

  it('a spike in what warungs paid (network medians, at least 3 warungs in each window)', async () => {
    const at = new Date('2026-11-20T05:00:00Z');
    const shop = () => withService(db, async (tx) => {
      const id = (await tx.query<{ id: string }>(`insert into tenants (name, city, regency, province) values ('N', 'Spike', 'Kota Spike', 'Provinsi Spike') returning id`)).rows[0].id;
      const p = (await tx.query<{ id: string }>(`insert into products (tenant_id, name, unit, sell_price) values ($1, 'Bawang Merah', 'kg', 50000) returning id`, [id])).rows[0].id;
      return { id, timezone: 'Asia/Jakarta' as const, product: p };
    });
    const buy = (w: { id: string; product: string }, price: number, daysAgo: number) => withService(db, (tx) => tx.query(`select post_transaction($1)`, [{
      tenant_id: w.id, kind: 'purchase', source: 'pos', source_ref: `spike-${w.id}-${daysAgo}`,
      occurred_at: new Date(at.getTime() - daysAgo * 86_400_000).toISOString(), lines: [{ product_id: w.product, qty: 5, unit_price: price }],
    }]));
    const ws = [await shop(), await shop(), await shop()];
    for (const w of ws) await buy(w, 40000, 5);
    await buy(ws[0], 52000, 1);
    await buy(ws[1], 52000, 1);
    expect(await run(ws[0], at.toISOString())).toEqual([]); // 2 warungs in the last 2 days: nothing to say
    await buy(ws[2], 53000, 1);
    const [alert] = await run(ws[0], at.toISOString());
    expect(alert).toEqual({ subject: 'Bawang Merah', kind: 'spike',
      text: '⚠️ Harga beli Bawang Merah di warung-warung Kota Spike naik 30% dalam 2 hari (median Rp40.000 → Rp52.000/kg, 3+ warung). Cek harga jual Bawang Merah Kakak (sekarang Rp50.000/kg).' });
  });

  it('a recorded supplier quote is private, idempotent, and says when it is above the market', async () => {
    const t = await warung(db, 'Asia/Jakarta', []);
    const contact = await withService(db, async (tx) => (await tx.query<{ id: string }>(`insert into contacts (tenant_id, kind, name) values ($1, 'supplier', 'UD Murah') returning id`, [t.id])).rows[0].id);
    const q = { tenantId: t.id, zone: t.timezone, contactId: contact, item: 'endog', price: 31000, unit: 'kg', at: new Date('2025-11-18T03:00:00Z'), sourceRef: 'quote:inbox:77' };
    const first = await withTenant(db, t.id, (tx) => recordSupplierQuote(tx, q));
    expect(first).toEqual({ commodity: 'Telur Ayam Ras', recorded: true, alert: expect.stringContaining('19% di atas pasar (Rp26.000/kg') });
    expect(await withTenant(db, t.id, (tx) => recordSupplierQuote(tx, q))).toEqual({ commodity: 'Telur Ayam Ras', recorded: false, alert: null });
    const seen = (tenant: string) => withTenant(db, tenant, async (tx) => (await tx.query(`select price from market_prices where source = 'supplier' and source_ref = 'quote:inbox:77'`)).rows);
    expect(await seen(t.id)).toEqual([{ price: 31000 }]);
    expect(await seen('a0000000-0000-4000-8000-000000000001')).toEqual([]);
  });
});
