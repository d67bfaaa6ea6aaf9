// `npm start` as an operator runs it: a real process on an empty data directory, then again on the
// same directory, each answering /health and shutting down cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createTestDatabase } from '../core/db/testing.ts';
import { dropRedisPrefix, TEST_REDIS_URL } from './testing.ts';

const root = join(import.meta.dirname, '..');

async function startOnce(dataDir: string, port: number, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['bot/main.ts'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info', DATABASE_URL: '', REDIS_URL: '', WHATSAPP: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  let health: unknown = null;
  while (Date.now() < deadline && health === null) {
    if (child.exitCode !== null) throw new Error(`exited early: ${output}`);
    health = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.json(), () => null);
    if (health === null) await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  return { health, code: await exited, output };
}

test('npm start on an empty data directory answers /health, and a second start reuses the data', { timeout: 150_000 }, async () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'juragan-start-')), 'data');
  const port = 20_000 + Math.floor(Math.random() * 20_000);

  const first = await startOnce(dataDir, port);
  expect(first.health).toMatchObject({ status: 'ok', db: 'pglite', queue: 'inline' });
  expect(first.code).toBe(0);
  expect(first.output).toContain('migrations applied');
  expect(first.output).toContain('demo warung loaded');
  expect(existsSync(join(dataDir, 'pglite', 'PG_VERSION'))).toBe(true);

  const second = await startOnce(dataDir, port + 1);
  expect(second.health).toMatchObject({ status: 'ok', db: 'pglite' });
  expect(second.code).toBe(0);
  expect(second.output).not.toContain('migrations applied');
  expect(second.output).not.toContain('demo warung loaded');
});

test('with DATABASE_URL and REDIS_URL the same start runs on PostgreSQL and BullMQ', { timeout: 120_000 }, async () => {
  const { url, drop } = await createTestDatabase();
  try {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'juragan-start-')), 'data');
    const prefix = `jt${process.pid}start`;
    const run = await startOnce(dataDir, 20_000 + Math.floor(Math.random() * 20_000), { DATABASE_URL: url, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix });
    expect(run.health).toMatchObject({ status: 'ok', db: 'postgres', queue: 'bullmq' });
    expect(run.code).toBe(0);
    expect(existsSync(join(dataDir, 'pglite'))).toBe(false);
  } finally {
    await dropRedisPrefix(`jt${process.pid}start`);
    await drop();
  }
});
