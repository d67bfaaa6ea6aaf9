// The production build of the dashboard, made on first start and again only when its sources change:
// a sha256 over the files the bundle is made of (dashboard pages, components, lib, core/, the Next
// version) is kept beside the build. Progress goes to stdout, so a first `npm start` shows why it waits.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Logger } from '../../core/logger.ts';

export const dashboardDir = join(import.meta.dirname, '..');
const rootDir = join(dashboardDir, '..');
const distDir = join(dashboardDir, '.next');
const hashFile = join(distDir, 'juragan-sources.sha256');
const lockDir = join(dashboardDir, '.build-lock');

const skipDirs = new Set(['.next', 'node_modules', 'test-artifacts', 'tests', 'server', '.build-lock']);

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!skipDirs.has(name)) sourceFiles(path, out);
    } else if (!name.endsWith('.test.ts') && name !== 'next-env.d.ts' && name !== 'README.md') {
      out.push(path);
    }
  }
  return out;
}

/** sha256 of every source the build depends on (paths and contents) and of the Next.js version. */
export function sourcesHash(): string {
  const h = createHash('sha256');
  h.update(readFileSync(join(rootDir, 'node_modules', 'next', 'package.json')));
  for (const file of [...sourceFiles(dashboardDir), ...sourceFiles(join(rootDir, 'core'))]) {
    h.update(relative(rootDir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return h.digest('hex');
}

export const isBuilt = (hash = sourcesHash()) =>
  existsSync(join(distDir, 'BUILD_ID')) && existsSync(hashFile) && readFileSync(hashFile, 'utf8') === hash;

/** Builds when the sources changed since the last build; returns whether it built and how long it took. */
export async function ensureBuilt(logger: Logger, print: (line: string) => void = (l) => process.stdout.write(`${l}\n`), signal?: AbortSignal): Promise<{ built: boolean; ms: number }> {
  const started = Date.now();
  const hash = sourcesHash();
  if (isBuilt(hash)) return { built: false, ms: Date.now() - started };
  await withLock(signal, async () => {
    if (isBuilt()) return; // another process built it while we waited
    print('[dashboard] building the dashboard (first start or changed sources; about a minute)…');
    await runNextBuild(print, signal);
    // Hashed again after the build: Next may have touched a source (tsconfig.json) on the way.
    writeFileSync(hashFile, sourcesHash());
  });
  const ms = Date.now() - started;
  logger.info({ ms }, 'dashboard built');
  return { built: true, ms };
}

function runNextBuild(print: (line: string) => void, signal?: AbortSignal): Promise<void> {
  const bin = join(rootDir, 'node_modules', 'next', 'dist', 'bin', 'next');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'build', dashboardDir], {
      cwd: rootDir,
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      signal, // a shutdown during the build stops it
    });
    const tail: string[] = [];
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 40) tail.shift();
        print(`[dashboard] ${line}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (${code}):\n${tail.join('\n')}`))));
  });
}

/** One build at a time across processes (tests start several servers): a lock directory, stale after 10 min. */
async function withLock(signal: AbortSignal | undefined, fn: () => Promise<void>): Promise<void> {
  for (;;) {
    signal?.throwIfAborted();
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      const lock = statSync(lockDir, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > 600_000) rmSync(lockDir, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    await fn();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
