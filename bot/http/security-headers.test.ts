// Security headers and the body size limit on the real routes of a running Juragan: JSON answers,
// errors, 404s, a hijacked SSE stream; huge bodies get a 413 with an error code and write nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { withService } from '../../core/db/tenant.ts';
import { startTestApp, type TestApp } from '../testing.ts';
import { securityHeaders } from './security-headers.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ stack: 'pglite' });
});
afterAll(() => app?.stop());

const expectHeaders = (headers: Record<string, unknown>) => {
  for (const [name, value] of Object.entries(securityHeaders)) expect(headers[name], name).toBe(value);
  expect(headers['access-control-allow-origin']).toBeUndefined();
};
const inboxCount = () => withService(app.db, async (tx) => Number((await tx.query('select count(*) as n from inbox')).rows[0].n));

test('every kind of answer carries the security headers and no CORS grant', async () => {
  const origin = { origin: 'https://evil.example' };
  for (const req of [
    { method: 'GET' as const, url: '/health', headers: origin },
    { method: 'GET' as const, url: '/no-such-page', headers: origin },
    { method: 'POST' as const, url: '/api/simulator/messages', headers: origin, payload: { from: 'x' } },
    { method: 'OPTIONS' as const, url: '/api/simulator/messages', headers: { ...origin, 'access-control-request-method': 'POST' } },
  ]) {
    const res = await app.juragan.http.inject(req);
    expect(res.statusCode, req.url).toBeLessThan(500);
    expectHeaders(res.headers);
  }
});

test('the SSE stream, written on the raw response, has them too', async () => {
  const abort = new AbortController();
  const res = await fetch(`${app.juragan.url}/api/simulator/stream?to=%2B6281200000001`, { signal: abort.signal });
  expect(res.headers.get('content-type')).toBe('text/event-stream');
  expectHeaders(Object.fromEntries(res.headers));
  abort.abort();
});

test('a body over 64 KB is refused with 413 and an error code, and nothing is written', async () => {
  const before = await inboxCount();
  const res = await app.juragan.http.inject({
    method: 'POST', url: '/api/simulator/messages',
    payload: { from: '+6281200000001', text: 'laku indomie 1 bks 3500 '.repeat(3000), id: randomUUID() },
  });
  expect(res.statusCode).toBe(413);
  expect(res.json()).toMatchObject({ error: 'bad_request:FST_ERR_CTP_BODY_TOO_LARGE' });
  expectHeaders(res.headers);
  expect(await inboxCount()).toBe(before);
});
