// `npm run chat` against a running Juragan: a chat with more than a page of old replies starts from the
// newest one, so only the replies to what is typed now are printed.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { withService } from '../core/db/tenant.ts';
import { startTestApp, type TestApp } from './testing.ts';

let app: TestApp;
beforeAll(async () => { app = await startTestApp({ stack: 'pglite', seeded: false }); });
afterAll(async () => app?.stop());

test('npm run chat does not replay old replies, also past the first hundred', async () => {
  const phone = '+6281299990006';
  await withService(app.db, (tx) => tx.query(
    `insert into outbox (channel, account, chat, body, status, sent_at)
     select 'simulator', 'sim', $1, 'balasan lama ' || n, 'sent', now() - interval '1 hour' + n * interval '1 second' from generate_series(1, 130) n`, [phone]));
  const cli = spawn(process.execPath, [join(import.meta.dirname, 'chat-cli.ts'), '--as', phone, '--url', app.juragan.url], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  cli.stdout.on('data', (d: Buffer) => { out += d.toString(); });
  try {
    await expect.poll(() => out, { timeout: 10_000 }).toContain('Chatting as');
    cli.stdin.write('halo\n');
    await expect.poll(() => out, { timeout: 15_000 }).toContain('juragan> ');
    await new Promise((r) => setTimeout(r, 300)); // anything replayed would arrive with it
    expect(out).not.toContain('balasan lama');
  } finally {
    cli.kill();
  }
});
