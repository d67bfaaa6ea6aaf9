// Three owner features end to end in the browser: a voice note plays beside its transcript in
// Percakapan (and only the warung's owner and staff can fetch it), a debt reminder goes out through
// the warung's channel only after the owner confirms, and a device the owner removes in Pengaturan is
// logged out at its next request with its live stream ended; and a supplier owed shows its due date in Utang.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withService } from '../../core/db/tenant.ts';
import { FakeTranscriber } from '../../bot/voice/fake-transcriber.ts';
import { addMember, CASHIER, login, newPage, OWNER, say, screenshot, settle, startWebApp, TENANT, type WebApp } from './harness.ts';

let app: WebApp;
const STAFF = '+6281200000078';
const OWNER_MEMBER = 'b0000000-0000-4000-8000-000000000001';
const BU_YATI = 'c0000000-0000-4000-8000-000000000013';
const YATI_PHONE = '+6281266665555';
const HEARD = 'bu yati ngutang dua puluh lima ribu';

const q = <R extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  withService(app.db, async (tx) => (await tx.query<R>(sql, params)).rows);

beforeAll(async () => {
  app = await startWebApp({ limits: { codePerAddress: 200, loginPerAddress: 200 }, transcriber: new FakeTranscriber(HEARD) });
  await addMember(app.db, TENANT, STAFF, 'staff', 'Pak Udin');
}, 300_000);
afterAll(async () => app?.stop());

describe('Percakapan: voice notes', () => {
  let inboxId: string;
  let audio: Buffer;
  beforeAll(async () => {
    // A voice note from the owner through the real pipeline: stored, transcribed (fake STT), booked.
    audio = readFileSync(join(import.meta.dirname, '..', '..', 'bot', 'voice', 'fixtures', 'bu-sri-ngutang.ogg'));
    const stored = await app.juragan.pipeline.deps.media.put(audio, 'audio/ogg; codecs=opus');
    ({ inboxId } = await app.juragan.pipeline.ingest({
      channel: 'simulator', account: 'sim', externalId: 'voice-dash-1', senderPhone: OWNER, senderAddress: OWNER, chat: OWNER,
      kind: 'voice', body: null, mediaRef: stored.key, quotedId: null, sentAt: new Date(),
    }));
    await settle(app);
  }, 60_000);

  it('plays the note beside its transcript', async () => {
    const { context, page } = await newPage(app);
    await login(app, page, OWNER);
    await page.goto(`${app.url}/percakapan/${OWNER_MEMBER}`);
    const bubble = page.locator('.bubble.in', { hasText: HEARD });
    await bubble.waitFor();
    const player = bubble.locator('audio');
    expect(await player.getAttribute('src')).toBe(`/api/media/${inboxId}`);
    // The browser loads and decodes it (Opus in Ogg): a duration means the source played.
    const duration = await player.evaluate((a: HTMLAudioElement) => new Promise<number>((resolve, reject) => {
      a.preload = 'auto';
      a.onloadedmetadata = () => resolve(a.duration);
      a.onerror = () => reject(new Error(`audio error ${a.error?.code}`));
      a.load();
    }));
    expect(duration).toBeGreaterThan(0.5);
    const res = await page.request.get(`${app.url}/api/media/${inboxId}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^audio\/ogg/);
    expect(Buffer.from(await res.body()).equals(audio)).toBe(true);
    await screenshot(page, 'percakapan-suara');
    await context.close();
  }, 120_000);

  it('lets staff fetch it, but not a cashier, another warung or a visitor', async () => {
    const staff = await newPage(app);
    await login(app, staff.page, STAFF);
    expect((await staff.page.request.get(`${app.url}/api/media/${inboxId}`)).status()).toBe(200);
    await staff.context.close();

    const cashier = await newPage(app);
    await login(app, cashier.page, CASHIER);
    expect((await cashier.page.request.get(`${app.url}/api/media/${inboxId}`)).status()).toBe(403);
    await cashier.context.close();

    const [{ id: other }] = await q<{ id: string }>(`insert into tenants (name) values ('Warung Sebelah') returning id`) as [{ id: string }];
    await addMember(app.db, other, '+6281255551111', 'owner', 'Pak Sebelah');
    const stranger = await newPage(app);
    await login(app, stranger.page, '+6281255551111');
    const res = await stranger.page.request.get(`${app.url}/api/media/${inboxId}`);
    expect(res.status()).toBe(404);
    expect((await res.body()).includes(audio.subarray(0, 64))).toBe(false);
    await stranger.context.close();

    expect((await fetch(`${app.url}/api/media/${inboxId}`)).status).toBe(401);
  }, 120_000);
});

describe('Utang: a reminder through WhatsApp', () => {
  it('sends nothing when the owner cancels, and one message to the debtor after "Ya"', async () => {
    await q(`update contacts set phone = $2 where id = $1`, [BU_YATI, YATI_PHONE]);
    await fetch(`${app.url}/api/simulator/messages`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: OWNER, text: 'bu yati ngutang 25rb' }) });
    await settle(app);
    const toYati = async () => (await q<{ body: string }>(`select body from outbox where chat = $1 order by created_at`, [YATI_PHONE])).map((r) => r.body);
    const before = (await toYati()).length;

    const { context, page } = await newPage(app);
    await login(app, page, OWNER);
    await page.goto(`${app.url}/utang/${BU_YATI}`);
    await page.getByRole('button', { name: 'Kirim pengingat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Konfirmasi' });
    await dialog.filter({ hasText: 'Kirim pengingat utang' }).waitFor();
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await page.getByRole('button', { name: 'Kirim pengingat' }).waitFor();
    await new Promise((r) => setTimeout(r, 300));
    expect(await toYati()).toHaveLength(before);

    await page.getByRole('button', { name: 'Kirim pengingat' }).click();
    await screenshot(page, 'utang-pengingat-konfirmasi');
    await page.getByRole('dialog', { name: 'Konfirmasi' }).getByRole('button', { name: 'Ya, lanjutkan' }).click();
    await page.getByRole('status').filter({ hasText: 'Pengingat terkirim ke Bu Yati' }).waitFor();
    const sent = await toYati();
    expect(sent).toHaveLength(before + 1);
    expect(sent.at(-1)).toMatch(/^Halo Bu Yati, ini pengingat dari .+: masih ada utang Rp[\d.]+\./);
    // Staff may not send one (the owner decides), nor may anyone without the CSRF token.
    const staff = await newPage(app);
    await login(app, staff.page, STAFF);
    await staff.page.goto(`${app.url}/utang/${BU_YATI}`);
    expect(await staff.page.getByRole('button', { name: 'Kirim pengingat' }).count()).toBe(0);
    const csrf = (await staff.context.cookies()).find((c) => c.name === 'juragan_csrf')!.value;
    const res = await staff.page.request.post(`${app.url}/api/utang/ingatkan`, { data: { contact_id: BU_YATI }, headers: { 'x-csrf-token': csrf } });
    expect(res.status()).toBe(403);
    expect((await page.request.post(`${app.url}/api/utang/ingatkan`, { data: { contact_id: BU_YATI } })).status()).toBe(403);
    expect(await toYati()).toHaveLength(before + 1);
    await staff.context.close();
    await context.close();
  }, 120_000);
});

describe('Utang: what the warung owes', () => {
  // Owner try: a supplier's due date was shown for customers only.
  it('lists a supplier with the due date said in the chat', async () => {
    await say(app, 'koh acong kirim gula 10 kg, nota 170rb, bayar minggu depan', OWNER);
    const { context, page } = await newPage(app);
    await login(app, page, OWNER);
    await page.goto(`${app.url}/utang`);
    const row = page.getByTestId('payables').locator('li', { hasText: 'Koh Acong' });
    await row.filter({ hasText: 'Rp170.000' }).filter({ hasText: 'jatuh tempo' }).waitFor();
    await context.close();
  }, 120_000);
});

describe('Pengaturan: removing a device', () => {
  it('logs the other browser out at its next request and ends its live stream', async () => {
    const owner = await newPage(app, { width: 1280, height: 800 });
    await login(app, owner.page, OWNER);
    const phone = await newPage(app); // the owner's other device
    await login(app, phone.page, OWNER);
    await phone.page.locator('[data-live="on"]').waitFor();
    const streams = app.juragan.web!.live.size;
    const [{ id }] = await q<{ id: string }>(
      `select id from dashboard_sessions where tenant_id = $1 and revoked_at is null order by created_at desc limit 1`, [TENANT]) as [{ id: string }];

    await owner.page.goto(`${app.url}/pengaturan`);
    const row = owner.page.getByTestId('sessions').locator('li', { has: owner.page.locator(`form[data-action="/api/pengaturan/sesi/${id}/cabut"]`) });
    // The browser named as a person reads it, not its raw user agent (the test browser is Chromium on Linux).
    expect(await row.innerText()).toContain('Chrome di Linux');
    expect(await row.innerText()).not.toContain('Mozilla');
    await row.getByRole('button', { name: 'Keluarkan' }).click();
    await row.getByRole('button', { name: 'Ya, lanjutkan' }).click();
    const said = owner.page.getByRole('status').filter({ hasText: 'Perangkat dikeluarkan' });
    await said.waitFor();
    // The page re-renders without the removed row (and its form); the answer stays in view.
    await row.waitFor({ state: 'detached' });
    expect(await said.isVisible()).toBe(true);
    await screenshot(owner.page, 'pengaturan-perangkat-dikeluarkan');

    // Its live stream says "logout" and the page goes to the login page without a reload by hand.
    await phone.page.getByLabel('Nomor WhatsApp').waitFor({ timeout: 5000 });
    expect(app.juragan.web!.live.size).toBeLessThan(streams);
    expect((await phone.page.request.get(`${app.url}/api/transaksi`)).status()).toBe(401);
    await phone.page.goto(`${app.url}/transaksi`);
    await phone.page.getByLabel('Nomor WhatsApp').waitFor();
    // The owner's own device is untouched, and the removed one is gone from the list.
    expect((await owner.page.request.get(`${app.url}/api/transaksi`)).status()).toBe(200);
    await owner.page.reload();
    expect(await owner.page.locator(`form[data-action="/api/pengaturan/sesi/${id}/cabut"]`).count()).toBe(0);
    await phone.context.close();
    await owner.context.close();
  }, 120_000);
});
