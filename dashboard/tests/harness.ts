// Browser tests: a real Juragan with the dashboard (production build) on a random port and a fresh
// database, and Debian's chromium driven by playwright-core. Screenshots go to dashboard/test-artifacts/.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { vi } from 'vitest';
import { startJuragan, type Juragan } from '../../bot/app.ts';
import { loadConfig } from '../../core/config.ts';
import { freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService } from '../../core/db/tenant.ts';
import { silentLogger } from '../../core/logger.ts';
import type { Transcriber } from '../../core/ports/transcriber.ts';
import type { AuthLimits } from '../server/auth-routes.ts';

// A browser test walks several pages and chat turns; on a shared 2-core CI machine running the suite in
// parallel one such walk has taken over 30 s. The waits inside the tests keep their own tight timeouts
// (the 1 s live-update claim, for one); this only raises the budget of the whole test.
// The benchmarks under bench/ use this harness outside vitest, where there is no config to set.
if (process.env.VITEST) vi.setConfig({ testTimeout: 120_000 });

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const artifactsDir = join(import.meta.dirname, '..', 'test-artifacts');
export const OWNER = '+6281200000001';
export const CASHIER = '+6281200000002';
export const TENANT = 'a0000000-0000-4000-8000-000000000001';

export interface WebApp {
  juragan: Juragan;
  db: TestDb;
  url: string;
  browser: Browser;
  stop(): Promise<void>;
}

/** `chromiumArgs` are added to the browser's command line (the camera tests' fake camera). */
export async function startWebApp(opts: { stack?: 'pglite' | 'postgres'; limits?: Partial<AuthLimits>; transcriber?: Transcriber; env?: Record<string, string>; chromiumArgs?: string[] } = {}): Promise<WebApp> {
  const db = await freshDb(opts.stack ?? 'pglite', { seeded: true });
  const config = loadConfig({ PORT: '0', DATA_DIR: `/tmp/juragan-web-${randomBytes(4).toString('hex')}`, SEED_DEMO: 'off', LOG_LEVEL: 'silent', ...opts.env });
  const juragan = await startJuragan({ config, logger: silentLogger, db, transcriber: opts.transcriber, dashboard: { limits: opts.limits } });
  await juragan.web!.ready;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...(opts.chromiumArgs ?? [])],
  });
  return {
    juragan, db, url: juragan.url, browser,
    async stop() {
      await browser.close();
      await juragan.stop();
    },
  };
}

/** The newest login code sent to a phone (read from the outbox, as a person reads their chat; a WhatsApp chat is a JID). */
export async function lastCode(db: TestDb, phone: string): Promise<string | null> {
  return withService(db, async (tx) => {
    const { rows } = await tx.query<{ body: string }>(
      `select body from outbox where (chat = $1 or chat = $2) and body like 'Kode masuk%' order by created_at desc limit 1`, [phone, `${phone.slice(1)}@s.whatsapp.net`]);
    return /(\d{6})/.exec(rows[0]?.body ?? '')?.[1] ?? null;
  });
}

export async function newPage(app: WebApp, viewport = { width: 390, height: 844 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.browser.newContext({ viewport, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const page = await context.newPage();
  return { context, page };
}

/** Logs in through the login page like a person: number, "Kirim kode", the code from the chat, "Masuk". */
export async function login(app: WebApp, page: Page, phone: string, display = `0${phone.slice(3)}`): Promise<void> {
  await page.goto(app.url);
  await page.getByLabel('Nomor WhatsApp').fill(display);
  await page.getByRole('button', { name: 'Kirim kode' }).click();
  await page.getByLabel('Kode').waitFor();
  const code = await lastCode(app.db, phone);
  if (!code) throw new Error('no code sent');
  await page.getByLabel('Kode').fill(code);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.locator('#code').waitFor({ state: 'detached' }); // the page reloads as the member
  await page.waitForLoadState('load');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  const size = page.viewportSize();
  // A screenshot is for people to look at, taken with the page's animations finished; on a loaded CI machine a
  // full-page capture of a chart took past Playwright's 30 s default once, so it gets the test's own budget.
  await page.screenshot({ path: join(artifactsDir, `${name}-${size?.width}x${size?.height}.png`), fullPage: true, animations: 'disabled', timeout: 90_000 });
}

/** A member added straight in the database (the chat's "tambah karyawan" does the same). */
export async function addMember(db: TestDb, tenantId: string, phone: string, role: 'owner' | 'staff' | 'cashier', name: string): Promise<void> {
  await withService(db, (tx) => tx.query(`insert into members (tenant_id, phone, name, role) values ($1, $2, $3, $4)`, [tenantId, phone, name, role]));
}

const CHAT_WAIT_MS = 30_000;

/** A chat message through the simulator; resolves with the replies once the message is done. */
export async function say(app: WebApp, text: string, from = OWNER): Promise<string[]> {
  const res = await fetch(`${app.url}/api/simulator/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from, text }) });
  const { id } = await res.json() as { id: string };
  for (const deadline = Date.now() + CHAT_WAIT_MS; Date.now() < deadline;) {
    const rows = await withService(app.db, async (tx) => (await tx.query<{ body: string; status: string }>(
      `select o.body, i.status from inbox i left join outbox o on o.inbox_id = i.id and o.status = 'sent' where i.id = $1 order by o.seq`, [id])).rows);
    if (rows[0]?.status === 'done' && rows.every((r) => r.body)) return rows.map((r) => r.body);
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no reply to ${text}`);
}

/** Waits until no message in the inbox is pending or being processed. */
export async function settle(app: WebApp): Promise<void> {
  for (const deadline = Date.now() + CHAT_WAIT_MS; Date.now() < deadline;) {
    const n = await withService(app.db, async (tx) => (await tx.query<{ n: number }>(`select count(*)::int as n from inbox where status in ('pending', 'processing')`)).rows[0]!.n);
    if (n === 0) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the inbox did not settle');
}
