// First start without a dashboard build (as after a fresh clone and npm install: the build included)
// and a warm start, each on a fresh data directory... the first also migrates and seeds; each until the
// dashboard's login page answers. Removes this checkout's dashboard/.next first.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

async function untilDashboard(dataDir: string, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bot/main.ts'], {
    cwd: root, stdio: 'ignore',
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'warn' },
  });
  try {
    while (performance.now() - started < 600_000) {
      const ok = await fetch(`http://127.0.0.1:${port}/`).then(async (r) => r.ok && (await r.text()).includes('Nomor WhatsApp'), () => false);
      if (ok) return Math.round(performance.now() - started);
      if (child.exitCode !== null) throw new Error('exited before the dashboard answered');
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the dashboard did not answer within 10 minutes');
  } finally {
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

export async function startTimes(): Promise<{ first_start_ms: number; warm_start_ms: number }> {
  rmSync(join(root, 'dashboard', '.next'), { recursive: true, force: true });
  const data = join(mkdtempSync(join(tmpdir(), 'juragan-start-')), 'data');
  return { first_start_ms: await untilDashboard(data, 31_400), warm_start_ms: await untilDashboard(data, 31_401) };
}

if (import.meta.main) console.log(JSON.stringify({ bench: 'dashboard-start', ...(await startTimes()) }));
