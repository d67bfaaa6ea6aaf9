// End-to-end pipeline benchmark: N simulated owners, each in their own warung, chat through the
// simulator's HTTP API (real sockets) → inbox → router → database → outbox → reply. Each owner sends
// a message, waits for the reply (long poll), sends the next. Prints JSON: messages/s, latency from
// POST to reply (p50/p95/p99), the server's peak RSS, database round trips per message. The owners run
// in bench/pipeline-client.ts.
//   node bench/pipeline.ts [--stack pglite|postgres] [--owners 20] [--messages 1000] [--rate R] [--wait stream|poll]
//                          [--pool 10] [--profile FILE.cpuprofile] [--trace-queries] [--function-stats]
// Owners wait for replies on the simulator's event stream (as `npm run chat` does) or, --wait poll, on its long poll.
// --profile records a CPU profile of the server (this process) during the load only, not the setup;
// `node bench/profile-summary.ts FILE` prints it as tables and a text flame graph. --trace-queries
// prints the statement batches sent to the database with their count and time (best with --owners 1);
// --function-stats the time spent in each SQL function (pg_stat_user_functions) during the load.
// Without --rate, a closed loop: each owner sends the next message as soon as the reply came (the
// maximum rate). With --rate, a fixed arrival rate (R messages/s, message i due at i/R s, sent by an
// owner that has no message in flight); latency counts from when it was due, so a server that falls
// behind is charged for the wait too. `bench/ceiling.ts` runs pgbench and both modes back to back.
// The postgres stack uses BullMQ on the local Redis. `bench/pgbench.ts` gives the database ceiling.
import { execFileSync, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startProfile } from './cpu-profile.ts';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { withService } from '../core/db/tenant.ts';
import { startTestApp, type Stack } from '../bot/testing.ts';

const { values } = parseArgs({ options: {
  stack: { type: 'string', default: 'pglite' }, owners: { type: 'string', default: '20' }, messages: { type: 'string', default: '1000' },
  rate: { type: 'string' }, wait: { type: 'string', default: 'stream' }, pool: { type: 'string', default: '10' }, profile: { type: 'string' }, 'trace-queries': { type: 'boolean', default: false },
  'function-stats': { type: 'boolean', default: false },
} });
const stack = values.stack as Stack;
const owners = Number(values.owners);
const total = Number(values.messages);
const rate = values.rate ? Number(values.rate) : null;

// Every statement batch sent to the database (pool.query goes through Client#query too; PGlite's
// node-postgres adapter is a pg.Client as well).
let queries = 0;
let measuring = false;
const clientQuery = pg.Client.prototype.query;
const trace = values['trace-queries'];
// With --trace-queries: each statement batch's wall time, summed by its text, printed after the run.
const traced = new Map<string, { n: number; ms: number }>();
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  queries++;
  const result = (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
  if (trace && measuring && result instanceof Promise) {
    const q = args[0] as string | { text: string };
    const key = (typeof q === 'string' ? q : q.text).replace(/'[^']*'/g, "'…'").replace(/\s+/g, ' ').slice(0, 150);
    const t0 = performance.now();
    void result.finally(() => {
      const e = traced.get(key) ?? { n: 0, ms: 0 };
      e.n++;
      e.ms += performance.now() - t0;
      traced.set(key, e);
    }).catch(() => {});
  }
  return result;
} as typeof clientQuery;

const script = [
  'laku indomie goreng 2 bks 7rb', 'laku aqua 600ml 3 botol', 'stok beras masih brp', 'kulakan gula pasir 5 kg 85rb',
  'bayar listrik 150rb', 'laku kopi kapal api 4 sachet goceng', 'laporan hari ini', 'laku telur 1 kg 30rb',
];

// The pool size `npm start` uses on PostgreSQL (tests use a smaller one).
const app = await startTestApp({ stack, poolMax: Number(values.pool) });
const base = app.juragan.url;
const DEMO = 'a0000000-0000-4000-8000-000000000001';
const phones = Array.from({ length: owners }, (_, i) => `+62857${String(i).padStart(7, '0')}`);
// One warung per owner, each with the demo catalogue and stock.
await withService(app.db, async (tx) => {
  for (const [i, phone] of phones.entries()) {
    const t = (await tx.query<{ id: string }>(`insert into tenants (name, city, timezone) values ($1, 'Bandung', 'Asia/Jakarta') returning id`, [`Warung ${i}`])).rows[0]!.id;
    await tx.query(`insert into members (tenant_id, phone, name, role) values ($1, $2, $3, 'owner')`, [t, phone, `Owner ${i}`]);
    await tx.query(`insert into products (tenant_id, name, aliases, unit, sell_price, avg_cost, category)
                    select $1, name, aliases, unit, sell_price, avg_cost, category from products where tenant_id = $2`, [t, DEMO]);
    await tx.query(`insert into stock_movements (tenant_id, product_id, qty, kind, source_ref)
                    select $1, id, 1000, 'adjustment', 'bench-open:' || id from products where tenant_id = $1`, [t]);
  }
});

// The owners run in a child process, so the load generator's own HTTP work is not counted against
// the server's event loop (both still share the machine's two cores). Each owner first sends the whole
// script unmeasured (connections, prepared statements, JIT), then the measured load starts.
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
// The profile (--profile) is of this process: the server alone.
const child = fork(fileURLToPath(new URL('./pipeline-client.ts', import.meta.url)), [], { stdio: 'inherit', execArgv: [] });
const fromChild = <T>(kind: string) => new Promise<T>((resolve, reject) => {
  const on = (m: { kind: string; data: T }) => m.kind === kind && (child.off('message', on), resolve(m.data));
  child.on('message', on);
  child.once('exit', (code) => code && reject(new Error(`client exited ${code}`)));
});
child.send({ base, phones, total, script, rate, wait: values.wait });
await fromChild('warm');

const stopProfile = await startProfile(values.profile);
// CPU of every process on the path: this server, the owners' process, the database's backends for
// this database (PostgreSQL; PGlite runs inside the server) and Redis (shared with whatever else runs).
const dbPids = stack === 'postgres' ? await backendPids() : [];
// --function-stats: time inside each SQL function during the load. PGlite's one session is every client's;
// PostgreSQL's setting is turned on for the server (a local bench server) and back off at the end.
const functionStats = values['function-stats'];
if (functionStats) {
  await app.db.pool.query(stack === 'pglite' ? `set track_functions = 'all'` : `alter system set track_functions = 'all'`);
  if (stack === 'postgres') await app.db.pool.query('select pg_reload_conf()');
  await app.db.pool.query('select pg_stat_reset()');
}
const redisPid = stack === 'postgres' ? pidOf('redis-server') : null;
const otherCpuBefore = procCpuMs([...dbPids, ...(redisPid ? [redisPid] : [])]);
measuring = true;
const queriesBefore = queries;
const cpuBefore = process.cpuUsage();
const started = performance.now();
child.send('go');
const { latencies, clientCpuMs } = await fromChild<{ latencies: number[]; clientCpuMs: number }>('done');

const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const otherCpu = procCpuMs([...dbPids, ...(redisPid ? [redisPid] : [])]);
measuring = false;
await stopProfile();
const perMessage = (x: number) => Math.round((x / latencies.length) * 100) / 100;
const delta = (pids: number[]) => pids.reduce((a, pid) => a + Math.max(0, (otherCpu.get(pid) ?? 0) - (otherCpuBefore.get(pid) ?? 0)), 0);
clearInterval(sampler);
latencies.sort((a, b) => a - b);
const pct = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]! * 10) / 10;
console.log(JSON.stringify({
  bench: 'pipeline', stack, queue: app.juragan.queue.name, owners, messages: latencies.length, rate, wait: values.wait,
  messages_per_s: Math.round(latencies.length / seconds),
  p50_ms: pct(50), p95_ms: pct(95), p99_ms: pct(99), queries_per_message: perMessage(queries - queriesBefore),
  cpu_ms_per_message: {
    server: perMessage((cpu.user + cpu.system) / 1000), owners: perMessage(clientCpuMs),
    ...(stack === 'postgres' ? { postgres: perMessage(delta(dbPids)), redis: perMessage(redisPid ? delta([redisPid]) : 0) } : {}),
  },
  server_peak_rss_mb: Math.round(peakRss / 1e6), cpus: (await import('node:os')).cpus().length,
}));
if (trace) {
  console.error('statement batches: count, total ms, mean ms (wall, from the server\'s side of the socket)');
  for (const [k, e] of [...traced].sort((a, b) => b[1].ms - a[1].ms)) console.error(`${String(e.n).padStart(6)} ${e.ms.toFixed(0).padStart(7)} ${(e.ms / e.n).toFixed(2).padStart(7)}  ${k}`);
}
if (functionStats) {
  if (stack === 'postgres') await new Promise((r) => setTimeout(r, 1500)); // backends report their counts when idle
  const { rows } = await app.db.pool.query<{ f: string; calls: string; total: number; self: number }>(
    `select schemaname || '.' || funcname as f, calls, total_time as total, self_time as self from pg_stat_user_functions order by self_time desc limit 25`);
  console.error('SQL functions: calls, total ms, self ms');
  for (const r of rows) console.error(`${String(r.calls).padStart(7)} ${r.total.toFixed(0).padStart(7)} ${r.self.toFixed(0).padStart(7)}  ${r.f}`);
  if (stack === 'postgres') for (const q of ['alter system reset track_functions', 'select pg_reload_conf()']) await app.db.pool.query(q);
}
await app.stop();
process.exit(0);

/** PIDs of the PostgreSQL backends connected to this app's database. */
async function backendPids(): Promise<number[]> {
  const { rows } = await app.db.pool.query<{ pid: number }>(`select pid from pg_stat_activity where datname = current_database()`);
  return rows.map((r) => r.pid);
}

function pidOf(name: string): number | null {
  try {
    return Number(execFileSync('pidof', ['-s', name], { encoding: 'utf8' }).trim()) || null;
  } catch {
    return null;
  }
}

/** User + system CPU in ms per pid from /proc (clock ticks of 10 ms); a pid gone is left out. */
function procCpuMs(pids: number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
      out.set(pid, (Number(fields[11]) + Number(fields[12])) * 10); // utime, stime (fields 14, 15)
    } catch {
      // exited
    }
  }
  return out;
}
