// Picks the frame-extraction LLM from the configuration (LLM_PROVIDER; auto = Gemini, then an
// OpenAI-compatible server). null = rules only.
import type { Config } from '../../core/config.ts';
import { AppError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import type { Llm } from '../../core/ports/llm.ts';
import { GeminiLlm } from './gemini-llm.ts';
import { OpenAiLlm } from './openai-llm.ts';

export type LlmConfig = Pick<Config, 'LLM_PROVIDER' | 'GEMINI_API_KEY' | 'GEMINI_MODEL' | 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OPENAI_MODEL'>;

export function createLlm(config: LlmConfig, logger?: Logger): Llm | null {
  const log = logger?.child({ part: 'llm' });
  // A base URL alone is enough: Ollama and most vLLM setups need no key.
  const openAiReady = Boolean(config.OPENAI_API_KEY || config.OPENAI_BASE_URL);
  const provider = config.LLM_PROVIDER === 'auto'
    ? (config.GEMINI_API_KEY ? 'gemini' : openAiReady ? 'openai' : 'none')
    : config.LLM_PROVIDER;
  switch (provider) {
    case 'gemini':
      if (!config.GEMINI_API_KEY) throw new AppError('config:missing', { message: 'LLM_PROVIDER=gemini needs GEMINI_API_KEY' });
      return new GeminiLlm({ apiKey: config.GEMINI_API_KEY, model: config.GEMINI_MODEL, logger: log });
    case 'openai':
      if (!openAiReady) throw new AppError('config:missing', { message: 'LLM_PROVIDER=openai needs OPENAI_API_KEY or OPENAI_BASE_URL' });
      return new OpenAiLlm({ apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL, model: config.OPENAI_MODEL, logger: log });
    case 'none':
      return null;
  }
}
