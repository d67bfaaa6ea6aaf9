import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { failureOf, isTransient, retryAfterMs, withRetry } from './retry.ts';

const httpError = (status: number) => Object.assign(new Error(`http ${status}`), { status });

describe('isTransient / failureOf', () => {
  it.each([
    [httpError(429), true, 'http_429'],
    [httpError(500), true, 'http_500'],
    [httpError(503), true, 'http_503'],
    [httpError(408), true, 'http_408'],
    [httpError(400), false, 'http_400'],
    [httpError(401), false, 'http_401'],
    [APIError.generate(502, undefined, 'bad gateway', new Headers()), true, 'http_502'],
    [new APIConnectionError({ message: 'ECONNREFUSED' }), true, 'connection'],
    [new TypeError('fetch failed'), true, 'connection'],
    [new APIConnectionTimeoutError(), false, 'timeout'],
    [new DOMException('aborted', 'AbortError'), false, 'timeout'],
    [new Error('something else'), false, 'Error'],
  ])('%s → retry %s, %s', (err, transient, failure) => {
    expect(isTransient(err)).toBe(transient);
    expect(failureOf(err)).toBe(failure);
  });
});

describe('withRetry', () => {
  it('tries up to `attempts` times on transient errors, then throws the last error', async () => {
    let calls = 0;
    const err = httpError(503);
    await expect(withRetry(async () => {
      calls++;
      throw err;
    }, isTransient, { attempts: 4, baseDelayMs: 1 })).rejects.toBe(err);
    expect(calls).toBe(4);
  });

  it('stops at once on a final error and returns the first success', async () => {
    let calls = 0;
    await expect(withRetry(async () => {
      calls++;
      throw httpError(400);
    }, isTransient, { baseDelayMs: 1 })).rejects.toThrow('http 400');
    expect(calls).toBe(1);
    expect(await withRetry(async (attempt) => {
      if (attempt < 3) throw httpError(429);
      return `ok on ${attempt}`;
    }, isTransient, { baseDelayMs: 1 })).toBe('ok on 3');
  });

  it('backs off exponentially within the cap, and waits longer when the server says Retry-After', async () => {
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
    };
    await expect(withRetry(async () => {
      throw httpError(503);
    }, isTransient, { attempts: 5, baseDelayMs: 100, maxDelayMs: 300, sleep })).rejects.toThrow();
    expect(waits).toHaveLength(4);
    [100, 200, 300, 300].forEach((cap, i) => expect(waits[i]).toBeLessThanOrEqual(cap));

    waits.length = 0;
    const limited = APIError.generate(429, undefined, 'slow down', new Headers({ 'retry-after': '2' }));
    await expect(withRetry(async () => {
      throw limited;
    }, isTransient, { attempts: 2, baseDelayMs: 1, maxDelayMs: 8_000, sleep })).rejects.toBe(limited);
    expect(waits).toEqual([2_000]);
  });

  it('reads retry-after-ms before retry-after, and ignores errors without headers', () => {
    expect(retryAfterMs(APIError.generate(429, undefined, 'x', new Headers({ 'retry-after-ms': '250', 'retry-after': '9' })))).toBe(250);
    expect(retryAfterMs(APIError.generate(429, undefined, 'x', new Headers()))).toBeUndefined();
    expect(retryAfterMs(httpError(429))).toBeUndefined();
  });
});
