// MediaStore on local disk (default ./data/media). Files are written to a temp name and renamed,
// so a crash never leaves half a voice note under its real key.
import { randomUUID } from 'node:crypto';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../core/errors.ts';
import type { MediaStore, StoredMedia } from '../../core/ports/media-store.ts';
import { assertMediaKey, mediaKey, sha256Hex } from './media-key.ts';

export class LocalMediaStore implements MediaStore {
  readonly dir: string;

  constructor(opts: { dir?: string } = {}) {
    this.dir = opts.dir ?? join('data', 'media');
  }

  // Two-level fan-out keeps directories small after years of voice notes.
  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), key);
  }

  async put(data: Buffer, mimetype: string): Promise<StoredMedia> {
    const sha256 = sha256Hex(data);
    const key = mediaKey(sha256, mimetype);
    const path = this.pathOf(key);
    if (!(await this.exists(key))) {
      await mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
      const tmp = `${path}.${randomUUID()}.tmp`;
      await writeFile(tmp, data);
      await rename(tmp, path);
    }
    return { key, size: data.length, sha256, mimetype };
  }

  async get(key: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(assertMediaKey(key)));
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError('not_found:media', { cause: err });
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await access(this.pathOf(assertMediaKey(key)));
      return true;
    } catch (err) {
      if (err instanceof AppError) throw err;
      return false;
    }
  }
}
