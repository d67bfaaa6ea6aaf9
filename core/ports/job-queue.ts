// Background jobs as a port. Two adapters in bot/queue: BullMQ on Redis (REDIS_URL) and an in-process
// runner for the embedded default. Both pass bot/queue/job-queue.contract.ts.

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
/** Keep payloads small: ids, never phone numbers or message text. */
export type JobPayload = { [key: string]: JsonValue };

export const DEFAULT_ATTEMPTS = 5;
export const DEFAULT_BACKOFF_MS = 1_000;

export interface AddOptions {
  /**
   * Idempotency key: while a job with this id is waiting, delayed, active or waiting for a retry,
   * adding it again is a no-op. Once it has completed or given up, the id is free again.
   */
  jobId?: string;
  /** Do not run before this many milliseconds from now. */
  delayMs?: number;
  /** Total runs including the first; default DEFAULT_ATTEMPTS. */
  attempts?: number;
  /** Exponential backoff base: retry n waits backoffMs * 2^(n-1). Default DEFAULT_BACKOFF_MS. */
  backoffMs?: number;
}

export interface Job {
  /** The jobId given to add(), or one the queue made up. */
  id: string;
  queue: string;
  /** Came through JSON (and maybe Redis): validate it with the queue's zod schema before use. */
  payload: unknown;
  /** 1 on the first run, 2 on the first retry, ... */
  attempt: number;
}

export type JobHandler = (job: Job) => Promise<void>;

export interface ScheduleSpec {
  /** Cron with 5 fields, or 6 with seconds first, e.g. "0 21 * * *". */
  cron: string;
  /** IANA zone the cron is read in, e.g. "Asia/Makassar". */
  tz: string;
}

/** Why a job gave up: a final error, or its last attempt failed. Adapters report it through onFailed. */
export interface FailedJob {
  job: Job;
  error: unknown;
  final: boolean;
}

export interface JobQueue {
  /** Reported by /health. */
  readonly name: 'inline' | 'bullmq';
  /** `added` is false when a job with the same jobId was still pending (then nothing was added). */
  add(queue: string, payload: JobPayload, opts?: AddOptions): Promise<{ id: string; added: boolean }>;
  /** Starts running jobs of `queue`, at most `concurrency` at once. One handler per queue and instance. */
  process(queue: string, handler: JobHandler, opts: { concurrency: number }): Promise<void>;
  /** Creates or replaces (upsert) a repeatable schedule; each run is a job with `payload`. */
  schedule(queue: string, scheduleId: string, spec: ScheduleSpec, payload: JobPayload): Promise<void>;
  /** Returns whether a schedule was removed. */
  unschedule(queue: string, scheduleId: string): Promise<boolean>;
  /** When the schedule fires next, or null when there is no such schedule. */
  nextRun(queue: string, scheduleId: string): Promise<Date | null>;
  /** Stops taking new jobs, waits for running ones to finish, releases connections. add() then throws. */
  close(): Promise<void>;
  /**
   * Calls `listener` each time the queue's store comes back after a lost connection (not on the first
   * connect): jobs may have been lost with it. Absent where there is no store to lose (inline).
   */
  onReconnect?(listener: () => void): void;
}

/** Throw this (or any error with `final: true`) from a handler when retrying cannot help. */
export class FinalJobError extends Error {
  readonly final = true;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FinalJobError';
  }
}

export function isFinalJobError(error: unknown): boolean {
  return error instanceof FinalJobError || (typeof error === 'object' && error !== null && 'final' in error && error.final === true);
}
