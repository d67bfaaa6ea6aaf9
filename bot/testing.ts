// End-to-end test harness: a whole Juragan (HTTP, pipeline, queue, database) on a random port, on
// either stack: PGlite + in-process queue, or PostgreSQL + BullMQ (real Redis, own key prefix).
// `say()` goes through the real simulator API and waits until the message is handled and its
// replies are sent.
import { randomBytes, randomUUID } from 'node:crypto';
import { loadConfig } from '../core/config.ts';
import { freshDb, type TestDb } from '../core/db/testing.ts';
import { withService } from '../core/db/tenant.ts';
import { silentLogger } from '../core/logger.ts';
import { fixedClock, systemClock, type Clock } from '../core/ports/clock.ts';
import type { Llm } from '../core/ports/llm.ts';
import type { Transcriber } from '../core/ports/transcriber.ts';
import { startJuragan, type Juragan, type StartOptions } from './app.ts';
import { createQueue } from './queue/create-queue.ts';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export type Stack = 'pglite' | 'postgres';
export const stacks: Stack[] = ['pglite', 'postgres'];

export interface TestApp {
  juragan: Juragan;
  db: TestDb;
  clock: Clock & { set(at: Date | string): void };
  /** Sends `text` as `from` and returns the replies to `from` once the message is handled. */
  say(from: string, text: string, opts?: { id?: string }): Promise<string[]>;
  /** Posts without waiting; returns the inbox id. */
  post(from: string, text: string, opts?: { id?: string }): Promise<{ status: number; body: any }>;
  /** Waits until every inbox row is finished and every reply sent. */
  settle(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export interface TestAppOptions {
  stack: Stack;
  /** The clock starts here and only moves when set. Default: the real clock. */
  now?: string;
  seeded?: boolean;
  llm?: Llm | null;
  transcriber?: Transcriber | null;
  faults?: StartOptions['faults'];
  /** PostgreSQL pool size (default: the small one tests use); benchmarks pass the production size. */
  poolMax?: number;
}

export async function startTestApp(opts: TestAppOptions): Promise<TestApp> {
  const db = await freshDb(opts.stack, { seeded: opts.seeded ?? true, max: opts.poolMax });
  const clock = opts.now ? fixedClock(opts.now) : Object.assign(Object.create(systemClock) as Clock, { set: () => { throw new Error('clock is real'); } });
  const config = loadConfig({ PORT: '0', DATA_DIR: `/tmp/juragan-test-${randomBytes(4).toString('hex')}`, SEED_DEMO: 'off', LOG_LEVEL: 'silent',
    SIMULATOR_RATE_LIMIT: '0' }); // tests and benches send from one address
  const prefix = `jt${randomBytes(4).toString('hex')}`;
  const queue = opts.stack === 'postgres' ? await createQueue({ REDIS_URL: TEST_REDIS_URL }, silentLogger, prefix) : undefined;
  const juragan = await startJuragan({ config, logger: silentLogger, db, queue, clock, llm: opts.llm, transcriber: opts.transcriber, faults: opts.faults });

  const post: TestApp['post'] = async (from, text, o = {}) => {
    const res = await juragan.http.inject({ method: 'POST', url: '/api/simulator/messages', payload: { from, text, id: o.id ?? randomUUID() } });
    return { status: res.statusCode, body: res.json() };
  };

  const settle: TestApp['settle'] = async (timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const open = await withService(db, async (tx) => (await tx.query<{ n: number }>(
        `select (select count(*) from inbox where status in ('pending', 'processing'))
              + (select count(*) from outbox where status in ('pending', 'sending')) as n`)).rows[0]!.n);
      if (Number(open) === 0) return;
      if (Date.now() > deadline) throw new Error(`not settled after ${timeoutMs} ms (${open} open)`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  return {
    juragan, db, clock: clock as TestApp['clock'], post, settle,
    async say(from, text, o) {
      const { status, body } = await post(from, text, o);
      if (status !== 202) throw new Error(`POST failed ${status}: ${JSON.stringify(body)}`);
      await settle();
      return withService(db, async (tx) => (await tx.query<{ body: string }>(
        `select o.body from outbox o join inbox i on i.id = o.inbox_id
          where o.inbox_id = $1 and o.chat = i.chat and o.status = 'sent' order by o.seq`, [body.id])).rows.map((r) => r.body));
    },
    async stop() {
      await juragan.stop();
      if (opts.stack === 'postgres') await dropRedisPrefix(prefix);
    },
  };
}

/** Removes a test run's BullMQ keys so Redis does not fill up over many runs. */
export async function dropRedisPrefix(prefix: string): Promise<void> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
