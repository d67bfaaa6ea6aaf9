// Pengaturan with WhatsApp as the warung's channel: the owner keeps the warung's name, city, time
// zone, closing time (24-hour text, not a locale-bound picker) and a static QRIS whose CRC matches
// (a changed character is refused); the WhatsApp card shows the link page with the connection state
// (WhatsApp's servers are unreachable here, so it stays "belum tersambung"; the QR itself is the
// link page's, tested in bot/channels/whatsapp). The login code goes out through WhatsApp's outbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withService } from '../../core/db/tenant.ts';
import { crc16 } from '../../core/qris.ts';
import { login, newPage, OWNER, screenshot, startWebApp, TENANT, type WebApp } from './harness.ts';

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp({ limits: { codePerAddress: 200, loginPerAddress: 200 }, env: { WHATSAPP: 'on' } });
}, 300_000);
afterAll(async () => app?.stop());

const body = '00020101021126570011ID.DANA.WWW011893600915302259148102090225914810303UMI51440014ID.CO.QRIS.WWW0215ID10200211817450303UMI5204581253033605802ID5910Warung Sri6007Bandung61054011162070703A016304';
const QRIS = body + crc16(body);
const tenant = async () => (await withService(app.db, (tx) => tx.query<{ name: string; city: string; timezone: string; closing: string; qris: string | null }>(
  `select name, city, timezone, to_char(closing_time, 'HH24:MI') as closing, settings ->> 'qris' as qris from tenants where id = $1`, [TENANT]))).rows[0]!;

describe('Pengaturan: the warung and WhatsApp', () => {
  it('saves name, city, time zone, closing time and a valid QRIS; refuses a QRIS with a wrong CRC', async () => {
    const { context, page } = await newPage(app);
    await login(app, page, OWNER);
    await page.goto(`${app.url}/pengaturan`);
    await page.getByLabel('Nama warung').fill('Warung Bu Sri Jaya');
    await page.getByLabel('Kota').fill('Makassar');
    await page.getByLabel('Zona waktu').selectOption('Asia/Makassar');
    await page.getByLabel(/Jam tutup/).fill('22.30');
    await page.getByLabel(/Kode QRIS/).fill(QRIS.replace('Warung Sri', 'Warung Sru'));
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'QRIS tidak valid' }).waitFor();
    expect((await tenant()).name).not.toBe('Warung Bu Sri Jaya'); // nothing saved
    await page.getByLabel(/Kode QRIS/).fill(QRIS);
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'tersimpan' }).waitFor();
    expect(await tenant()).toEqual({ name: 'Warung Bu Sri Jaya', city: 'Makassar', timezone: 'Asia/Makassar', closing: '22:30', qris: QRIS });
    // The page shows what was saved; times now in WITA.
    await page.reload();
    expect(await page.getByLabel(/Jam tutup/).inputValue()).toBe('22:30');
    expect(await page.getByLabel('Zona waktu').inputValue()).toBe('Asia/Makassar');
    await page.getByText('Warung Bu Sri Jaya').first().waitFor();
    // A closing time that is no time is refused with a message, not saved.
    const csrf = (await context.cookies()).find((c) => c.name === 'juragan_csrf')!.value;
    const bad = await page.request.post(`${app.url}/api/pengaturan/warung`, { headers: { 'x-csrf-token': csrf },
      data: { name: 'X', timezone: 'Asia/Jakarta', closing_time: '25:00' } });
    expect(bad.status()).toBe(400);
    expect((await tenant()).closing).toBe('22:30');
    await context.close();
  }, 120_000);

  it('shows the WhatsApp link page with its connection state', async () => {
    const { context, page } = await newPage(app);
    await login(app, page, OWNER);
    await page.goto(`${app.url}/pengaturan`);
    const frame = page.frameLocator('iframe[title="Tautkan WhatsApp"]');
    await frame.getByRole('heading', { name: /WhatsApp/ }).waitFor();
    expect(await frame.locator('body').innerText()).toMatch(/belum tersambung|Sambungkan WhatsApp/);
    // Framed by our own page only: the link page says so, everything else still refuses frames.
    const res = await page.request.get(`${app.url}/whatsapp`);
    expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
    expect((await page.request.get(`${app.url}/`)).headers()['x-frame-options']).toBe('DENY');
    await screenshot(page, 'pengaturan-whatsapp');
    await context.close();
  }, 120_000);
});
