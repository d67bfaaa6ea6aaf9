// First start of a fresh clone (no dashboard build yet) and a warm start, each until the dashboard's
// login page answers. The clone shares this checkout's node_modules (npm install is not timed).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

async function untilDashboard(dir: string, dataDir: string, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bot/main.ts'], {
    cwd: dir, stdio: 'ignore',
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'warn' },
  });
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/`).then(async (r) => r.ok && (await r.text()).includes('Nomor WhatsApp'), () => false);
      if (ok) return Math.round(performance.now() - started);
      if (child.exitCode !== null) throw new Error('exited before the dashboard answered');
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

export async function startTimes(): Promise<{ first_start_ms: number; warm_start_ms: number }> {
  const tmp = mkdtempSync(join(tmpdir(), 'juragan-clone-'));
  const clone = join(tmp, 'juragan');
  execFileSync('git', ['clone', '-q', '--local', root, clone]);
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'));
  const data = join(tmp, 'data');
  return { first_start_ms: await untilDashboard(clone, data, 31_400), warm_start_ms: await untilDashboard(clone, data, 31_401) };
}

if (import.meta.main) console.log(JSON.stringify({ bench: 'dashboard-start', ...(await startTimes()) }));
