// SIGTERM in the middle of traffic: nothing is lost or left half-processed. Every message is either
// handled or still pending, and the next start finishes the pending ones.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadConfig } from '../core/config.ts';
import { serviceQuery } from '../core/db/tenant.ts';
import { silentLogger } from '../core/logger.ts';
import { startJuragan } from './app.ts';

const OWNER = '+6281200000001';

test('a shutdown during traffic loses nothing; the next start answers what was left', { timeout: 120_000 }, async () => {
  const config = loadConfig({ PORT: '0', DATA_DIR: join(mkdtempSync(join(tmpdir(), 'juragan-stop-')), 'data'), LOG_LEVEL: 'silent' });
  const first = await startJuragan({ config, logger: silentLogger });
  const ids: string[] = [];
  for (let i = 1; i <= 30; i++) {
    const res = await first.http.inject({ method: 'POST', url: '/api/simulator/messages', payload: { from: OWNER, text: `laku aqua 600ml ${i} botol`, id: `m${i}` } });
    ids.push(res.json().id);
  }
  const sse = fetch(`${first.url}/api/simulator/stream?to=${encodeURIComponent(OWNER)}`).then((r) => r.text()).catch(() => 'closed');
  await first.stop(); // as on SIGTERM: in-flight work finishes, the rest stays in the inbox
  await sse; // an open stream does not hold the shutdown

  const second = await startJuragan({ config, logger: silentLogger });
  try {
    const halfway = await serviceQuery<{ status: string }>(second.db, `select status from inbox where status = 'processing'`);
    expect(halfway.rows).toEqual([]); // nothing left half-processed
    await expect.poll(async () => (await serviceQuery<{ n: number }>(second.db,
      `select count(*)::int as n from inbox where status = 'done'`)).rows[0]!.n, { timeout: 60_000, interval: 200 }).toBe(30);
    const booked = await serviceQuery<{ n: number; refs: number }>(second.db,
      `select count(*)::int as n, count(distinct source_ref)::int as refs from transactions where source_ref like 'inbox:%'`);
    expect(booked.rows[0]).toEqual({ n: 30, refs: 30 });
  } finally {
    await second.stop();
  }
});
