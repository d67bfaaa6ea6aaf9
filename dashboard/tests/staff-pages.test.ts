// Pengaturan's staff and cashiers: the owner adds a cashier (name, phone, role), sees them listed,
// sets and clears their POS PIN, removes them; a phone active in another warung gets a friendly
// refusal; a staff session can do none of it (403 from the API, no forms on the page).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { withService } from '../../core/db/tenant.ts';
import { verifyPin } from '../lib/pin.ts';
import { addMember, login, newPage, OWNER, screenshot, startWebApp, TENANT, type WebApp } from './harness.ts';

let app: WebApp;
const STAFF = '+6281200000077';
const RINA = '+6281277778888';
const ELSEWHERE = '+6281299990000';

const member = (phone: string) => withService(app.db, async (tx) => (await tx.query<{ id: string; name: string; role: string; active: boolean; pin_hash: string | null }>(
  `select id, name, role, active, pin_hash from members where tenant_id = $1 and phone = $2`, [TENANT, phone])).rows[0]);
const members = (page: Page) => page.getByTestId('members');

beforeAll(async () => {
  app = await startWebApp({ limits: { codePerAddress: 200, loginPerAddress: 200 } });
  await addMember(app.db, TENANT, STAFF, 'staff', 'Pak Udin');
  await withService(app.db, async (tx) => {
    const t = (await tx.query<{ id: string }>(`insert into tenants (name) values ('Warung Lain') returning id`)).rows[0]!.id;
    await tx.query(`insert into members (tenant_id, phone, name, role) values ($1, $2, 'Bu Lain', 'cashier')`, [t, ELSEWHERE]);
  });
}, 300_000);
afterAll(async () => app?.stop());

describe('staff and cashiers on Pengaturan', () => {
  it('lets the owner add a cashier, set and clear the PIN, and remove them', async () => {
    const { context, page } = await newPage(app);
    await login(app, page, OWNER);
    await page.goto(`${app.url}/pengaturan`);
    await page.getByLabel('Nama anggota').fill('Rina');
    await page.getByLabel('Nomor HP anggota').fill('0812-7777-8888');
    await page.getByLabel('Peran').selectOption('cashier');
    await page.getByRole('button', { name: 'Tambah anggota' }).click();
    await page.getByRole('status').filter({ hasText: 'Kasir Rina ditambahkan' }).waitFor();
    const row = members(page).locator(`li[data-member="${RINA}"]`);
    await row.filter({ hasText: 'Kasir' }).waitFor();
    expect(await member(RINA)).toMatchObject({ name: 'Rina', role: 'cashier', active: true, pin_hash: null });
    // The number as the owner typed it, not as stored (+62…).
    expect(await row.innerText()).toContain('0812-7777-8888');
    for (const vp of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      await page.setViewportSize(vp);
      await screenshot(page, 'pengaturan-anggota');
    }
    await page.setViewportSize({ width: 390, height: 844 });

    // A phone active in another warung: refused, in words the owner understands.
    await page.getByLabel('Nama anggota').fill('Bu Lain');
    await page.getByLabel('Nomor HP anggota').fill('081299990000');
    await page.getByRole('button', { name: 'Tambah anggota' }).click();
    await page.getByRole('alert').filter({ hasText: 'sudah terdaftar di warung lain' }).waitFor();
    expect(await member(ELSEWHERE)).toBeUndefined();
    await page.getByLabel('Nomor HP anggota').fill('12');
    await page.getByRole('button', { name: 'Tambah anggota' }).click();
    await page.getByRole('alert').filter({ hasText: 'Nomor HP tidak valid' }).waitFor();
    // Another name on Rina's number (a helper's try renamed the cashier, her old sales too): refused, Rina unchanged.
    await page.getByLabel('Nama anggota').fill('Dewi');
    await page.getByLabel('Nomor HP anggota').fill('081277778888');
    await page.getByRole('button', { name: 'Tambah anggota' }).click();
    await page.getByRole('alert').filter({ hasText: 'Nomor ini sudah dipakai Rina' }).waitFor();
    expect(await member(RINA)).toMatchObject({ name: 'Rina', role: 'cashier', active: true });
    // The owner's own number changes nothing, the owner's name included.
    await page.getByLabel('Nama anggota').fill('Kasir Baru');
    await page.getByLabel('Nomor HP anggota').fill('081200000001');
    await page.getByRole('button', { name: 'Tambah anggota' }).click();
    await page.getByRole('status').filter({ hasText: 'milik pemilik warung' }).waitFor();
    expect(await member('+6281200000001')).toMatchObject({ role: 'owner' });
    expect((await member('+6281200000001'))!.name).not.toBe('Kasir Baru');

    // PIN: a bad one is refused, a good one is stored hashed, an empty one clears it.
    const pin = row.getByLabel('PIN baru Rina');
    await pin.fill('12ab');
    await page.evaluate(() => document.querySelectorAll('input[name=pin]').forEach((i) => i.removeAttribute('pattern')));
    await row.getByRole('button', { name: 'Atur PIN' }).click();
    await row.getByRole('alert').filter({ hasText: 'PIN harus 4–6 angka' }).waitFor();
    await pin.fill('482913');
    await row.getByRole('button', { name: 'Atur PIN' }).click();
    await row.getByRole('status').filter({ hasText: 'PIN baru tersimpan' }).waitFor();
    const hash = (await member(RINA))!.pin_hash;
    expect(hash).not.toContain('482913');
    expect(await verifyPin('482913', hash)).toBe(true);
    expect(await verifyPin('482914', hash)).toBe(false);
    await row.getByLabel('PIN baru Rina').fill('');
    await row.getByRole('button', { name: 'Atur PIN' }).click();
    await row.getByRole('status').filter({ hasText: 'PIN dihapus' }).waitFor();
    expect((await member(RINA))!.pin_hash).toBeNull();

    // A phone try: "Hapus" was the same teal as "Atur PIN"; destructive buttons are red.
    expect(await row.getByRole('button', { name: 'Hapus' }).getAttribute('class')).toBe('danger');
    expect(await row.getByRole('button', { name: 'Atur PIN' }).getAttribute('class')).not.toBe('danger');
    await row.getByRole('button', { name: 'Hapus' }).click();
    await row.getByRole('button', { name: 'Ya, lanjutkan' }).click();
    await row.locator('.badge', { hasText: 'nonaktif' }).waitFor();
    expect(await member(RINA)).toMatchObject({ active: false });
    expect(await row.getByRole('button', { name: 'Hapus' }).count()).toBe(0);
    await context.close();
  }, 120_000);

  it('refuses a staff session: no forms, and the API answers 403 even with a valid CSRF token', async () => {
    await addMember(app.db, TENANT, '+6281233334444', 'cashier', 'Sari');
    const sari = (await member('+6281233334444'))!;
    const { context, page } = await newPage(app);
    await login(app, page, STAFF);
    await page.goto(`${app.url}/pengaturan`);
    await members(page).getByText('Sari').waitFor();
    expect(await page.getByRole('button', { name: 'Tambah anggota' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Hapus' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Atur PIN' }).count()).toBe(0);
    const csrf = (await context.cookies()).find((c) => c.name.includes('csrf'))!.value;
    const post = (path: string, data: unknown) => page.request.post(`${app.url}${path}`, { data, headers: { 'x-csrf-token': csrf } });
    expect((await post('/api/pengaturan/anggota', { name: 'Maling', phone: '081211112222', role: 'staff' })).status()).toBe(403);
    expect((await post('/api/pengaturan/anggota/hapus', { phone: '081233334444' })).status()).toBe(403);
    expect((await post('/api/pengaturan/anggota/pin', { member_id: sari.id, pin: '1111' })).status()).toBe(403);
    expect(await member('+6281233334444')).toMatchObject({ active: true, pin_hash: null });
    expect(await member('+6281211112222')).toBeUndefined();
    await context.close();
  }, 120_000);

  it('refuses the owner\'s forms without the CSRF token', async () => {
    const { context, page } = await newPage(app);
    await login(app, page, OWNER);
    const r = await page.request.post(`${app.url}/api/pengaturan/anggota`, { data: { name: 'Tanpa Token', phone: '081211113333', role: 'cashier' } });
    expect(r.status()).toBe(403);
    expect(await member('+6281211113333')).toBeUndefined();
    await context.close();
  });
});
