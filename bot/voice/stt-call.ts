// What every speech-to-text adapter does around the SDK call: retry transient failures, time and
// log the call (never the audio or the transcript), and turn a final failure into stt:failed.
import { AppError } from '../../core/errors.ts';
import { silentLogger, type Logger } from '../../core/logger.ts';
import { failureOf, isTransient, withRetry, type RetryOptions } from '../../agents/llm/retry.ts';

export interface SttCommonOptions {
  /** Per attempt. */
  timeoutMs?: number;
  retry?: RetryOptions;
  logger?: Logger;
}

export async function callStt(
  provider: string,
  model: string,
  audioBytes: number,
  opts: SttCommonOptions,
  call: () => Promise<string>,
): Promise<{ text: string }> {
  const logger = opts.logger ?? silentLogger;
  const started = performance.now();
  let attempts = 0;
  try {
    const text = await withRetry(() => {
      attempts++;
      return call();
    }, isTransient, opts.retry);
    const ms = Math.round(performance.now() - started);
    logger.info({ provider, model, ms, attempts, audioBytes, chars: text.length }, 'stt: transcribed');
    return { text: text.trim() };
  } catch (err) {
    const failure = failureOf(err);
    const ms = Math.round(performance.now() - started);
    logger.warn({ provider, model, ms, attempts, failure }, 'stt: failed');
    // 4xx other than 408/429 (a bad key, a bad model) will not heal by itself.
    throw new AppError('stt:failed', { retryable: isTransient(err) || failure === 'timeout', details: { provider, failure }, cause: err });
  }
}

/** "audio/ogg; codecs=opus" → "audio/ogg": providers want the bare type. */
export function bareMimetype(mimetype: string): string {
  return mimetype.split(';')[0].trim().toLowerCase();
}

/** Product names as a short hint; speech prompts are small (Whisper reads ~224 tokens). */
export function hintText(hints: string[], maxChars = 600): string {
  let out = '';
  for (const h of new Set(hints.map((x) => x.trim()).filter(Boolean))) {
    const next = out ? `${out}, ${h}` : h;
    if (next.length > maxChars) break;
    out = next;
  }
  return out;
}
