// `npm run chat` as a person uses it: type a line, see "mengetik…" and then Juragan's reply.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestApp, type TestApp } from './testing.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ stack: 'pglite' });
});
afterAll(async () => app?.stop());

test('the terminal chat shows typing and the reply to what was typed', { timeout: 60_000 }, async () => {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'chat-cli.ts'), '--as', 'owner', '--url', app.juragan.url], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stdin.write('laku indomie goreng 2 bks 7rb\n');
  await expect.poll(() => out, { timeout: 30_000, interval: 100 }).toMatch(/juragan> Siap Kak, tercatat/);
  expect(out).toMatch(/Chatting as owner \(\+6281200000001\)/);
  expect(out).toMatch(/sedang mengetik/);
  expect(out).toMatch(/Indomie Goreng 2 bks/);
  child.kill();
});

test('an unknown persona is refused with a hint', async () => {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'chat-cli.ts'), '--as', 'boss', '--url', app.juragan.url]);
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const code = await new Promise((resolve) => child.on('exit', resolve));
  expect(code).toBe(2);
  expect(err).toMatch(/owner, cashier, supplier1, supplier2/);
});
