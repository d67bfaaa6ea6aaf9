// Regression (bench/soak.ts at 40 msg/s): a Redis restart without persistence loses the drain jobs of
// messages already in the inbox, and their chats waited for the minute sweeper (40 s in the soak; a
// row younger than the sweeper's 30 s margin waited a minute more). The pipeline now sweeps as soon as
// the queue is back. Runs on a Redis of its own (bench/soak/services.ts), never the shared one.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startOwnRedis, type OwnRedis } from '../../bench/soak/services.ts';
import { freshDb, type TestDb } from '../../core/db/testing.ts';
import { serviceQuery } from '../../core/db/tenant.ts';
import { BullMqJobQueue } from '../queue/bullmq-queue.ts';
import { createPipeline } from './index.ts';
import { manualDeps } from './testing.ts';

let redis: OwnRedis;
let db: TestDb;
beforeAll(async () => {
  redis = await startOwnRedis(6620);
  db = await freshDb('pglite', { seeded: true });
});
afterAll(async () => {
  await db?.close();
  await redis?.destroy();
});

test('a message whose job Redis lost is answered right after Redis is back, not at the next sweep', { timeout: 60_000 }, async () => {
  const queue = new BullMqJobQueue({ url: redis.url, prefix: 'lost', onError: () => {} });
  const pipeline = createPipeline(manualDeps(db, { queue }));
  try {
    await pipeline.start({ queues: ['inbox', 'outbox', 'sweep'], concurrency: 2 });
    // In the inbox with no job: what a Redis restart leaves of a message that had just come in.
    const { rows } = await serviceQuery<{ id: string }>(db, `insert into inbox (channel, account, external_id, sender_phone, sender_address, chat, kind, body, status)
      values ('simulator', 'sim', 'lost-1', '+6281200000001', '+6281200000001', '+6281200000001', 'text', 'laku indomie goreng 1 bks', 'pending') returning id::text`);
    const status = async () => (await serviceQuery<{ status: string }>(db, `select status from inbox where id = $1`, [rows[0]!.id])).rows[0]!.status;
    // A reply committed while Redis was away (its send job could not be queued), and one a process is
    // handing to its channel right now, which must not be sent a second time.
    const reply = (body: string, state: string) => serviceQuery<{ id: string }>(db, `insert into outbox (channel, account, chat, body, status)
      values ('simulator', 'sim', '+6281200000009', $1, $2) returning id::text`, [body, state]).then((r) => r.rows[0]!.id);
    const unsent = await reply('tertunda', 'pending');
    const inFlight = await reply('sedang dikirim', 'sending');
    const outStatus = async (id: string) => (await serviceQuery<{ status: string }>(db, `select status from outbox where id = $1`, [id])).rows[0]!.status;
    await new Promise((r) => setTimeout(r, 1000));
    expect(await status()).toBe('pending'); // nothing queued it
    expect(await outStatus(unsent)).toBe('pending');

    await redis.restart(500);
    await expect.poll(status, { timeout: 15_000, interval: 200 }).toBe('done');
    await expect.poll(() => outStatus(unsent), { timeout: 15_000, interval: 200 }).toBe('sent');
    expect(await outStatus(inFlight)).toBe('sending');
    const replies = await serviceQuery<{ body: string }>(db, `select body from outbox where inbox_id = $1`, [rows[0]!.id]);
    expect(replies.rows.map((r) => r.body).join('\n')).toContain('Indomie Goreng');
  } finally {
    await queue.close();
  }
});
