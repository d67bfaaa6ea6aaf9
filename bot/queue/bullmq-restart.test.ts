// Regression (bench/soak.ts): a Redis that restarts without persistence loses every job scheduler, and
// the sweeper, reports and reminders never ran again until a worker restarted; the soak then left
// replies unsent for good. Runs on a Redis of its own (bench/soak/services.ts), never the shared one.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startOwnRedis, type OwnRedis } from '../../bench/soak/services.ts';
import { BullMqJobQueue } from './bullmq-queue.ts';

let redis: OwnRedis;
beforeAll(async () => { redis = await startOwnRedis(6600); });
afterAll(async () => redis?.destroy());

test('after Redis comes back empty, the schedules this process registered are there again', { timeout: 60_000 }, async () => {
  const queue = new BullMqJobQueue({ url: redis.url, prefix: 'restart', onError: () => {} });
  try {
    await queue.schedule('sweep', 'sweep', { cron: '* * * * *', tz: 'UTC' }, {});
    await queue.schedule('scheduled', 'laporan:1', { cron: '0 21 * * *', tz: 'Asia/Jakarta' }, { id: 1 });
    await queue.unschedule('scheduled', 'laporan:1');
    expect(await queue.nextRun('sweep', 'sweep')).toBeInstanceOf(Date);

    let reconnects = 0;
    queue.onReconnect(() => reconnects++);
    await redis.restart(500); // no persistence: every key is gone
    await expect.poll(() => queue.nextRun('sweep', 'sweep').catch(() => null), { timeout: 20_000, interval: 200 }).toBeInstanceOf(Date);
    expect(await queue.nextRun('scheduled', 'laporan:1')).toBeNull(); // what was unscheduled stays gone
    expect(reconnects).toBe(1); // told once: the pipeline sweeps for the jobs Redis lost
  } finally {
    await queue.close();
  }
});

test('close() with Redis down lets the running job finish, then returns instead of waiting for Redis', { timeout: 60_000 }, async () => {
  const queue = new BullMqJobQueue({ url: redis.url, prefix: 'down', onError: () => {} });
  let started = false;
  let finished = false;
  await queue.process('work', async () => {
    started = true;
    await new Promise((r) => setTimeout(r, 1500));
    finished = true;
  }, { concurrency: 1 });
  await queue.process('idle', async () => {}, { concurrency: 1 }); // a worker blocked waiting, as the sweeper usually is
  await queue.add('work', {});
  await expect.poll(() => started, { timeout: 10_000, interval: 50 }).toBe(true);
  await redis.stop();
  try {
    await new Promise((r) => setTimeout(r, 300)); // the connections notice and start reconnecting
    await queue.close();
    expect(finished).toBe(true);
  } finally {
    await redis.start();
  }
});
