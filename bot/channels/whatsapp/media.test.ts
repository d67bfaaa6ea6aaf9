// Real OGG/Opus voice notes, encrypted with Baileys' encryptedStream, served on 127.0.0.1 and
// downloaded through Baileys' real downloadMediaMessage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { WAMessage } from '@whiskeysockets/baileys';
import { downloadMedia } from './media.ts';
import { encryptVoiceNote, startMediaServer, voiceNoteMessage, type MediaServer } from './fixtures/media-server.ts';

const voiceDir = join(import.meta.dirname, '..', '..', 'voice', 'fixtures');
const oggs = readdirSync(voiceDir).filter((f) => f.endsWith('.ogg') && f !== 'corrupt.ogg');
const noReupload = async (): Promise<WAMessage> => {
  throw new Error('re-upload not expected');
};

let server: MediaServer;
beforeAll(async () => {
  server = await startMediaServer();
});
afterAll(async () => {
  await server?.close();
});

describe('downloadMedia', () => {
  it('has voice-note fixtures to work with', () => expect(oggs.length).toBeGreaterThanOrEqual(2));

  it.each(oggs)('%s: decrypts to the identical bytes, sha256 checked', async (file) => {
    const plain = readFileSync(join(voiceDir, file));
    const enc = await encryptVoiceNote(plain);
    expect(enc.encrypted.equals(plain)).toBe(false);
    server.put(`/v/${file}.enc`, enc.encrypted);
    const got = await downloadMedia(voiceNoteMessage(`ID-${file}`, server.url(`/v/${file}.enc`), enc), { maxBytes: 1 << 20, reupload: noReupload });
    expect(got.data.equals(plain)).toBe(true);
    expect(got.sha256).toBe(createHash('sha256').update(plain).digest('hex'));
    expect(got.mimetype).toBe('audio/ogg; codecs=opus');
  });

  it('rejects a tampered file by its sha256', async () => {
    const plain = readFileSync(join(voiceDir, oggs[0]!));
    const enc = await encryptVoiceNote(plain);
    const tampered = Buffer.from(enc.encrypted);
    tampered[Math.floor(tampered.length / 2)]! ^= 0xff; // CBC: garbles two blocks, padding still valid
    server.put('/v/tampered.enc', tampered);
    await expect(downloadMedia(voiceNoteMessage('ID-T', server.url('/v/tampered.enc'), enc), { maxBytes: 1 << 20, reupload: noReupload })).rejects.toMatchObject({
      code: 'bad_request:media_sha256_mismatch',
    });
  });

  it('on 404 asks for a re-upload itself, then downloads from the new URL once', async () => {
    const plain = readFileSync(join(voiceDir, oggs[1]!));
    const enc = await encryptVoiceNote(plain);
    server.fail('/v/expired.enc', 404);
    server.put('/v/reuploaded.enc', enc.encrypted);
    const reuploads: string[] = [];
    const msg = voiceNoteMessage('ID-404', server.url('/v/expired.enc'), enc);
    const got = await downloadMedia(msg, {
      maxBytes: 1 << 20,
      // What sock.updateMediaMessage does: the phone re-uploads, the message gets the new location.
      reupload: async (m) => {
        reuploads.push(m.key.id!);
        m.message!.audioMessage!.url = server.url('/v/reuploaded.enc');
        return m;
      },
    });
    expect(reuploads).toEqual(['ID-404']);
    expect(got.data.equals(plain)).toBe(true);
    expect(server.hits.filter((h) => h === '/v/expired.enc')).toHaveLength(1);
  });

  it('retries only once: 410 after the re-upload is an error, not a loop', async () => {
    const enc = await encryptVoiceNote(readFileSync(join(voiceDir, oggs[0]!)));
    server.fail('/v/gone.enc', 410);
    let reuploads = 0;
    await expect(
      downloadMedia(voiceNoteMessage('ID-410', server.url('/v/gone.enc'), enc), { maxBytes: 1 << 20, reupload: async (m) => (reuploads++, m) }),
    ).rejects.toMatchObject({ code: 'unavailable:media_download' });
    expect(reuploads).toBe(1);
  });

  it('a failed re-upload request is a final error', async () => {
    const enc = await encryptVoiceNote(readFileSync(join(voiceDir, oggs[0]!)));
    server.fail('/v/gone2.enc', 404);
    await expect(
      downloadMedia(voiceNoteMessage('ID-RF', server.url('/v/gone2.enc'), enc), { maxBytes: 1 << 20, reupload: async () => Promise.reject(new Error('phone offline')) }),
    ).rejects.toMatchObject({ code: 'unavailable:media_reupload', retryable: false });
  });

  it('caps the size: by the declared length, and by the bytes received when the length lies', async () => {
    const plain = readFileSync(join(voiceDir, oggs[0]!));
    const enc = await encryptVoiceNote(plain);
    server.put('/v/big.enc', enc.encrypted);
    const msg = voiceNoteMessage('ID-BIG', server.url('/v/big.enc'), enc);
    const before = server.hits.length;
    await expect(downloadMedia(msg, { maxBytes: 1_000, reupload: noReupload })).rejects.toMatchObject({ code: 'bad_request:media_too_large' });
    expect(server.hits.length).toBe(before); // the declared length alone was enough
    const lying = voiceNoteMessage('ID-LIE', server.url('/v/big.enc'), { ...enc, fileLength: 10 });
    await expect(downloadMedia(lying, { maxBytes: 1_000, reupload: noReupload })).rejects.toMatchObject({ code: 'bad_request:media_too_large' });
    expect(server.hits.length).toBe(before + 1); // fetched, and cut off while streaming
  });

  it('gives up on a server that never answers', async () => {
    const enc = await encryptVoiceNote(readFileSync(join(voiceDir, oggs[0]!)));
    server.hang('/v/hang.enc');
    await expect(
      downloadMedia(voiceNoteMessage('ID-HANG', server.url('/v/hang.enc'), enc), { maxBytes: 1 << 20, timeoutMs: 200, reupload: noReupload }),
    ).rejects.toMatchObject({ code: 'unavailable:media_timeout', retryable: true });
  });
});
