// The behaviour every JobQueue adapter must show. Each adapter's test file calls jobQueueContract
// with a factory; every test gets a fresh queue instance and its own queue name.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { FinalJobError } from '../../core/ports/job-queue.ts';
import type { FailedJob, Job, JobQueue } from '../../core/ports/job-queue.ts';

export type QueueFactory = (options: { onFailed: (failed: FailedJob) => void }) => JobQueue | Promise<JobQueue>;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
// Timers may fire a millisecond or two before Date.now() says the delay is over.
const SLACK_MS = 10;

async function waitFor(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

export function jobQueueContract(label: string, factory: QueueFactory): void {
  describe(`JobQueue contract: ${label}`, () => {
    let current: JobQueue | undefined;
    let failed: FailedJob[] = [];
    const fresh = async () => {
      failed = [];
      current = await factory({ onFailed: (f) => failed.push(f) });
      return { queue: current, name: `t-${randomUUID().slice(0, 8)}` };
    };
    afterEach(async () => {
      await current?.close();
      current = undefined;
    });

    it('runs a job with a JSON copy of its payload, attempt 1 and an id', async () => {
      const { queue, name } = await fresh();
      const seen: Job[] = [];
      await queue.process(name, async (job) => void seen.push(job), { concurrency: 1 });
      const payload = { inboxId: 'in_1', n: 3, tags: ['a'], nested: { ok: true, none: null } };
      const { id, added } = await queue.add(name, payload);
      await waitFor(() => seen.length === 1, 'the job');
      expect(added).toBe(true);
      expect(seen[0]).toEqual({ id, queue: name, payload, attempt: 1 });
      expect(seen[0]?.payload).not.toBe(payload);
      expect(queue.name === 'inline' || queue.name === 'bullmq').toBe(true);
    });

    it('retries a failing handler with growing exponential gaps until it succeeds', async () => {
      const { queue, name } = await fresh();
      const runs: { attempt: number; at: number }[] = [];
      await queue.process(name, async (job) => {
        runs.push({ attempt: job.attempt, at: Date.now() });
        if (job.attempt < 3) throw new Error('flaky');
      }, { concurrency: 1 });
      await queue.add(name, { k: 1 }, { attempts: 5, backoffMs: 150 });
      await waitFor(() => runs.length === 3, 'three runs');
      await sleep(700); // longer than the next backoff (600 ms) would be: no fourth run
      expect(runs.map((r) => r.attempt)).toEqual([1, 2, 3]);
      const [a, b, c] = runs.map((r) => r.at) as [number, number, number];
      expect(b - a).toBeGreaterThanOrEqual(150 - SLACK_MS);
      expect(c - b).toBeGreaterThanOrEqual(300 - SLACK_MS);
      expect(c - b).toBeGreaterThan(b - a);
      expect(failed).toEqual([]);
    });

    it('gives up after `attempts` runs and reports the last error once', async () => {
      const { queue, name } = await fresh();
      let runs = 0;
      await queue.process(name, async () => {
        runs += 1;
        throw new Error(`boom ${runs}`);
      }, { concurrency: 1 });
      await queue.add(name, { k: 1 }, { attempts: 2, backoffMs: 50 });
      await waitFor(() => failed.length === 1, 'the give-up report');
      await sleep(300);
      expect(runs).toBe(2);
      expect(failed).toHaveLength(1);
      expect(failed[0]?.final).toBe(false);
      expect(failed[0]?.job.attempt).toBe(2);
      expect(String(failed[0]?.error)).toContain('boom 2');
    });

    it('does not retry a final error (FinalJobError or any error with final: true)', async () => {
      const { queue, name } = await fresh();
      const runs = new Map<string, number>();
      await queue.process(name, async (job) => {
        runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
        if (job.id === 'by-class') throw new FinalJobError('not_found:product');
        throw Object.assign(new Error('invalid:payload'), { final: true });
      }, { concurrency: 2 });
      await queue.add(name, {}, { jobId: 'by-class', attempts: 5, backoffMs: 50 });
      await queue.add(name, {}, { jobId: 'by-flag', attempts: 5, backoffMs: 50 });
      await waitFor(() => failed.length === 2, 'two give-up reports');
      await sleep(400); // several backoffs long
      expect(Object.fromEntries(runs)).toEqual({ 'by-class': 1, 'by-flag': 1 });
      expect(failed.every((f) => f.final)).toBe(true);
      expect(failed.map((f) => String(f.error)).sort()).toEqual(['Error: invalid:payload', 'FinalJobError: not_found:product']);
    });

    it('treats a job id as pending while waiting, active or backing off, and free once done', async () => {
      const { queue, name } = await fresh();
      const runs: string[] = [];
      const release = gate();
      const first = await queue.add(name, { n: 1 }, { jobId: 'inbox:42', backoffMs: 200 });
      const again = await queue.add(name, { n: 2 }, { jobId: 'inbox:42' });
      const numeric = await queue.add(name, { n: 3 }, { jobId: '123' });
      expect(first).toEqual({ id: 'inbox:42', added: true });
      expect(again).toEqual({ id: 'inbox:42', added: false });
      expect(numeric).toEqual({ id: '123', added: true });
      await queue.process(name, async (job) => {
        runs.push(`${job.id}#${job.attempt}`);
        if (job.id === 'inbox:42' && job.attempt === 1) {
          await release.opened;
          throw new Error('retry me');
        }
      }, { concurrency: 2 });
      await waitFor(() => runs.includes('inbox:42#1'), 'the first run');
      expect((await queue.add(name, { n: 4 }, { jobId: 'inbox:42' })).added).toBe(false); // active
      release.open();
      await sleep(50);
      expect((await queue.add(name, { n: 5 }, { jobId: 'inbox:42' })).added).toBe(false); // backing off
      await waitFor(() => runs.includes('inbox:42#2'), 'the retry');
      await sleep(300);
      expect(runs.filter((r) => r.startsWith('inbox:42')).sort()).toEqual(['inbox:42#1', 'inbox:42#2']);
      expect(runs.filter((r) => r === '123#1')).toHaveLength(1);
      expect((await queue.add(name, { n: 6 }, { jobId: 'inbox:42' })).added).toBe(true); // done: free again
      await waitFor(() => runs.filter((r) => r.startsWith('inbox:42')).length === 3, 'the re-added job');
    });

    it('does not run a delayed job before its delay', async () => {
      const { queue, name } = await fresh();
      const order: { id: string; at: number }[] = [];
      await queue.process(name, async (job) => void order.push({ id: job.id, at: Date.now() }), { concurrency: 1 });
      const addedAt = Date.now();
      await queue.add(name, {}, { jobId: 'later', delayMs: 400 });
      await queue.add(name, {}, { jobId: 'now' });
      await waitFor(() => order.length === 2, 'both jobs');
      expect(order.map((o) => o.id)).toEqual(['now', 'later']);
      expect((order[1]?.at ?? 0) - addedAt).toBeGreaterThanOrEqual(400 - SLACK_MS);
    });

    it('runs at most `concurrency` jobs of a queue at once', async () => {
      const { queue, name } = await fresh();
      const release = gate();
      let running = 0;
      let peak = 0;
      let done = 0;
      await queue.process(name, async () => {
        running += 1;
        peak = Math.max(peak, running);
        await release.opened;
        running -= 1;
        done += 1;
      }, { concurrency: 2 });
      for (let i = 0; i < 5; i += 1) await queue.add(name, { i });
      await waitFor(() => running >= 2, 'two running jobs');
      await sleep(300); // room for a wrongly started third job
      expect(running).toBe(2);
      release.open();
      await waitFor(() => done === 5, 'all jobs');
      expect(peak).toBe(2);
      await expect(queue.process(name, async () => {}, { concurrency: 1 })).rejects.toThrow(/conflict:queue_handler/);
    });

    it('fires a repeatable schedule read in its time zone, and unschedule stops it', async () => {
      const { queue, name } = await fresh();
      // Hours that are "now" only in `tz`: if the zone were ignored (UTC or the machine's zone), nothing fires.
      const tz = Intl.DateTimeFormat().resolvedOptions().timeZone === 'Asia/Makassar' ? 'Asia/Jayapura' : 'Asia/Makassar';
      const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', hourCycle: 'h23' }).format(new Date()));
      const cron = `* * ${hour},${(hour + 1) % 24} * * *`;
      const runs: Job[] = [];
      await queue.process(name, async (job) => void runs.push(job), { concurrency: 1 });
      await queue.schedule(name, 'tick:tenant-1', { cron, tz }, { tenantId: 't1' });
      await waitFor(() => runs.length >= 2, 'two scheduled runs', 8_000);
      expect(runs[0]?.payload).toEqual({ tenantId: 't1' });
      expect(new Set(runs.map((r) => r.id)).size).toBe(runs.length);
      expect(runs.every((r) => r.id.startsWith('repeat:tick:tenant-1:'))).toBe(true);
      expect(await queue.unschedule(name, 'tick:tenant-1')).toBe(true);
      expect(await queue.nextRun(name, 'tick:tenant-1')).toBeNull();
      const count = runs.length;
      await sleep(2_500);
      expect(runs.length).toBeLessThanOrEqual(count + 1); // at most one run already queued when it was removed
    });

    it('computes the next run in the schedule\'s zone and upserts by schedule id', async () => {
      const { queue, name } = await fresh();
      const before = Date.now();
      await queue.schedule(name, 'daily-report', { cron: '0 21 * * *', tz: 'Asia/Makassar' }, { tenantId: 't1' });
      const next = await queue.nextRun(name, 'daily-report');
      // 21:00 WITA is 13:00 UTC.
      expect(next?.toISOString().slice(11)).toBe('13:00:00.000Z');
      expect((next?.getTime() ?? 0) - before).toBeGreaterThan(0);
      expect((next?.getTime() ?? 0) - before).toBeLessThanOrEqual(24 * 3600_000);
      await queue.schedule(name, 'daily-report', { cron: '30 6 * * *', tz: 'Asia/Jayapura' }, { tenantId: 't1' });
      // 06:30 WIT is 21:30 UTC the day before.
      expect((await queue.nextRun(name, 'daily-report'))?.toISOString().slice(11)).toBe('21:30:00.000Z');
      expect(await queue.unschedule(name, 'daily-report')).toBe(true);
      expect(await queue.unschedule(name, 'daily-report')).toBe(false);
      expect(await queue.nextRun(name, 'daily-report')).toBeNull();
      await expect(queue.schedule(name, 'bad', { cron: '0 21 * * *', tz: 'Asia/Nowhere' }, {})).rejects.toThrow(/invalid:time_zone/);
      await expect(queue.schedule(name, 'bad', { cron: 'not a cron', tz: 'Asia/Jakarta' }, {})).rejects.toThrow(/invalid:cron/);
    });

    it('closes gracefully: the running job finishes, no new job starts, add() then fails', async () => {
      const { queue, name } = await fresh();
      const release = gate();
      const started: string[] = [];
      const finished: string[] = [];
      await queue.process(name, async (job) => {
        started.push(job.id);
        if (job.id === 'slow') await release.opened;
        finished.push(job.id);
      }, { concurrency: 1 });
      await queue.add(name, {}, { jobId: 'slow' });
      await waitFor(() => started.length === 1, 'the slow job');
      await queue.add(name, {}, { jobId: 'next' });
      let closed = false;
      const closing = queue.close().then(() => (closed = true));
      await sleep(200);
      expect(closed).toBe(false);
      release.open();
      await closing;
      expect(finished).toEqual(['slow']);
      await sleep(200);
      expect(started).toEqual(['slow']);
      await expect(queue.add(name, {})).rejects.toThrow(/closed:queue/);
    });

    it('rejects queue names that cannot be Redis key parts', async () => {
      const { queue } = await fresh();
      await expect(queue.add('lane:1', {})).rejects.toThrow(/invalid:queue_name/);
      await expect(queue.add('', {})).rejects.toThrow(/invalid:queue_name/);
    });
  });
}
