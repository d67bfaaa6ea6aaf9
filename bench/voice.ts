// How long the voice path spends in ffmpeg, per voice note: duration probe, WAV conversion, and the
// whole handleVoice with an instant fake STT. Prints JSON. Run: node bench/voice.ts [rounds]
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { MemoryMediaStore } from '../bot/media/memory-media-store.ts';
import { FakeTranscriber } from '../bot/voice/fake-transcriber.ts';
import { findFfmpeg, probeDuration, toWav16kMono } from '../bot/voice/ffmpeg.ts';
import { handleVoice } from '../bot/voice/handle-voice.ts';

const rounds = Number(process.argv[2] ?? 20);
const names = ['bu-sri-ngutang.ogg', 'laku-beras.ogg', 'cariin-telur.ogg'];

async function time(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number; max: number }> {
  const ms: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => Math.round(ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] * 10) / 10;
  return { p50: at(0.5), p95: at(0.95), max: at(1) };
}

// The worst case the limit allows: a 290-second note, made here so it is not committed.
function longNote(): Buffer {
  return execFileSync(findFfmpeg(), ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=220:duration=290',
    '-c:a', 'libopus', '-b:a', '16k', '-ar', '16000', '-ac', '1', '-f', 'ogg', 'pipe:1'], { maxBuffer: 64 << 20 });
}

const results = [];
for (const name of [...names, 'sine-290s (generated)']) {
  const audio = name.startsWith('sine') ? longNote() : await readFile(fileURLToPath(new URL(`../bot/voice/fixtures/${name}`, import.meta.url)));
  const seconds = await probeDuration(audio);
  results.push({
    file: name,
    bytes: audio.length,
    seconds: Math.round(seconds * 100) / 100,
    probeMs: await time(() => probeDuration(audio)),
    toWavMs: await time(() => toWav16kMono(audio)),
    handleVoiceOggMs: await time(() => handleVoice({ audio, mimetype: 'audio/ogg', hints: [] }, { media: new MemoryMediaStore(), transcriber: new FakeTranscriber('x') })),
    handleVoiceWavMs: await time(() => handleVoice({ audio, mimetype: 'audio/ogg', hints: [] }, { media: new MemoryMediaStore(), transcriber: new FakeTranscriber('x', { wantsWav: true }) })),
  });
}
console.log(JSON.stringify({ bench: 'voice', ffmpeg: findFfmpeg(), rounds, results }, null, 2));
