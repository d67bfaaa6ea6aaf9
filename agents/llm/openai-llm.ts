// The Llm port on OpenAI-compatible chat completions: OpenAI, Gemini's OpenAI endpoint, Ollama, vLLM,
// Kolosal. Structured output with response_format json_schema (strict).
import OpenAI from 'openai';
import { AppError } from '../../core/errors.ts';
import type { Frame } from '../../core/frame.ts';
import type { ExtractFrameInput, Llm } from '../../core/ports/llm.ts';
import { extractFrameWith, type ChatAnswer, type ChatRequest, type LlmCommonOptions } from './extract-frame.ts';
import { frameJsonSchema } from './frame-json-schema.ts';

export interface OpenAiLlmOptions extends LlmCommonOptions {
  /** Keyless local servers (Ollama) get a placeholder; the SDK refuses to start without one. */
  apiKey?: string;
  model?: string;
  /** e.g. https://generativelanguage.googleapis.com/v1beta/openai, http://127.0.0.1:11434/v1 */
  baseURL?: string;
  /** null leaves it out, for models that accept only their default (reasoning models). */
  temperature?: number | null;
  name?: string;
}

export class OpenAiLlm implements Llm {
  readonly name: string;
  private readonly client: OpenAI;
  private readonly model: string;
  private readonly opts: OpenAiLlmOptions;

  constructor(opts: OpenAiLlmOptions) {
    this.opts = opts;
    this.name = opts.name ?? (opts.baseURL ? 'openai-compatible' : 'openai');
    this.model = opts.model ?? 'gpt-4o-mini';
    // maxRetries 0: retries are ours (extract-frame.ts).
    this.client = new OpenAI({ apiKey: opts.apiKey ?? 'no-key', baseURL: opts.baseURL, timeout: opts.timeoutMs ?? 20_000, maxRetries: 0 });
  }

  extractFrame(input: ExtractFrameInput): Promise<Frame> {
    return extractFrameWith(this.name, this.model, this.opts, input, (req) => this.chat(req));
  }

  /** One plain completion, no schema and no retries (a caller that phrases falls back to its template). */
  async writeText(prompt: string): Promise<string> {
    const temperature = this.opts.temperature === undefined ? 0.7 : this.opts.temperature;
    const res = await this.client.chat.completions.create({
      model: this.model,
      messages: [{ role: 'user', content: prompt }],
      ...(temperature === null ? {} : { temperature }),
    });
    const message = res.choices[0]?.message;
    const text = message?.refusal ? '' : (message?.content ?? '').trim();
    if (!text) throw new AppError('llm:invalid_output', { retryable: false, details: { provider: this.name, problem: 'empty' } });
    return text;
  }

  private async chat(req: ChatRequest): Promise<ChatAnswer> {
    const temperature = this.opts.temperature === undefined ? 0 : this.opts.temperature;
    const res = await this.client.chat.completions.create({
      model: this.model,
      messages: [{ role: 'system', content: req.system }, ...req.turns],
      response_format: { type: 'json_schema', json_schema: { name: 'frame', strict: true, schema: frameJsonSchema } },
      ...(temperature === null ? {} : { temperature }),
    });
    const message = res.choices[0]?.message;
    // A refusal or an empty answer counts as invalid output: the caller retries once, then gives up.
    return {
      text: message?.refusal ? '' : (message?.content ?? ''),
      inputTokens: res.usage?.prompt_tokens,
      outputTokens: res.usage?.completion_tokens,
    };
  }
}
