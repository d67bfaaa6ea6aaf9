// Speech to text on the OpenAI API (`audio.transcriptions`), and on self-hosted servers that speak
// the same /v1/audio/transcriptions: whisper.cpp server, LocalAI, vLLM.
import OpenAI, { toFile } from 'openai';
import type { TranscribeInput, Transcriber } from '../../core/ports/transcriber.ts';
import { extensionOf } from '../media/media-key.ts';
import { bareMimetype, callStt, hintText, type SttCommonOptions } from './stt-call.ts';

export interface OpenAiTranscriberOptions extends SttCommonOptions {
  /** Self-hosted servers often need none. */
  apiKey?: string;
  model?: string;
  /** e.g. http://127.0.0.1:8080/v1; default OpenAI. */
  baseURL?: string;
  /** whisper.cpp's server reads only WAV unless started with --convert. */
  wantsWav?: boolean;
  name?: string;
}

export class OpenAiTranscriber implements Transcriber {
  readonly name: string;
  readonly wantsWav: boolean;
  private readonly client: OpenAI;
  private readonly model: string;
  private readonly opts: OpenAiTranscriberOptions;

  constructor(opts: OpenAiTranscriberOptions) {
    this.opts = opts;
    this.name = opts.name ?? (opts.baseURL ? 'openai-compatible' : 'openai');
    this.wantsWav = opts.wantsWav ?? false;
    this.model = opts.model ?? (opts.baseURL ? 'whisper-1' : 'gpt-4o-mini-transcribe');
    // maxRetries 0: retries are ours (stt-call.ts). The SDK refuses to start without a key, and
    // keyless self-hosted servers ignore the header, so a placeholder is sent.
    this.client = new OpenAI({
      apiKey: opts.apiKey ?? 'no-key',
      baseURL: opts.baseURL,
      timeout: opts.timeoutMs ?? 60_000,
      maxRetries: 0,
    });
  }

  transcribe(input: TranscribeInput): Promise<{ text: string }> {
    const type = bareMimetype(input.mimetype);
    const hints = hintText(input.hints);
    return callStt(this.name, this.model, input.audio.length, this.opts, async () => {
      // The API picks the decoder from the file name, so a voice note must be called *.ogg.
      const file = await toFile(input.audio, `voice.${extensionOf(type)}`, { type });
      const res = await this.client.audio.transcriptions.create({
        file,
        model: this.model,
        language: input.language,
        response_format: 'json',
        ...(hints ? { prompt: hints } : {}),
      });
      return res.text;
    });
  }
}

/** A self-hosted whisper server by base URL (STT_BASE_URL). */
export function compatibleTranscriber(opts: OpenAiTranscriberOptions & { baseURL: string }): OpenAiTranscriber {
  return new OpenAiTranscriber({ wantsWav: true, name: 'openai-compatible', ...opts });
}
