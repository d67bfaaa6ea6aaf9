import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../core/config.ts';
import { formDataOf, startStubServer, type StubServer } from '../../agents/llm/testing/stub-server.ts';
import { createTranscriber } from './create-transcriber.ts';

let server: StubServer | undefined;
afterEach(async () => server?.close());

describe('createTranscriber', () => {
  it.each([
    [{}, null],
    [{ GEMINI_API_KEY: 'g' }, 'gemini'],
    [{ OPENAI_API_KEY: 'o' }, 'openai'],
    [{ STT_BASE_URL: 'http://127.0.0.1:8080/v1' }, 'openai-compatible'],
    [{ GEMINI_API_KEY: 'g', OPENAI_API_KEY: 'o', STT_BASE_URL: 'http://127.0.0.1:8080/v1' }, 'gemini'],
    [{ OPENAI_API_KEY: 'o', STT_BASE_URL: 'http://127.0.0.1:8080/v1' }, 'openai'],
    [{ STT_PROVIDER: 'compatible', GEMINI_API_KEY: 'g', STT_BASE_URL: 'http://127.0.0.1:8080/v1' }, 'openai-compatible'],
    [{ STT_PROVIDER: 'none', GEMINI_API_KEY: 'g' }, null],
  ])('%j → %s', (env, name) => {
    expect(createTranscriber(loadConfig(env))?.name ?? null).toBe(name);
  });

  it('says which variable is missing for an explicit provider', () => {
    expect(() => createTranscriber(loadConfig({ STT_PROVIDER: 'gemini' }))).toThrow('STT_PROVIDER=gemini needs GEMINI_API_KEY');
    expect(() => createTranscriber(loadConfig({ STT_PROVIDER: 'compatible' }))).toThrow('needs STT_BASE_URL');
  });

  it('a self-hosted server gets STT_MODEL at STT_BASE_URL', async () => {
    server = await startStubServer([{ body: { text: 'laku beras' } }]);
    const stt = createTranscriber(loadConfig({ STT_BASE_URL: `${server.url}/v1`, STT_MODEL: 'large-v3' }));
    if (!stt) throw new Error('no transcriber');
    const audio = await readFile(fileURLToPath(new URL('./fixtures/laku-beras.ogg', import.meta.url)));
    expect(await stt.transcribe({ audio, mimetype: 'audio/ogg', language: 'id', hints: [] })).toEqual({ text: 'laku beras' });
    expect(server.requests[0].path).toBe('/v1/audio/transcriptions');
    expect((await formDataOf(server.requests[0])).get('model')).toBe('large-v3');
  });
});
