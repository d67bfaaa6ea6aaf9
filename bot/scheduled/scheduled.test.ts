import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withService } from '../../core/db/tenant.ts';
import { startTestApp, stacks, type TestApp } from '../testing.ts';

const TENANT = 'a0000000-0000-4000-8000-000000000001'; // Warung Bu Sri, Asia/Jakarta, closes 21:00
const OWNER = '+6281200000001';

describe.each(stacks)('scheduled work on %s', (stack) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ stack, now: '2026-11-21T13:30:00Z' }); // 20.30 WIB
  });
  afterAll(async () => app?.stop());

  test("the daily summary is scheduled at each tenant's closing time in its own zone", async () => {
    const q = app.juragan.queue;
    await expect.poll(() => q.nextRun('scheduled', `summary-${TENANT}`), { timeout: 10_000 }).not.toBeNull();
    const next = await q.nextRun('scheduled', `summary-${TENANT}`);
    // 21:00 WIB = 14:00 UTC, on whatever day the real clock of the queue is on.
    expect(next!.getUTCHours()).toBe(14);
    expect(next!.getUTCMinutes()).toBe(0);

    // Moving the warung to Makassar, closing at 22:30 WITA (= 14:30 UTC), is picked up by the sync.
    await withService(app.db, (tx) => tx.query(
      `update tenants set timezone = 'Asia/Makassar', closing_time = '22:30' where id = $1`, [TENANT]));
    await q.add('scheduled', { kind: 'sync_schedules' });
    await expect.poll(async () => (await q.nextRun('scheduled', `summary-${TENANT}`))?.getUTCMinutes(), { timeout: 10_000 }).toBe(30);
    expect((await q.nextRun('scheduled', `summary-${TENANT}`))!.getUTCHours()).toBe(14);
    await withService(app.db, (tx) => tx.query(
      `update tenants set timezone = 'Asia/Jakarta', closing_time = '21:00' where id = $1`, [TENANT]));
  });

  test('a daily summary job sends the owner one summary, even when the job runs twice', async () => {
    await app.say(OWNER, 'laku indomie goreng 2 bks 7rb');
    const summaries = () => withService(app.db, async (tx) => (await tx.query<{ body: string; status: string }>(
      `select body, status from outbox where dedupe_key like 'summary:%' and chat = $1`, [OWNER])).rows);
    await app.juragan.queue.add('scheduled', { kind: 'daily_summary', tenantId: TENANT });
    await expect.poll(async () => (await summaries())[0]?.status, { timeout: 10_000 }).toBe('sent');
    await app.juragan.queue.add('scheduled', { kind: 'daily_summary', tenantId: TENANT });
    // The second run finds today's summary already queued; give it time to (not) add another.
    await new Promise((r) => setTimeout(r, 1500));
    const sent = await summaries();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.status).toBe('sent');
    expect(sent[0]!.body).toMatch(/Ringkasan hari ini/);
  });
});
