import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService } from '../../core/db/tenant.ts';
import { cityName, onboard, warungName } from './onboarding.ts';

describe('warungName / cityName', () => {
  it.each([
    ['Warung Bu Sri', 'Warung Bu Sri'], ['nama warungnya toko berkah.', 'Toko Berkah'], ['warung saya namanya Kios Makmur', 'Kios Makmur'],
    ['ya', null], ['', null], ['x'.repeat(61), null],
  ])('warungName(%s) → %s', (text, want) => expect(warungName(text)).toBe(want));
  it.each([
    ['makassar', 'Makassar'], ['di kota bandung', 'Bandung'], ['Kab. Gowa', 'Gowa'], ['081234567890', null],
  ])('cityName(%s) → %s', (text, want) => expect(cityName(text)).toBe(want));
});

describe('onboarding state (pglite)', () => {
  let db: TestDb;
  beforeAll(async () => { db = await freshDb('pglite'); });
  afterAll(() => db.close());
  const say = (phone: string | null, text: string, now: string) =>
    withService(db, (tx) => onboard(tx, { phone, chat: `${phone ?? 'lid'}@sim` }, text, new Date(now)));

  it('starts over after a day of silence', async () => {
    const phone = '+6281999000001';
    expect((await say(phone, 'halo', '2026-11-21T03:00:00Z'))[0].text).toContain('nama warungnya apa');
    expect((await say(phone, 'Warung Lama', '2026-11-21T03:01:00Z'))[0].text).toContain('kota mana');
    expect((await say(phone, 'Bandung', '2026-11-22T03:02:00Z'))[0].text).toContain('nama warungnya apa');
    expect(await withService(db, async (tx) => (await tx.query(`select count(*)::int as n from tenants`)).rows[0].n)).toBe(0);
  });

  it('asks again for an empty name and does not create a tenant without a phone number', async () => {
    await say(null, 'halo', '2026-11-21T03:00:00Z');
    expect((await say(null, 'ok', '2026-11-21T03:01:00Z'))[0].text).toContain('Nama warungnya apa');
    await say(null, 'Warung Tanpa Nomor', '2026-11-21T03:02:00Z');
    expect((await say(null, 'Surabaya', '2026-11-21T03:03:00Z'))[0].text).toContain('tidak terbaca');
    expect(await withService(db, async (tx) => (await tx.query(`select count(*)::int as n from tenants`)).rows[0].n)).toBe(0);
  });
});
