// Regression (hostile-input.test.ts): a NUL character reached PostgreSQL (which cannot store it in text)
// and came back as a 500 with the simulator's text and id, Pengaturan's names, void reasons and the
// transaction search. Now every route refuses it first with bad_request:nul_character.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { withService } from '../../core/db/tenant.ts';
import { startTestApp, type TestApp } from '../testing.ts';
import { hasNul } from './input-guard.ts';

let app: TestApp;
beforeAll(async () => { app = await startTestApp({ stack: 'pglite' }); });
afterAll(() => app?.stop());

const inbox = () => withService(app.db, async (tx) => Number((await tx.query('select count(*) as n from inbox')).rows[0].n));

test('a NUL in a body field, a body key or the query is a 400 with a code, and nothing is written', async () => {
  const before = await inbox();
  for (const payload of [
    { from: '+6281200000001', text: 'laku indomie\u0000 1 bks', id: 'nul-1' },
    { from: '+6281200000001', text: 'laku indomie 1 bks', id: 'nul\u0000-2' },
    { from: '+6281200000001', text: 'stok beras', id: 'nul-3', 'x\u0000': 1 },
  ]) {
    const res = await app.juragan.http.inject({ method: 'POST', url: '/api/simulator/messages', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'bad_request:nul_character' });
  }
  const q = await app.juragan.http.inject({ method: 'GET', url: '/api/simulator/replies?to=%2B6281200000001&after=%00' });
  expect(q.statusCode).toBe(400);
  expect(q.json().error).toBe('bad_request:nul_character');
  expect(await inbox()).toBe(before);
  // Right-to-left marks, emoji and lone surrogates are text like any other.
  const ok = await app.juragan.http.inject({ method: 'POST', url: '/api/simulator/messages', payload: { from: '+6281200000001', text: '\u202estok\u202c beras 😀 \ud800', id: 'odd-ok' } });
  expect(ok.statusCode).toBe(202);
});

test('hasNul walks deep nesting without recursion', () => {
  let deep: unknown = 'x\u0000';
  for (let i = 0; i < 100_000; i++) deep = [deep];
  expect(hasNul(deep)).toBe(true);
  expect(hasNul({ a: [{ b: 'fine' }], c: 1, d: null })).toBe(false);
});
