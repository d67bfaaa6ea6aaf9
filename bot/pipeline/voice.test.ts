// A voice note through the pipeline: the original is kept, the transcriber gets the sender's
// product names as hints, the reply quotes what was heard, and the sale is booked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serviceQuery } from '../../core/db/tenant.ts';
import { FakeTranscriber } from '../voice/fake-transcriber.ts';
import { startTestApp, type TestApp } from '../testing.ts';

const OWNER = '+6281200000001';
const transcriber = new FakeTranscriber('tadi laku indomie goreng dua bungkus tujuh ribu');
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ stack: 'pglite', transcriber });
});
afterAll(async () => app?.stop());

test('a voice note is transcribed with product hints, quoted in the reply and booked', async () => {
  const audio = readFileSync(join(import.meta.dirname, '..', 'voice', 'fixtures', 'bu-sri-ngutang.ogg'));
  const stored = await app.juragan.pipeline.deps.media.put(audio, 'audio/ogg');
  const { inboxId } = await app.juragan.pipeline.ingest({
    channel: 'simulator', account: 'sim', externalId: 'voice-1', senderPhone: OWNER, senderAddress: OWNER, chat: OWNER,
    kind: 'voice', body: null, mediaRef: stored.key, quotedId: null, sentAt: new Date(),
  });
  await app.settle();
  expect(transcriber.calls).toHaveLength(1);
  expect(transcriber.calls[0]!.hints).toContain('Indomie Goreng');
  const reply = (await serviceQuery<{ body: string }>(app.db, `select body from outbox where inbox_id = $1`, [inboxId])).rows[0]!.body;
  expect(reply).toMatch(/^🎤 'tadi laku indomie goreng dua bungkus tujuh ribu'/);
  expect(reply).toMatch(/Indomie Goreng 2 bks/);
  const row = (await serviceQuery<{ transcript: string; status: string }>(app.db, `select transcript, status from inbox where id = $1`, [inboxId])).rows[0];
  expect(row).toEqual({ transcript: 'tadi laku indomie goreng dua bungkus tujuh ribu', status: 'done' });
  expect(await app.juragan.pipeline.deps.media.exists(stored.key)).toBe(true);
});
