// Time from `npm start` (node bot/main.ts) to a healthy /health on PGlite: cold (empty data
// directory: migrations + seed) and warm (the same directory again). Prints JSON.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

async function timeToHealthy(dataDir: string, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bot/main.ts'], {
    cwd: root, stdio: 'ignore',
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'warn' },
  });
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
      if (ok) return Math.round(performance.now() - started);
      if (child.exitCode !== null) throw new Error('exited before healthy');
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

const runs = Number(process.argv[2] ?? 3);
const cold: number[] = [];
const warm: number[] = [];
for (let i = 0; i < runs; i++) {
  const dir = join(mkdtempSync(join(tmpdir(), 'juragan-startup-')), 'data');
  cold.push(await timeToHealthy(dir, 31_000 + i * 2));
  warm.push(await timeToHealthy(dir, 31_001 + i * 2));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(JSON.stringify({ bench: 'startup', db: 'pglite', runs, cold_ms: cold, warm_ms: warm, cold_median_ms: median(cold), warm_median_ms: median(warm) }));
