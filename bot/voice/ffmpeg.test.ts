import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.ts';
import { findFfmpeg, probeDuration, toWav16kMono, wavDuration } from './ffmpeg.ts';

const fixture = (name: string) => readFile(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'resolved';
  } catch (err) {
    return err instanceof AppError ? err.code : `not an AppError: ${String(err)}`;
  }
}

describe('findFfmpeg', () => {
  it('prefers FFMPEG_PATH', () => {
    expect(findFfmpeg({ FFMPEG_PATH: '/opt/ff/ffmpeg', PATH: '/usr/bin' })).toBe('/opt/ff/ffmpeg');
  });

  it('falls back to the npm-shipped binary when PATH has none', () => {
    const path = findFfmpeg({ PATH: '/nonexistent' });
    expect(path).toMatch(/@ffmpeg-installer\/.+\/ffmpeg$/);
  });
});

describe('probeDuration', () => {
  it.each([
    ['laku-beras.ogg', 3.76],
    ['bu-sri-ngutang.ogg', 2.86],
    ['cariin-telur.ogg', 5.38],
  ])('reads the length of %s', async (name, seconds) => {
    expect(await probeDuration(await fixture(name))).toBeCloseTo(seconds, 1);
  });

  it('rejects a corrupt file as voice:unplayable', async () => {
    expect(await codeOf(probeDuration(await fixture('corrupt.ogg')))).toBe('voice:unplayable');
  });

  it('rejects text and empty input as voice:unplayable', async () => {
    expect(await codeOf(probeDuration(Buffer.from('ini bukan audio')))).toBe('voice:unplayable');
    expect(await codeOf(probeDuration(Buffer.alloc(0)))).toBe('voice:unplayable');
  });

  it('rejects audio over the limit as voice:too_long', async () => {
    const audio = await fixture('cariin-telur.ogg');
    expect(await codeOf(probeDuration(audio, { maxSeconds: 2 }))).toBe('voice:too_long');
    expect(await probeDuration(audio, { maxSeconds: 6 })).toBeGreaterThan(5);
  });

  it('says plainly when the binary cannot run', async () => {
    const audio = await fixture('laku-beras.ogg');
    expect(await codeOf(probeDuration(audio, { ffmpegPath: '/nonexistent/ffmpeg' }))).toBe('config:ffmpeg_missing');
  });
});

describe('toWav16kMono', () => {
  it('converts a voice note to 16 kHz mono 16-bit PCM WAV with a correct header', async () => {
    const wav = await toWav16kMono(await fixture('laku-beras.ogg'));
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
    expect(wav.toString('ascii', 12, 16)).toBe('fmt ');
    expect(wav.readUInt16LE(20)).toBe(1); // PCM
    expect(wav.readUInt16LE(22)).toBe(1); // mono
    expect(wav.readUInt32LE(24)).toBe(16_000);
    expect(wav.readUInt16LE(34)).toBe(16);
    expect(wavDuration(wav)).toBeCloseTo(3.76, 1);
  });

  it('rejects a corrupt file and a too-long one', async () => {
    expect(await codeOf(toWav16kMono(await fixture('corrupt.ogg')))).toBe('voice:unplayable');
    expect(await codeOf(toWav16kMono(await fixture('cariin-telur.ogg'), { maxSeconds: 3 }))).toBe('voice:too_long');
  });
});
