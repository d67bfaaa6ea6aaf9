// The Llm port on Gemini (@google/genai): structured output with responseJsonSchema.
import { GoogleGenAI } from '@google/genai';
import { AppError } from '../../core/errors.ts';
import type { Frame } from '../../core/frame.ts';
import type { ExtractFrameInput, Llm } from '../../core/ports/llm.ts';
import { extractFrameWith, type ChatRequest, type ChatAnswer, type LlmCommonOptions } from './extract-frame.ts';
import { frameJsonSchema } from './frame-json-schema.ts';

export interface GeminiLlmOptions extends LlmCommonOptions {
  apiKey: string;
  model?: string;
  /** For tests and proxies; the SDK's default is Google's endpoint. */
  baseUrl?: string;
  /** Gemini 2.5 thinks before answering by default; 0 turns it off on Flash (faster, cheaper). */
  thinkingBudget?: number;
}

export class GeminiLlm implements Llm {
  readonly name = 'gemini';
  private readonly ai: GoogleGenAI;
  private readonly model: string;
  private readonly opts: GeminiLlmOptions;

  constructor(opts: GeminiLlmOptions) {
    this.opts = opts;
    this.model = opts.model ?? 'gemini-2.5-flash';
    // No retryOptions: retries are ours (extract-frame.ts), one SDK attempt per call.
    this.ai = new GoogleGenAI({ apiKey: opts.apiKey, httpOptions: { baseUrl: opts.baseUrl, timeout: opts.timeoutMs ?? 20_000 } });
  }

  extractFrame(input: ExtractFrameInput): Promise<Frame> {
    return extractFrameWith(this.name, this.model, this.opts, input, (req) => this.chat(req));
  }

  /** One plain generation, no schema and no retries (a caller that phrases falls back to its template). */
  async writeText(prompt: string): Promise<string> {
    const res = await this.ai.models.generateContent({
      model: this.model,
      contents: [{ role: 'user', parts: [{ text: prompt }] }],
      config: {
        temperature: 0.7,
        ...(this.opts.thinkingBudget === undefined ? {} : { thinkingConfig: { thinkingBudget: this.opts.thinkingBudget } }),
      },
    });
    const text = (res.text ?? '').trim();
    if (!text) throw new AppError('llm:invalid_output', { retryable: false, details: { provider: this.name, problem: 'empty' } });
    return text;
  }

  private async chat(req: ChatRequest): Promise<ChatAnswer> {
    const res = await this.ai.models.generateContent({
      model: this.model,
      contents: req.turns.map((t) => ({ role: t.role === 'assistant' ? 'model' : 'user', parts: [{ text: t.content }] })),
      config: {
        systemInstruction: req.system,
        responseMimeType: 'application/json',
        responseJsonSchema: frameJsonSchema,
        temperature: 0,
        ...(this.opts.thinkingBudget === undefined ? {} : { thinkingConfig: { thinkingBudget: this.opts.thinkingBudget } }),
      },
    });
    return {
      text: res.text ?? '',
      inputTokens: res.usageMetadata?.promptTokenCount,
      outputTokens: res.usageMetadata?.candidatesTokenCount,
    };
  }
}
