import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withService } from '../../core/db/tenant.ts';
import { startTestApp, stacks, type TestApp } from '../testing.ts';

describe.each(stacks)('HTTP on %s', (stack) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ stack, seeded: false });
  });
  afterAll(async () => app?.stop());

  test('/health reports what runs', async () => {
    const res = await app.juragan.http.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      db: stack,
      queue: stack === 'pglite' ? 'inline' : 'bullmq',
      channels: { simulator: { state: 'ready' } },
    });
  });

  test('a message posted twice with the same id lands in the inbox once', async () => {
    const first = await app.post('081299990001', 'halo', { id: 'client-1' });
    const second = await app.post('+6281299990001', 'halo', { id: 'client-1' });
    expect(first.status).toBe(202);
    expect(second.status).toBe(202);
    expect(second.body.id).toBe(first.body.id);
    expect(second.body.duplicate).toBe(true);
    const rows = await withService(app.db, async (tx) =>
      (await tx.query(`select sender_phone, body from inbox where external_id = 'client-1'`)).rows);
    expect(rows).toEqual([{ sender_phone: '+6281299990001', body: 'halo' }]);
  });

  test.each([
    ['no sender', { text: 'halo' }, 'from'],
    ['not a phone', { from: 'bukan nomor', text: 'halo' }, 'from'],
    ['empty text', { from: '081299990001', text: '' }, 'text'],
    ['text too long', { from: '081299990001', text: 'x'.repeat(5000) }, 'text'],
  ])('bad body (%s) → 400 naming the field', async (_label, payload, field) => {
    const res = await app.juragan.http.inject({ method: 'POST', url: '/api/simulator/messages', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('bad_request:body');
    expect(JSON.stringify(res.json().issues)).toContain(field);
  });

  test('malformed JSON → 400 with an error code', async () => {
    const res = await app.juragan.http.inject({
      method: 'POST', url: '/api/simulator/messages', headers: { 'content-type': 'application/json' }, payload: '{"from":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatch(/^bad_request:/);
  });

  test('a reply comes back through the long poll', async () => {
    const phone = '+6281299990002';
    const before = await app.juragan.http.inject({ method: 'GET', url: `/api/simulator/replies?to=${encodeURIComponent(phone)}` });
    expect(before.json().replies).toEqual([]);
    const poll = app.juragan.http.inject({ method: 'GET', url: `/api/simulator/replies?to=${encodeURIComponent(phone)}&wait=10000` });
    await app.post(phone, 'halo');
    const res = await poll;
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.replies.length).toBeGreaterThan(0);
    expect(typeof body.replies[0].text).toBe('string');
    expect(body.cursor).toBeTruthy();
    const after = await app.juragan.http.inject({ method: 'GET', url: `/api/simulator/replies?to=${encodeURIComponent(phone)}&after=${encodeURIComponent(body.cursor)}` });
    expect(after.json().replies).toEqual([]);
  });

  test.each([
    ['empty', '', 200],
    ['garbage', 'bukan-kursor', 400],
    ['month 13', '2026-13-45 10:00:00+00', 400],
    ['30 February', '2026-02-30 10:00:00+00', 400],
  ])('replies with a %s after (%j) and a wait → %i, never a 500', async (_label, after, status) => {
    const res = await app.juragan.http.inject({ method: 'GET', url: `/api/simulator/replies?to=%2B6281299990004&after=${encodeURIComponent(after)}&wait=50` });
    expect(res.statusCode).toBe(status);
    if (status === 400) expect(res.json().error).toBe('bad_request:after');
  });

  test('replies without after give the newest page and cursor, also past the first hundred', async () => {
    const phone = '+6281299990005';
    await withService(app.db, (tx) => tx.query(
      `insert into outbox (channel, account, chat, body, status, sent_at)
       select 'simulator', 'sim', $1, 'balasan ' || n, 'sent', now() - interval '1 hour' + n * interval '1 second' from generate_series(1, 130) n`, [phone]));
    const res = await app.juragan.http.inject({ method: 'GET', url: `/api/simulator/replies?to=${encodeURIComponent(phone)}` });
    const body = res.json();
    expect(body.replies.length).toBe(100);
    expect(body.replies.at(-1).text).toBe('balasan 130');
    expect(body.replies[0].text).toBe('balasan 31');
    const next = await app.juragan.http.inject({ method: 'GET', url: `/api/simulator/replies?to=${encodeURIComponent(phone)}&after=${encodeURIComponent(body.cursor)}` });
    expect(next.json().replies).toEqual([]);
  });

  test('unknown routes answer 404 with a code', async () => {
    const res = await app.juragan.http.inject({ method: 'GET', url: '/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toBe('not_found:route');
  });
});

describe('simulator stream (SSE)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ stack: 'pglite', seeded: false });
  });
  afterAll(async () => app?.stop());

  test('streams typing and the reply as server-sent events', async () => {
    const phone = '+6281299990003';
    const controller = new AbortController();
    const res = await fetch(`${app.juragan.url}/api/simulator/stream?to=${encodeURIComponent(phone)}`, { signal: controller.signal });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    await app.post(phone, 'halo');
    while (!/event: reply/.test(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    controller.abort();
    expect(text).toMatch(/event: typing\ndata: {"typing":true}/);
    const reply = JSON.parse(/event: reply\ndata: (.*)/.exec(text)![1]!);
    expect(reply.text.length).toBeGreaterThan(0);
    expect(reply.cursor).toBeTruthy();
  });
});
