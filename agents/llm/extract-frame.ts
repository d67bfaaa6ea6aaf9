// Frame extraction shared by the Gemini and OpenAI adapters: the prompt, the person's text as data,
// zod validation of the answer, one corrective retry on invalid output, timing and token logs.
import { AppError } from '../../core/errors.ts';
import { frameSchema, type Frame } from '../../core/frame.ts';
import { silentLogger, type Logger } from '../../core/logger.ts';
import type { ExtractFrameInput } from '../../core/ports/llm.ts';
import { loadPrompt } from '../../prompts/load.ts';
import { failureOf, isTimeout, isTransient, withRetry, type RetryOptions } from './retry.ts';

export interface LlmCommonOptions {
  /** Per request. */
  timeoutMs?: number;
  retry?: RetryOptions;
  logger?: Logger;
  /** Named in the prompt next to "now"; the offset inside `now` is what counts. */
  timezone?: string;
}

export interface ChatTurn { role: 'user' | 'assistant'; content: string }
export interface ChatRequest { system: string; turns: ChatTurn[] }
export interface ChatAnswer {
  text: string;
  inputTokens?: number;
  outputTokens?: number;
}

/** The person's message as a JSON object: quotes and newlines are escaped, so it reads as data. */
export function messageTurn(text: string): ChatTurn {
  return { role: 'user', content: JSON.stringify({ message: text }) };
}

function productList(products: string[]): string {
  // JSON keeps a product name with a newline or quote from breaking out of the list.
  const names = [...new Set(products.map((p) => p.trim().slice(0, 60)).filter(Boolean))].slice(0, 300);
  return names.length ? JSON.stringify(names) : '(none yet)';
}

/** JSON out of a model answer; some local models wrap it in ``` fences despite the schema. */
function parseAnswer(text: string): { frame: Frame } | { problem: string } {
  const bare = text.trim().replace(/^```(?:json)?\s*/i, '').replace(/\s*```$/, '');
  let json: unknown;
  try {
    json = JSON.parse(bare);
  } catch {
    return { problem: 'the answer was not valid JSON' };
  }
  const parsed = frameSchema.safeParse(json);
  if (parsed.success) return { frame: parsed.data };
  // Paths and zod's messages only: they never contain the person's text.
  return { problem: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') };
}

export async function extractFrameWith(
  provider: string,
  model: string,
  opts: LlmCommonOptions,
  input: ExtractFrameInput,
  chat: (req: ChatRequest) => Promise<ChatAnswer>,
): Promise<Frame> {
  const logger = opts.logger ?? silentLogger;
  const system = loadPrompt('extract-frame', { now: input.now, timezone: opts.timezone ?? 'Asia/Jakarta', products: productList(input.products) });
  const turns: ChatTurn[] = [messageTurn(input.text)];
  const started = performance.now();
  let requests = 0;
  let inputTokens = 0;
  let outputTokens = 0;
  const log = (outcome: string, extra: object = {}) => logger.info({
    provider, model, outcome, requests, ms: Math.round(performance.now() - started), inputTokens, outputTokens, ...extra,
  }, 'llm: extract frame');

  for (let round = 1; round <= 2; round++) {
    let answer: ChatAnswer;
    try {
      answer = await withRetry(() => {
        requests++;
        return chat({ system, turns });
      }, isTransient, opts.retry);
    } catch (err) {
      const failure = failureOf(err);
      log('failed', { failure });
      const code = isTimeout(err) ? 'llm:timeout' : 'llm:failed';
      throw new AppError(code, { retryable: isTransient(err) || isTimeout(err), details: { provider, failure }, cause: err });
    }
    inputTokens += answer.inputTokens ?? 0;
    outputTokens += answer.outputTokens ?? 0;
    const parsed = parseAnswer(answer.text);
    if ('frame' in parsed) {
      log('ok', { rounds: round });
      return parsed.frame;
    }
    logger.debug({ provider, model, round, problem: parsed.problem }, 'llm: invalid frame');
    if (round === 2) {
      log('invalid', { problem: parsed.problem });
      throw new AppError('llm:invalid_output', { retryable: false, details: { provider, problem: parsed.problem } });
    }
    turns.push(
      { role: 'assistant', content: answer.text.slice(0, 4_000) },
      { role: 'user', content: `That answer is not a valid frame (${parsed.problem}). Reply again with only the JSON frame for the same message.` },
    );
  }
  throw new Error('unreachable');
}
