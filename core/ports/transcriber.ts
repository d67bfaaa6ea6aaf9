// Speech to text. Adapters: Gemini, OpenAI, OpenAI-compatible self-hosted servers (bot/voice).
export interface TranscribeInput {
  audio: Buffer;
  /** "audio/ogg" for WhatsApp voice notes, "audio/wav" after conversion. */
  mimetype: string;
  /** BCP-47 language, "id" for Indonesian. */
  language: string;
  /** Words the speech model should expect, e.g. the tenant's product names. */
  hints: string[];
}

export interface Transcriber {
  readonly name: string;
  /** Whether the adapter wants 16 kHz mono WAV rather than the original OGG/Opus. */
  readonly wantsWav: boolean;
  transcribe(input: TranscribeInput): Promise<{ text: string }>;
}
