// Downloads an inbound message's media through Baileys, with the checks Baileys leaves out:
// a size cap (declared length and bytes actually received), the plaintext's sha256 against the
// message's fileSha256, and our own re-upload request on 404/410 (Baileys' automatic path checks
// `error.status`, which its Boom errors never carry, so in v7 it never fires).
import { createHash } from 'node:crypto';
import { assertMediaContent, downloadMediaMessage, toNumber, type WAMessage } from '@whiskeysockets/baileys';
import { AppError } from '../../../core/errors.ts';
import { statusCodeOf } from './reconnect-policy.ts';

export interface DownloadMediaOptions {
  maxBytes: number;
  /** Per download attempt; Baileys' fetch has no timeout of its own. */
  timeoutMs?: number;
  /** Asks the sender's phone to upload the media again; the socket's `updateMediaMessage`. */
  reupload: (msg: WAMessage) => Promise<WAMessage>;
  onReupload?: () => void;
}

export interface DownloadedMedia {
  data: Buffer;
  mimetype: string;
  sha256: string;
}

const REUPLOAD_STATUS = [404, 410];

export async function downloadMedia(msg: WAMessage, opts: DownloadMediaOptions): Promise<DownloadedMedia> {
  let content = mediaOf(msg);
  const declared = content.fileLength === null || content.fileLength === undefined ? 0 : toNumber(content.fileLength);
  if (declared > opts.maxBytes) throw tooLarge(declared, opts.maxBytes);

  let data: Buffer;
  try {
    data = await fetchCapped(msg, opts.maxBytes, opts.timeoutMs ?? 60_000);
  } catch (err) {
    const status = statusCodeOf(err);
    if (status === undefined || !REUPLOAD_STATUS.includes(status)) throw asDownloadError(err);
    opts.onReupload?.();
    let updated: WAMessage;
    try {
      updated = await opts.reupload(msg);
    } catch (reErr) {
      throw new AppError('unavailable:media_reupload', { message: 'media expired and the re-upload request failed', cause: reErr, retryable: false });
    }
    content = mediaOf(updated);
    try {
      data = await fetchCapped(updated, opts.maxBytes, opts.timeoutMs ?? 60_000);
    } catch (retryErr) {
      throw asDownloadError(retryErr);
    }
  }

  const sha256 = createHash('sha256').update(data).digest();
  const expected = content.fileSha256 ? Buffer.from(content.fileSha256) : null;
  if (!expected || !sha256.equals(expected)) {
    throw new AppError('bad_request:media_sha256_mismatch', { message: 'downloaded media does not match its fileSha256', retryable: false });
  }
  return { data, mimetype: content.mimetype ?? 'application/octet-stream', sha256: sha256.toString('hex') };
}

function mediaOf(msg: WAMessage) {
  try {
    return assertMediaContent(msg.message);
  } catch (err) {
    throw new AppError('bad_request:not_media', { message: 'message has no media', cause: err });
  }
}

async function fetchCapped(msg: WAMessage, maxBytes: number, timeoutMs: number): Promise<Buffer> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError('unavailable:media_timeout', { message: `media download took over ${timeoutMs} ms` })), timeoutMs);
  });
  let stream: Awaited<ReturnType<typeof downloadMediaMessage<'stream'>>> | undefined;
  try {
    return await Promise.race([read(), timedOut]);
  } finally {
    clearTimeout(timer);
    stream?.destroy();
  }

  async function read(): Promise<Buffer> {
    stream = await downloadMediaMessage(msg, 'stream', {});
    return collect(stream, maxBytes);
  }
}

async function collect(stream: AsyncIterable<unknown> & { destroy(): void }, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    if (!(chunk instanceof Uint8Array)) throw new AppError('internal:media_chunk', { message: 'media stream gave a non-binary chunk' });
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += buf.length;
    if (size > maxBytes) {
      stream.destroy();
      throw tooLarge(size, maxBytes);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function tooLarge(size: number, max: number) {
  return new AppError('bad_request:media_too_large', { message: `media of ${size} bytes is over the ${max} byte cap`, retryable: false });
}

function asDownloadError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const status = statusCodeOf(err);
  // A decryption failure (bad padding) means a corrupt or tampered file: retrying will not help.
  const corrupt = err instanceof Error && /bad decrypt|wrong final block/i.test(err.message);
  return new AppError(corrupt ? 'bad_request:media_corrupt' : 'unavailable:media_download', {
    message: `media download failed${status ? ` (HTTP ${status})` : ''}`,
    cause: err,
    retryable: !corrupt && (status === undefined || status >= 500 || status === 429),
  });
}
