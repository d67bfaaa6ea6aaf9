// The Harga pasar page's SQL: market_price_history (official, weekly k-anonymous network medians, own
// purchases), market_network_history (fixed weeks, ≥ 3 warungs), market_commodity_choices (own first),
// and the opt-out: an opted-out warung's purchases stop counting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService, withTenant } from '../../core/db/tenant.ts';

interface Warung { id: string; telur: string }
interface History {
  end: string; days: number; regency: string | null;
  official: { at: string; price: number; publisher: string; region: string }[];
  network: { week_start: string; price: number; warungs: number; scope: string }[];
  own: { at: string; price: number; product: string }[];
}

async function warung(db: TestDb, n: number, regency = 'Kota Uji'): Promise<Warung> {
  return withService(db, async (tx) => {
    const t = (await tx.query<{ id: string }>(`insert into tenants (name, city, regency, province) values ($1, 'Uji', $2, 'Jawa Uji') returning id`, [`Warung ${n}`, regency])).rows[0]!.id;
    const p = (await tx.query<{ id: string }>(`insert into products (tenant_id, name, aliases, unit, sell_price) values ($1, 'Telur Ayam', '{telor}', 'kg', 30000) returning id`, [t])).rows[0]!.id;
    return { id: t, telur: p };
  });
}

const DAY = 86_400_000;
const buy = (db: TestDb, w: Warung, price: number, ref: string, daysAgo = 0) =>
  withTenant(db, w.id, (tx) => tx.query(`select post_transaction($1)`, [{
    kind: 'purchase', source: 'chat', source_ref: ref, counterparty_name: 'Toko Rahasia',
    occurred_at: new Date(Date.now() - daysAgo * DAY - 60_000).toISOString(),
    lines: [{ product_id: w.telur, qty: 10, unit_price: price }],
  }]));

const history = (db: TestDb, as: Warung, commodity = 'Telur Ayam Ras', days = 90) =>
  withTenant(db, as.id, async (tx) => (await tx.query<{ h: History }>(`select market_price_history($1, $2) h`, [commodity, days])).rows[0]!.h);
const network = (db: TestDb, as: Warung) => withTenant(db, as.id, async (tx) =>
  (await tx.query(`select * from market_network_price('Telur Ayam Ras', 'Kota Uji', null)`)).rows[0]); // the city alone

describe.each(dbKinds)('Harga pasar SQL on %s', (kind) => {
  let db: TestDb;
  let ws: Warung[];
  beforeAll(async () => {
    db = await freshDb(kind);
    ws = [await warung(db, 1), await warung(db, 2), await warung(db, 3), await warung(db, 4, 'Kota Lain')];
  });
  afterAll(() => db?.close());

  it('2 warungs in a week → no network point; 3 → their median, with the count and never a name', async () => {
    await buy(db, ws[0]!, 26000, 'a1');
    await buy(db, ws[1]!, 27000, 'b1');
    expect((await history(db, ws[3]!)).network).toEqual([]);
    await buy(db, ws[2]!, 29000, 'c1');
    const h = await history(db, ws[3]!);
    expect(h.network).toEqual([expect.objectContaining({ price: 27000, warungs: 3, scope: 'province' })]);
    expect((await history(db, ws[0]!)).network).toEqual([expect.objectContaining({ price: 27000, warungs: 3, scope: 'city' })]);
    expect(JSON.stringify(h)).not.toMatch(/Rahasia|Warung \d/);
  });

  it('a week two weeks ago with 2 warungs stays hidden; the same week with 3 shows', async () => {
    await buy(db, ws[0]!, 20000, 'a-old', 14);
    await buy(db, ws[1]!, 21000, 'b-old', 14);
    expect((await history(db, ws[0]!)).network).toHaveLength(1);
    await buy(db, ws[3]!, 22000, 'd-old', 14); // Kota Lain: counts in the province only
    const weeks = (await history(db, ws[0]!)).network;
    expect(weeks.map((w) => [w.price, w.warungs, w.scope])).toEqual([[21000, 3, 'province'], [27000, 3, 'city']]);
  });

  it('own purchases are the caller\'s only', async () => {
    const own = (await history(db, ws[0]!)).own;
    expect(own.map((o) => o.price)).toEqual([20000, 26000]);
    expect(own[0]!.product).toBe('Telur Ayam');
  });

  it('an opted-out warung\'s purchases no longer count: the k-anonymity counts drop', async () => {
    expect(await network(db, ws[0]!)).toMatchObject({ warungs: 3 });
    await withTenant(db, ws[2]!.id, (tx) => tx.query(`update tenants set market_share = false where id = $1`, [ws[2]!.id]), 'owner');
    expect(await network(db, ws[0]!)).toBeUndefined();
    // This week falls to 2 warungs (hidden); the older week (no purchase of the opted-out warung) stays.
    expect((await history(db, ws[0]!)).network.map((w) => w.price)).toEqual([21000]);
    await buy(db, ws[2]!, 28000, 'c2');
    expect((await history(db, ws[0]!)).network.map((w) => w.price)).toEqual([21000]);
    // Sharing again counts new purchases only (the old ones were dropped when it opted out).
    await withTenant(db, ws[2]!.id, (tx) => tx.query(`update tenants set market_share = true where id = $1`, [ws[2]!.id]), 'owner');
    expect((await history(db, ws[0]!)).network.map((w) => w.price)).toEqual([21000]);
    await buy(db, ws[2]!, 28000, 'c3');
    expect((await history(db, ws[0]!)).network.map((w) => [w.price, w.warungs])).toEqual([[21000, 3], [27000, 3]]);
  });

  it('official prices of the city (else the province); an old series moves the window to its newest day', async () => {
    await withService(db, (tx) => tx.query(`insert into market_prices (tenant_id, source, commodity, region, province, unit, price, observed_at, publisher, price_level, source_ref)
      select null, 'official', 'Bawang Merah', 'Jawa Uji', null, 'kg', 40000 + i * 100, timestamptz '2025-11-16 00:00+07' - make_interval(days => i), 'bapanas', 'consumer', 'test:bm:' || i
      from generate_series(0, 59) i`));
    const h = await history(db, ws[0]!, 'Bawang Merah', 30);
    expect(new Date(h.end).toISOString()).toBe('2025-11-15T17:00:00.000Z');
    expect(h.official).toHaveLength(30);
    expect(h.official.at(-1)).toMatchObject({ price: 40000, publisher: 'bapanas', region: 'Jawa Uji' });
    // A commodity the warung bought recently keeps the window at now.
    expect(Date.now() - new Date((await history(db, ws[0]!)).end).getTime()).toBeLessThan(DAY);
  });

  it('the picker lists the warung\'s commodities first, then those with prices, then the rest', async () => {
    const rows = await withTenant(db, ws[0]!.id, async (tx) => (await tx.query<{ commodity: string; own: boolean; latest_official: Date | null }>(
      `select * from market_commodity_choices()`)).rows);
    expect(rows.map((r) => r.commodity).slice(0, 2)).toEqual(['Telur Ayam Ras', 'Bawang Merah']);
    expect(rows[0]!.own).toBe(true);
    expect(rows[1]!.latest_official).not.toBeNull();
    expect(rows).toHaveLength(25);
  });

  it('an unknown commodity is not_found, another tenant is forbidden', async () => {
    const err = (p: Promise<unknown>) => p.then(() => null, (e: Error) => e.message);
    expect(await err(history(db, ws[0]!, 'Batu Akik'))).toBe('not_found:commodity');
    expect(await err(withTenant(db, ws[0]!.id, (tx) => tx.query(`select market_price_history('Telur Ayam Ras', 30, null, $1)`, [ws[1]!.id])))).toBe('forbidden:tenant');
  });
});
