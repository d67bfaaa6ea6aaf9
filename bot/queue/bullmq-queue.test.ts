// The contract on real Redis (REDIS_URL or 127.0.0.1:6379), under a key prefix of its own, deleted after.
import { spawn } from 'node:child_process';
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

  // A worker kill -9'd (or OOM-killed) mid-job holds the job's lock until it lapses; another worker's
  // stalled check then runs it again. With BullMQ's defaults (30 s lock, 30 s check) that took up to a
  // minute; with LOCK_MS = 10 s it is back after the lock lapses (at most 10 s) and the next stalled check
  // (every 5 s): 15 s at worst, plus the machine's scheduling (a CI run saw 15,012 ms), so 20 s is the bound.
  it('a job whose worker process was killed mid-run is run again by another process within 20 s', { timeout: 60_000 }, async () => {
    const name = `t-${randomUUID().slice(0, 8)}`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', `
      const { BullMqJobQueue } = await import(${JSON.stringify(new URL('./bullmq-queue.ts', import.meta.url).href)});
      const q = new BullMqJobQueue({ url: ${JSON.stringify(url)}, prefix: ${JSON.stringify(prefix)} });
      await q.process(${JSON.stringify(name)}, () => { process.stdout.write('taken\\n'); return new Promise(() => {}); }, { concurrency: 1 });
      process.stdout.write('ready\\n');
    `], { stdio: ['ignore', 'pipe', 'inherit'] });
    const said = (word: string) => new Promise<void>((resolve) => child.stdout!.on('data', (d: Buffer) => d.toString().includes(word) && resolve()));
    const [producer, survivor] = [1, 2].map(() => new BullMqJobQueue({ url, prefix }));
    try {
      await said('ready');
      const taken = said('taken');
      await producer!.add(name, { n: 1 });
      await taken;
      child.kill('SIGKILL');
      const killedAt = Date.now();
      let ranAt = 0;
      await survivor!.process(name, async () => void (ranAt ||= Date.now()), { concurrency: 1 });
      await expect.poll(() => ranAt, { timeout: 45_000, interval: 100 }).toBeGreaterThan(0);
      expect(ranAt - killedAt).toBeLessThan(20_000);
    } finally {
      child.kill('SIGKILL');
      await Promise.all([producer, survivor].map((q) => q!.close()));
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
