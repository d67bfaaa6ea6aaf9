// A test helper for the owner-tries files: one message's frame, compared with what the owner meant.
import { expect } from 'vitest';
import { parse } from './index.ts';

export type Want = Record<string, unknown> & { items?: unknown[] };

/** `reads(text, want)`: the message's frame at `now` has the fields wanted, and exactly the items wanted (none when none are named). */
export const readsAt = (now: Date) => (text: string, want: Want): void => {
  const f = parse(text, { now });
  expect(f).toMatchObject(want);
  expect(f.items).toHaveLength(want.items?.length ?? 0);
};
