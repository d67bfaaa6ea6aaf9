// Content addressing shared by every MediaStore: the key is the sha256 of the bytes plus an
// extension from the mimetype, so the same voice note stored twice is one file.
import { createHash } from 'node:crypto';
import { AppError } from '../../core/errors.ts';

const extensions: Record<string, string> = {
  'audio/ogg': 'ogg', 'audio/opus': 'opus', 'audio/mpeg': 'mp3', 'audio/mp4': 'm4a', 'audio/aac': 'aac',
  'audio/wav': 'wav', 'audio/x-wav': 'wav', 'audio/webm': 'webm', 'audio/amr': 'amr',
  'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'application/pdf': 'pdf',
};

export function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function extensionOf(mimetype: string): string {
  // "audio/ogg; codecs=opus" is what WhatsApp sends for voice notes.
  return extensions[mimetype.split(';')[0].trim().toLowerCase()] ?? 'bin';
}

export function mediaKey(sha256: string, mimetype: string): string {
  return `${sha256}.${extensionOf(mimetype)}`;
}

const keyPattern = /^[0-9a-f]{64}\.[a-z0-9]{1,8}$/;

/** Keys come back from the database and job payloads; a bad one must never become a path. */
export function assertMediaKey(key: string): string {
  if (!keyPattern.test(key)) throw new AppError('bad_request:media_key', { details: { key: key.slice(0, 80) } });
  return key;
}
