// In-process JobQueue for the embedded default (no Redis). Everything lives in memory: jobs that have
// not run when the process exits are gone, so the pipeline re-queues pending inbox rows on start.
import { randomUUID } from 'node:crypto';
import { isFinalJobError } from '../../core/ports/job-queue.ts';
import type { FailedJob, Job, JobHandler, JobPayload, JobQueue, ScheduleSpec } from '../../core/ports/job-queue.ts';
import { backoffDelay, checkQueueName, nextCronTime, resolveAddOptions, throughJson } from './options.ts';
import { InlineSchedules } from './inline-schedules.ts';

export interface InlineQueueOptions {
  /** Called once per job that gives up (final error, or its last attempt failed). */
  onFailed?: (failed: FailedJob) => void;
}

interface Entry {
  job: Job;
  attempts: number;
  backoffMs: number;
  /** The caller's jobId, held in `pending` until the job is done. */
  key: string | undefined;
}

interface Lane {
  waiting: Entry[];
  pending: Set<string>;
  handler: JobHandler | undefined;
  concurrency: number;
  running: number;
}

export class InlineJobQueue implements JobQueue {
  readonly name = 'inline';
  readonly #lanes = new Map<string, Lane>();
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #inFlight = new Set<Promise<void>>();
  readonly #schedules: InlineSchedules;
  readonly #onFailed: InlineQueueOptions['onFailed'];
  #closed = false;

  constructor(options: InlineQueueOptions = {}) {
    this.#onFailed = options.onFailed;
    this.#schedules = new InlineSchedules((queue, jobId, payload) => this.#enqueueScheduled(queue, jobId, payload));
  }

  async add(queue: string, payload: JobPayload, opts?: Parameters<JobQueue['add']>[2]) {
    if (this.#closed) throw new Error('closed:queue');
    checkQueueName(queue);
    const o = resolveAddOptions(opts);
    const lane = this.#lane(queue);
    if (o.jobId !== undefined && lane.pending.has(o.jobId)) return { id: o.jobId, added: false };
    const id = o.jobId ?? randomUUID();
    if (o.jobId !== undefined) lane.pending.add(o.jobId);
    const entry: Entry = { job: { id, queue, payload: throughJson(payload), attempt: 1 }, attempts: o.attempts, backoffMs: o.backoffMs, key: o.jobId };
    this.#enqueueAfter(lane, entry, o.delayMs);
    return { id, added: true };
  }

  async process(queue: string, handler: JobHandler, opts: { concurrency: number }) {
    if (this.#closed) throw new Error('closed:queue');
    checkQueueName(queue);
    if (!Number.isInteger(opts.concurrency) || opts.concurrency < 1) throw new Error('invalid:concurrency');
    const lane = this.#lane(queue);
    if (lane.handler) throw new Error(`conflict:queue_handler ${queue}`);
    lane.handler = handler;
    lane.concurrency = opts.concurrency;
    this.#pump(lane);
  }

  async schedule(queue: string, scheduleId: string, spec: ScheduleSpec, payload: JobPayload) {
    if (this.#closed) throw new Error('closed:queue');
    checkQueueName(queue);
    nextCronTime(spec, new Date()); // throws on a bad cron or zone before anything is stored
    this.#schedules.upsert(queue, scheduleId, spec, throughJson(payload));
  }

  async unschedule(queue: string, scheduleId: string) {
    return this.#schedules.remove(queue, scheduleId);
  }

  async nextRun(queue: string, scheduleId: string) {
    return this.#schedules.next(queue, scheduleId);
  }

  async close() {
    this.#closed = true;
    this.#schedules.clear();
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    // Waiting jobs are dropped here (documented): only running handlers are awaited.
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }

  #lane(queue: string): Lane {
    let lane = this.#lanes.get(queue);
    if (!lane) {
      lane = { waiting: [], pending: new Set(), handler: undefined, concurrency: 1, running: 0 };
      this.#lanes.set(queue, lane);
    }
    return lane;
  }

  #enqueueScheduled(queue: string, jobId: string, payload: unknown) {
    if (this.#closed) return;
    const lane = this.#lane(queue);
    if (lane.pending.has(jobId)) return;
    lane.pending.add(jobId);
    const { attempts, backoffMs } = resolveAddOptions();
    const entry: Entry = { job: { id: jobId, queue, payload: throughJson(payload), attempt: 1 }, attempts, backoffMs, key: jobId };
    this.#enqueueAfter(lane, entry, 0);
  }

  #enqueueAfter(lane: Lane, entry: Entry, delayMs: number) {
    // A handler that fails while close() waits for it must not leave a retry timer behind.
    if (this.#closed) return this.#done(lane, entry);
    if (delayMs <= 0) {
      lane.waiting.push(entry);
      this.#pump(lane);
      return;
    }
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      lane.waiting.push(entry);
      this.#pump(lane);
    }, delayMs);
    this.#timers.add(timer);
  }

  #pump(lane: Lane) {
    while (!this.#closed && lane.handler && lane.running < lane.concurrency && lane.waiting.length > 0) {
      const entry = lane.waiting.shift();
      if (!entry) break;
      const run = this.#run(lane, lane.handler, entry);
      this.#inFlight.add(run);
      void run.finally(() => {
        this.#inFlight.delete(run);
        this.#pump(lane);
      });
    }
  }

  async #run(lane: Lane, handler: JobHandler, entry: Entry): Promise<void> {
    lane.running += 1;
    try {
      await handler({ ...entry.job });
      this.#done(lane, entry);
    } catch (error) {
      const final = isFinalJobError(error);
      if (final || entry.job.attempt >= entry.attempts) {
        this.#done(lane, entry);
        this.#reportFailed({ job: { ...entry.job }, error, final });
      } else {
        const next = entry.job.attempt + 1;
        this.#enqueueAfter(lane, { ...entry, job: { ...entry.job, attempt: next } }, backoffDelay(entry.backoffMs, next));
      }
    } finally {
      lane.running -= 1;
    }
  }

  #reportFailed(failed: FailedJob) {
    try {
      this.#onFailed?.(failed);
    } catch {
      // A broken reporter must not wedge the lane; the job is already given up.
    }
  }

  #done(lane: Lane, entry: Entry) {
    if (entry.key !== undefined) lane.pending.delete(entry.key);
  }
}
