import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalMediaStore } from './local-media-store.ts';
import { mediaStoreContract } from './media-store-contract.ts';
import { MemoryMediaStore } from './memory-media-store.ts';

const dirs: string[] = [];
async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'juragan-media-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

mediaStoreContract('LocalMediaStore', async () => new LocalMediaStore({ dir: await freshDir() }));
mediaStoreContract('MemoryMediaStore', async () => new MemoryMediaStore());

describe('LocalMediaStore on disk', () => {
  it('writes one file per content under a two-level fan-out, with no temp files left', async () => {
    const dir = await freshDir();
    const store = new LocalMediaStore({ dir });
    const data = Buffer.from('voice');
    const { key } = await store.put(data, 'audio/ogg');
    await store.put(data, 'audio/ogg');
    expect(await readdir(dir)).toEqual([key.slice(0, 2)]);
    expect(await readdir(join(dir, key.slice(0, 2)))).toEqual([key]);
    expect((await readFile(join(dir, key.slice(0, 2), key))).equals(data)).toBe(true);
  });

  it('survives a new instance on the same directory (a restart)', async () => {
    const dir = await freshDir();
    const { key } = await new LocalMediaStore({ dir }).put(Buffer.from('kept'), 'audio/ogg');
    const again = new LocalMediaStore({ dir });
    expect(await again.exists(key)).toBe(true);
    expect((await again.get(key)).toString()).toBe('kept');
  });
});
