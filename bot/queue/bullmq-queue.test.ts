// The contract on real Redis (REDIS_URL or 127.0.0.1:6379), under a key prefix of its own, deleted after.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { BullMqJobQueue } from './bullmq-queue.ts';
import { jobQueueContract } from './job-queue.contract.ts';

const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `juragan-t-${randomUUID().slice(0, 8)}`;

jobQueueContract('bullmq', ({ onFailed }) => new BullMqJobQueue({ url, prefix, onFailed }));

describe('BullMQ queue across processes', () => {
  it('deduplicates one job id added by two producers and runs it on a third instance once', async () => {
    const [a, b, worker] = [1, 2, 3].map(() => new BullMqJobQueue({ url, prefix }));
    try {
      const name = `t-${randomUUID().slice(0, 8)}`;
      expect(await a!.add(name, { n: 1 }, { jobId: 'inbox:7' })).toEqual({ id: 'inbox:7', added: true });
      expect(await b!.add(name, { n: 2 }, { jobId: 'inbox:7' })).toEqual({ id: 'inbox:7', added: false });
      const seen: unknown[] = [];
      await worker!.process(name, async (job) => void seen.push(job.payload), { concurrency: 1 });
      const end = Date.now() + 10_000;
      while (seen.length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 300));
      expect(seen).toEqual([{ n: 1 }]);
    } finally {
      await Promise.all([a, b, worker].map((q) => q!.close()));
    }
  });
});

afterAll(async () => {
  const redis = new Redis(url);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
});
