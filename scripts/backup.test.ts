// `npm run backup` then `npm run restore` into a fresh database, on both stacks, as an operator runs
// them (real processes): the restored database gives the same report figures and stock, and a restore
// over a database that is not empty is refused unless --force.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../core/config.ts';
import { migrate } from '../core/db/migrate.ts';
import { openDb, type Db } from '../core/db/open.ts';
import { withService } from '../core/db/tenant.ts';
import { createTestDatabase } from '../core/db/testing.ts';
import { silentLogger } from '../core/logger.ts';
import { startJuragan } from '../bot/app.ts';

const root = join(import.meta.dirname, '..');
const OWNER = '+6281200000001';
const DAY = ['laku indomie goreng 5 bks 17.500', 'bu yati ngutang 25rb', 'beli beras 10 kg 120rb', 'laku aqua 3 botol 9rb', 'bayar listrik 50rb'];

type Target = { DATABASE_URL?: string; DATA_DIR: string };

function cli(script: 'backup' | 'restore', args: string[], target: Target) {
  return new Promise<{ code: number | null; output: string; ms: number }>((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [`scripts/${script}.ts`, ...args], {
      cwd: root, env: { ...process.env, DATABASE_URL: target.DATABASE_URL ?? '', DATA_DIR: target.DATA_DIR }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output, ms: Date.now() - started }));
  });
}

/** What "laporan hari ini", "stok" and the debt list are made of. */
async function figures(db: Db) {
  return withService(db, async (tx) => {
    const q = async (sql: string) => (await tx.query(sql)).rows;
    return {
      byKind: await q(`select kind, status, count(*)::int as n, sum(total)::bigint as total from transactions group by 1, 2 order by 1, 2`),
      stock: await q(`select product_id, sum(qty)::numeric as level from stock_movements group by 1 order by 1`),
      debts: await q(`select contact_id, direction, sum(amount - paid)::bigint as open from debts where status = 'open' group by 1, 2 order by 1, 2`),
      messages: await q(`select (select count(*) from inbox)::int as inbox, (select count(*) from outbox)::int as outbox`),
    };
  });
}

async function figuresOf(target: Target) {
  const db = await openDb({ databaseUrl: target.DATABASE_URL, dataDir: join(target.DATA_DIR, 'pglite') });
  try {
    return { figures: await figures(db), pending: (await migrate(db)).applied };
  } finally {
    await db.close();
  }
}

/** A warung's day through the real pipeline, then a clean stop. */
async function runADay(target: Target) {
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...target });
  const juragan = await startJuragan({ config, logger: silentLogger });
  for (const text of DAY) {
    const res = await juragan.http.inject({ method: 'POST', url: '/api/simulator/messages', payload: { from: OWNER, text, id: randomUUID() } });
    expect(res.statusCode).toBe(202);
  }
  for (const deadline = Date.now() + 30_000; ;) {
    const open = await withService(juragan.db, async (tx) => Number((await tx.query(
      `select (select count(*) from inbox where status in ('pending', 'processing')) + (select count(*) from outbox where status in ('pending', 'sending')) as n`)).rows[0].n));
    if (open === 0) break;
    if (Date.now() > deadline) throw new Error('messages not handled');
    await new Promise((r) => setTimeout(r, 50));
  }
  await juragan.stop();
}

const tmp = () => join(mkdtempSync(join(tmpdir(), 'juragan-backup-')), 'data');

describe.each(['pglite', 'postgres'] as const)('backup and restore on %s', (stack) => {
  test('a restored backup gives the same reports and stock; a non-empty database needs --force', { timeout: 240_000 }, async () => {
    const dbs = stack === 'postgres' ? [await createTestDatabase(), await createTestDatabase()] : [];
    try {
      const source: Target = { DATA_DIR: tmp(), DATABASE_URL: dbs[0]?.url };
      const fresh: Target = { DATA_DIR: tmp(), DATABASE_URL: dbs[1]?.url };
      await runADay(source);
      const before = await figuresOf(source);
      expect(before.figures.byKind.length).toBeGreaterThanOrEqual(2); // sales and at least one other kind were booked
      expect(before.figures.debts.length).toBeGreaterThanOrEqual(1);

      const file = join(tmpdir(), `juragan-${stack}-${randomUUID()}.backup`);
      const b = await cli('backup', [file], source);
      expect(b.output).toContain('Backed up');
      expect(b.code).toBe(0);
      expect(statSync(file).mode & 0o077).toBe(0); // personal data: not readable by other users

      const r = await cli('restore', [file], fresh);
      expect(r.output).toContain('Restored');
      expect(r.code).toBe(0);
      console.log(JSON.stringify({ stack, backupMs: b.ms, restoreMs: r.ms, output: [b.output.trim(), r.output.trim()] }));
      const after = await figuresOf(fresh);
      expect(after.figures).toEqual(before.figures);
      expect(after.pending).toEqual([]); // the migration record came along: nothing is re-applied

      // The source is not empty: refused, and left as it was.
      const refused = await cli('restore', [file], source);
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/restore failed: .*not empty.*--force/);
      const forced = await cli('restore', [file, '--force'], source);
      expect(forced.output).toContain('Restored');
      expect(forced.code).toBe(0);
      expect((await figuresOf(source)).figures).toEqual(before.figures);
      const kept = () => readdirSync(source.DATA_DIR).filter((f) => f.startsWith('pglite.before-restore-')).length;
      if (stack === 'pglite') expect(kept()).toBe(1);

      // A damaged backup fails, even with --force, and the database stays as it was.
      const damaged = join(tmpdir(), `juragan-damaged-${randomUUID()}`);
      const good = readFileSync(file);
      writeFileSync(damaged, Buffer.concat([good.subarray(0, 5), Buffer.alloc(4096, 7)]));
      const broken = await cli('restore', [damaged, '--force'], source);
      expect(broken.code).toBe(1);
      expect(broken.output).toMatch(stack === 'pglite' ? /restore failed: .*could not be loaded .*unchanged/ : /restore failed: .*pg_restore failed/);
      expect((await figuresOf(source)).figures).toEqual(before.figures);
      if (stack === 'pglite') expect(kept()).toBe(1);

      // A backup of the other stack is named as such, not half-loaded.
      const other: Target = stack === 'pglite' ? { DATA_DIR: tmp(), DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/juragan_never_created' } : { DATA_DIR: tmp() };
      const wrong = await cli('restore', [file], other);
      expect(wrong.code).toBe(1);
      expect(wrong.output).toMatch(stack === 'pglite' ? /backup of the embedded database/ : /is a PostgreSQL backup/);
      expect(existsSync(join(other.DATA_DIR, 'pglite'))).toBe(false);
    } finally {
      for (const d of dbs) await d.drop();
    }
  });
});

test('the embedded database is not backed up while a process may have it open', async () => {
  const target: Target = { DATA_DIR: tmp() };
  mkdirSync(join(target.DATA_DIR, 'pglite'), { recursive: true });
  writeFileSync(join(target.DATA_DIR, 'pglite', 'PG_VERSION'), '17\n');
  writeFileSync(join(target.DATA_DIR, 'pglite', 'postmaster.pid'), '-42\n');
  const file = join(tmpdir(), `${randomUUID()}.tar.gz`);
  const run = await cli('backup', [file], target);
  expect(run.code).toBe(1);
  expect(run.output).toMatch(/backup failed: .*looks open.*Stop Juragan first/);
  expect(existsSync(file)).toBe(false);
});
