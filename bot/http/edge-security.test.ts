// The HTTP edge as a stranger meets it, on a real server with the dashboard mounted: CORS closed unless
// CORS_ORIGINS lists an origin, login and simulator rate limits per address, cookies scoped (HttpOnly,
// SameSite, Path, Secure over https), body limits on the dashboard's routes too.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startJuragan, type Juragan } from '../app.ts';
import { loadConfig } from '../../core/config.ts';
import { freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService } from '../../core/db/tenant.ts';
import { silentLogger } from '../../core/logger.ts';

const CSRF = 'edge-csrf-token-0123456789abcdef';
const json = { 'content-type': 'application/json', cookie: `juragan_csrf=${CSRF}`, 'x-csrf-token': CSRF };
const ALLOWED = 'https://pos.example.id';

let juragan: Juragan;
let db: TestDb;
beforeAll(async () => {
  db = await freshDb('pglite', { seeded: true });
  const config = loadConfig({
    PORT: '0', DATA_DIR: `/tmp/juragan-edge-${randomBytes(4).toString('hex')}`, SEED_DEMO: 'off', LOG_LEVEL: 'silent',
    CORS_ORIGINS: `${ALLOWED}, http://kasir.local:8080`, SIMULATOR_RATE_LIMIT: '30',
  });
  // The production login limits (10 codes, 20 logins per 15 minutes per address).
  juragan = await startJuragan({ config, logger: silentLogger, db, dashboard: true });
}, 120_000);
afterAll(async () => juragan?.stop());

const post = (url: string, body: unknown, headers: Record<string, string> = json) =>
  fetch(`${juragan.url}${url}`, { method: 'POST', headers, body: JSON.stringify(body) });
const count = (table: string) => withService(db, async (tx) => Number((await tx.query(`select count(*) as n from ${table}`)).rows[0].n));

describe('CORS', () => {
  test('an origin that is not listed gets no Access-Control-Allow-Origin, on answers and on preflights', async () => {
    for (const init of [
      { method: 'GET', headers: { origin: 'https://evil.example' } } as RequestInit & { method: string },
      { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } },
    ]) {
      for (const url of ['/health', '/api/simulator/messages', '/api/auth/login', '/api/transaksi']) {
        const res = await fetch(`${juragan.url}${url}`, init);
        expect(res.headers.get('access-control-allow-origin'), `${init.method} ${url}`).toBeNull();
        expect(res.headers.get('access-control-allow-credentials')).toBeNull();
        await res.body?.cancel();
      }
    }
  });

  test('a listed origin gets its grant and a preflight answer, never credentials', async () => {
    const res = await fetch(`${juragan.url}/health`, { headers: { origin: ALLOWED } });
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('vary')).toContain('Origin');
    const pre = await fetch(`${juragan.url}/api/simulator/messages`, { method: 'OPTIONS', headers: { origin: 'http://kasir.local:8080', 'access-control-request-method': 'POST' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://kasir.local:8080');
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
    expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
  });

  test('CORS_ORIGINS must be origins', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'https://ok.example, not an origin' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://ok.example/path' })).toThrow(/CORS_ORIGINS/);
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
  });
});

describe('cookies', () => {
  test('the CSRF cookie a page hands out is SameSite=Strict on Path=/, Secure only over https', { timeout: 300_000 }, async () => {
    await juragan.web!.ready; // pages (and their cookie) once Next.js is prepared
    const http = (await fetch(`${juragan.url}/`)).headers.get('set-cookie') ?? '';
    expect(http).toMatch(/juragan_csrf=[^;]+; Path=\/; SameSite=Strict/);
    expect(http).not.toMatch(/Secure/);
    const https = (await fetch(`${juragan.url}/`, { headers: { 'x-forwarded-proto': 'https' } })).headers.get('set-cookie') ?? '';
    expect(https).toMatch(/juragan_csrf=[^;]+;.*Secure/);
  });

  test('the session cookie is HttpOnly, SameSite=Lax, Path=/, and Secure when the page came over https', async () => {
    for (const proto of ['http', 'https']) {
      const headers = { ...json, 'x-forwarded-proto': proto };
      expect((await post('/api/auth/code', { phone: '081200000002' }, headers)).status).toBe(200);
      const code = await withService(db, async (tx) => /(\d{6})/.exec((await tx.query<{ body: string }>(
        `select body from outbox where chat = '+6281200000002' and body like 'Kode masuk%' order by created_at desc limit 1`)).rows[0]!.body)![1]!);
      const res = await post('/api/auth/login', { phone: '081200000002', code }, headers);
      expect(res.status, await res.clone().text()).toBe(200);
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^juragan_session=[^;]+;/);
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Lax/);
      expect(cookie).toMatch(/Max-Age=\d+/);
      expect(/; Secure/.test(cookie), proto).toBe(proto === 'https');
    }
  });
});

test('logins are limited per address: after 20 in the window, 429 with an error code, and no session is made', async () => {
  const sessions = await count('dashboard_sessions'); // the cookie tests logged in twice from this address
  const statuses: number[] = [];
  for (let i = 0; i < 25; i++) statuses.push((await post('/api/auth/login', { phone: '081200000001', code: '000000' })).status);
  const refused = statuses.indexOf(429);
  expect(refused).toBeGreaterThanOrEqual(18);
  expect(refused).toBeLessThanOrEqual(20);
  expect(statuses.slice(0, refused).every((s) => s === 401)).toBe(true);
  expect(statuses.slice(refused).every((s) => s === 429)).toBe(true);
  const res = await post('/api/auth/login', { phone: '081200000001', code: '000000' });
  expect(res.status).toBe(429);
  const refusal = await res.json();
  expect(refusal.error).toBe('rate_limited:requests');
  expect(refusal.message).toContain('Terlalu sering dicoba');
  expect(res.headers.get('retry-after')).toBeTruthy();
  expect(await count('dashboard_sessions')).toBe(sessions);
});

test('simulator messages are limited per address (SIMULATOR_RATE_LIMIT per minute); refused ones are not in the inbox', async () => {
  const before = await count('inbox');
  const statuses: number[] = [];
  for (let i = 0; i < 35; i++) statuses.push((await post('/api/simulator/messages', { from: '+6285700000001', text: `stok beras ${i}`, id: `edge-${i}` }, { 'content-type': 'application/json' })).status);
  expect(statuses.filter((s) => s === 202)).toHaveLength(30);
  expect(statuses.slice(30)).toEqual([429, 429, 429, 429, 429]);
  const res = await post('/api/simulator/messages', { from: '+6285700000001', text: 'lagi', id: 'edge-x' }, { 'content-type': 'application/json' });
  expect(await res.json()).toMatchObject({ error: 'rate_limited:simulator' });
  expect(await count('inbox')).toBe(before + 30);
});

test('dashboard routes refuse bodies over 64 KB with 413 and an error code, before reading them', async () => {
  const res = await post('/api/kontak', { kind: 'customer', name: 'x'.repeat(70 * 1024) });
  expect(res.status).toBe(413);
  expect((await res.json()).error).toBe('bad_request:FST_ERR_CTP_BODY_TOO_LARGE');
});
