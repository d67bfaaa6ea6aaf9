// Checks and defaults both adapters share, so they reject and default exactly alike.
import { CronExpressionParser } from 'cron-parser';
import { DEFAULT_ATTEMPTS, DEFAULT_BACKOFF_MS } from '../../core/ports/job-queue.ts';
import type { AddOptions, ScheduleSpec } from '../../core/ports/job-queue.ts';

// BullMQ forbids ':' in queue names (it separates Redis key parts); the same rule holds inline.
const QUEUE_NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export function checkQueueName(queue: string): void {
  if (!QUEUE_NAME.test(queue)) throw new Error(`invalid:queue_name ${JSON.stringify(queue)}`);
}

export interface ResolvedAddOptions {
  jobId: string | undefined;
  delayMs: number;
  attempts: number;
  backoffMs: number;
}

export function resolveAddOptions(opts: AddOptions = {}): ResolvedAddOptions {
  const attempts = opts.attempts ?? DEFAULT_ATTEMPTS;
  const backoffMs = opts.backoffMs ?? DEFAULT_BACKOFF_MS;
  const delayMs = opts.delayMs ?? 0;
  if (!Number.isInteger(attempts) || attempts < 1) throw new Error('invalid:attempts');
  if (!Number.isFinite(backoffMs) || backoffMs < 0) throw new Error('invalid:backoff_ms');
  if (!Number.isFinite(delayMs) || delayMs < 0) throw new Error('invalid:delay_ms');
  if (opts.jobId !== undefined && (opts.jobId.length === 0 || opts.jobId.length > 200)) throw new Error('invalid:job_id');
  return { jobId: opts.jobId, delayMs, attempts, backoffMs };
}

/** Wait before run number `nextAttempt` (2 = first retry); the same curve as BullMQ's 'exponential'. */
export function backoffDelay(backoffMs: number, nextAttempt: number): number {
  return Math.round(backoffMs * 2 ** (nextAttempt - 2));
}

/** Next fire time strictly after `after`, reading the cron in spec.tz. Throws on a bad cron or zone. */
export function nextCronTime(spec: ScheduleSpec, after: Date): Date {
  checkTimeZone(spec.tz);
  try {
    return CronExpressionParser.parse(spec.cron, { currentDate: after, tz: spec.tz }).next().toDate();
  } catch (cause) {
    throw new Error(`invalid:cron ${JSON.stringify(spec.cron)}`, { cause });
  }
}

// Building an Intl.DateTimeFormat to test a zone is slow, and the scheduler checks the same few zones every minute.
const knownZones = new Set<string>();

function checkTimeZone(tz: string): void {
  if (knownZones.has(tz)) return;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
  } catch {
    throw new Error(`invalid:time_zone ${JSON.stringify(tz)}`);
  }
  knownZones.add(tz);
}

/** Payloads travel as JSON in Redis; the inline queue copies through JSON too so both behave alike. */
export function throughJson(payload: unknown): unknown {
  return JSON.parse(JSON.stringify(payload));
}
