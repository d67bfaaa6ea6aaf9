// JobQueue on Redis through BullMQ 6: the engine when REDIS_URL is set. Several processes may share a
// prefix; BullMQ hands each job to one worker and recovers jobs of a worker that died (stalled jobs).
import { randomUUID } from 'node:crypto';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import type { Job as BullJob, JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { DEFAULT_ATTEMPTS, DEFAULT_BACKOFF_MS, isFinalJobError } from '../../core/ports/job-queue.ts';
import type { AddOptions, FailedJob, Job, JobHandler, JobPayload, JobQueue, ScheduleSpec } from '../../core/ports/job-queue.ts';
import { checkQueueName, nextCronTime, resolveAddOptions } from './options.ts';

export interface BullMqQueueOptions {
  url: string;
  /** Redis key prefix; tests use a unique one per run. */
  prefix?: string | undefined;
  /** Called once per job that gives up (final error, or its last attempt failed). */
  onFailed?: ((failed: FailedJob) => void) | undefined;
  /** Connection and worker errors (BullMQ retries on its own); default: one line on stderr. */
  onError?: ((error: unknown) => void) | undefined;
}

// Bounded history for inspecting jobs in Redis; deduplication does not depend on it.
const KEEP = { removeOnComplete: { count: 1_000 }, removeOnFail: { count: 5_000 } } satisfies JobsOptions;
/** How long a running job's lock lasts without renewal (the inbox lease, claim.ts, is as long). */
const LOCK_MS = 10_000;
/** How long close() gives BullMQ and ioredis once this process's own jobs are done. */
const CLOSE_GRACE_MS = 3_000;

export class BullMqJobQueue implements JobQueue {
  readonly name = 'bullmq';
  readonly #prefix: string;
  readonly #onFailed: BullMqQueueOptions['onFailed'];
  readonly #onError: (error: unknown) => void;
  // Producers fail fast when Redis is away; workers must wait forever (BullMQ requires null there).
  readonly #producer: Redis;
  readonly #consumer: Redis;
  readonly #queues = new Map<string, Queue>();
  readonly #workers = new Map<string, Worker>();
  /** The schedules this process registered, to register again when Redis comes back without them. */
  readonly #schedules = new Map<string, () => Promise<unknown>>();
  readonly #reconnectListeners: (() => void)[] = [];
  /** The handlers running now: close() waits for them in full, however long BullMQ's own close takes. */
  readonly #running = new Set<Promise<void>>();
  #connectedOnce = false;
  #closed = false;

  constructor(options: BullMqQueueOptions) {
    this.#prefix = options.prefix ?? 'juragan';
    this.#onFailed = options.onFailed;
    this.#onError = options.onError ?? ((error) => console.error(`bullmq: ${String(error)}`));
    this.#producer = new Redis(options.url, { maxRetriesPerRequest: 3 });
    this.#consumer = new Redis(options.url, { maxRetriesPerRequest: null });
    for (const client of [this.#producer, this.#consumer]) client.on('error', this.#onError);
    // A Redis that restarted without persistence (or failed over to an empty replica) has lost every
    // job scheduler: the sweeper, reports and reminders would never run again (found by bench/soak.ts).
    // Upserting is idempotent, so every reconnect registers this process's schedules again.
    this.#producer.on('ready', () => {
      if (!this.#connectedOnce) return void (this.#connectedOnce = true);
      for (const register of this.#schedules.values()) register().catch(this.#onError);
      for (const listener of this.#reconnectListeners) listener();
    });
  }

  onReconnect(listener: () => void): void {
    this.#reconnectListeners.push(listener);
  }

  async add(queue: string, payload: JobPayload, opts?: AddOptions) {
    if (this.#closed) throw new Error('closed:queue');
    checkQueueName(queue);
    const o = resolveAddOptions(opts);
    // Our ids go into the job name and BullMQ's deduplication key, never into BullMQ's job id:
    // custom job ids may not contain ':' nor be integers ("inbox:42", "123").
    const bullId = randomUUID();
    const job = await this.#queue(queue).add(o.jobId ?? bullId, payload, {
      ...KEEP,
      jobId: bullId,
      delay: o.delayMs,
      attempts: o.attempts,
      backoff: { type: 'exponential', delay: o.backoffMs },
      // Without a ttl the key lives until the job completes or gives up: "pending" in the port's sense.
      ...(o.jobId === undefined ? {} : { deduplication: { id: o.jobId } }),
    });
    return { id: o.jobId ?? bullId, added: job.id === bullId };
  }

  async process(queue: string, handler: JobHandler, opts: { concurrency: number }) {
    if (this.#closed) throw new Error('closed:queue');
    checkQueueName(queue);
    if (!Number.isInteger(opts.concurrency) || opts.concurrency < 1) throw new Error('invalid:concurrency');
    if (this.#workers.has(queue)) throw new Error(`conflict:queue_handler ${queue}`);
    const worker = new Worker(queue, (job: BullJob) => this.#run(queue, handler, job), {
      connection: this.#consumer,
      prefix: this.#prefix,
      concurrency: opts.concurrency,
      // A job of a process that died (kill -9, OOM) waits for its lock to lapse and for another
      // worker's stalled check before it runs again: with BullMQ's 30 s + 30 s, bench/soak.ts saw an
      // owner wait 28–30 s for a reply after a third of the kills. Our jobs take milliseconds to
      // seconds, and the lock is renewed every half of its length while one runs.
      lockDuration: LOCK_MS,
      stalledInterval: LOCK_MS / 2,
    });
    worker.on('error', this.#onError);
    this.#workers.set(queue, worker);
    await worker.waitUntilReady();
  }

  async schedule(queue: string, scheduleId: string, spec: ScheduleSpec, payload: JobPayload) {
    if (this.#closed) throw new Error('closed:queue');
    checkQueueName(queue);
    nextCronTime(spec, new Date()); // same errors as the inline queue for a bad cron or zone
    const register = () => this.#queue(queue).upsertJobScheduler(encodeId(scheduleId), { pattern: spec.cron, tz: spec.tz }, {
      name: 'schedule',
      data: payload,
      opts: { ...KEEP, attempts: DEFAULT_ATTEMPTS, backoff: { type: 'exponential', delay: DEFAULT_BACKOFF_MS } },
    });
    this.#schedules.set(`${queue}\u0000${scheduleId}`, register);
    await register();
  }

  async unschedule(queue: string, scheduleId: string) {
    checkQueueName(queue);
    this.#schedules.delete(`${queue}\u0000${scheduleId}`);
    return this.#queue(queue).removeJobScheduler(encodeId(scheduleId));
  }

  async nextRun(queue: string, scheduleId: string) {
    checkQueueName(queue);
    const scheduler = await this.#queue(queue).getJobScheduler(encodeId(scheduleId));
    return scheduler?.next === undefined ? null : new Date(scheduler.next);
  }

  async close() {
    if (this.#closed) return;
    this.#closed = true;
    // Worker.close() without force stops fetching and waits for the jobs it is running. It can also wait
    // forever: a worker whose blocking connection is between two reconnect attempts when close() asks it
    // to disconnect never hears its 'end' (taskforcesh/bullmq#4656; after a Redis restart, about 1 close
    // in 20 in redis-restart.test.ts). So our own running jobs are awaited in full, then BullMQ and
    // ioredis get CLOSE_GRACE_MS per step, and the shutdown goes on without what is still stuck (a
    // connection parked that way has no socket and no timer left to hold the process).
    const workersClosed = Promise.all([...this.#workers.values()].map((worker) => worker.close()));
    await Promise.allSettled(this.#running);
    if (!(await settlesWithin(workersClosed, CLOSE_GRACE_MS))) this.#onError(new Error('bullmq: a worker did not close (a Redis reconnect in progress); shutting down without it'));
    await settlesWithin(Promise.all([...this.#queues.values()].map((queue) => queue.close())), CLOSE_GRACE_MS);
    for (const client of [this.#producer, this.#consumer]) {
      if (!(await settlesWithin(client.quit(), CLOSE_GRACE_MS))) client.disconnect();
    }
  }

  #queue(name: string): Queue {
    let queue = this.#queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.#producer, prefix: this.#prefix });
      queue.on('error', this.#onError);
      this.#queues.set(name, queue);
    }
    return queue;
  }

  async #run(queue: string, handler: JobHandler, bullJob: BullJob): Promise<void> {
    // Scheduler jobs are named by BullMQ ("repeat:<scheduler>:<millis>"); ours carry the caller's id as name.
    const id = bullJob.repeatJobKey ? decodeId(bullJob.id ?? '') : bullJob.name;
    const job: Job = { id, queue, payload: bullJob.data, attempt: bullJob.attemptsMade + 1 };
    const running = Promise.resolve().then(() => handler({ ...job }));
    const settled = running.then(() => {}, () => {});
    this.#running.add(settled);
    try {
      await running;
    } catch (error) {
      const final = isFinalJobError(error);
      if (final || job.attempt >= (bullJob.opts.attempts ?? 1)) this.#reportFailed({ job, error, final });
      if (final) throw new UnrecoverableError(error instanceof Error ? error.message : String(error));
      throw error;
    } finally {
      this.#running.delete(settled);
    }
  }

  #reportFailed(failed: FailedJob) {
    try {
      this.#onFailed?.(failed);
    } catch {
      // A broken reporter must not turn a given-up job into a retry.
    }
  }
}

/** Whether the promise settles (either way) within ms; it is left running if not. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), ms); });
  try {
    return await Promise.race([promise.then(() => true, () => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

// Scheduler ids become BullMQ job ids ("repeat:<id>:<millis>"), which allow no extra ':'.
function encodeId(id: string): string {
  return id.replace(/%/g, '%25').replace(/:/g, '%3A');
}

function decodeId(id: string): string {
  return id.replace(/%3A/g, ':').replace(/%25/g, '%');
}
