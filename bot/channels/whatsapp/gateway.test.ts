// End to end at the socket boundary: a fake Baileys socket (Baileys' event names, captured
// sendMessage) → the real gateway (lease, Postgres auth state, mapping, media, sender) → onInbound.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Boom } from '@hapi/boom';
import makeWASocket, { assertNodeErrorFree, DisconnectReason, type WAMessage } from '@whiskeysockets/baileys';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { freshDb, type TestDb } from '../../../core/db/testing.ts';
import type { InboundMessage } from '../../../core/ports/channel.ts';
import { silentLogger } from '../../../core/logger.ts';
import { LocalMediaStore } from '../../media/local-media-store.ts';
import { WhatsAppGateway, type WhatsAppGatewayOptions } from './gateway.ts';
import { fakeSocketFactory } from './fixtures/fake-socket.ts';
import { fixtures, OWNER_LID, OWNER_PN, T0 } from './fixtures/messages.ts';
import { encryptVoiceNote, startMediaServer, voiceNoteMessage, type MediaServer } from './fixtures/media-server.ts';

const until = async (cond: () => boolean | Promise<boolean>, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
};
const close = (code: number) => ({ connection: 'close' as const, lastDisconnect: { error: new Boom('closed', { statusCode: code }), date: new Date() } });

describe.each(['pglite', 'postgres'] as const)('WhatsAppGateway on %s', (kind) => {
  let db: TestDb;
  let media: MediaServer;
  let mediaDir: string;
  const gateways: WhatsAppGateway[] = [];

  beforeAll(async () => {
    db = await freshDb(kind);
    media = await startMediaServer();
    mediaDir = mkdtempSync(join(tmpdir(), 'juragan-wa-'));
  });
  afterEach(async () => {
    await Promise.all(gateways.splice(0).map((g) => g.stop()));
  });
  afterAll(async () => {
    await media?.close();
    await db?.close();
    rmSync(mediaDir, { recursive: true, force: true });
  });

  function gateway(account: string, extra: Partial<WhatsAppGatewayOptions> = {}) {
    const factory = fakeSocketFactory();
    const received: Array<{ msg: InboundMessage; backlog: boolean; senderAlt: string | null }> = [];
    const printed: string[] = [];
    const g = new WhatsAppGateway({
      db, account, logger: silentLogger, makeSocket: factory.make,
      onInbound: async (msg, meta) => void received.push({ msg, ...meta }),
      mediaStore: new LocalMediaStore({ dir: mediaDir }),
      now: () => new Date((T0 + 5) * 1000),
      backlogMaxAgeS: 600,
      sendPerMinute: 60_000,
      fetchVersion: async () => [2, 3000, 1] as [number, number, number],
      printQr: (t) => void printed.push(t),
      lease: { ttlMs: 60_000, pollMs: 20 },
      reconnect: { baseMs: 10, maxMs: 20, random: () => 0 },
      ...extra,
    });
    gateways.push(g);
    return { g, factory, received, printed };
  }

  it('links by QR, connects, and hands every kind of inbound message to onInbound in order', async () => {
    const { g, factory, received, printed } = gateway(`acc-e2e-${kind}`);
    await g.start();
    const sock = factory.last;
    expect(sock.config.auth.creds.registered).toBe(false);
    expect(sock.config.version).toBeUndefined(); // Baileys' bundled version until WhatsApp rejects it
    expect(typeof sock.config.getMessage).toBe('function');

    sock.emit('connection.update', { qr: '2@AbCdEf,ghIJ,klMN,opQR' });
    await until(() => g.linkInfo().qr !== null);
    expect(g.linkInfo().qr?.dataUrl).toMatch(/^data:image\/png;base64,/);
    expect(printed[0]).toContain('Linked devices');
    expect(g.state()).toEqual({ state: 'connecting', detail: 'scan the QR code to link WhatsApp' });

    // Baileys updates creds in place and emits creds.update; the gateway saves them.
    Object.assign(sock.config.auth.creds, { registered: true, me: { id: '6281299999999:7@s.whatsapp.net' } });
    sock.emit('creds.update', { registered: true });
    await until(async () => (await db.pool.query(`select 1 from public.whatsapp_auth where account = $1 and key_type = 'creds'`, [`acc-e2e-${kind}`])).rowCount === 1);

    sock.emit('connection.update', { connection: 'open' });
    await until(() => g.state().state === 'connected');
    expect(g.linkInfo().qr).toBeNull();

    const plain = readFileSync(join(import.meta.dirname, '..', '..', 'voice', 'fixtures', 'laku-beras.ogg'));
    const enc = await encryptVoiceNote(plain);
    media.put('/v/e2e.enc', enc.encrypted);
    const batch: WAMessage[] = [
      fixtures.text(), fixtures.statusBroadcast(), fixtures.ownEcho(), fixtures.decryptionStub(), fixtures.lidSender(),
      voiceNoteMessage('3EB0VOICEE2E', media.url('/v/e2e.enc'), enc), fixtures.protocol(), fixtures.group(),
    ];
    sock.emit('messages.upsert', { messages: batch, type: 'notify' });
    // The real message behind the earlier decryption stub, and an offline backlog message, as append.
    const old = fixtures.extendedText();
    old.messageTimestamp = T0 - 3_600;
    sock.emit('messages.upsert', { messages: [fixtures.lateRealMessage(), old], type: 'append' });
    await g.idle();

    expect(received.map((r) => [r.msg.externalId, r.msg.kind, r.backlog])).toEqual([
      ['3EB0TEXT01', 'text', false],
      ['3EB0LID001', 'text', false],
      ['3EB0VOICEE2E', 'voice', false],
      ['3EB0LATE01', 'text', false],
      ['3EB0EXT001', 'text', true],
    ]);
    expect(received[1]!.msg).toMatchObject({ chat: OWNER_LID, senderPhone: '+6281200000001' });
    expect(received[1]!.senderAlt).toBe(OWNER_PN);
    const voice = received[2]!.msg;
    expect(voice.mediaRef).toBeTruthy();
    expect((await new LocalMediaStore({ dir: mediaDir }).get(voice.mediaRef!)).equals(plain)).toBe(true);
  });

  it('retries a failing inbox write, and a message that keeps failing does not block the next', async () => {
    let calls = 0;
    const got: string[] = [];
    const { g, factory } = gateway(`acc-retry-${kind}`, {
      inboundRetryDelaysMs: [1, 1],
      onInbound: async (msg) => {
        calls++;
        if (msg.externalId === '3EB0TEXT01' && calls === 1) throw new Error('database restarting');
        if (msg.externalId === '3EB0EXT001') throw new Error('always failing');
        got.push(msg.externalId);
      },
    });
    await g.start();
    factory.last.emit('messages.upsert', { messages: [fixtures.text(), fixtures.extendedText()], type: 'notify' });
    factory.last.emit('messages.upsert', { messages: [fixtures.lidSender()], type: 'notify' });
    await g.idle();
    expect(got).toEqual(['3EB0TEXT01', '3EB0LID001']);
    expect(calls).toBe(2 + 3 + 1);
  });

  it('sends replies with a stored id, answers getMessage, never sends one outbox row twice, shows typing', async () => {
    const { g, factory } = gateway(`acc-send-${kind}`);
    await g.start();
    const sock = factory.last;
    sock.emit('connection.update', { connection: 'open' });
    await until(() => g.state().state === 'connected');

    await g.setTyping(OWNER_LID, true);
    const id = await g.send({ id: 'outbox-1', chat: OWNER_LID, text: 'Siap, Kak! Penjualan Indomie 5 bks Rp17.500 dicatat.\n1. Ya\n2. Batal' });
    await g.setTyping(OWNER_LID, false);
    expect(sock.presence).toEqual([{ type: 'composing', jid: OWNER_LID }, { type: 'paused', jid: OWNER_LID }]);
    expect(sock.sent).toEqual([{ jid: OWNER_LID, text: expect.stringContaining('Rp17.500'), messageId: id }]);
    expect(id).toMatch(/^3EB0[0-9A-F]+$/);

    const back = await sock.config.getMessage!({ remoteJid: OWNER_LID, id, fromMe: true });
    expect(back?.extendedTextMessage?.text).toContain('Rp17.500');

    expect(await g.send({ id: 'outbox-1', chat: OWNER_LID, text: 'again' })).toBe(id);
    expect(sock.sent).toHaveLength(1);

    // The id is stored before sending: an interrupted send is retried with the same id.
    sock.failNextSend = new Error('socket closed');
    await expect(g.send({ id: 'outbox-2', chat: OWNER_PN, text: 'Stok telur 12 kg.' })).rejects.toMatchObject({ code: 'unavailable:whatsapp_send' });
    const { rows } = await db.pool.query(`select message_id from public.whatsapp_sent_messages where account = $1 and outbox_id = 'outbox-2'`, [`acc-send-${kind}`]);
    const retried = await g.send({ id: 'outbox-2', chat: OWNER_PN, text: 'Stok telur 12 kg.' });
    expect(retried).toBe(rows[0].message_id);
  });

  it('pauses sending on a 463 ack and shows it in state()', async () => {
    const { g, factory } = gateway(`acc-463-${kind}`);
    await g.start();
    factory.last.emit('connection.update', { connection: 'open' });
    await until(() => g.state().state === 'connected');
    factory.last.emit('messages.update', [{ key: { remoteJid: OWNER_PN, id: 'X', fromMe: true }, update: { status: 0, messageStubParameters: ['463'] } }]);
    expect(g.state()).toMatchObject({ state: 'paused', detail: expect.stringContaining('restricted_463') });
    await expect(g.send({ id: 'outbox-9', chat: OWNER_PN, text: 'halo' })).rejects.toMatchObject({ code: 'rate_limited:whatsapp_paused' });
    expect(factory.last.sent).toHaveLength(0);
  });

  it('pauses sending when WhatsApp answers 429', async () => {
    const { g, factory } = gateway(`acc-429-${kind}`);
    await g.start();
    factory.last.emit('connection.update', { connection: 'open' });
    await until(() => g.state().state === 'connected');
    // Exactly what Baileys throws for an <error code="429" text="rate-overlimit"/> reply.
    factory.last.failNextSend = (() => {
      try {
        assertNodeErrorFree({ tag: 'iq', attrs: {}, content: [{ tag: 'error', attrs: { code: '429', text: 'rate-overlimit' } }] });
      } catch (err) {
        return err as Error;
      }
      throw new Error('Baileys did not throw');
    })();
    await expect(g.send({ id: 'o-1', chat: OWNER_PN, text: 'a' })).rejects.toMatchObject({ code: 'rate_limited:whatsapp' });
    expect(g.state()).toMatchObject({ state: 'paused', detail: expect.stringContaining('rate_limited_429') });
  });

  it('reconnects with a new socket and drops the old one’s listeners; a 405 fetches a new version', async () => {
    let versions = 0;
    const { g, factory } = gateway(`acc-re-${kind}`, { fetchVersion: async () => [2, 3000, ++versions] as [number, number, number] });
    await g.start();
    const first = factory.last;
    first.emit('connection.update', { connection: 'open' });
    first.emit('connection.update', close(DisconnectReason.restartRequired));
    await until(() => factory.sockets.length === 2);
    expect(first.ended).toBe(true);
    expect(first.listenerCount()).toBe(0);
    expect(factory.last.config.version).toBeUndefined();

    factory.last.emit('connection.update', close(405));
    await until(() => factory.sockets.length === 3);
    expect(factory.last.config.version).toEqual([2, 3000, 1]);
    expect(versions).toBe(1);
    // The retry counter cache outlives sockets.
    expect(factory.sockets[0]!.config.msgRetryCounterCache).toBe(factory.last.config.msgRetryCounterCache);
    // Events from an old socket are ignored.
    first.emit('messages.upsert', { messages: [fixtures.text()], type: 'notify' });
    expect(first.listenerCount()).toBe(0);
  });

  it('loggedOut is final: credentials cleared, no new socket, state says to link again', async () => {
    const account = `acc-out-${kind}`;
    const { g, factory } = gateway(account);
    await g.start();
    factory.last.emit('creds.update', {});
    await until(async () => (await db.pool.query('select 1 from public.whatsapp_auth where account = $1', [account])).rowCount! > 0);
    factory.last.emit('connection.update', close(DisconnectReason.loggedOut));
    await until(() => g.state().state === 'logged_out');
    expect(g.state().detail).toContain('link the account again');
    expect((await db.pool.query('select 1 from public.whatsapp_auth where account = $1', [account])).rowCount).toBe(0);
    await new Promise((r) => setTimeout(r, 50));
    expect(factory.sockets).toHaveLength(1);
  });

  it('after a logout, relink() opens a fresh socket with new creds to show a new QR', async () => {
    const account = `acc-relink-${kind}`;
    const { g, factory } = gateway(account);
    await g.start();
    const oldCreds = factory.last.config.auth.creds;
    factory.last.emit('connection.update', close(DisconnectReason.loggedOut));
    await until(() => g.state().state === 'logged_out');
    await g.relink();
    expect(factory.sockets).toHaveLength(2);
    expect(factory.last.config.auth.creds.noiseKey.private).not.toEqual(oldCreds.noiseKey.private);
    factory.last.emit('connection.update', { qr: 'new-qr' });
    await until(() => g.linkInfo().qr?.qr === 'new-qr');
  });

  it('a gateway whose lease is taken closes its socket and waits to take over again', async () => {
    const account = `acc-taken-${kind}`;
    const { g, factory } = gateway(account, { lease: { ttlMs: 60_000, renewEveryMs: 20, pollMs: 20 } });
    await g.start();
    factory.last.emit('connection.update', { connection: 'open' });
    await db.pool.query(`update public.whatsapp_leases set holder = 'intruder', token = token + 1 where account = $1`, [account]);
    await until(() => factory.sockets[0]!.ended);
    expect(factory.sockets[0]!.listenerCount()).toBe(0);
    await expect(g.send({ id: 'o-x', chat: OWNER_PN, text: 'x' })).rejects.toMatchObject({ code: 'unavailable:whatsapp_disconnected' });
    // The intruder's lease expires; the gateway takes the account back with a new socket.
    await db.pool.query(`update public.whatsapp_leases set expires_at = now() where account = $1`, [account]);
    await until(() => factory.sockets.length === 2);
  });

  it('stop() while waiting for the lease ends quietly', async () => {
    const a = gateway(`acc-stopwait-${kind}`);
    const b = gateway(`acc-stopwait-${kind}`);
    await a.g.start();
    const waiting = b.g.start();
    await new Promise((r) => setTimeout(r, 50));
    await b.g.stop();
    await expect(waiting).resolves.toBeUndefined();
    expect(b.factory.sockets).toHaveLength(0);
  });

  it('drives the real Baileys socket: a server refusing the WebSocket gives closes, each answered by a new socket', async () => {
    const server = createServer();
    let upgrades = 0;
    server.on('upgrade', (_req, socket) => {
      upgrades++;
      socket.destroy();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const { g } = gateway(`acc-real-${kind}`, {
      makeSocket: (config) => makeWASocket({ ...config, waWebSocketUrl: `ws://127.0.0.1:${port}/ws/chat` }),
    });
    await g.start();
    await until(() => upgrades >= 3);
    // The real socket reports the refused connection as connectionLost (408): backoff, not final.
    await until(() => /^reconnecting \(connectionLost\)/.test(g.state().detail ?? ''));
    await g.stop();
    const after = upgrades;
    await new Promise((r) => setTimeout(r, 100));
    expect(upgrades).toBe(after);
    expect(g.state()).toEqual({ state: 'disconnected', detail: 'stopped' });
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('links by pairing code when a phone is configured', async () => {
    const { g, factory } = gateway(`acc-pair-${kind}`, { pairingPhone: '0812-0000-0001' });
    await g.start();
    factory.last.emit('connection.update', { qr: 'ignored-qr' });
    await until(() => g.linkInfo().pairingCode !== null);
    expect(factory.last.pairingRequests).toEqual(['6281200000001']);
    expect(g.linkInfo()).toEqual({ qr: null, pairingCode: 'JRGN2026' });
  });

  it('two gateways on one account: the second waits for the lease and connects only after the first stops', async () => {
    const a = gateway(`acc-two-${kind}`);
    const b = gateway(`acc-two-${kind}`);
    await a.g.start();
    let bStarted = false;
    const bStart = b.g.start().then(() => (bStarted = true));
    await new Promise((r) => setTimeout(r, 150));
    expect(bStarted).toBe(false);
    expect(b.factory.sockets).toHaveLength(0);
    expect(b.g.state()).toEqual({ state: 'connecting', detail: 'waiting for the account lease' });
    await a.g.stop();
    await bStart;
    expect(b.factory.sockets).toHaveLength(1);
    expect(a.factory.last.ended).toBe(true);
  });
});
