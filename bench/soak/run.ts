// The soak: own PostgreSQL and Redis, Juragan split into gateway + 2 workers + web, senders at a fixed
// rate, and faults on a schedule (kill -9 of a worker, a Redis restart, a PostgreSQL restart). Then
// it waits for the backlog to drain and checks the invariants. bench/soak.ts prints the result;
// bench/soak.test.ts runs a short one in `npm test`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { checkInvariants, waitForJobs, type Invariants } from './check.ts';
import { handledByWorker } from './logs.ts';
import { createWarungs, startLoad, type Sent } from './load.ts';
import { startProcessGroup, type ProcessGroup, type Slot } from './processes.ts';
import { startOwnPostgres, startOwnRedis } from './services.ts';

export interface SoakOptions {
  durationS: number;
  rate: number;
  warungs: number;
  /** A worker is killed (-9) and restarted this often; 0 = never. */
  killEveryS: number;
  /** At most this many kills (the short test does one). */
  maxKills?: number;
  /** When to restart Redis / PostgreSQL, in seconds from the start; null = not at all. */
  redisRestartAtS: number | null;
  pgRestartAtS: number | null;
  /** How long a restarted service stays down. */
  holdDownMs: number;
  /** Messages posted from a fault's start until this long after the service is back count as "during". */
  faultWindowS: number;
  /** How long to wait for the backlog after the load stops. */
  settleTimeoutS: number;
  dashboard: boolean;
  log?: (line: string) => void;
}

interface Fault { kind: 'worker_kill' | 'redis_restart' | 'postgres_restart'; at: number; back: number; down_ms: number }

export interface SoakResult {
  bench: 'soak';
  options: Omit<SoakOptions, 'log'>;
  processes: Slot[];
  invariants: Invariants;
  replies: { outside_faults: Latency; during_faults: Latency; unanswered_at_end: number };
  faults: (Fault & { recovery_ms: number | null })[];
  rss: Record<string, RssTrend>;
  crashes: ProcessGroup['crashes'];
  post_retries: number;
  settle_ms: number;
  /** Jobs still to run when every inbox row was done (no-ops: a drain of their chat took the row), and how long they took. */
  jobs_after_rows_done: { open_when_rows_done: number; ms: number };
  /** Messages each worker handled (its "message handled" log lines), in all and after each service restart. */
  handled_by_worker: Record<string, Record<string, number>>;
  cpus: number;
  log_dir: string;
}

interface Latency { count: number; p50_ms: number | null; p99_ms: number | null; max_ms: number | null }
interface RssTrend { instance_pid: number; samples: number; first_mb: number; last_mb: number; max_mb: number; slope_mb_per_min: number; flat: boolean | null }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runSoak(o: SoakOptions): Promise<SoakResult> {
  const log = o.log ?? (() => {});
  const logDir = mkdtempSync(join(tmpdir(), 'juragan-soak-'));
  const postgres = await startOwnPostgres();
  const redis = await startOwnRedis();
  let group: ProcessGroup | undefined;
  const pool = new pg.Pool({ connectionString: postgres.url, max: 2 });
  pool.on('error', () => {});
  try {
    log(`own postgres :${postgres.port}, own redis :${redis.port}, logs in ${logDir}`);
    group = await startProcessGroup({ databaseUrl: postgres.url, redisUrl: redis.url, logDir, dashboard: o.dashboard });
    const senders = await createWarungs(pool, o.warungs);
    const runId = `soak${Date.now().toString(36)}`;
    log(`${senders.length} senders in ${o.warungs} warungs; sending ${o.rate}/s for ${o.durationS} s`);

    const t0 = Date.now();
    const load = startLoad({ gatewayUrl: group.url('gateway'), senders, rate: o.rate, runId });
    const faults: Fault[] = [];
    const plan: { at: number; run: () => Promise<Fault> }[] = [];
    const g = group;
    let kills = 0;
    for (let at = o.killEveryS; o.killEveryS > 0 && at < o.durationS - 10 && kills < (o.maxKills ?? Infinity); at += o.killEveryS, kills++) {
      plan.push({ at, run: async () => { const s = Date.now(); const r = await g.killAndRestart('worker-1'); return { kind: 'worker_kill', at: s, back: Date.now(), down_ms: r.restartMs }; } });
    }
    if (o.redisRestartAtS !== null) plan.push({ at: o.redisRestartAtS, run: async () => { const s = Date.now(); const r = await redis.restart(o.holdDownMs); return { kind: 'redis_restart', at: s, back: Date.now(), down_ms: r.downMs }; } });
    if (o.pgRestartAtS !== null) plan.push({ at: o.pgRestartAtS, run: async () => { const s = Date.now(); const r = await postgres.restart(o.holdDownMs); return { kind: 'postgres_restart', at: s, back: Date.now(), down_ms: r.downMs }; } });
    plan.sort((a, b) => a.at - b.at);
    // Faults run one after another; one that falls due while another is under way waits for it.
    for (const step of plan) {
      const wait = t0 + step.at * 1000 - Date.now();
      if (wait > 0) await sleep(wait);
      const f = await step.run();
      log(`${f.kind} at ${Math.round((f.at - t0) / 1000)} s, back after ${f.down_ms} ms; ${load.sent.length} sent`);
      faults.push(f);
    }
    const left = t0 + o.durationS * 1000 - Date.now();
    if (left > 0) await sleep(left);
    await load.stop(o.settleTimeoutS * 1000);
    log(`load stopped: ${load.sent.length} sent; waiting for the backlog`);

    const settleStart = Date.now();
    await settle(pool, runId, load.sent.length, o.settleTimeoutS * 1000);
    const settleMs = Date.now() - settleStart;
    const jobsAfterRows = await waitForJobs(redis.url, 'soak', o.settleTimeoutS * 1000);
    log(`rows done after ${settleMs} ms; ${jobsAfterRows.open_when_rows_done} jobs still open then, ${jobsAfterRows.ms} ms to run them`);
    // The last RSS samples are taken before the check's own queries load the database.
    const rss = rssTrends(group, t0, o.durationS);

    const invariants = await checkInvariants(pool, redis.url, 'soak', load.sent, runId);
    const replyAt = await firstReplies(pool, runId);
    const windows = faults.map((f) => [f.at, f.back + o.faultWindowS * 1000] as const);
    const during: number[] = [];
    const outside: number[] = [];
    for (const m of load.sent) {
      const at = replyAt.get(m.id);
      if (at === undefined) continue;
      (windows.some(([a, b]) => m.t0 >= a && m.t0 <= b) ? during : outside).push(at - m.t0);
    }
    return {
      bench: 'soak',
      options: { ...o, log: undefined } as Omit<SoakOptions, 'log'>,
      processes: ['gateway', 'worker-1', 'worker-2', 'web'],
      invariants,
      replies: { outside_faults: latency(outside), during_faults: latency(during), unanswered_at_end: load.sent.length - replyAt.size },
      faults: faults.map((f) => ({ ...f, at: f.at - t0, back: f.back - t0, recovery_ms: recovery(f, load.sent, replyAt) })),
      rss,
      crashes: group.crashes,
      post_retries: load.sent.reduce((a, m) => a + m.attempts - 1, 0),
      settle_ms: settleMs,
      jobs_after_rows_done: jobsAfterRows,
      handled_by_worker: handledByWorker(logDir, Object.fromEntries(faults.filter((f) => f.kind !== 'worker_kill').map((f) => [f.kind, f.back]))),
      cpus: (await import('node:os')).cpus().length,
      log_dir: logDir,
    };
  } finally {
    await group?.stop().catch(() => {});
    await pool.end().catch(() => {});
    await redis.destroy().catch(() => {});
    await postgres.destroy().catch(() => {});
  }
}

async function settle(pool: pg.Pool, runId: string, sent: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { rows } = await pool.query<{ rows: string; open: string; outbox: string }>(
      `select (select count(*) from inbox where external_id like $1) as rows,
              (select count(*) from inbox where external_id like $1 and status in ('pending', 'processing')) as open,
              (select count(*) from outbox where status in ('pending', 'sending')) as outbox`, [`${runId}-%`]).catch(() => ({ rows: [] }));
    const r = rows[0];
    if (r && Number(r.rows) === sent && Number(r.open) === 0 && Number(r.outbox) === 0) return;
    await sleep(500);
  }
}

/** When each message's first reply became visible (ms since epoch), by the message's external id. */
async function firstReplies(pool: pg.Pool, runId: string): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ external_id: string; at: string }>(
    `select i.external_id, (extract(epoch from min(o.sent_at)) * 1000)::bigint as at
       from inbox i join outbox o on o.inbox_id = i.id and o.chat = i.chat and o.status = 'sent'
      where i.external_id like $1 group by i.external_id`, [`${runId}-%`]);
  return new Map(rows.map((r) => [r.external_id, Number(r.at)]));
}

/** From the service being back until every message posted before then was answered. */
function recovery(f: Fault, sent: Sent[], replyAt: Map<string, number>): number | null {
  let last = f.back;
  for (const m of sent) {
    if (m.t0 > f.back) continue;
    const at = replyAt.get(m.id);
    if (at === undefined) return null;
    last = Math.max(last, at);
  }
  return last - f.back;
}

function latency(values: number[]): Latency {
  if (!values.length) return { count: 0, p50_ms: null, p99_ms: null, max_ms: null };
  const s = [...values].sort((a, b) => a - b);
  const pct = (p: number) => Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!);
  return { count: s.length, p50_ms: pct(50), p99_ms: pct(99), max_ms: Math.round(s.at(-1)!) };
}

/**
 * RSS over the last half of the run, per process slot, for the instance that lived through most of
 * it (a killed worker's successor is a new process). Flat: the least-squares slope over that half is
 * under 1 MB/min, or the growth from its first to last quarter is under 5 %; null for an instance
 * that did not live through most of that half.
 */
function rssTrends(group: ProcessGroup, t0: number, durationS: number): Record<string, RssTrend> {
  const from = (durationS * 1000) / 2;
  const out: Record<string, RssTrend> = {};
  for (const slot of ['gateway', 'worker-1', 'worker-2', 'web'] as Slot[]) {
    const bySlot = group.rss.filter((s) => s.slot === slot && s.at >= from && s.at <= durationS * 1000);
    const pids = [...new Set(bySlot.map((s) => s.pid))];
    const pid = pids.sort((a, b) => bySlot.filter((s) => s.pid === b).length - bySlot.filter((s) => s.pid === a).length)[0];
    const xs = bySlot.filter((s) => s.pid === pid);
    if (xs.length < 4 || pid === undefined) continue;
    const mx = xs.reduce((a, s) => a + s.at, 0) / xs.length;
    const my = xs.reduce((a, s) => a + s.mb, 0) / xs.length;
    const slope = xs.reduce((a, s) => a + (s.at - mx) * (s.mb - my), 0) / xs.reduce((a, s) => a + (s.at - mx) ** 2, 0);
    const q = Math.max(1, Math.floor(xs.length / 4));
    const mean = (arr: typeof xs) => arr.reduce((a, s) => a + s.mb, 0) / arr.length;
    const growth = mean(xs.slice(-q)) / mean(xs.slice(0, q)) - 1;
    const perMin = slope * 60_000;
    // A killed worker's successor lives a minute: its warm-up is not a leak, so it is not judged.
    const judged = xs.at(-1)!.at - xs[0]!.at >= 0.8 * (durationS * 1000 - from);
    out[slot] = {
      instance_pid: pid, samples: xs.length, first_mb: xs[0]!.mb, last_mb: xs.at(-1)!.mb, max_mb: Math.max(...xs.map((s) => s.mb)),
      slope_mb_per_min: Math.round(perMin * 100) / 100, flat: judged ? perMin < 1 || growth < 0.05 : null,
    };
  }
  void t0;
  return out;
}
