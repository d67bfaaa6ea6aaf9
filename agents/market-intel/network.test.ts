// Network observations from booked purchases, and the k-anonymous aggregate over them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService, withTenant } from '../../core/db/tenant.ts';
import { networkPrice } from './network.ts';

const AT = new Date('2026-11-20T05:00:00Z');

async function warung(db: TestDb, n: number, regency = 'Kota Uji', province = 'Jawa Uji'): Promise<{ id: string; telur: string }> {
  return withService(db, async (tx) => {
    const t = (await tx.query<{ id: string }>(`insert into tenants (name, city, regency, province) values ($1, 'Uji', $2, $3) returning id`, [`Warung ${n}`, regency, province])).rows[0].id;
    const p = (await tx.query<{ id: string }>(`insert into products (tenant_id, name, aliases, unit, sell_price) values ($1, 'Telur Ayam', '{telor}', 'kg', 30000) returning id`, [t])).rows[0].id;
    await tx.query(`insert into contacts (tenant_id, kind, name) values ($1, 'supplier', 'Toko Rahasia')`, [t]);
    return { id: t, telur: p };
  });
}

const buy = (db: TestDb, w: { id: string; telur: string }, price: number, ref: string, daysAgo = 1) =>
  withTenant(db, w.id, async (tx) => (await tx.query<{ r: { id: string } }>(`select post_transaction($1) r`, [{
    kind: 'purchase', source: 'chat', source_ref: ref, counterparty_name: 'Toko Rahasia',
    occurred_at: new Date(AT.getTime() - daysAgo * 86_400_000).toISOString(),
    lines: [{ product_id: w.telur, qty: 10, unit_price: price }],
  }])).rows[0].r.id);

describe.each(dbKinds)('network prices on %s', (kind) => {
  let db: TestDb;
  let ws: { id: string; telur: string }[];
  beforeAll(async () => {
    db = await freshDb(kind);
    ws = [await warung(db, 1), await warung(db, 2), await warung(db, 3), await warung(db, 4, 'Kota Lain')];
  });
  afterAll(() => db?.close());
  const ask = (as: string, q: { regency?: string | null; province?: string | null } = {}) => withTenant(db, as, (tx) =>
    networkPrice(tx, { commodity: 'Telur Ayam Ras', regency: q.regency === undefined ? 'Kota Uji' : q.regency, province: q.province ?? null, at: AT }));

  it('2 warungs → nothing; 3 → the median, min, max and count, never a name', async () => {
    await buy(db, ws[0], 26000, 'a1');
    await buy(db, ws[0], 26400, 'a2');
    await buy(db, ws[1], 27000, 'b1');
    expect(await ask(ws[3].id)).toBeNull();
    await buy(db, ws[2], 29000, 'c1');
    expect(await ask(ws[3].id)).toEqual({ scope: 'city', region: 'Kota Uji', windowDays: 7, warungs: 3, observations: 4, median: 26700, min: 26000, max: 29000 });
    const raw = await withTenant(db, ws[3].id, (tx) => tx.query(`select * from market_network_price('Telur Ayam Ras', 'Kota Uji', null)`));
    expect(JSON.stringify(raw.rows)).not.toMatch(/Rahasia|Warung|[0-9a-f]{8}-[0-9a-f]{4}/);
  });

  it('no tenant reads the observations themselves', async () => {
    const err = await withTenant(db, ws[0].id, (tx) => tx.query(`select * from market_observations`)).then(() => null, (e: { code?: string }) => e);
    expect(err?.code).toBe('42501');
  });

  it('falls back to 30 days, then to the province, when the city has too few warungs', async () => {
    // Kota Lain has one warung; the province (shared with Kota Uji) has four.
    await buy(db, ws[3], 28000, 'd1', 2);
    expect(await ask(ws[0].id, { regency: 'Kota Lain', province: 'Jawa Uji' })).toMatchObject({ scope: 'province', region: 'Jawa Uji', windowDays: 7, warungs: 4 });
    expect(await ask(ws[0].id, { regency: 'Kota Lain', province: null })).toBeNull();
  });

  it('a voided purchase and an opted-out warung no longer count', async () => {
    const id = await buy(db, ws[1], 99000, 'b2');
    expect((await ask(ws[0].id))?.max).toBe(99000);
    await withTenant(db, ws[1].id, (tx) => tx.query(`select void_transaction($1, $2, 'salah', 'b2-void')`, [ws[1].id, id]));
    expect((await ask(ws[0].id))?.max).toBe(29000);
    // Opting out is the owner's setting (tenants: only the owner updates).
    await withTenant(db, ws[2].id, (tx) => tx.query(`update tenants set market_share = false where id = $1`, [ws[2].id]), 'owner');
    expect(await ask(ws[0].id)).toBeNull();
    await buy(db, ws[2], 30000, 'c2'); // opted out: not recorded
    const n = await withService(db, async (tx) => (await tx.query(`select count(*)::int n from market_observations where tenant_id = $1`, [ws[2].id])).rows[0].n);
    expect(n).toBe(0);
  });

  it('the window cannot be moved into the future (it ends now at the latest)', async () => {
    const ahead = (Date.now() - AT.getTime()) / 86_400_000 + 5; // a purchase dated 5 days after the real now
    await buy(db, ws[0], 50000, 'a-future', -ahead);
    const q = (at: string) => withTenant(db, ws[0].id, async (tx) => (await tx.query(
      `select * from market_network_price('Telur Ayam Ras', 'Kota Uji', 'Jawa Uji', null, ${at})`)).rows);
    const later = await q(`now() + interval '10 days'`);
    expect(later).toEqual(await q('null'));
    expect(later.every((r) => r.max_price < 50000)).toBe(true);
  });
});
