// A slow message (speech to text, an LLM) never takes effect twice: its lease is renewed while it is
// handled, and a worker that lost its lease anyway (a long pause) cannot finish: its whole transaction
// rolls back. Two workers at once need two database sessions, so PostgreSQL only (PGlite has one).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { handleMessage } from '../../agents/router/handle-message.ts';
import { freshDb, type TestDb } from '../../core/db/testing.ts';
import { serviceQuery } from '../../core/db/tenant.ts';
import type { HandleMessage } from '../../agents/router/types.ts';
import { claimNext, LEASE_SECONDS } from './claim.ts';
import { drainChatOf } from './drain.ts';
import { sweep } from './sweep.ts';
import { inboxText, manualDeps } from './testing.ts';

const OWNER = '+6281200000001';
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe('inbox lease on postgres', () => {
  let db: TestDb;
  beforeAll(async () => { db = await freshDb('postgres', { seeded: true }); });
  afterAll(async () => db?.close());

  /** The router, plus a side effect that is NOT idempotent (an audit row per run), after a gate. */
  function gatedHandler(gate: () => Promise<void>): HandleMessage {
    return async (ctx) => {
      await gate();
      await ctx.tx.query(`insert into audit_log (actor, action, entity_id) values ('test', 'test.handled', $1)`, [ctx.message.inboxId]);
      return handleMessage(ctx);
    };
  }
  const runs = async (inboxId: string) =>
    (await serviceQuery<{ n: number }>(db, `select count(*)::int n from audit_log where action = 'test.handled' and entity_id = $1`, [inboxId])).rows[0]!.n;

  test('a worker whose lease expired and was taken over cannot finish: the message takes effect once', async () => {
    let open!: () => void;
    const opened = new Promise<void>((r) => { open = r; });
    let first = true;
    const deps = manualDeps(db, {
      handleMessage: gatedHandler(async () => {
        if (first) { first = false; await opened; } // worker 1 stalls past its lease
      }),
    });
    const id = await inboxText(deps, OWNER, 'laku indomie goreng 2 bks 7rb');
    const worker1 = drainChatOf(deps, id);
    await expect.poll(() => first, { timeout: 5000 }).toBe(false);
    // Worker 1's lease runs out (a pause longer than the lease: its renewals never reached the database).
    await serviceQuery(db, `update inbox set locked_until = now() - interval '1 second' where id = $1`, [id]);
    await drainChatOf(deps, id); // worker 2 takes the row and handles it
    open();
    await worker1; // worker 1 resumes; its finish is refused and everything it did rolls back
    expect(await runs(id)).toBe(1);
    const row = (await serviceQuery<{ status: string; attempts: number }>(db, `select status, attempts from inbox where id = $1`, [id])).rows[0];
    expect(row).toEqual({ status: 'done', attempts: 2 });
    const tx = await serviceQuery<{ n: number }>(db, `select count(*)::int n from transactions where source_ref = $1`, [`inbox:${id}`]);
    expect(tx.rows[0]!.n).toBe(1);
    const out = await serviceQuery<{ n: number }>(db, `select count(*)::int n from outbox where inbox_id = $1`, [id]);
    expect(out.rows[0]!.n).toBe(1);
    await deps.queue.close();
  });

  test('while a slow message is handled its lease is renewed, so no other worker takes it', async () => {
    const leaseSeconds = 1;
    const deps = manualDeps(db, { leaseSeconds, handleMessage: gatedHandler(async () => { await sleep(2500); }) });
    const id = await inboxText(deps, OWNER, 'stok beras');
    const worker1 = drainChatOf(deps, id);
    await sleep(1700); // past the first lease
    expect(await claimNext(db, id, leaseSeconds)).toBeNull(); // worker 2 finds the chat held
    await worker1;
    expect(await runs(id)).toBe(1);
    await deps.queue.close();
  });

  // Regression (bench/soak.ts): a worker kill -9'd mid-message leaves its claim behind. With a 120 s
  // lease its chat then waited 2–3 minutes for the sweeper after every kill, with 30 s up to 30 s;
  // now at most 10 s.
  test('a dead worker holds its chat for at most 10 s; then the sweeper hands the chat to another', async () => {
    expect(LEASE_SECONDS).toBeLessThanOrEqual(10);
    const deps = manualDeps(db);
    const id = await inboxText(deps, OWNER, 'laku indomie goreng 1 bks 3500');
    const claimed = await claimNext(db, id); // the worker that is then killed: no renewals, no finish
    expect(claimed?.id).toBe(id);
    const left = (await serviceQuery<{ s: number }>(db, `select extract(epoch from locked_until - now())::float8 s from inbox where id = $1`, [id])).rows[0]!.s;
    expect(left).toBeGreaterThan(5);
    expect(left).toBeLessThanOrEqual(10);
    expect(await claimNext(db, id)).toBeNull(); // held while the lease lives
    await serviceQuery(db, `update inbox set locked_until = now() - interval '1 second' where id = $1`, [id]); // 10 s later
    const queued: string[] = [];
    const found = await sweep({ db, queue: { ...deps.queue, add: async (_q: string, p: { inboxId?: string }) => { queued.push(String(p.inboxId)); return { id: 'x', added: true }; } } as typeof deps.queue }, { minAgeSeconds: 30 });
    expect(found.inbox).toBeGreaterThanOrEqual(1);
    expect(queued).toContain(id);
    await drainChatOf(deps, id);
    const row = (await serviceQuery<{ status: string; attempts: number }>(db, `select status, attempts from inbox where id = $1`, [id])).rows[0];
    expect(row).toEqual({ status: 'done', attempts: 2 });
    await deps.queue.close();
  });
});
