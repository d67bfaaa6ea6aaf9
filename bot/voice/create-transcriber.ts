// Picks the speech-to-text adapter from the configuration (STT_PROVIDER; auto = Gemini, then OpenAI,
// then a self-hosted server at STT_BASE_URL). null = no STT: voice notes are kept and the owner is told.
import type { Config } from '../../core/config.ts';
import { AppError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import type { Transcriber } from '../../core/ports/transcriber.ts';
import { GeminiTranscriber } from './gemini-transcriber.ts';
import { compatibleTranscriber, OpenAiTranscriber } from './openai-transcriber.ts';

export type SttConfig = Pick<Config, 'STT_PROVIDER' | 'GEMINI_API_KEY' | 'GEMINI_MODEL' | 'OPENAI_API_KEY' | 'STT_BASE_URL' | 'STT_MODEL'>;

function missing(provider: string, variable: string): AppError {
  return new AppError('config:missing', { message: `STT_PROVIDER=${provider} needs ${variable}` });
}

export function createTranscriber(config: SttConfig, logger?: Logger): Transcriber | null {
  const log = logger?.child({ part: 'stt' });
  const provider = config.STT_PROVIDER === 'auto'
    ? (config.GEMINI_API_KEY ? 'gemini' : config.OPENAI_API_KEY ? 'openai' : config.STT_BASE_URL ? 'compatible' : 'none')
    : config.STT_PROVIDER;
  switch (provider) {
    case 'gemini':
      if (!config.GEMINI_API_KEY) throw missing(provider, 'GEMINI_API_KEY');
      return new GeminiTranscriber({ apiKey: config.GEMINI_API_KEY, model: config.STT_MODEL ?? config.GEMINI_MODEL, logger: log });
    case 'openai':
      // OPENAI_BASE_URL is not used here: it often points at a chat-only server (Ollama, Gemini's
      // OpenAI endpoint). A self-hosted STT has its own STT_BASE_URL.
      if (!config.OPENAI_API_KEY) throw missing(provider, 'OPENAI_API_KEY');
      return new OpenAiTranscriber({ apiKey: config.OPENAI_API_KEY, model: config.STT_MODEL, logger: log });
    case 'compatible':
      if (!config.STT_BASE_URL) throw missing(provider, 'STT_BASE_URL');
      return compatibleTranscriber({ baseURL: config.STT_BASE_URL, model: config.STT_MODEL, logger: log });
    case 'none':
      return null;
  }
}
