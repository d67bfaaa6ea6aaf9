// The whole path with a fake Baileys socket: messages.upsert → gateway → pipeline ingest (inbox)
// → drain → reply → outbox → the gateway's sender → captured sendMessage, on both stacks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withService } from '../../../core/db/tenant.ts';
import { silentLogger } from '../../../core/logger.ts';
import { startTestApp, stacks, type TestApp } from '../../testing.ts';
import { WhatsAppGateway } from './gateway.ts';
import { fakeSocketFactory, type FakeSocket } from './fixtures/fake-socket.ts';
import { fixtures, OWNER_LID, T0 } from './fixtures/messages.ts';
import { encryptVoiceNote, startMediaServer, voiceNoteMessage, type MediaServer } from './fixtures/media-server.ts';

describe.each(stacks)('WhatsApp → pipeline → WhatsApp on %s', (stack) => {
  let app: TestApp;
  let gateway: WhatsAppGateway;
  let sock: FakeSocket;
  let media: MediaServer;
  const account = 'wa-e2e';

  beforeAll(async () => {
    app = await startTestApp({ stack, seeded: true });
    media = await startMediaServer();
    const factory = fakeSocketFactory();
    gateway = new WhatsAppGateway({
      db: app.db, account, logger: silentLogger, makeSocket: factory.make,
      onInbound: async (msg, meta) => void (await app.juragan.pipeline.ingest(msg, { answer: !meta.backlog })),
      mediaStore: app.juragan.pipeline.deps.media,
      now: () => new Date((T0 + 5) * 1000),
      sendPerMinute: 60_000,
      fetchVersion: async () => [2, 3000, 1],
      printQr: () => {},
    });
    // The pipeline sends each outbox row through the channel registered under the row's channel name.
    app.juragan.pipeline.deps.channels.whatsapp = gateway;
    await gateway.start();
    sock = factory.last;
    sock.emit('connection.update', { connection: 'open' });
  });
  afterAll(async () => {
    await gateway?.stop();
    await app?.stop();
    await media?.close();
  });

  const inbox = () => withService(app.db, async (tx) => (await tx.query<{ external_id: string; status: string; kind: string; media_ref: string | null }>(
    `select external_id, status, kind, media_ref from inbox where channel = 'whatsapp' order by external_id`)).rows);

  it('answers a text to the JID it came from (a LID chat stays LID), with typing shown', async () => {
    sock.emit('messages.upsert', { messages: [fixtures.lidSender()], type: 'notify' });
    await gateway.idle();
    await app.settle();
    expect(sock.sent.length).toBeGreaterThanOrEqual(1);
    expect(sock.sent.every((s) => s.jid === OWNER_LID)).toBe(true);
    expect(sock.presence.map((p) => p.type)).toEqual(['composing', 'paused']);
    const out = await withService(app.db, async (tx) => (await tx.query(`select status, external_id, account, chat from outbox where channel = 'whatsapp'`)).rows);
    expect(out).toEqual(sock.sent.map((s) => ({ status: 'sent', external_id: s.messageId, account, chat: OWNER_LID })));
  });

  it('a redelivered message is not answered twice; backlog is recorded but not answered', async () => {
    const before = sock.sent.length;
    const old = fixtures.text();
    old.messageTimestamp = T0 - 3_600;
    sock.emit('messages.upsert', { messages: [fixtures.lidSender(), old], type: 'append' });
    await gateway.idle();
    await app.settle();
    expect(sock.sent.length).toBe(before);
    expect(await inbox()).toEqual(expect.arrayContaining([
      { external_id: '3EB0LID001', status: 'done', kind: 'text', media_ref: null },
      { external_id: '3EB0TEXT01', status: 'ignored', kind: 'text', media_ref: null },
    ]));
  });

  it('a voice note is downloaded, kept in the MediaStore, and answered', async () => {
    const plain = readFileSync(join(import.meta.dirname, '..', '..', 'voice', 'fixtures', 'bu-sri-ngutang.ogg'));
    const enc = await encryptVoiceNote(plain);
    media.put('/v/pipe.enc', enc.encrypted);
    const before = sock.sent.length;
    sock.emit('messages.upsert', { messages: [voiceNoteMessage('3EB0VOICEPIPE', media.url('/v/pipe.enc'), enc)], type: 'notify' });
    await gateway.idle();
    await app.settle();
    const row = (await inbox()).find((r) => r.external_id === '3EB0VOICEPIPE');
    expect(row).toMatchObject({ kind: 'voice', status: 'done' });
    expect((await app.juragan.pipeline.deps.media.get(row!.media_ref!)).equals(plain)).toBe(true);
    expect(sock.sent.length).toBeGreaterThan(before);
  });
});
