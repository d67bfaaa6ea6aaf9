import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, type TestDb } from '../../../core/db/testing.ts';
import { withService } from '../../../core/db/tenant.ts';
import { cityName, onboard, warungName } from './onboarding.ts';

describe('warungName / cityName', () => {
  it.each([
    ['Warung Bu Sri', 'Warung Bu Sri'], ['nama warungnya toko berkah.', 'Toko Berkah'], ['warung saya namanya Kios Makmur', 'Kios Makmur'],
    ['ya', null], ['', null], ['x'.repeat(61), null],
    // Newcomer try: a request, a question or a greeting is no name.
    ['saya mau daftar warung', null], ['caranya gimana?', null], ['halo kak', null], ['nama warung saya Berkah Jaya', 'Berkah Jaya'],
    ['warung apa aja', 'Warung Apa Aja'], ['Sembako Barokah', 'Sembako Barokah'],
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

  const tenantOf = (phone: string) => withService(db, async (tx) => (await tx.query(
    `select t.city, t.regency, t.province, t.area_code, t.timezone from tenants t join members m on m.tenant_id = t.id where m.phone = $1`, [phone])).rows);

  it.each([
    ['Kab. Sinjai', 'Kabupaten Sinjai', 'Asia/Makassar'], ['Kabupaten Wajo', 'Kabupaten Wajo', 'Asia/Makassar'],
    ['Kota Bau-Bau', 'Kota Bau Bau', 'Asia/Makassar'], ['Tolitoli', 'Kabupaten Toli-Toli', 'Asia/Makassar'],
    ['Kotabaru', 'Kabupaten Kotabaru', 'Asia/Makassar'], ['Tanah Laut', 'Kabupaten Tanah Laut', 'Asia/Makassar'],
    ['Kabupaten Kepulauan Aru', 'Kabupaten Kepulauan Aru', 'Asia/Jayapura'], ['di kota bandung', 'Kota Bandung', 'Asia/Jakarta'],
  ])('a warung in %s gets %s and %s', async (city, regency, zone) => {
    const phone = `+62819${String(Math.abs([...city].reduce((h, c) => h * 31 + c.charCodeAt(0), 7)) % 1e7).padStart(7, '0')}`;
    await say(phone, 'halo', '2026-11-21T03:00:00Z');
    await say(phone, 'Warung Uji', '2026-11-21T03:01:00Z');
    const reply = (await say(phone, city, '2026-11-21T03:02:00Z'))[0].text;
    expect(reply).toContain('Selamat datang');
    expect(await tenantOf(phone)).toEqual([expect.objectContaining({ regency, timezone: zone })]);
  });

  it('asks again when the city is ambiguous, a province or unknown, then takes the answer', async () => {
    const phone = '+6281999000777';
    await say(phone, 'halo', '2026-11-21T03:00:00Z');
    await say(phone, 'Toko Banjar', '2026-11-21T03:01:00Z');
    expect((await say(phone, 'Banjar', '2026-11-21T03:02:00Z'))[0].text).toBe(
      'Banjar yang mana, Kak? Kota Banjar (Jawa Barat) atau Kabupaten Banjar (Kalimantan Selatan)? Tulis lengkap, ya (misal "Kota Banjar").');
    expect((await say(phone, 'Kalimantan Selatan', '2026-11-21T03:03:00Z'))[0].text).toContain('Di Kalimantan Selatan kota atau kabupaten mana');
    expect((await say(phone, 'kota antah berantah', '2026-11-21T03:04:00Z'))[0].text).toContain('belum ketemu');
    expect(await tenantOf(phone)).toEqual([]);
    expect((await say(phone, 'Kabupaten Banjar', '2026-11-21T03:05:00Z'))[0].text).toContain('(WITA)');
    expect(await tenantOf(phone)).toEqual([{ city: 'Banjar', regency: 'Kabupaten Banjar', province: 'Kalimantan Selatan', area_code: '63.03', timezone: 'Asia/Makassar' }]);
  });
});
