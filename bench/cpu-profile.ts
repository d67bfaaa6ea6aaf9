// A CPU profile of this process over a stretch of a benchmark (not --cpu-prof: that covers the whole
// run, set-up included). Written as a .cpuprofile for `node bench/profile-summary.ts FILE`.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

/** Starts sampling every 0.5 ms when `file` is given; the returned function stops and writes it. */
export async function startProfile(file: string | undefined): Promise<() => Promise<void>> {
  if (!file) return async () => {};
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  return async () => {
    writeFileSync(file, JSON.stringify((await session.post('Profiler.stop')).profile));
    session.disconnect();
  };
}
