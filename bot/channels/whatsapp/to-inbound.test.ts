import { describe, expect, it } from 'vitest';
import { proto } from '@whiskeysockets/baileys';
import { fixtures, OWNER_LID, OWNER_PN, SUPPLIER_PN, T0 } from './fixtures/messages.ts';
import { phoneOf, toInbound } from './to-inbound.ts';

const ctx = { account: 'warung-1', now: new Date((T0 + 30) * 1000), backlogMaxAgeS: 600 };
const ok = (m: Parameters<typeof toInbound>[0], c = ctx) => {
  const r = toInbound(m, c);
  if (!r.ok) throw new Error(`skipped: ${r.skip}`);
  return r;
};

describe('toInbound', () => {
  it('maps plain text (conversation)', () => {
    const r = ok(fixtures.text());
    expect(r.message).toEqual({
      channel: 'whatsapp', account: 'warung-1', externalId: '3EB0TEXT01', senderPhone: '+6281200000001', senderAddress: OWNER_PN,
      chat: OWNER_PN, kind: 'text', body: 'tadi laku indomie 5 bks 17.500', mediaRef: null, quotedId: null, sentAt: new Date(T0 * 1000),
    });
    expect(r.backlog).toBe(false);
    expect(r.media).toBeNull();
  });

  it('maps extended text, and text inside an ephemeral wrapper', () => {
    expect(ok(fixtures.extendedText()).message).toMatchObject({ kind: 'text', body: 'bu sri ngutang 25rb', quotedId: null });
    expect(ok(fixtures.ephemeralText()).message).toMatchObject({ kind: 'text', body: 'laporan hari ini' });
  });

  it('keeps the quoted message id of a reply', () => {
    expect(ok(fixtures.quotedReply()).message).toMatchObject({ body: '2', quotedId: '3EB0BOTMENU' });
  });

  it('maps a voice note and plain audio to voice, with what to download', () => {
    const v = ok(fixtures.voiceNote());
    expect(v.message).toMatchObject({ kind: 'voice', body: null, mediaRef: null });
    expect(v.media).toEqual({ kind: 'voice', mimetype: 'audio/ogg; codecs=opus', fileLength: 6905 });
    expect(ok(fixtures.audio()).media).toMatchObject({ kind: 'audio', mimetype: 'audio/mpeg' });
    expect(ok(fixtures.audio()).message.kind).toBe('voice');
  });

  it('maps an image with its caption, and documents with and without caption', () => {
    const i = ok(fixtures.imageWithCaption());
    expect(i.message).toMatchObject({ kind: 'image', body: 'nota dari agen' });
    expect(i.media).toEqual({ kind: 'image', mimetype: 'image/jpeg', fileLength: 20480 });
    expect(ok(fixtures.document()).message).toMatchObject({ kind: 'document', body: null });
    expect(ok(fixtures.documentWithCaption()).message).toMatchObject({ kind: 'document', body: 'faktur bulan ini' });
  });

  it('keeps a LID chat as received and takes the phone from remoteJidAlt', () => {
    const r = ok(fixtures.lidSender());
    expect(r.message).toMatchObject({ chat: OWNER_LID, senderAddress: OWNER_LID, senderPhone: '+6281200000001' });
    expect(r.senderAlt).toBe(OWNER_PN);
    const p = ok(fixtures.pnWithLidAlt());
    expect(p.message).toMatchObject({ chat: SUPPLIER_PN, senderPhone: '+6285700000002' });
    expect(p.senderAlt).toBe('998877665544332@lid');
  });

  it('a LID chat with no known phone has senderPhone null', () => {
    const m = fixtures.lidSender();
    delete m.key.remoteJidAlt;
    expect(ok(m).message.senderPhone).toBeNull();
  });

  it('never processes a decryption stub, but does process the real message with the same id', () => {
    expect(toInbound(fixtures.decryptionStub(), ctx)).toEqual({ ok: false, skip: 'decryption_stub' });
    expect(ok(fixtures.lateRealMessage()).message).toMatchObject({ externalId: '3EB0LATE01', body: 'beli gula 2 kg' });
  });

  it.each([
    ['status broadcast', fixtures.statusBroadcast, 'status_broadcast'],
    ['own echo', fixtures.ownEcho, 'own_echo'],
    ['protocol message (revoke)', fixtures.protocol, 'protocol'],
    ['group', fixtures.group, 'group'],
    ['reaction', fixtures.reaction, 'reaction'],
    ['sticker', fixtures.sticker, 'unsupported:stickerMessage'],
  ] as const)('skips %s', (_n, make, reason) => {
    expect(toInbound(make(), ctx)).toEqual({ ok: false, skip: reason });
  });

  it('skips a message without key or content', () => {
    expect(toInbound(proto.WebMessageInfo.fromObject({ messageTimestamp: T0 }) as never, ctx)).toEqual({ ok: false, skip: 'no_key' });
    expect(toInbound(proto.WebMessageInfo.fromObject({ key: { remoteJid: OWNER_PN, id: 'X1' } }) as never, ctx)).toEqual({ ok: false, skip: 'no_content' });
  });

  it('skips what the inbox schema refuses (an over-long id, no timestamp) instead of throwing', () => {
    const longId = fixtures.text();
    longId.key.id = 'X'.repeat(201);
    expect(toInbound(longId, ctx)).toEqual({ ok: false, skip: 'invalid' });
  });

  it('flags messages older than the backlog age (offline backlog) as backlog', () => {
    expect(ok(fixtures.text(), { ...ctx, now: new Date((T0 + 600) * 1000) }).backlog).toBe(false);
    expect(ok(fixtures.text(), { ...ctx, now: new Date((T0 + 601) * 1000) }).backlog).toBe(true);
  });

  it('cuts an over-long body to the inbox limit instead of dropping the message', () => {
    const m = fixtures.text();
    m.message = { conversation: 'a'.repeat(12_000) };
    expect(ok(m).message.body).toHaveLength(10_000);
  });
});

describe('phoneOf', () => {
  it.each([
    ['6281200000001@s.whatsapp.net', '+6281200000001'],
    ['6281200000001:12@s.whatsapp.net', '+6281200000001'],
    ['112233445566778@lid', null],
    ['120363000000000000@g.us', null],
    ['status@broadcast', null],
  ])('%s → %s', (jid, phone) => expect(phoneOf(jid)).toBe(phone));
});
