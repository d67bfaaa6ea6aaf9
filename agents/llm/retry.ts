// Backoff for calls to outside AI services. The SDKs' own retries are switched off so that
// every adapter follows the same policy and tests can shrink the delays.
import { APIConnectionError, APIConnectionTimeoutError } from 'openai';

export interface RetryOptions {
  /** Tries in all, the first one included. */
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** For tests: records the waits instead of sleeping. */
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function withRetry<T>(
  fn: (attempt: number) => Promise<T>,
  shouldRetry: (err: unknown) => boolean,
  opts: RetryOptions = {},
): Promise<T> {
  const attempts = Math.max(1, opts.attempts ?? 3);
  const base = opts.baseDelayMs ?? 500;
  const max = opts.maxDelayMs ?? 8_000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (attempt >= attempts || !shouldRetry(err)) throw err;
      // Full jitter spreads retries of many workers hitting the same rate limit; a server's own
      // Retry-After wins when it asks for longer (capped, so one header cannot stall a worker).
      const jittered = Math.random() * Math.min(max, base * 2 ** (attempt - 1));
      await (opts.sleep ?? realSleep)(Math.max(jittered, Math.min(max, retryAfterMs(err) ?? 0)));
    }
  }
}

/** The HTTP status an SDK error carries (openai's APIError and @google/genai's ApiError both have `status`). */
export function statusOf(err: unknown): number | undefined {
  if (typeof err === 'object' && err !== null && 'status' in err && typeof err.status === 'number') return err.status;
  return undefined;
}

/** Retry-After from an openai APIError's headers (`retry-after-ms`, or `retry-after` in seconds). */
export function retryAfterMs(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null || !('headers' in err) || !(err.headers instanceof Headers)) return undefined;
  const ms = Number(err.headers.get('retry-after-ms') ?? Number.NaN);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const seconds = Number(err.headers.get('retry-after') ?? Number.NaN);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  return undefined;
}

function nameOf(err: unknown): string {
  return err instanceof Error ? err.name : '';
}

/** A request that ran out of time (openai's timeout error, or fetch aborted by @google/genai's timer). */
export function isTimeout(err: unknown): boolean {
  return err instanceof APIConnectionTimeoutError || ['AbortError', 'TimeoutError'].includes(nameOf(err));
}

/**
 * Worth another try: rate limits, server errors, dropped connections. Timeouts are not retried,
 * so a slow provider costs one timeout, not several.
 */
export function isTransient(err: unknown): boolean {
  if (isTimeout(err)) return false;
  const status = statusOf(err);
  if (status !== undefined) return status === 408 || status === 429 || status >= 500;
  // No status: the connection itself failed (openai's APIConnectionError, fetch's TypeError).
  return err instanceof APIConnectionError || err instanceof TypeError;
}

/** A short, text-free description of a failure for logs and error details. */
export function failureOf(err: unknown): string {
  if (isTimeout(err)) return 'timeout';
  const status = statusOf(err);
  if (status !== undefined) return `http_${status}`;
  if (err instanceof APIConnectionError || err instanceof TypeError) return 'connection';
  return nameOf(err) || 'error';
}
