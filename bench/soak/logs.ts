// Reads the processes' own log files after the soak: which worker handled how many messages, before
// and after each restart of Redis or PostgreSQL. A worker whose BullMQ connection never came back
// would still look healthy on /health; here it shows as a worker that handled nothing afterwards.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Slot } from './processes.ts';

/** Per worker slot: messages handled in all, and since each moment in `since` (epoch ms). */
export function handledByWorker(logDir: string, since: Record<string, number>): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const slot of ['worker-1', 'worker-2'] as Slot[]) {
    const counts: Record<string, number> = { all: 0, ...Object.fromEntries(Object.keys(since).map((k) => [`after_${k}`, 0])) };
    let text = '';
    try { text = readFileSync(join(logDir, `${slot}.log`), 'utf8'); } catch { /* no log: nothing handled */ }
    for (const line of text.split('\n')) {
      if (!line.includes('"message handled"')) continue;
      const time = Number(/"time":(\d+)/.exec(line)?.[1]);
      counts.all!++;
      for (const [k, t] of Object.entries(since)) if (time >= t) counts[`after_${k}`]!++;
    }
    out[slot] = counts;
  }
  return out;
}
