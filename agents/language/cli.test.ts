import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clockFrom } from './clock.ts';

const cli = join(import.meta.dirname, 'cli.ts');
const run = (args: string[], input = '') =>
  spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });

describe('clockFrom', () => {
  it.each([
    ['2026-11-21T10:00:00+07:00', 420], ['2026-11-21T10:00:00+08:00', 480], ['2026-11-21T10:00:00+0900', 540],
    ['2026-11-21T03:00:00Z', 0], ['2026-11-21T10:00:00-03:30', -210],
  ])('%s → offset %i', (iso, offset) => {
    expect(clockFrom(iso).offsetMinutes).toBe(offset);
    expect(clockFrom(iso).now?.toISOString()).toBe(new Date(iso).toISOString());
  });
  it('ignores what is not a date', () => {
    expect(clockFrom('besok')).toEqual({});
    expect(clockFrom(undefined)).toEqual({});
  });
});

describe('parse command', () => {
  it('writes one frame per JSON line, in order, with the keys of FRAME.md', () => {
    const input = [
      { text: 'kemarin laku indomie 5 bks 17.500', now: '2026-11-21T10:00:00+07:00' },
      { text: 'wkwk', now: '2026-11-21T10:00:00+07:00' },
      { text: 'kemarin bayar listrik 100rb', now: '2026-11-20T16:30:00Z' },
    ].map((l) => JSON.stringify(l)).join('\n') + '\nnot json\n';
    const out = run(['--jsonl'], input);
    expect(out.status).toBe(0);
    const frames = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(frames.map((f) => f.intent)).toEqual(['sale', 'unknown', 'expense', 'unknown']);
    expect(frames[0].date).toBe('2026-11-20');
    // The line's own offset counts: at 16:30Z in UTC it is the 20th, so "kemarin" is the 19th.
    expect(frames[2].date).toBe('2026-11-19');
    expect(Object.keys(frames[0]).sort()).toEqual([
      'amount', 'ask', 'category', 'confidence', 'counterparty', 'date', 'direction', 'intent', 'items',
      'max_unit_price', 'payment', 'period',
    ]);
  });
  it('prints one message readably with --now', () => {
    const out = run(['--now', '2026-11-21T10:00:00+07:00', 'kemarin', 'laku', 'kopi', '2', 'gelas', '8rb']);
    expect(out.status).toBe(0);
    const f = JSON.parse(out.stdout);
    expect(f).toMatchObject({ intent: 'sale', amount: 8000, date: '2026-11-20' });
    expect(out.stdout.split('\n').length).toBeGreaterThan(5);
  });
});
