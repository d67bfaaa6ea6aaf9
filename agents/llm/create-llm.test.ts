import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadConfig } from '../../core/config.ts';
import { createLlm } from './create-llm.ts';
import { emptyFrame } from './fake-llm.ts';
import { jsonOf, startStubServer, type StubServer } from './testing/stub-server.ts';

let server: StubServer | undefined;
afterEach(async () => server?.close());

describe('createLlm', () => {
  it.each([
    [{}, null],
    [{ GEMINI_API_KEY: 'g' }, 'gemini'],
    [{ OPENAI_API_KEY: 'o' }, 'openai'],
    [{ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' }, 'openai-compatible'],
    [{ GEMINI_API_KEY: 'g', OPENAI_API_KEY: 'o' }, 'gemini'],
    [{ LLM_PROVIDER: 'openai', GEMINI_API_KEY: 'g', OPENAI_API_KEY: 'o' }, 'openai'],
    [{ LLM_PROVIDER: 'none', GEMINI_API_KEY: 'g' }, null],
  ])('%j → %s', (env, name) => {
    expect(createLlm(loadConfig(env))?.name ?? null).toBe(name);
  });

  it('says which variable is missing for an explicit provider', () => {
    expect(() => createLlm(loadConfig({ LLM_PROVIDER: 'gemini' }))).toThrow('needs GEMINI_API_KEY');
    expect(() => createLlm(loadConfig({ LLM_PROVIDER: 'openai' }))).toThrow('needs OPENAI_API_KEY or OPENAI_BASE_URL');
  });

  it('an OpenAI-compatible server gets OPENAI_MODEL and the key at OPENAI_BASE_URL', async () => {
    server = await startStubServer([{
      body: {
        id: 'c1', object: 'chat.completion', created: 1, model: 'qwen2.5:7b',
        choices: [{ index: 0, message: { role: 'assistant', content: JSON.stringify({ ...emptyFrame, intent: 'greeting' }), refusal: null }, logprobs: null, finish_reason: 'stop' }],
        usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
      },
    }]);
    const llm = createLlm(loadConfig({ OPENAI_BASE_URL: `${server.url}/v1`, OPENAI_MODEL: 'qwen2.5:7b', OPENAI_API_KEY: 'ollama' }));
    if (!llm) throw new Error('no llm');
    expect((await llm.extractFrame({ text: 'pagi', now: '2026-11-21T08:00:00+07:00', products: [] })).intent).toBe('greeting');
    expect(server.requests[0].path).toBe('/v1/chat/completions');
    expect(server.requests[0].headers.authorization).toBe('Bearer ollama');
    expect(z.object({ model: z.string() }).parse(jsonOf(server.requests[0])).model).toBe('qwen2.5:7b');
  });
});
