// Juragan split as an operator runs it: one gateway (the simulator's input and the replies), two
// workers (understand and book), one web (dashboard and reads). Each is `node bot/main.ts` with its
// ROLE, on the soak's own PostgreSQL and Redis. RSS is sampled from /proc for every process.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './services.ts';

const root = join(import.meta.dirname, '..', '..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type Slot = 'gateway' | 'worker-1' | 'worker-2' | 'web';
const roleOf: Record<Slot, string> = { gateway: 'gateway', 'worker-1': 'worker', 'worker-2': 'worker', web: 'web' };

export interface RssSample { slot: Slot; pid: number; at: number; mb: number }

export interface ProcessGroup {
  url(slot: Slot): string;
  /** kill -9, then start again; resolves when the new process answers /health. */
  killAndRestart(slot: Slot): Promise<{ restartMs: number }>;
  rss: RssSample[];
  /** Exits nobody asked for (a crash the soak found), with the last lines of that process's log. */
  crashes: { slot: Slot; code: number | null; signal: string | null; at: number }[];
  stop(): Promise<void>;
}

export interface GroupOptions {
  databaseUrl: string;
  redisUrl: string;
  logDir: string;
  /** Serve the Next.js dashboard from the web process (builds it first when its sources changed). */
  dashboard: boolean;
  /** Extra environment for every process. */
  env?: Record<string, string>;
}

export async function startProcessGroup(o: GroupOptions): Promise<ProcessGroup> {
  const ports = {} as Record<Slot, number>;
  let next = 7544;
  for (const slot of ['gateway', 'worker-1', 'worker-2', 'web'] as Slot[]) next = (ports[slot] = await freePort(next)) + 1;
  const children = new Map<Slot, ChildProcess>();
  const expected = new Set<number>();
  const rss: RssSample[] = [];
  const crashes: ProcessGroup['crashes'] = [];
  const t0 = Date.now();
  let stopping = false;

  const spawnSlot = (slot: Slot) => {
    const log = createWriteStream(join(o.logDir, `${slot}.log`), { flags: 'a' });
    const child = spawn(process.execPath, ['bot/main.ts'], {
      cwd: root,
      env: {
        ...process.env, ...o.env, ROLE: roleOf[slot], PORT: String(ports[slot]), HOST: '127.0.0.1',
        DATABASE_URL: o.databaseUrl, REDIS_URL: o.redisUrl, QUEUE_PREFIX: 'soak', DATA_DIR: join(o.logDir, `data-${slot}`),
        LOG_LEVEL: process.env.SOAK_LOG_LEVEL ?? 'info', WHATSAPP: 'off', SIMULATOR: 'on',
        DASHBOARD: o.dashboard ? 'on' : 'off', SEED_DEMO: slot === 'gateway' ? 'on' : 'off', SIMULATOR_RATE_LIMIT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Two pipes into one file: neither may end it, or the other's last lines are written after its end (the harness died at
    // the PostgreSQL restart of a 20-minute run with ERR_STREAM_WRITE_AFTER_END). The file is closed when the child exits.
    child.stdout!.pipe(log, { end: false });
    child.stderr!.pipe(log, { end: false });
    child.on('close', () => log.end());
    child.on('exit', (code, signal) => {
      if (expected.has(child.pid!) || stopping) return;
      // A crash the soak found: record it and start the process again, as a supervisor would.
      crashes.push({ slot, code, signal, at: Date.now() - t0 });
      setTimeout(() => { if (!stopping) spawnSlot(slot); }, 1000);
    });
    children.set(slot, child);
    return child;
  };

  const healthy = async (slot: Slot, timeoutMs = 120_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const child = children.get(slot)!;
      if (child.exitCode !== null) throw new Error(`${slot} exited during start-up (see ${o.logDir}/${slot}.log)`);
      if (await fetch(`http://127.0.0.1:${ports[slot]}/health`).then((r) => r.ok, () => false)) return;
      if (Date.now() > deadline) throw new Error(`${slot} not healthy after ${timeoutMs} ms`);
      await sleep(100);
    }
  };

  // The gateway first: it applies the migrations and loads the demo warung, once.
  spawnSlot('gateway');
  await healthy('gateway');
  for (const slot of ['worker-1', 'worker-2', 'web'] as Slot[]) spawnSlot(slot);
  await Promise.all((['worker-1', 'worker-2', 'web'] as Slot[]).map((s) => healthy(s)));

  const sampler = setInterval(() => {
    for (const [slot, child] of children) {
      try {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]);
        if (kb) rss.push({ slot, pid: child.pid!, at: Date.now() - t0, mb: Math.round(kb / 102.4) / 10 });
      } catch { /* between a kill and its restart */ }
    }
  }, 2000);

  const kill = async (child: ChildProcess, signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    expected.add(child.pid!);
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await exited;
  };

  return {
    url: (slot) => `http://127.0.0.1:${ports[slot]}`,
    rss, crashes,
    async killAndRestart(slot) {
      await kill(children.get(slot)!, 'SIGKILL');
      const t = performance.now();
      spawnSlot(slot);
      // Generous: on a busy 2-core machine a Node start under load has taken over a minute.
      await healthy(slot, 600_000);
      return { restartMs: Math.round(performance.now() - t) };
    },
    async stop() {
      stopping = true;
      clearInterval(sampler);
      await Promise.all([...children.values()].map((c) => kill(c, 'SIGTERM')));
    },
  };
}
