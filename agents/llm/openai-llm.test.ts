// OpenAiLlm through the real openai SDK against a local server speaking /v1/chat/completions.
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import type { Frame } from '../../core/frame.ts';
import { emptyFrame } from './fake-llm.ts';
import { frameJsonSchema } from './frame-json-schema.ts';
import { OpenAiLlm } from './openai-llm.ts';
import { jsonOf, startStubServer, type StubServer } from './testing/stub-server.ts';

const frame: Frame = { ...emptyFrame, intent: 'debt_add', amount: 25000, counterparty: 'bu sri', direction: 'receivable' };
const input = { text: 'bu sri ngutang 25rb', now: '2026-11-21T10:00:00+07:00', products: [] };

const completion = (content: string | null, refusal: string | null = null) => ({
  body: {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 1_795_000_000,
    model: 'gpt-4o-mini-2024-07-18',
    choices: [{ index: 0, message: { role: 'assistant', content, refusal, annotations: [] }, logprobs: null, finish_reason: 'stop' }],
    usage: { prompt_tokens: 790, completion_tokens: 58, total_tokens: 848 },
    system_fingerprint: 'fp_1',
  },
});
const apiError = (status: number, code: string) => ({ status, body: { error: { message: 'stub', type: 'requests', param: null, code } } });

const requestSchema = z.object({
  model: z.string(),
  temperature: z.number().optional(),
  messages: z.array(z.object({ role: z.enum(['system', 'user', 'assistant']), content: z.string() })),
  response_format: z.object({
    type: z.literal('json_schema'),
    json_schema: z.object({ name: z.string(), strict: z.boolean(), schema: z.unknown() }),
  }),
});

let server: StubServer | undefined;
afterEach(async () => server?.close());

function llm(url: string, extra: { timeoutMs?: number; apiKey?: string; temperature?: number | null } = {}) {
  return new OpenAiLlm({ apiKey: extra.apiKey, model: 'gpt-4o-mini', baseURL: `${url}/v1`, timeoutMs: extra.timeoutMs ?? 5_000, retry: { baseDelayMs: 1 }, temperature: extra.temperature });
}

async function failure(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err instanceof AppError ? { code: err.code, details: err.details } : err;
  }
  return 'resolved';
}

describe('OpenAiLlm.extractFrame', () => {
  it('posts chat completions with a strict json_schema from the zod frame and the message as data', async () => {
    server = await startStubServer([completion(JSON.stringify(frame))]);
    expect(await llm(server.url, { apiKey: 'sk-live' }).extractFrame(input)).toEqual(frame);

    const [req] = server.requests;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBe('Bearer sk-live');
    const body = requestSchema.parse(jsonOf(req));
    expect(body.model).toBe('gpt-4o-mini');
    expect(body.temperature).toBe(0);
    expect(body.response_format.json_schema).toEqual({ name: 'frame', strict: true, schema: frameJsonSchema });
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(body.messages[0].content).toContain('Now: 2026-11-21T10:00:00+07:00');
    expect(body.messages[0].content).toContain('(none yet)');
    expect(body.messages[0].content).not.toContain('ngutang 25rb');
    expect(body.messages[1].content).toBe(JSON.stringify({ message: 'bu sri ngutang 25rb' }));
  });

  it('reads a fenced answer from a local model, and can leave temperature out', async () => {
    server = await startStubServer([completion(`\`\`\`json\n${JSON.stringify(frame)}\n\`\`\``)]);
    expect(await llm(server.url, { temperature: null }).extractFrame(input)).toEqual(frame);
    const body = requestSchema.parse(jsonOf(server.requests[0]));
    expect(body.temperature).toBeUndefined();
    expect(server.requests[0].headers.authorization).toBe('Bearer no-key');
  });

  it('retries once after invalid JSON, with the bad answer and the problem in the conversation', async () => {
    server = await startStubServer([completion('{"intent": "debt_add", "amount": "25rb"'), completion(JSON.stringify(frame))]);
    expect(await llm(server.url).extractFrame(input)).toEqual(frame);
    const second = requestSchema.parse(jsonOf(server.requests[1]));
    expect(second.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(second.messages[3].content).toContain('not valid JSON');
  });

  it('a refusal twice ends in llm:invalid_output', async () => {
    server = await startStubServer([completion(null, 'I cannot help with that.')]);
    expect(await failure(llm(server.url).extractFrame(input))).toMatchObject({ code: 'llm:invalid_output' });
    expect(server.requests).toHaveLength(2);
  });

  it('retries 429 then succeeds; 500 three times is llm:failed; 401 is not retried', async () => {
    server = await startStubServer([apiError(429, 'rate_limit_exceeded'), completion(JSON.stringify(frame))]);
    expect(await llm(server.url).extractFrame(input)).toEqual(frame);
    expect(server.requests).toHaveLength(2);
    await server.close();

    server = await startStubServer([apiError(500, 'server_error')]);
    expect(await failure(llm(server.url).extractFrame(input))).toEqual({ code: 'llm:failed', details: { provider: 'openai-compatible', failure: 'http_500' } });
    expect(server.requests).toHaveLength(3);
    await server.close();

    server = await startStubServer([apiError(401, 'invalid_api_key')]);
    expect(await failure(llm(server.url).extractFrame(input))).toEqual({ code: 'llm:failed', details: { provider: 'openai-compatible', failure: 'http_401' } });
    expect(server.requests).toHaveLength(1);
  });

  it('times out with llm:timeout', async () => {
    server = await startStubServer([{ ...completion(JSON.stringify(frame)), delayMs: 2_000 }]);
    expect(await failure(llm(server.url, { timeoutMs: 150 }).extractFrame(input))).toEqual({ code: 'llm:timeout', details: { provider: 'openai-compatible', failure: 'timeout' } });
    expect(server.requests).toHaveLength(1);
  });
});

describe('OpenAiLlm.writeText', () => {
  const prompt = 'Reword this message.\nDraft:\nKalau Rp24.000/kg bagaimana?';
  const textRequest = z.object({
    model: z.string(),
    temperature: z.number().optional(),
    messages: z.array(z.object({ role: z.literal('user'), content: z.string() })).length(1),
  }).strict();

  it('posts one plain chat completion (no schema) and returns the text', async () => {
    server = await startStubServer([completion('  Pak, kalau Rp24.000/kg gimana? 🙏\n')]);
    expect(await llm(server.url, { apiKey: 'sk-live' }).writeText(prompt)).toBe('Pak, kalau Rp24.000/kg gimana? 🙏');
    const [req] = server.requests;
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBe('Bearer sk-live');
    const body = textRequest.parse(jsonOf(req));
    expect(body).toEqual({ model: 'gpt-4o-mini', temperature: 0.7, messages: [{ role: 'user', content: prompt }] });
  });

  it('an empty answer or a refusal is llm:invalid_output; an HTTP error is not retried', async () => {
    server = await startStubServer([completion(''), completion(null, 'I cannot help with that.'), apiError(500, 'server_error')]);
    const l = llm(server.url, { temperature: null });
    expect(await failure(l.writeText(prompt))).toMatchObject({ code: 'llm:invalid_output' });
    expect(await failure(l.writeText(prompt))).toMatchObject({ code: 'llm:invalid_output' });
    expect(await failure(l.writeText(prompt))).toBeInstanceOf(Error);
    expect(server.requests).toHaveLength(3);
    expect(textRequest.parse(jsonOf(server.requests[0])).temperature).toBeUndefined();
  });
});
