// Contract every MediaStore passes (rule 2 in DESIGN.md). Call it from a *.test.ts file.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.ts';
import type { MediaStore } from '../../core/ports/media-store.ts';

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'resolved';
  } catch (err) {
    return err instanceof AppError ? err.code : String(err);
  }
}

export function mediaStoreContract(name: string, make: () => Promise<MediaStore>): void {
  describe(`MediaStore contract: ${name}`, () => {
    const audio = Buffer.from('OggS fake voice note bytes \u0000\u0001\u0002', 'utf8');
    const sha = createHash('sha256').update(audio).digest('hex');

    it('stores bytes under their sha256 and gives them back unchanged', async () => {
      const store = await make();
      const stored = await store.put(audio, 'audio/ogg; codecs=opus');
      expect(stored).toEqual({ key: `${sha}.ogg`, size: audio.length, sha256: sha, mimetype: 'audio/ogg; codecs=opus' });
      expect(await store.exists(stored.key)).toBe(true);
      expect((await store.get(stored.key)).equals(audio)).toBe(true);
    });

    it('is idempotent: the same bytes twice give the same key', async () => {
      const store = await make();
      const a = await store.put(audio, 'audio/ogg');
      const b = await store.put(Buffer.from(audio), 'audio/ogg');
      expect(b.key).toBe(a.key);
      expect((await store.get(a.key)).equals(audio)).toBe(true);
    });

    it('keeps different bytes apart and stores empty files', async () => {
      const store = await make();
      const a = await store.put(audio, 'audio/ogg');
      const b = await store.put(Buffer.concat([audio, Buffer.from([7])]), 'audio/ogg');
      const empty = await store.put(Buffer.alloc(0), 'application/x-unknown');
      expect(new Set([a.key, b.key, empty.key]).size).toBe(3);
      expect(empty.key.endsWith('.bin')).toBe(true);
      expect((await store.get(empty.key)).length).toBe(0);
    });

    it('reports a missing key as not_found:media', async () => {
      const store = await make();
      const missing = `${'0'.repeat(64)}.ogg`;
      expect(await store.exists(missing)).toBe(false);
      expect(await codeOf(store.get(missing))).toBe('not_found:media');
    });

    it('refuses keys that are not content addresses', async () => {
      const store = await make();
      for (const key of ['../../etc/passwd', `${sha}.ogg/../x`, 'abc.ogg', '']) {
        expect(await codeOf(store.get(key))).toBe('bad_request:media_key');
        expect(await codeOf(store.exists(key))).toBe('bad_request:media_key');
      }
    });
  });
}
