// The MediaStore fake for tests; passes the same contract as the disk store.
import { AppError } from '../../core/errors.ts';
import type { MediaStore, StoredMedia } from '../../core/ports/media-store.ts';
import { assertMediaKey, mediaKey, sha256Hex } from './media-key.ts';

export class MemoryMediaStore implements MediaStore {
  private readonly files = new Map<string, Buffer>();

  async put(data: Buffer, mimetype: string): Promise<StoredMedia> {
    const sha256 = sha256Hex(data);
    const key = mediaKey(sha256, mimetype);
    // Copy so a caller reusing its buffer cannot change what was stored.
    if (!this.files.has(key)) this.files.set(key, Buffer.from(data));
    return { key, size: data.length, sha256, mimetype };
  }

  async get(key: string): Promise<Buffer> {
    const data = this.files.get(assertMediaKey(key));
    if (!data) throw new AppError('not_found:media');
    return Buffer.from(data);
  }

  async exists(key: string): Promise<boolean> {
    return this.files.has(assertMediaKey(key));
  }

  get size(): number {
    return this.files.size;
  }
}
