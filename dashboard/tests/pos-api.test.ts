// The POS API on a real database, both stacks: device registration, PIN unlock and lockout, the
// catalogue, and the owner's device list and removal in Pengaturan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withService } from '../../core/db/tenant.ts';
import { withCrc } from '../../core/qris.ts';
import { hashPin } from '../lib/pin.ts';
import { Catalogue, DEVICE_CODE, DeviceResponse, UnlockResponse } from '../lib/pos/contract.ts';
import { CASHIER_ID, OWNER_ID, startPosApp, type PosApp } from './pos-app.ts';
import { makeSale } from './pos-sales.ts';

const INDOMIE = 'd0000000-0000-4000-8000-000000000001';

describe.each(['pglite', 'postgres'] as const)('POS API on %s', (stack) => {
  let pos: PosApp;
  beforeAll(async () => {
    pos = await startPosApp(stack);
    const [cashierPin, ownerPin] = await Promise.all([hashPin('1234'), hashPin('9999')]);
    await withService(pos.db, async (tx) => {
      await tx.query('update members set pin_hash = $2 where id = $1', [CASHIER_ID, cashierPin]);
      await tx.query('update members set pin_hash = $2 where id = $1', [OWNER_ID, ownerPin]);
    });
  });
  afterAll(() => pos?.stop());

  const register = async (memberId = CASHIER_ID) => {
    const c = await pos.login(memberId);
    const res = await c.inject('POST', '/api/pos/device', { name: 'HP kasir' });
    expect(res.statusCode, res.body).toBe(200);
    return { c, device: DeviceResponse.parse(res.json()) };
  };

  it('registers a device once per session, with a code from the alphabet; no session or CSRF, no device', async () => {
    const { c, device } = await register();
    expect(device.code).toMatch(DEVICE_CODE);
    const again = await c.inject('POST', '/api/pos/device', {});
    expect(again.json()).toEqual(device);
    const other = await register();
    expect(other.device.deviceId).not.toBe(device.deviceId);
    expect(other.device.code).not.toBe(device.code);
    expect((await pos.app.inject({ method: 'POST', url: '/api/pos/device', payload: {} })).statusCode).toBe(403); // no CSRF
    const noCsrf = await pos.app.inject({ method: 'POST', url: '/api/pos/device', payload: {}, headers: { cookie: c.headers.cookie! } });
    expect(noCsrf.json().error).toBe('forbidden:csrf');
    const bad = await c.inject('POST', '/api/pos/device', { name: 'x', extra: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBe('bad_request:body');
  });

  it('unlocks with the right PIN (any member of the warung), refuses a wrong one, locks after 5 wrong tries', async () => {
    const { c, device } = await register();
    const ok = await c.inject('POST', '/api/pos/unlock', { deviceId: device.deviceId, pin: '1234' });
    expect(ok.statusCode, ok.body).toBe(200);
    // A new device has booked no receipt yet.
    expect(UnlockResponse.parse(ok.json())).toEqual({ memberId: CASHIER_ID, name: 'Mbak Dewi', role: 'cashier', canDiscount: false, lastSeq: 0 });
    const owner = await c.inject('POST', '/api/pos/unlock', { deviceId: device.deviceId, pin: '9999' });
    expect(owner.json()).toMatchObject({ memberId: OWNER_ID, role: 'owner', canDiscount: true });

    for (let i = 1; i <= 4; i++) {
      const wrong = await c.inject('POST', '/api/pos/unlock', { deviceId: device.deviceId, pin: '0000' });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json()).toMatchObject({ error: 'forbidden:pin', remaining: 5 - i });
    }
    const fifth = await c.inject('POST', '/api/pos/unlock', { deviceId: device.deviceId, pin: '0000' });
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().error).toBe('locked:pin');
    // Locked: even the right PIN waits, and so does every other process (the state is in the database).
    const right = await c.inject('POST', '/api/pos/unlock', { deviceId: device.deviceId, pin: '1234' });
    expect(right.statusCode).toBe(429);
    // Another device of the warung is not locked.
    const other = await register();
    expect((await other.c.inject('POST', '/api/pos/unlock', { deviceId: other.device.deviceId, pin: '1234' })).statusCode).toBe(200);
    // Five minutes later (moved back in the database), the right PIN unlocks and clears the count.
    await withService(pos.db, (tx) => tx.query(`update pos_devices set pin_locked_until = now() - interval '1 second' where id = $1`, [device.deviceId]));
    expect((await c.inject('POST', '/api/pos/unlock', { deviceId: device.deviceId, pin: '1234' })).statusCode).toBe(200);
    const state = await withService(pos.db, async (tx) => (await tx.query('select pin_failures, pin_locked_until from pos_devices where id = $1', [device.deviceId])).rows[0]);
    expect(state).toEqual({ pin_failures: 0, pin_locked_until: null });
  });

  it('counts parallel wrong tries: ten at once never check more than five PINs', async () => {
    const { c, device } = await register();
    const answers = await Promise.all(Array.from({ length: 10 }, () => c.inject('POST', '/api/pos/unlock', { deviceId: device.deviceId, pin: '0000' })));
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((s) => s === 403).length).toBeLessThanOrEqual(4);
    expect(codes.filter((s) => s === 429).length).toBeGreaterThanOrEqual(6);
  });

  it('refuses a PIN check for another warung\'s device, and bad PIN shapes with 400', async () => {
    const { device } = await register();
    const other = await withService(pos.db, async (tx) => {
      const t = (await tx.query(`insert into tenants (name) values ('Warung Lain') returning id`)).rows[0].id;
      const m = (await tx.query(`insert into members (tenant_id, phone, name, role) values ($1, '+6281299990001', 'Kasir Lain', 'cashier') returning id`, [t])).rows[0].id;
      return { t, m };
    });
    const stranger = await pos.login(other.m, other.t);
    const res = await stranger.inject('POST', '/api/pos/unlock', { deviceId: device.deviceId, pin: '1234' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toBe('not_found:device');
    const { c } = await register();
    for (const pin of ['12', 'abcd', '1234567']) {
      const r = await c.inject('POST', '/api/pos/unlock', { deviceId: device.deviceId, pin });
      expect(r.statusCode).toBe(400);
      expect(r.json().error).toBe('bad_request:body');
    }
  });

  it('serves the catalogue: products with packs, stock and price, the QRIS, customers; the version follows changes', async () => {
    const { c } = await register();
    const res = await c.inject('GET', '/api/pos/catalogue');
    expect(res.statusCode).toBe(200);
    const cat = Catalogue.parse(res.json());
    expect(cat.tenant).toMatchObject({ name: 'Warung Bu Sri', timezone: 'Asia/Jakarta', allowCashierDiscount: false });
    const indomie = cat.products.find((p) => p.id === INDOMIE)!;
    expect(indomie).toMatchObject({ name: 'Indomie Goreng', price: 3500 });
    expect(indomie.stock).toBeGreaterThan(0);
    expect(indomie.packs.find((p) => p.name === 'dus')).toMatchObject({ size: 40 });
    // Goods no stock ever came in for are not counted: no level for the cashier to trust.
    await withService(pos.db, (tx) => tx.query(`insert into products (tenant_id, name, unit, sell_price) values ($1, 'Nasi Uduk', 'bks', 7000)`, ['a0000000-0000-4000-8000-000000000001']));
    const uduk = Catalogue.parse((await c.inject('GET', '/api/pos/catalogue')).json()).products.find((p) => p.name === 'Nasi Uduk')!;
    expect(uduk).toMatchObject({ price: 7000, stock: null });
    expect(cat.customers.map((x) => x.name)).toEqual(expect.arrayContaining(['Bu Yati', 'Pak Darto']));
    expect(cat.customers.map((x) => x.name)).not.toContain('Toko Makmur'); // suppliers are not customers

    const qris = withCrc('00020101021126570011ID.DANA.WWW011893600915302259148102090225914810303UMI51440014ID.CO.QRIS.WWW0215ID10200211817450303UMI5204581253033605802ID5910Warung Sri6007Bandung61054011162070703A01');
    await withService(pos.db, (tx) => tx.query(`update tenants set settings = jsonb_set(settings, '{qris}', to_jsonb($2::text)) where id = $1`, ['a0000000-0000-4000-8000-000000000001', qris]));
    const after = Catalogue.parse((await c.inject('GET', '/api/pos/catalogue')).json());
    expect(after.tenant.qris).toBe(qris);
    expect(after.version).not.toBe(cat.version);
    expect(Catalogue.parse((await c.inject('GET', '/api/pos/catalogue')).json()).version).toBe(after.version);
    expect((await pos.app.inject({ method: 'GET', url: '/api/pos/catalogue' })).statusCode).toBe(401);
  });

  it('lets the owner list and remove a POS device: removed, it books nothing and its session is logged out', async () => {
    const { c, device } = await register();
    const owner = await pos.login(OWNER_ID);
    const list = await owner.inject('GET', '/api/pengaturan/pos');
    expect(list.statusCode).toBe(200);
    expect(list.json().devices.map((d: { id: string }) => d.id)).toContain(device.deviceId);
    expect((await c.inject('GET', '/api/pengaturan/pos')).statusCode).toBe(403); // a cashier may not
    expect((await c.inject('POST', '/api/pengaturan/pos/hapus', { device_id: device.deviceId })).statusCode).toBe(403);

    const sale = makeSale({ deviceId: device.deviceId, code: device.code, seq: 0, cashierId: CASHIER_ID }, [{ productId: INDOMIE, qty: 1, unitPrice: 3500 }]);
    const removed = await owner.inject('POST', '/api/pengaturan/pos/hapus', { device_id: device.deviceId });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await c.inject('POST', '/api/pos/sales', { sales: [sale] })).statusCode).toBe(401); // its session is gone
    // Even through another session of the warung, the removed device books nothing.
    const other = await register();
    const res = await other.c.inject('POST', '/api/pos/sales', { sales: [sale] });
    expect(res.json().results[0]).toMatchObject({ status: 'rejected', error: 'forbidden:device' });
    expect((await owner.inject('GET', '/api/pengaturan/pos')).json().devices.map((d: { id: string }) => d.id)).not.toContain(device.deviceId);
    expect((await owner.inject('POST', '/api/pengaturan/pos/hapus', { device_id: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
  });
});
