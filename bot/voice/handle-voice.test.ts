import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { formDataOf, startStubServer, type StubServer } from '../../agents/llm/testing/stub-server.ts';
import { LocalMediaStore } from '../media/local-media-store.ts';
import { MemoryMediaStore } from '../media/memory-media-store.ts';
import { FakeTranscriber } from './fake-transcriber.ts';
import { wavDuration } from './ffmpeg.ts';
import { GeminiTranscriber } from './gemini-transcriber.ts';
import { handleVoice } from './handle-voice.ts';
import { compatibleTranscriber } from './openai-transcriber.ts';
import { quoteTranscript } from './replies.ts';

const fixture = (name: string) => readFile(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const unplayableReply = 'Maaf Kak, pesan suaranya tidak bisa diputar. Kirim ulang atau ketik saja, ya?';
const hints = ['beras', 'minyak goreng'];

let server: StubServer | undefined;
afterEach(async () => server?.close());

describe('handleVoice', () => {
  it('stores the original, then transcribes the OGG as is when the STT takes it', async () => {
    const audio = await fixture('laku-beras.ogg');
    const media = new MemoryMediaStore();
    const stt = new FakeTranscriber('tadi laku beras dua kilo dua puluh ribu');
    const res = await handleVoice({ audio, mimetype: 'audio/ogg; codecs=opus', sha256: sha(audio).toUpperCase(), hints }, { media, transcriber: stt });

    expect(res).toMatchObject({ ok: true, text: 'tadi laku beras dua kilo dua puluh ribu', mediaKey: `${sha(audio)}.ogg` });
    if (!res.ok) throw new Error('unreachable');
    expect(res.seconds).toBeCloseTo(3.76, 1);
    expect((await media.get(res.mediaKey)).equals(audio)).toBe(true);
    expect(stt.calls).toHaveLength(1);
    expect(stt.calls[0]).toEqual({ audio, mimetype: 'audio/ogg; codecs=opus', language: 'id', hints });
  });

  it('converts to 16 kHz WAV for a whisper server and uploads that', async () => {
    const audio = await fixture('bu-sri-ngutang.ogg');
    server = await startStubServer([{ body: { text: 'bu sri ngutang dua puluh lima ribu' } }]);
    const transcriber = compatibleTranscriber({ baseURL: `${server.url}/v1`, retry: { baseDelayMs: 1 } });
    const res = await handleVoice({ audio, mimetype: 'audio/ogg', hints }, { media: new MemoryMediaStore(), transcriber });

    expect(res).toMatchObject({ ok: true, text: 'bu sri ngutang dua puluh lima ribu' });
    const file = (await formDataOf(server.requests[0])).get('file');
    if (!(file instanceof File)) throw new Error('no file part');
    const wav = Buffer.from(await file.arrayBuffer());
    expect(file.name).toBe('voice.wav');
    expect(wav.readUInt32LE(24)).toBe(16_000);
    expect(wavDuration(wav)).toBeCloseTo(2.86, 1);
  });

  it('without an STT keeps the audio and explains how to turn voice on', async () => {
    const audio = await fixture('laku-beras.ogg');
    const dir = await mkdtemp(join(tmpdir(), 'juragan-voice-'));
    try {
      const media = new LocalMediaStore({ dir });
      const res = await handleVoice({ audio, mimetype: 'audio/ogg', hints }, { media, transcriber: null });
      expect(res).toMatchObject({ ok: false, reason: 'no_stt', mediaKey: `${sha(audio)}.ogg` });
      if (res.ok) throw new Error('unreachable');
      expect(res.reply).toMatch(/GEMINI_API_KEY.*OPENAI_API_KEY.*STT_BASE_URL/);
      expect(res.reply).toContain('sudah saya simpan');
      expect((await readFile(join(dir, res.mediaKey.slice(0, 2), res.mediaKey))).equals(audio)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a corrupt note is kept, not sent to the STT, and gets the friendly reply', async () => {
    const audio = await fixture('corrupt.ogg');
    const media = new MemoryMediaStore();
    const stt = new FakeTranscriber('never');
    const res = await handleVoice({ audio, mimetype: 'audio/ogg', hints }, { media, transcriber: stt });
    expect(res).toEqual({ ok: false, reason: 'unplayable', mediaKey: `${sha(audio)}.ogg`, reply: unplayableReply });
    expect(await media.exists(res.mediaKey)).toBe(true);
    expect(stt.calls).toHaveLength(0);
  });

  it('a note over the limit is too_long', async () => {
    const audio = await fixture('cariin-telur.ogg');
    const stt = new FakeTranscriber('never');
    const res = await handleVoice({ audio, mimetype: 'audio/ogg', hints }, { media: new MemoryMediaStore(), transcriber: stt, maxSeconds: 3 });
    expect(res).toMatchObject({ ok: false, reason: 'too_long' });
    if (res.ok) throw new Error('unreachable');
    expect(res.reply).toMatch(/^Maaf Kak, pesan suaranya/);
    expect(stt.calls).toHaveLength(0);
  });

  it('a file bigger than maxBytes is too_long before ffmpeg runs', async () => {
    const audio = await fixture('laku-beras.ogg');
    const res = await handleVoice({ audio, mimetype: 'audio/ogg', hints }, {
      media: new MemoryMediaStore(), transcriber: new FakeTranscriber('x'), maxBytes: 1_000, ffmpegPath: '/nonexistent/ffmpeg',
    });
    expect(res).toMatchObject({ ok: false, reason: 'too_long' });
  });

  it('a sha256 that does not match the declared one is unplayable', async () => {
    const audio = await fixture('laku-beras.ogg');
    const res = await handleVoice({ audio, mimetype: 'audio/ogg', sha256: '0'.repeat(64), hints }, { media: new MemoryMediaStore(), transcriber: new FakeTranscriber('x') });
    expect(res).toMatchObject({ ok: false, reason: 'unplayable', reply: unplayableReply });
  });

  it('silence (an empty transcript) is answered like an unplayable note', async () => {
    const audio = await fixture('laku-beras.ogg');
    const res = await handleVoice({ audio, mimetype: 'audio/ogg', hints }, { media: new MemoryMediaStore(), transcriber: new FakeTranscriber('  \n') });
    expect(res).toMatchObject({ ok: false, reason: 'unplayable', reply: unplayableReply });
  });

  it('an STT that keeps failing gives stt_failed, the audio kept for a later retry', async () => {
    const audio = await fixture('laku-beras.ogg');
    server = await startStubServer([{ status: 503, body: { error: { code: 503, message: 'overloaded', status: 'UNAVAILABLE' } } }]);
    const transcriber = new GeminiTranscriber({ apiKey: 'k', baseUrl: server.url, retry: { baseDelayMs: 1 } });
    const media = new MemoryMediaStore();
    const res = await handleVoice({ audio, mimetype: 'audio/ogg', hints }, { media, transcriber });
    expect(res).toMatchObject({ ok: false, reason: 'stt_failed', mediaKey: `${sha(audio)}.ogg` });
    if (res.ok) throw new Error('unreachable');
    expect(res.reply).toContain('sudah disimpan');
    expect(await media.exists(res.mediaKey)).toBe(true);
    expect(server.requests).toHaveLength(3);
  });

  it('an error that is not about the voice note is thrown, after the audio is stored', async () => {
    const audio = await fixture('laku-beras.ogg');
    const media = new MemoryMediaStore();
    const stt = new FakeTranscriber(() => {
      throw new Error('bug');
    });
    await expect(handleVoice({ audio, mimetype: 'audio/ogg', hints }, { media, transcriber: stt })).rejects.toThrow('bug');
    expect(media.size).toBe(1);
  });
});

describe('quoteTranscript', () => {
  it('quotes short text as is, with whitespace tidied', () => {
    expect(quoteTranscript('  tadi laku\nberas dua kilo ')).toBe("🎤 'tadi laku beras dua kilo'");
  });

  it('cuts long text at a word and marks the cut', () => {
    const q = quoteTranscript('tadi laku beras dua kilo, terus minyak goreng satu liter, gula pasir setengah kilo, kopi kapal api tiga bungkus');
    expect(q).toBe("🎤 'tadi laku beras dua kilo, terus minyak goreng satu liter, gula pasir setengah…'");
    expect(quoteTranscript('tadi laku beras dua kilo', 12)).toBe("🎤 'tadi laku…'");
  });

  it('cuts a single very long word hard', () => {
    expect(quoteTranscript('a'.repeat(100), 10)).toBe(`🎤 '${'a'.repeat(10)}…'`);
  });
});
