// Who may book through the POS functions, on both stacks: another warung's session cannot book on (or
// with) a device of the demo warung, a revoked device books nothing, a cashier session cannot call owner
// functions, tenant sessions cannot write the POS tables or call the server's POS functions, and a POS
// sale and a price change notify the live stream.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { withActor, withService, type Tx } from '../../core/db/tenant.ts';
import { one, SEED } from './fixtures.ts';

const B = SEED.tenant;
const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string; message: string }) => (e.code === 'P0001' ? e.message : e.code));

describe.each(dbKinds)('POS access on %s', (kind) => {
  let db: TestDb;
  let A: string;
  let aOwner: string;
  let bDevice: { id: string; code: string };
  let seq = 0;
  const asB = <T>(fn: (tx: Tx) => Promise<T>, role: 'owner' | 'staff' | 'cashier' = 'cashier') =>
    withActor(db, { role: 'authenticated', tenantId: B, memberId: role === 'owner' ? SEED.owner : SEED.cashier, memberRole: role }, fn);
  const asA = <T>(fn: (tx: Tx) => Promise<T>) => withActor(db, { role: 'authenticated', tenantId: A, memberId: aOwner, memberRole: 'owner' }, fn);
  const sale = (device = bDevice, cashier: string = SEED.cashier) => {
    seq += 1;
    return {
      id: randomUUID(), deviceId: device.id, seq, receiptNo: `${device.code}-${String(seq).padStart(6, '0')}`, cashierId: cashier,
      occurredAt: new Date().toISOString(), customer: null,
      lines: [{ id: randomUUID(), productId: SEED.aqua, qty: 1, pack: null, unitPrice: 3500, discount: 0 }],
      payments: [{ id: randomUUID(), method: 'cash', amount: 3500, tendered: 5000 }],
    };
  };
  const book = (tx: Tx, tenant: string | null, s: unknown) => tx.query('select pos_book_sale($1, $2) as r', [tenant, s]);
  const device = async (tenant: string, member: string) => withService(db, async (tx) => {
    const s = await one<{ id: string }>(tx, `insert into dashboard_sessions (tenant_id, member_id, token_hash, expires_at) values ($1, $2, $3, now() + interval '1 day') returning id`, [tenant, member, randomUUID()]);
    const r = await one<{ r: { device_id: string; code: string } }>(tx, 'select pos_register_device($1) as r', [s.id]);
    return { id: r.r.device_id, code: r.r.code, session: s.id };
  });

  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
    ({ A, aOwner } = await withService(db, async (tx) => {
      const t = await one<{ id: string }>(tx, `insert into tenants (name) values ('Warung Penyerang') returning id`);
      const m = await one<{ id: string }>(tx, `insert into members (tenant_id, phone, name, role) values ($1, '+6281155500001', 'Pak A', 'owner') returning id`, [t.id]);
      return { A: t.id, aOwner: m.id };
    }));
    bDevice = await device(B, SEED.cashier);
  });
  afterAll(() => db?.close());

  it('books a sale of the warung\'s own device as its cashier', async () => {
    const r = await asB((tx) => book(tx, null, sale()));
    expect(r.rows[0].r).toMatchObject({ status: 'booked', total: 3500, flags: [] });
  });

  it('another warung cannot book for the demo warung, nor on its device, nor with its cashier', async () => {
    expect(await code(asA((tx) => book(tx, B, sale())))).toBe('forbidden:tenant');
    expect(await code(asA((tx) => book(tx, A, sale())))).toBe('not_found:device'); // B's device is not A's
    const aDevice = await device(A, aOwner);
    expect(await code(asA((tx) => book(tx, A, sale(aDevice, SEED.cashier))))).toBe('forbidden:cashier'); // B's cashier
    // A sale id already booked by B is not A's to read back as a duplicate.
    const s = sale();
    await asB((tx) => book(tx, null, s));
    expect(await code(asA((tx) => book(tx, A, { ...s, deviceId: aDevice.id, cashierId: aOwner })))).toBe('conflict:id');
    expect(await withService(db, (tx) => one<{ n: number }>(tx, `select count(*)::int n from transactions where tenant_id = $1 and source = 'pos'`, [A]))).toEqual({ n: 0 });
  });

  it('a batch (pos_book_sales) is held to the same rules: another warung is refused whole, B\'s sales stay B\'s', async () => {
    const batch = (tx: Tx, tenant: string | null, sales: unknown[]) => tx.query('select pos_book_sales($1, $2::jsonb) as r', [tenant, JSON.stringify(sales)]);
    expect(await code(asA((tx) => batch(tx, B, [sale()])))).toBe('forbidden:tenant');
    // On A's own warung, B's device and B's sale id are refused sale by sale; nothing is booked for A.
    const s = sale();
    await asB((tx) => batch(tx, null, [s]));
    const r = await asA((tx) => batch(tx, A, [sale(), s]));
    expect(r.rows[0].r.map((x: { status: string; error?: string }) => [x.status, x.error])).toEqual([['rejected', 'not_found:device'], ['rejected', 'conflict:id']]);
    expect(await withService(db, (tx) => one<{ n: number }>(tx, `select count(*)::int n from transactions where tenant_id = $1 and source = 'pos'`, [A]))).toEqual({ n: 0 });
  });

  it('a revoked device books nothing, and its session is revoked with it', async () => {
    const d = await device(B, SEED.cashier);
    expect(await code(asB((tx) => tx.query('select pos_revoke_device(null, $1)', [d.id])))).toBe('forbidden:role'); // a cashier may not
    expect(await code(asB((tx) => tx.query('select pos_revoke_device(null, $1)', [d.id]), 'staff'))).toBe('forbidden:role');
    expect(await code(asA((tx) => tx.query('select pos_revoke_device(null, $1)', [d.id])))).toBe('not_found:device'); // not A's
    expect(await code(asB((tx) => tx.query('select pos_revoke_device(null, $1)', [d.id]), 'owner'))).toBe('ok');
    expect(await code(asB((tx) => book(tx, null, sale(d))))).toBe('forbidden:device');
    const s = await withService(db, (tx) => one<{ revoked: boolean }>(tx, 'select revoked_at is not null as revoked from dashboard_sessions where id = $1', [d.session]));
    expect(s.revoked).toBe(true);
  });

  it('a cashier session cannot call owner functions or the server\'s POS functions, nor write the POS tables', async () => {
    expect(await code(asB((tx) => tx.query('select set_member_pin(null, $1, null)', [SEED.cashier])))).toBe('forbidden:role');
    expect(await code(asB((tx) => tx.query(`select add_staff(null, '+6281277700001', 'X', 'cashier')`)))).toBe('forbidden:role');
    expect(await code(asB((tx) => tx.query('update tenants set pos_cashier_discount = true where id = $1', [B])).then((r) => r.rowCount))).toBe('ok');
    const still = await withService(db, (tx) => one<{ d: boolean }>(tx, 'select pos_cashier_discount as d from tenants where id = $1', [B]));
    expect(still.d).toBe(false); // the owner-only policy filtered the cashier's update out
    for (const fn of ['select pos_pin_try($1, $2)', 'select pos_pin_result($1, $2, true)']) {
      expect(await code(asB((tx) => tx.query(fn, [B, bDevice.id]), 'owner'))).toBe('42501');
    }
    expect(await code(asB((tx) => tx.query('select pos_register_device($1)', [randomUUID()]), 'owner'))).toBe('42501');
    expect(await code(asB((tx) => tx.query(`update pos_devices set revoked_at = null, pin_failures = 0 where tenant_id = $1`, [B]), 'owner'))).toBe('42501');
    expect(await code(asB((tx) => tx.query(`delete from pos_sales where tenant_id = $1`, [B]), 'owner'))).toBe('42501');
    expect(await code(asB((tx) => tx.query(`insert into pos_payments (id, tenant_id, sale_id, method, amount) values ($1, $2, $1, 'cash', 1)`, [randomUUID(), B])))).toBe('42501');
    // Reads: the warung's own rows only.
    const seen = await asA((tx) => tx.query('select count(*)::int n from pos_sales'));
    expect(seen.rows[0].n).toBe(0);
  });

  it('a POS sale, a price change and a pack change notify the live stream of the warung', async () => {
    if (!db.listen) return;
    const got: string[] = [];
    const stop = await db.listen('juragan_live', (t) => got.push(t));
    const wait = async (n: number) => {
      for (let i = 0; i < 200 && got.length < n; i++) await new Promise((r) => setTimeout(r, 10));
      return got.length;
    };
    try {
      await asB((tx) => book(tx, null, sale()));
      expect(await wait(1)).toBeGreaterThanOrEqual(1);
      got.length = 0;
      await asB((tx) => tx.query('update products set sell_price = 4000 where id = $1', [SEED.aqua]), 'owner');
      expect(await wait(1)).toBe(1);
      got.length = 0;
      await asB((tx) => tx.query('select set_product_unit(null, $1, $2, 24, 90000)', [SEED.aqua, 'dus']), 'owner');
      expect(await wait(1)).toBe(1);
      got.length = 0;
      await asB((tx) => tx.query(`update tenants set settings = settings || '{"x": 1}' where id = $1`, [B]), 'owner');
      expect(await wait(1)).toBe(1);
      expect(got).toEqual([B]);
    } finally {
      await stop();
    }
  });
});
