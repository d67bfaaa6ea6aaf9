// ffmpeg by spawn (fluent-ffmpeg is archived). The binary comes from FFMPEG_PATH, then the system
// PATH, then @ffmpeg-installer/ffmpeg, which ships a static build inside npm.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';

export const DEFAULT_MAX_SECONDS = 300;

export interface FfmpegOptions {
  ffmpegPath?: string;
  /** Longer audio fails with voice:too_long. */
  maxSeconds?: number;
  /** Kill ffmpeg after this long; a stuck decode counts as unplayable. */
  timeoutMs?: number;
}

const installerSchema = z.object({ path: z.string().min(1) });

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findFfmpeg(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FFMPEG_PATH) return env.FFMPEG_PATH;
  const exe = process.platform === 'win32' ? 'ffmpeg.exe' : 'ffmpeg';
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, exe))) return join(dir, exe);
  }
  try {
    const installer = installerSchema.parse(createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg'));
    return installer.path;
  } catch (cause) {
    throw new AppError('config:ffmpeg_missing', { message: 'ffmpeg not found: set FFMPEG_PATH or install ffmpeg', cause });
  }
}

let cachedPath: string | undefined;
function ffmpegPath(opts: FfmpegOptions): string {
  return opts.ffmpegPath ?? (cachedPath ??= findFfmpeg());
}

interface RunResult { code: number | null; stdout: Buffer; stderr: string }

/** Runs ffmpeg with `input` on stdin. Never rejects for a bad exit code; the caller decides. */
function run(bin: string, args: string[], input: Buffer, timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ['-hide_banner', '-loglevel', 'error', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => {
      if (stderr.length < 4_000) stderr += c.toString();
    });
    // ffmpeg closes stdin early on bad input; EPIPE then is expected, the exit code tells the story.
    child.stdin.on('error', () => {});
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new AppError('config:ffmpeg_missing', { message: `cannot run ffmpeg at ${bin}`, cause: err }));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: timedOut ? null : code, stdout: Buffer.concat(out), stderr });
    });
    child.stdin.end(input);
  });
}

function unplayable(stderr: string): AppError {
  return new AppError('voice:unplayable', { details: { ffmpeg: stderr.trim().split('\n').slice(-2).join(' | ') } });
}

function tooLong(seconds: number, maxSeconds: number): AppError {
  return new AppError('voice:too_long', { details: { seconds, maxSeconds } });
}

/** Last `out_time=HH:MM:SS.micro` of ffmpeg's -progress output, in seconds. */
function lastOutTime(progress: string): number {
  let seconds = 0;
  for (const m of progress.matchAll(/^out_time=(\d+):(\d+):(\d+(?:\.\d+)?)$/gm)) {
    seconds = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  }
  return seconds;
}

/**
 * Reads the audio's real length from its packets (an OGG stream on a pipe has no header duration).
 * Packets are copied, not decoded: a 5-minute note takes ~60 ms instead of ~1 s (bench/voice.ts).
 * A broken container fails here; undecodable audio inside a valid one fails at conversion or STT.
 * Reading stops just past the limit, so an over-long file costs no more than one at the limit.
 */
export async function probeDuration(audio: Buffer, opts: FfmpegOptions = {}): Promise<number> {
  const maxSeconds = opts.maxSeconds ?? DEFAULT_MAX_SECONDS;
  const args = ['-i', 'pipe:0', '-map', '0:a:0', '-t', String(maxSeconds + 1), '-c', 'copy', '-f', 'null', '-progress', 'pipe:1', '-nostats', '-'];
  const res = await run(ffmpegPath(opts), args, audio, opts.timeoutMs ?? 30_000);
  const seconds = lastOutTime(res.stdout.toString());
  if (res.code !== 0 || seconds <= 0) throw unplayable(res.stderr);
  if (seconds > maxSeconds) throw tooLong(seconds, maxSeconds);
  return seconds;
}

/** Seconds of audio in a PCM WAV file, from its fmt and data chunks. */
export function wavDuration(wav: Buffer): number {
  if (wav.length < 12 || wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE') {
    throw new AppError('voice:unplayable', { message: 'not a WAV file' });
  }
  let byteRate = 0;
  for (let pos = 12; pos + 8 <= wav.length; ) {
    const id = wav.toString('ascii', pos, pos + 4);
    const size = wav.readUInt32LE(pos + 4);
    if (id === 'fmt ') byteRate = wav.readUInt32LE(pos + 16);
    if (id === 'data' && byteRate > 0) return Math.min(size, wav.length - pos - 8) / byteRate;
    pos += 8 + size + (size % 2);
  }
  throw new AppError('voice:unplayable', { message: 'WAV without fmt/data chunks' });
}

/**
 * 16 kHz mono 16-bit WAV, what whisper-style servers expect. Written to a temp file rather than
 * stdout because a piped WAV has no sizes in its header.
 */
export async function toWav16kMono(audio: Buffer, opts: FfmpegOptions = {}): Promise<Buffer> {
  const maxSeconds = opts.maxSeconds ?? DEFAULT_MAX_SECONDS;
  const dir = await mkdtemp(join(tmpdir(), 'juragan-voice-'));
  try {
    const out = join(dir, 'out.wav');
    const args = ['-i', 'pipe:0', '-map', '0:a:0', '-t', String(maxSeconds + 1), '-ar', '16000', '-ac', '1',
      '-c:a', 'pcm_s16le', '-map_metadata', '-1', '-y', out];
    const res = await run(ffmpegPath(opts), args, audio, opts.timeoutMs ?? 30_000);
    if (res.code !== 0) throw unplayable(res.stderr);
    const wav = await readFile(out);
    const seconds = wavDuration(wav);
    if (seconds <= 0) throw unplayable(res.stderr);
    if (seconds > maxSeconds) throw tooLong(seconds, maxSeconds);
    return wav;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
