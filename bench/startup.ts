// `npm start` (node bot/main.ts) on the embedded default, the dashboard included: time to a healthy
// /health and to the dashboard's login page, cold (empty data directory: migrations + seed) and warm
// (the same directory again), and the process's memory: RSS once idle (started, dashboard ready, 10 s
// of nothing) and peak RSS (VmHWM) after pages and 200 chat messages. The dashboard build is made
// first if missing (a first start builds it; `bench/dashboard-start.ts` times that), so every run
// here is a start with the build in place. Prints JSON.
//   node bench/startup.ts [runs] [--idle-seconds 10] [--messages 200]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBuilt } from '../dashboard/server/build.ts';
import { silentLogger } from '../core/logger.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: {
  'idle-seconds': { type: 'string', default: '10' }, messages: { type: 'string', default: '200' },
} });
const root = join(import.meta.dirname, '..');

/** RSS and its peak (VmHWM) of a process and its children, in MB. */
function memoryOf(pid: number): { rss: number; peak: number } {
  let rss = 0;
  let peak = 0;
  for (const p of [pid, ...childrenOf(pid)]) {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      rss += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
      peak += Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    } catch {
      // gone
    }
  }
  return { rss: Math.round(rss), peak: Math.round(peak) };
}

function childrenOf(pid: number): number[] {
  try {
    const direct = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return direct.flatMap((c) => [c, ...childrenOf(c)]);
  } catch {
    return [];
  }
}

async function until(ok: () => Promise<boolean>, child: ChildProcess, what: string): Promise<void> {
  const deadline = performance.now() + 300_000;
  while (performance.now() < deadline) {
    if (await ok().catch(() => false)) return;
    if (child.exitCode !== null) throw new Error(`exited before ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no ${what} within 5 minutes`);
}

interface Run { health_ms: number; dashboard_ms: number; idle_rss_mb: number; peak_rss_mb: number; processes: number }

async function start(dataDir: string, port: number, measureMemory: boolean): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bot/main.ts'], {
    cwd: root, stdio: 'ignore',
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'warn' },
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await until(async () => (await fetch(`${base}/health`)).ok, child, 'a healthy /health');
    const health = performance.now() - started;
    await until(async () => {
      const r = await fetch(`${base}/`);
      return r.ok && (await r.text()).includes('Nomor WhatsApp');
    }, child, 'the login page');
    const dashboard = performance.now() - started;
    const run: Run = { health_ms: Math.round(health), dashboard_ms: Math.round(dashboard), idle_rss_mb: 0, peak_rss_mb: 0, processes: 1 + childrenOf(child.pid!).length };
    if (!measureMemory) return run;
    await new Promise((r) => setTimeout(r, Number(values['idle-seconds']) * 1000));
    run.idle_rss_mb = memoryOf(child.pid!).rss;
    // Then some use: pages, and the demo owner chatting through the simulator.
    for (const path of ['/', '/simulator', '/pos']) await (await fetch(`${base}${path}`)).arrayBuffer();
    const texts = ['laku indomie goreng 2 bks 7rb', 'stok beras masih brp', 'laporan hari ini', 'bayar listrik 150rb'];
    const owner = '+6281200000001';
    const replies = async (after: string | null, wait: number) => (await (await fetch(`${base}/api/simulator/replies?${
      new URLSearchParams({ to: owner, wait: String(wait), ...(after ? { after } : {}) })}`)).json()) as { replies: unknown[]; cursor: string | null };
    let cursor = (await replies(null, 0)).cursor;
    for (let i = 0; i < Number(values.messages); i++) { // one at a time, each until its reply
      const res = await fetch(`${base}/api/simulator/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from: owner, text: texts[i % texts.length] }),
      });
      await res.arrayBuffer();
      for (let page = await replies(cursor, 10_000); ; page = await replies(cursor, 10_000)) {
        cursor = page.cursor;
        if (page.replies.length) break;
      }
    }
    run.peak_rss_mb = memoryOf(child.pid!).peak;
    return run;
  } finally {
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

await ensureBuilt(silentLogger, () => {});
const runs = Number(positionals[0] ?? 2);
const cold: Run[] = [];
const warm: Run[] = [];
for (let i = 0; i < runs; i++) {
  const dir = join(mkdtempSync(join(tmpdir(), 'juragan-startup-')), 'data');
  cold.push(await start(dir, 31_000 + i * 2, false));
  warm.push(await start(dir, 31_001 + i * 2, true));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(JSON.stringify({
  bench: 'startup', db: 'pglite', dashboard: true, runs,
  cold_health_ms: cold.map((r) => r.health_ms), cold_dashboard_ms: cold.map((r) => r.dashboard_ms),
  warm_health_ms: warm.map((r) => r.health_ms), warm_dashboard_ms: warm.map((r) => r.dashboard_ms),
  warm_median_dashboard_ms: median(warm.map((r) => r.dashboard_ms)),
  idle_rss_mb: warm.map((r) => r.idle_rss_mb), peak_rss_mb: warm.map((r) => r.peak_rss_mb), processes: warm[0]?.processes,
  idle_rss_median_mb: median(warm.map((r) => r.idle_rss_mb)), peak_rss_median_mb: median(warm.map((r) => r.peak_rss_mb)),
}));
