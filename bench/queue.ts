// Throughput and pickup latency of both JobQueue runners with a no-op handler. Prints JSON.
// Run: node bench/queue.ts [jobs=2000]   (BullMQ uses REDIS_URL or 127.0.0.1:6379, prefix deleted after)
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { JobQueue } from '../core/ports/job-queue.ts';
import { BullMqJobQueue } from '../bot/queue/bullmq-queue.ts';
import { InlineJobQueue } from '../bot/queue/inline-queue.ts';

const jobs = Number(process.argv[2] ?? 2000);
const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `juragan-bench-${randomUUID().slice(0, 8)}`;

type Make = () => JobQueue;
const runners: [string, Make][] = [
  ['inline', () => new InlineJobQueue()],
  ['bullmq', () => new BullMqJobQueue({ url, prefix })],
];

// Adds `jobs` jobs before any worker runs, then drains them at `concurrency`.
async function throughput(make: Make, concurrency: number) {
  const queue = make();
  const name = `bench-${randomUUID().slice(0, 8)}`;
  try {
    let t = performance.now();
    for (let i = 0; i < jobs; i++) await queue.add(name, { i }, { jobId: `inbox:${i}` });
    const addPerSec = jobs / ((performance.now() - t) / 1000);
    let done = 0;
    let finish = () => {};
    const all = new Promise<void>((resolve) => (finish = resolve));
    t = performance.now();
    await queue.process(name, async () => {
      done += 1;
      if (done === jobs) finish();
    }, { concurrency });
    await all;
    return { concurrency, addPerSec: Math.round(addPerSec), processPerSec: Math.round(jobs / ((performance.now() - t) / 1000)) };
  } finally {
    await queue.close();
  }
}

// One job at a time: from add() to the handler starting.
async function pickup(make: Make, rounds = 200) {
  const queue = make();
  const name = `bench-${randomUUID().slice(0, 8)}`;
  const ms: number[] = [];
  let started = () => {};
  try {
    await queue.process(name, async () => started(), { concurrency: 1 });
    for (let i = 0; i < rounds; i++) {
      const ran = new Promise<void>((resolve) => (started = resolve));
      const t = performance.now();
      await queue.add(name, { i });
      await ran;
      ms.push(performance.now() - t);
    }
  } finally {
    await queue.close();
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => Math.round((ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0) * 100) / 100;
  return { rounds, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: at(1) };
}

async function cleanRedis() {
  const redis = new Redis(url);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
}

const results: Record<string, unknown> = { jobs, node: process.version };
try {
  for (const [label, make] of runners) {
    results[label] = {
      throughput: [await throughput(make, 1), await throughput(make, 16)],
      pickup: await pickup(make),
    };
  }
} finally {
  await cleanRedis();
}
console.log(JSON.stringify(results, null, 2));
