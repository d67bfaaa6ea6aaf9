// Speech to text with Gemini (@google/genai): the voice note goes inline as audio/ogg, no conversion.
import { GoogleGenAI } from '@google/genai';
import type { TranscribeInput, Transcriber } from '../../core/ports/transcriber.ts';
import { loadPrompt } from '../../prompts/load.ts';
import { bareMimetype, callStt, hintText, type SttCommonOptions } from './stt-call.ts';

export interface GeminiTranscriberOptions extends SttCommonOptions {
  apiKey: string;
  model?: string;
  /** For tests and proxies; the SDK's default is Google's endpoint. */
  baseUrl?: string;
  /** Gemini 2.5 thinks before answering by default; 0 turns it off on Flash (faster, cheaper). */
  thinkingBudget?: number;
}

export class GeminiTranscriber implements Transcriber {
  readonly name = 'gemini';
  readonly wantsWav = false;
  private readonly ai: GoogleGenAI;
  private readonly model: string;
  private readonly opts: GeminiTranscriberOptions;

  constructor(opts: GeminiTranscriberOptions) {
    this.opts = opts;
    this.model = opts.model ?? 'gemini-2.5-flash';
    // No retryOptions: retries are ours (stt-call.ts), so the SDK makes one attempt per call.
    this.ai = new GoogleGenAI({
      apiKey: opts.apiKey,
      httpOptions: { baseUrl: opts.baseUrl, timeout: opts.timeoutMs ?? 60_000 },
    });
  }

  transcribe(input: TranscribeInput): Promise<{ text: string }> {
    const instruction = loadPrompt('transcribe-voice', {
      language: input.language,
      hints: hintText(input.hints) || '-',
    });
    return callStt(this.name, this.model, input.audio.length, this.opts, async () => {
      const res = await this.ai.models.generateContent({
        model: this.model,
        contents: [{
          role: 'user',
          parts: [
            { inlineData: { mimeType: bareMimetype(input.mimetype), data: input.audio.toString('base64') } },
            { text: instruction },
          ],
        }],
        config: {
          temperature: 0,
          ...(this.opts.thinkingBudget === undefined ? {} : { thinkingConfig: { thinkingBudget: this.opts.thinkingBudget } }),
        },
      });
      return res.text ?? '';
    });
  }
}
