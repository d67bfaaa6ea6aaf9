// Defect 7 of #8: a phone that already works for one warung cannot be added by a second one. The second
// owner is told plainly (instead of "it works" while the cashier kept booking into the first warung);
// once the first warung lets the phone go, the second may add it and its bookings go there.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../../core/db/testing.ts';
import { withService } from '../../../core/db/tenant.ts';
import { DEMO_TENANT, OWNER, routerChat, type RouterChat } from '../testing.ts';

const OTHER_OWNER = '+6281177700001';
const SHARED = '+6281234567891';
const SHARED_LOCAL = '0812-3456-7891';

describe.each(dbKinds)('a phone in two warungs on %s', (kind) => {
  let db: TestDb;
  let chat: RouterChat;
  let other: string;
  const bookedIn = async (tenant: string) => (await withService(db, (tx) => tx.query<{ n: number }>(
    `select count(*)::int n from transactions where tenant_id = $1 and kind = 'sale'`, [tenant]))).rows[0]!.n;

  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
    chat = routerChat(db, { now: new Date('2026-11-21T03:00:00Z') });
    other = await withService(db, async (tx) => {
      const t = (await tx.query<{ id: string }>(`insert into tenants (name, city) values ('Warung Pak Joko', 'Solo') returning id`)).rows[0]!.id;
      await tx.query(`insert into members (tenant_id, phone, name, role) values ($1, $2, 'Pak Joko', 'owner')`, [t, OTHER_OWNER]);
      await tx.query(`insert into products (tenant_id, name, aliases, unit, sell_price) values ($1, 'Indomie Goreng', '{indomie goreng}', 'bks', 3500)`, [t]);
      return t;
    });
  });
  afterAll(async () => db?.close());

  test('the second owner is told the number is taken; the cashier keeps booking into the first warung', async () => {
    expect((await chat.say(OWNER, `tambah kasir ${SHARED_LOCAL} Rina`)).join(' ')).toContain('sekarang kasir Warung Bu Sri');
    const refused = (await chat.say(OTHER_OWNER, `tambah kasir ${SHARED_LOCAL} Rina`)).join(' ');
    expect(refused).toContain('sudah terdaftar di warung lain');
    expect(refused).not.toContain('Siap');
    const members = await withService(db, (tx) => tx.query(`select tenant_id from members where phone = $1 and active`, [SHARED]));
    expect(members.rows).toEqual([{ tenant_id: DEMO_TENANT }]);
    const before = { demo: await bookedIn(DEMO_TENANT), other: await bookedIn(other) };
    expect((await chat.say(SHARED, 'laku indomie goreng 1 bks 3500')).join(' ')).toContain('tercatat');
    expect({ demo: await bookedIn(DEMO_TENANT), other: await bookedIn(other) }).toEqual({ demo: before.demo + 1, other: before.other });
  });

  // A helper's try (Pengaturan): "Rina" added on Mbak Dewi's number renamed Dewi, her old sales included.
  test('another name on an active member\'s number is refused; the same name changes the role only', async () => {
    const refused = (await chat.say(OWNER, `tambah kasir ${SHARED_LOCAL} Dewi`)).join(' ');
    expect(refused).toContain('sudah dipakai Rina');
    expect(refused).not.toContain('Siap');
    const row = async () => (await withService(db, (tx) => tx.query(`select name, role from members where phone = $1 and tenant_id = $2`, [SHARED, DEMO_TENANT]))).rows[0];
    expect(await row()).toEqual({ name: 'Rina', role: 'cashier' });
    expect((await chat.say(OWNER, `tambah karyawan ${SHARED_LOCAL} rina`)).join(' ')).toContain('Siap');
    expect(await row()).toEqual({ name: 'Rina', role: 'staff' });
  });

  test('once the first warung removes the number, the second may add it and it books there', async () => {
    expect((await chat.say(OWNER, `hapus kasir ${SHARED_LOCAL}`)).join(' ')).toContain('sudah dihapus');
    expect((await chat.say(OTHER_OWNER, `tambah kasir ${SHARED_LOCAL} Rina`)).join(' ')).toContain('sekarang kasir Warung Pak Joko');
    const before = await bookedIn(other);
    await chat.say(SHARED, 'laku indomie goreng 1 bks 3500');
    expect(await bookedIn(other)).toBe(before + 1);
  });
});
