// Gemini STT against a local server speaking the Gemini API's wire format, through the real SDK.
import { readFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import { startStubServer, jsonOf, type StubServer } from '../../agents/llm/testing/stub-server.ts';
import { GeminiTranscriber } from './gemini-transcriber.ts';

const audio = await readFile(fileURLToPath(new URL('./fixtures/laku-beras.ogg', import.meta.url)));
const input = { audio, mimetype: 'audio/ogg; codecs=opus', language: 'id', hints: ['beras', 'indomie goreng'] };

const ok = (text: string) => ({
  body: {
    candidates: [{ content: { parts: [{ text }], role: 'model' }, finishReason: 'STOP', index: 0 }],
    usageMetadata: { promptTokenCount: 131, candidatesTokenCount: 9, totalTokenCount: 140 },
    modelVersion: 'gemini-2.5-flash',
    responseId: 'r1',
  },
});
const apiError = (code: number, status: string) => ({ status: code, body: { error: { code, message: 'stub error', status } } });

const requestSchema = z.object({
  contents: z.array(z.object({
    role: z.literal('user'),
    parts: z.tuple([
      z.object({ inlineData: z.object({ mimeType: z.string(), data: z.string() }) }),
      z.object({ text: z.string() }),
    ]),
  })).length(1),
  generationConfig: z.object({ temperature: z.literal(0) }),
});

let server: StubServer | undefined;
afterEach(async () => server?.close());

function transcriber(url: string, timeoutMs = 5_000) {
  return new GeminiTranscriber({ apiKey: 'test-key', model: 'gemini-2.5-flash', baseUrl: url, timeoutMs, retry: { baseDelayMs: 1 } });
}

async function failure(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err instanceof AppError ? { code: err.code, details: err.details, retryable: err.retryable } : err;
  }
  return 'resolved';
}

describe('GeminiTranscriber', () => {
  it('sends the voice note inline as audio/ogg with the key header and returns the text', async () => {
    server = await startStubServer([ok(' tadi laku beras dua kilo \n')]);
    expect(await transcriber(server.url).transcribe(input)).toEqual({ text: 'tadi laku beras dua kilo' });

    const [req] = server.requests;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
    expect(req.headers['x-goog-api-key']).toBe('test-key');
    const body = requestSchema.parse(jsonOf(req));
    const [media, instruction] = body.contents[0].parts;
    expect(media.inlineData.mimeType).toBe('audio/ogg');
    expect(Buffer.from(media.inlineData.data, 'base64').equals(audio)).toBe(true);
    expect(instruction.text).toContain('language: id');
    expect(instruction.text).toContain('beras, indomie goreng');
  });

  it('retries a 429 and a 503, then succeeds', async () => {
    server = await startStubServer([apiError(429, 'RESOURCE_EXHAUSTED'), apiError(503, 'UNAVAILABLE'), ok('bu sri ngutang')]);
    expect(await transcriber(server.url).transcribe(input)).toEqual({ text: 'bu sri ngutang' });
    expect(server.requests).toHaveLength(3);
  });

  it('gives up after three 500s with stt:failed (retryable)', async () => {
    server = await startStubServer([apiError(500, 'INTERNAL')]);
    expect(await failure(transcriber(server.url).transcribe(input))).toEqual({
      code: 'stt:failed', retryable: true, details: { provider: 'gemini', failure: 'http_500' },
    });
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry a bad key (400/403)', async () => {
    server = await startStubServer([apiError(403, 'PERMISSION_DENIED'), ok('never')]);
    expect(await failure(transcriber(server.url).transcribe(input))).toEqual({
      code: 'stt:failed', retryable: false, details: { provider: 'gemini', failure: 'http_403' },
    });
    expect(server.requests).toHaveLength(1);
  });

  it('times out a silent server once, without retrying', async () => {
    server = await startStubServer([{ ...ok('late'), delayMs: 2_000 }]);
    expect(await failure(transcriber(server.url, 150).transcribe(input))).toMatchObject({
      code: 'stt:failed', details: { provider: 'gemini', failure: 'timeout' },
    });
    expect(server.requests).toHaveLength(1);
  });

  it('logs provider, timing and size, never the transcript', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'debug' }, new Writable({ write(chunk, _enc, cb) { lines.push(String(chunk)); cb(); } }));
    server = await startStubServer([apiError(429, 'RESOURCE_EXHAUSTED'), ok('rahasia bu sri utang')]);
    const stt = new GeminiTranscriber({ apiKey: 'k', baseUrl: server.url, retry: { baseDelayMs: 1 }, logger });
    await stt.transcribe(input);
    const done = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'stt: transcribed');
    expect(done).toMatchObject({ level: 30, provider: 'gemini', model: 'gemini-2.5-flash', attempts: 2, audioBytes: audio.length, chars: 20 });
    expect(lines.join('\n')).not.toContain('rahasia');
  });
});
