// OpenAI and OpenAI-compatible STT against a local server speaking /v1/audio/transcriptions,
// through the real openai SDK (multipart upload included).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.ts';
import { formDataOf, startStubServer, type StubServer } from '../../agents/llm/testing/stub-server.ts';
import { toWav16kMono } from './ffmpeg.ts';
import { compatibleTranscriber, OpenAiTranscriber } from './openai-transcriber.ts';

const audio = await readFile(fileURLToPath(new URL('./fixtures/bu-sri-ngutang.ogg', import.meta.url)));
const input = { audio, mimetype: 'audio/ogg; codecs=opus', language: 'id', hints: ['gula pasir', 'indomie goreng', 'gula pasir'] };

const ok = (text: string) => ({
  body: {
    text,
    usage: { type: 'tokens', input_tokens: 31, input_token_details: { text_tokens: 9, audio_tokens: 22 }, output_tokens: 8, total_tokens: 39 },
  },
});
const apiError = (status: number, code: string) => ({
  status,
  body: { error: { message: 'stub error', type: 'requests', param: null, code } },
});

let server: StubServer | undefined;
afterEach(async () => server?.close());

async function failure(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err instanceof AppError ? { code: err.code, details: err.details, retryable: err.retryable } : err;
  }
  return 'resolved';
}

function openai(url: string, timeoutMs = 5_000) {
  return new OpenAiTranscriber({ apiKey: 'sk-test', model: 'gpt-4o-mini-transcribe', baseURL: `${url}/v1`, timeoutMs, retry: { baseDelayMs: 1 }, name: 'openai' });
}

describe('OpenAiTranscriber', () => {
  it('uploads the voice note as voice.ogg with model, language and product hints', async () => {
    server = await startStubServer([ok('bu sri ngutang dua puluh lima ribu')]);
    expect(await openai(server.url).transcribe(input)).toEqual({ text: 'bu sri ngutang dua puluh lima ribu' });

    const [req] = server.requests;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/v1/audio/transcriptions');
    expect(req.headers.authorization).toBe('Bearer sk-test');
    expect(req.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const form = await formDataOf(req);
    const file = form.get('file');
    if (!(file instanceof File)) throw new Error('no file part');
    expect(file.name).toBe('voice.ogg');
    expect(file.type).toBe('audio/ogg');
    expect(Buffer.from(await file.arrayBuffer()).equals(audio)).toBe(true);
    expect(form.get('model')).toBe('gpt-4o-mini-transcribe');
    expect(form.get('language')).toBe('id');
    expect(form.get('prompt')).toBe('gula pasir, indomie goreng');
    expect(form.get('response_format')).toBe('json');
  });

  it('retries a 429 then succeeds', async () => {
    server = await startStubServer([apiError(429, 'rate_limit_exceeded'), ok('laku')]);
    expect(await openai(server.url).transcribe(input)).toEqual({ text: 'laku' });
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after three 500s with stt:failed', async () => {
    server = await startStubServer([apiError(500, 'server_error')]);
    expect(await failure(openai(server.url).transcribe(input))).toEqual({
      code: 'stt:failed', retryable: true, details: { provider: 'openai', failure: 'http_500' },
    });
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry a wrong key (401)', async () => {
    server = await startStubServer([apiError(401, 'invalid_api_key')]);
    expect(await failure(openai(server.url).transcribe(input))).toEqual({
      code: 'stt:failed', retryable: false, details: { provider: 'openai', failure: 'http_401' },
    });
    expect(server.requests).toHaveLength(1);
  });

  it('times out a silent server without retrying', async () => {
    server = await startStubServer([{ ...ok('late'), delayMs: 2_000 }]);
    expect(await failure(openai(server.url, 150).transcribe(input))).toMatchObject({
      code: 'stt:failed', details: { provider: 'openai', failure: 'timeout' },
    });
    expect(server.requests).toHaveLength(1);
  });
});

describe('compatibleTranscriber (whisper.cpp server, LocalAI, vLLM)', () => {
  it('wants WAV and uploads it as voice.wav to the base URL, without a real key', async () => {
    server = await startStubServer([{ body: { text: 'bu sri ngutang' } }]);
    const stt = compatibleTranscriber({ baseURL: `${server.url}/v1`, retry: { baseDelayMs: 1 } });
    expect(stt.wantsWav).toBe(true);
    expect(stt.name).toBe('openai-compatible');
    const wav = await toWav16kMono(audio);
    expect(await stt.transcribe({ ...input, audio: wav, mimetype: 'audio/wav', hints: [] })).toEqual({ text: 'bu sri ngutang' });

    const [req] = server.requests;
    expect(req.path).toBe('/v1/audio/transcriptions');
    const form = await formDataOf(req);
    const file = form.get('file');
    if (!(file instanceof File)) throw new Error('no file part');
    expect(file.name).toBe('voice.wav');
    expect(Buffer.from(await file.arrayBuffer()).equals(wav)).toBe(true);
    expect(form.get('model')).toBe('whisper-1');
    expect(form.has('prompt')).toBe(false);
  });
});
