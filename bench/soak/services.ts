// The soak's own PostgreSQL cluster and Redis server, in a temporary directory on their own ports.
// The machine's shared PostgreSQL (5432) and Redis (6379) are never touched: these are the only
// services the soak stops, restarts or kills.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PG_BIN = process.env.SOAK_PG_BIN ?? '/usr/lib/postgresql/15/bin';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A port nobody listens on now, starting from `preferred`. */
export async function freePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 200; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer().once('error', () => resolve(false)).listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port from ${preferred}`);
}

// PostgreSQL refuses to run as root: there, its tools run as the postgres user, who owns the directory.
const asRoot = process.getuid?.() === 0;
const pgUser = (cmd: string, args: string[]): [string, string[]] => (asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]);

function run(cmd: string, args: string[]): string {
  const r = spawnSync(...pgUser(cmd, args), { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
  return r.stdout;
}

export interface OwnPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops (fast: connections are cut, as in a failover) and starts again; resolves when it accepts queries. */
  restart(holdMs?: number): Promise<{ downMs: number }>;
  destroy(): Promise<void>;
}

export async function startOwnPostgres(preferredPort = 5544): Promise<OwnPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'juragan-soak-pg-'));
  const data = join(dir, 'data');
  const sockets = join(dir, 'sock');
  mkdirSync(sockets);
  if (asRoot) spawnSync('chown', ['-R', 'postgres', dir]);
  run(join(PG_BIN, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-sync']);
  const port = await freePort(preferredPort);
  // fsync off: the soak restarts the server, it does not crash the machine; durability is not what it measures.
  const opts = `-p ${port} -k ${sockets} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=128MB`;
  const pgctl = (...args: string[]) => run(join(PG_BIN, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-o', opts, ...args]);
  const ready = async () => {
    for (let i = 0; i < 300; i++) {
      if (spawnSync(join(PG_BIN, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port)]).status === 0) return;
      await sleep(100);
    }
    throw new Error('own postgres did not become ready');
  };
  const start = async () => {
    pgctl('start', '-w');
    await ready();
  };
  const stop = async () => void pgctl('stop', '-m', 'fast', '-w');
  await start();
  run(join(PG_BIN, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'juragan']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/juragan`, port, start, stop,
    restart: (holdMs = 3000) => restartTimed(stop, start, holdMs),
    async destroy() {
      try {
        await stop();
      } catch { /* already stopped */ }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Stops a service, holds it down, starts it again: how long it was away. */
async function restartTimed(stop: () => Promise<void>, start: () => Promise<void>, holdMs: number): Promise<{ downMs: number }> {
  const t0 = performance.now();
  await stop();
  await sleep(holdMs);
  await start();
  return { downMs: Math.round(performance.now() - t0) };
}

export interface OwnRedis {
  url: string;
  port: number;
  restart(holdMs?: number): Promise<{ downMs: number }>;
  /** kill -9, and start again (empty: no persistence). */
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

export async function startOwnRedis(preferredPort = 6544): Promise<OwnRedis> {
  const port = await freePort(preferredPort);
  const dir = mkdtempSync(join(tmpdir(), 'juragan-soak-redis-'));
  let child: ChildProcess | undefined;
  const ping = () => spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG';
  const start = async () => {
    // No persistence: a restart loses every queued job, the harshest case for the sweeper to recover.
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
    for (let i = 0; i < 100 && !ping(); i++) await sleep(50);
    if (!ping()) throw new Error('own redis did not start');
  };
  const stop = async () => {
    const c = child;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`, port,
    restart: (holdMs = 3000) => restartTimed(stop, start, holdMs),
    stop, start,
    async destroy() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
