import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { failureOf, isTransient, withRetry } from './retry.ts';

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
});
