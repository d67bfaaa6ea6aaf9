// InlineDrains.close() on its own: it waits for slots taken before it (their rows are being written) to
// start and finish, or to be given back, and takes no new ones.
import { describe, expect, test } from 'vitest';
import { silentLogger } from '../../core/logger.ts';
import { InlineDrains } from './inline-drains.ts';

const settled = async (p: Promise<unknown>) => {
  let done = false;
  void p.then(() => (done = true));
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  return done;
};

describe('InlineDrains.close', () => {
  test('waits for a slot taken before it to start and its drain to finish', async () => {
    let finish!: () => void;
    const drained: string[] = [];
    const drains = new InlineDrains(2, async (id) => { drained.push(id); await new Promise<void>((r) => (finish = r)); }, async () => {}, silentLogger);
    const slot = drains.reserve()!;
    const closing = drains.close();
    expect(drains.reserve()).toBeNull();
    expect(await settled(closing)).toBe(false);
    slot.start('7');
    expect(drained).toEqual(['7']);
    expect(await settled(closing)).toBe(false);
    finish();
    expect(await settled(closing)).toBe(true);
  });

  test('resolves when the slot is given back instead', async () => {
    const drains = new InlineDrains(1, async () => {}, async () => {}, silentLogger);
    const slot = drains.reserve()!;
    const closing = drains.close();
    expect(await settled(closing)).toBe(false);
    slot.release();
    slot.release(); // a second give-back changes nothing
    expect(await settled(closing)).toBe(true);
  });
});
