// One voice note from bytes to text or to a friendly reply. The original is stored before anything
// else, so whatever fails later, the owner's audio is kept and can be transcribed again.
import { AppError, toReply } from '../../core/errors.ts';
import { silentLogger, type Logger } from '../../core/logger.ts';
import type { MediaStore } from '../../core/ports/media-store.ts';
import type { Transcriber } from '../../core/ports/transcriber.ts';
import { DEFAULT_MAX_SECONDS, probeDuration, toWav16kMono } from './ffmpeg.ts';
import { noSttReply } from './replies.ts';

export interface VoiceNote {
  audio: Buffer;
  /** As the channel gave it, e.g. "audio/ogg; codecs=opus". */
  mimetype: string;
  /** Hex sha256 the sender declared (WhatsApp's fileSha256), when known. */
  sha256?: string;
  /** The tenant's product names, as a recognition hint. */
  hints: string[];
  language?: string;
}

export interface VoiceDeps {
  media: MediaStore;
  transcriber: Transcriber | null;
  /** Default 300 s (VOICE_MAX_SECONDS). */
  maxSeconds?: number;
  /** Default 16 MB: a 5-minute voice note is about 1 MB, so this only stops abuse. */
  maxBytes?: number;
  ffmpegPath?: string;
  logger?: Logger;
}

export type VoiceFailure = 'no_stt' | 'unplayable' | 'too_long' | 'stt_failed';

export type VoiceResult =
  | { ok: true; text: string; mediaKey: string; seconds: number }
  | { ok: false; reason: VoiceFailure; mediaKey: string; reply: string };

const reasons: Record<string, VoiceFailure> = {
  'voice:unplayable': 'unplayable',
  'voice:too_long': 'too_long',
  'stt:failed': 'stt_failed',
};

export async function handleVoice(note: VoiceNote, deps: VoiceDeps): Promise<VoiceResult> {
  const logger = deps.logger ?? silentLogger;
  const stored = await deps.media.put(note.audio, note.mimetype);
  const mediaKey = stored.key;
  const fail = (err: AppError): VoiceResult => {
    const reason = reasons[err.code];
    if (!reason) throw err;
    logger.info({ mediaKey, bytes: stored.size, reason, details: err.details }, 'voice: not transcribed');
    return { ok: false, reason, mediaKey, reply: toReply(err) };
  };

  try {
    if (note.sha256 !== undefined && note.sha256.toLowerCase() !== stored.sha256) {
      throw new AppError('voice:unplayable', { details: { check: 'sha256' } });
    }
    if (stored.size === 0) throw new AppError('voice:unplayable', { details: { check: 'empty' } });
    if (stored.size > (deps.maxBytes ?? 16 * 1024 * 1024)) {
      throw new AppError('voice:too_long', { details: { check: 'bytes', bytes: stored.size } });
    }
    if (!deps.transcriber) {
      logger.info({ mediaKey, bytes: stored.size, reason: 'no_stt' }, 'voice: kept, no STT configured');
      return { ok: false, reason: 'no_stt', mediaKey, reply: noSttReply };
    }

    const ff = { ffmpegPath: deps.ffmpegPath, maxSeconds: deps.maxSeconds ?? DEFAULT_MAX_SECONDS };
    const seconds = await probeDuration(note.audio, ff);
    const wav = deps.transcriber.wantsWav ? await toWav16kMono(note.audio, ff) : undefined;
    const { text } = await deps.transcriber.transcribe({
      audio: wav ?? note.audio,
      mimetype: wav ? 'audio/wav' : note.mimetype,
      language: note.language ?? 'id',
      hints: note.hints,
    });
    // No words heard: to the owner that is the same as a note that would not play.
    if (!text.trim()) throw new AppError('voice:unplayable', { details: { check: 'no_speech' } });
    logger.info({ mediaKey, bytes: stored.size, seconds, stt: deps.transcriber.name, chars: text.length }, 'voice: transcribed');
    return { ok: true, text: text.trim(), mediaKey, seconds };
  } catch (err) {
    if (err instanceof AppError) return fail(err);
    throw err;
  }
}
