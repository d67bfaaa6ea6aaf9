// Personal data stays out of the logs at info level, checked on the real output of `npm start`:
// a real process, messages through the simulator API from known phones with known texts, then
// every byte it wrote to stdout and stderr is searched for the phones (in each common spelling)
// and the texts.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createTestDatabase } from '../core/db/testing.ts';
import { dropRedisPrefix, TEST_REDIS_URL } from './testing.ts';

const root = join(import.meta.dirname, '..');
const OWNER = '81200000001'; // the demo owner, after +62 / 62 / 0
const STRANGER = '85799887766'; // not a member: the onboarding path
// Each text carries a word found nowhere else, so a leak of any part of it is seen.
const TEXTS = [
  'laku indomie goreng 5 bks 17.500 buat qwertyzebra',
  'bu yati ngutang 25rb kemarin plumbusvase',
  'stok beras',
  'laporan hari ini',
  'tolong catat jualan xylokopi 3 gelas',
  'batal',
];

/** Every spelling of a number an operator or a library might print. */
const spellings = (nsn: string) => [`+62${nsn}`, `62${nsn}`, `0${nsn}`, nsn, `62${nsn}@s.whatsapp.net`];

test.each(['pglite', 'postgres'] as const)('at info level, the real server on %s logs no phone number and no message text', { timeout: 180_000 }, async (stack) => {
  const pg = stack === 'postgres' ? await createTestDatabase() : null;
  const prefix = `jt${process.pid}logs`;
  const stackEnv = pg ? { DATABASE_URL: pg.url, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix } : { DATABASE_URL: '', REDIS_URL: '' };
  const dataDir = join(mkdtempSync(join(tmpdir(), 'juragan-logs-')), 'data');
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, ['bot/main.ts'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: process.env.LOGS_TEST_LEVEL ?? 'info', WHATSAPP: 'off', ...stackEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  try {
    for (const deadline = Date.now() + 90_000; ;) {
      if (child.exitCode !== null) throw new Error(`exited early: ${output}`);
      if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) break;
      if (Date.now() > deadline) throw new Error(`no /health: ${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const post = (body: unknown) => fetch(`${base}/api/simulator/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    const senders = [`+62${OWNER}`, `0${STRANGER}`];
    for (const from of senders) {
      for (const text of TEXTS) expect((await post({ from, text, id: randomUUID() })).status).toBe(202);
    }
    // Bad requests carry the same personal data; their errors must not echo it either.
    expect((await post({ from: `62${OWNER}`, text: `${'x'.repeat(4001)} qwertyzebra` })).status).toBe(400);
    expect((await post({ from: `+62${OWNER}`, text: 42 })).status).toBe(400);
    // Replies are read by phone in the query string.
    for (const from of senders) {
      for (let got = 0, deadline = Date.now() + 60_000; got < TEXTS.length && Date.now() < deadline;) {
        const page = (await (await fetch(`${base}/api/simulator/replies?to=${encodeURIComponent(from)}&wait=2000`)).json()) as { replies: unknown[] };
        got = page.replies.length;
      }
    }
    await new Promise((r) => setTimeout(r, 500)); // the last "message handled" lines
  } finally {
    child.kill('SIGTERM');
    const code = await exited;
    if (pg) {
      await dropRedisPrefix(prefix);
      await pg.drop();
    }
    expect(code).toBe(0);
  }

  if (process.env.LOGS_TEST_DUMP) console.log(output);
  expect(output).toContain('message handled'); // the run did log the pipeline's work
  for (const nsn of [OWNER, STRANGER]) {
    for (const s of spellings(nsn)) expect(output, `phone ${s} in the log`).not.toContain(s);
  }
  for (const text of TEXTS) expect(output, 'message text in the log').not.toContain(text);
  for (const word of ['qwertyzebra', 'plumbusvase', 'xylokopi']) expect(output, `"${word}" in the log`).not.toContain(word);
});
