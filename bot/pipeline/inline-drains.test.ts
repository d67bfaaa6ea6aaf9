// The process that ingests a message and works the inbox queue drains it itself while a slot is free:
// no queue job for it. Every slot taken, the message goes through the queue; a drain that fails is
// retried through the queue with its unsent replies; stop() waits for the drains still running.
// PostgreSQL: a drain held open while another message is answered needs two database sessions.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { handleMessage } from '../../agents/router/handle-message.ts';
import type { HandleMessage } from '../../agents/router/types.ts';
import { freshDb, type TestDb } from '../../core/db/testing.ts';
import { serviceQuery } from '../../core/db/tenant.ts';
import type { JobQueue } from '../../core/ports/job-queue.ts';
import { createPipeline } from './index.ts';
import type { PipelineStep } from './deps.ts';
import { inboxText, manualDeps } from './testing.ts';

const OWNER = '+6281200000001';

describe('inline drains', () => {
  let db: TestDb;
  beforeAll(async () => { db = await freshDb('postgres', { seeded: true }); });
  afterAll(async () => db?.close());

  /** A pipeline working inbox and outbox with `slots` drains; records the inbox jobs queued. */
  async function pipelineWith(slots: number, over: { handleMessage?: HandleMessage; faults?: (s: PipelineStep) => void } = {}) {
    const queued: string[] = [];
    const deps = manualDeps(db, over);
    const add = deps.queue.add.bind(deps.queue);
    deps.queue.add = ((queue, payload, opts) => {
      if (queue === 'inbox') queued.push(String(payload.inboxId));
      return add(queue, payload, opts);
    }) as JobQueue['add'];
    const pipeline = createPipeline(deps);
    await pipeline.start({ queues: ['inbox', 'outbox'], concurrency: slots });
    return { deps, pipeline, queued };
  }
  const state = async (inboxId: string) => (await serviceQuery<{ status: string; sent: number }>(db,
    `select i.status, (select count(*)::int from outbox o where o.inbox_id = i.id and o.status = 'sent') as sent from inbox i where i.id = $1`, [inboxId])).rows[0]!;

  test('a message is answered with no queue job while a slot is free', async () => {
    const { deps, pipeline, queued } = await pipelineWith(2);
    const id = await inboxText(deps, OWNER, 'laku indomie goreng 1 bks 3500');
    await expect.poll(() => state(id), { timeout: 10_000 }).toEqual({ status: 'done', sent: 1 });
    expect(queued).toEqual([]);
    await pipeline.stop();
    await deps.queue.close();
  });

  test('with a slot free the row is written claimed: processing, first attempt, leased, before its drain runs', async () => {
    let open!: () => void;
    const opened = new Promise<void>((r) => { open = r; });
    const { deps, pipeline, queued } = await pipelineWith(2, {
      handleMessage: async (ctx) => { await opened; return handleMessage(ctx); },
    });
    const id = await inboxText(deps, OWNER, 'laku aqua 600 ml 1 botol 4000');
    const row = async () => (await serviceQuery<{ status: string; attempts: number; leased: boolean }>(db,
      `select status, attempts, locked_until > now() as leased from inbox where id = $1`, [id])).rows[0]!;
    expect(await row()).toEqual({ status: 'processing', attempts: 1, leased: true });
    open();
    await expect.poll(() => state(id), { timeout: 10_000 }).toEqual({ status: 'done', sent: 1 });
    expect((await row()).attempts).toBe(1); // its drain took no second claim
    expect(queued).toEqual([]);
    await pipeline.stop();
    await deps.queue.close();
  });

  test('a burst in one chat written at the same moment: one row at a time, in the order written', async () => {
    const handled: string[] = [];
    let active = 0;
    let most = 0;
    const { deps, pipeline } = await pipelineWith(8, {
      handleMessage: async (ctx) => {
        most = Math.max(most, ++active);
        handled.push(ctx.message.inboxId);
        await new Promise((r) => setTimeout(r, 20)); // long enough for the others to be written meanwhile
        try { return await handleMessage(ctx); } finally { active--; }
      },
    });
    const ids = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => inboxText(deps, OWNER, `laku aqua 600 ml ${n} botol`)));
    for (const id of ids) await expect.poll(() => state(id), { timeout: 10_000 }).toEqual({ status: 'done', sent: 1 });
    expect(most).toBe(1);
    expect(handled).toEqual([...ids].sort((a, b) => Number(a) - Number(b)));
    await pipeline.stop();
    await deps.queue.close();
  });

  test('every slot taken: the next message goes through the queue, and stop() waits for the running drain', async () => {
    let open!: () => void;
    const opened = new Promise<void>((r) => { open = r; });
    let inGate!: () => void;
    const reached = new Promise<void>((r) => { inGate = r; });
    const { deps, pipeline, queued } = await pipelineWith(1, {
      handleMessage: async (ctx) => {
        if (ctx.message.text.includes('aqua')) { inGate(); await opened; }
        return handleMessage(ctx);
      },
    });
    const first = await inboxText(deps, OWNER, 'laku aqua 600 ml 1 botol 4000');
    await reached; // the first message's drain holds the only slot
    expect(deps.inlineDrains?.running).toBe(1);
    const second = await inboxText(deps, '+6281200000002', 'stok beras');
    expect(queued).toEqual([second]);
    await expect.poll(() => state(second), { timeout: 10_000 }).toEqual({ status: 'done', sent: 1 });

    let stopped = false;
    const stopping = pipeline.stop().then(() => { stopped = true; });
    await new Promise((r) => setTimeout(r, 200));
    expect(stopped).toBe(false);
    open();
    await stopping;
    expect(await state(first)).toEqual({ status: 'done', sent: 1 });
    // Closed: a new message is queued, not drained here.
    const third = await inboxText(deps, OWNER, 'stok aqua');
    expect(queued).toEqual([second, third]);
    await expect.poll(() => state(third), { timeout: 10_000 }).toEqual({ status: 'done', sent: 1 });
    await deps.queue.close();
  });

  test.each(['handled', 'committed'] as const)('a drain that fails at "%s" is retried through the queue: one booking, one reply', async (step) => {
    let crashAt: PipelineStep | null = step;
    const { deps, pipeline, queued } = await pipelineWith(2, {
      faults: (s) => {
        if (s === crashAt) { crashAt = null; throw new Error(`injected failure at ${s}`); }
      },
    });
    const id = await inboxText(deps, OWNER, 'laku kopi kapal api 2 renceng');
    await expect.poll(() => state(id), { timeout: 10_000 }).toEqual({ status: 'done', sent: 1 });
    expect(crashAt).toBeNull();
    expect(queued).toEqual([id]);
    const booked = (await serviceQuery<{ n: number }>(db, `select count(*)::int n from transactions where source_ref like 'inbox:' || $1 || '%'`, [id])).rows[0]!.n;
    expect(booked).toBe(1);
    await pipeline.stop();
    await deps.queue.close();
  });
});
