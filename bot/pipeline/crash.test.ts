// Crash safety: a failure injected at each step of handling one message → after the retry, exactly
// one booking, one stock movement and one reply.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withService } from '../../core/db/tenant.ts';
import { startTestApp, stacks, type TestApp } from '../testing.ts';
import type { PipelineStep } from './deps.ts';

const OWNER = '+6281200000001';
const steps: PipelineStep[] = ['claimed', 'transcribed', 'identified', 'handled', 'outbox_written', 'committed', 'sending', 'sent'];

describe.each(stacks)('crash safety on %s', (stack) => {
  let app: TestApp;
  let crashAt: PipelineStep | null = null;
  beforeAll(async () => {
    app = await startTestApp({
      stack,
      faults: (step) => {
        if (step === crashAt) {
          crashAt = null; // once: the retry goes through
          throw new Error(`injected crash at ${step}`);
        }
      },
    });
  });
  afterAll(async () => app?.stop());

  test.each(steps)('a crash at "%s" → one booking and one reply after the retry', async (step) => {
    const stockBefore = await indomieStock(app);
    crashAt = step;
    const { body } = await app.post(OWNER, 'laku indomie goreng 2 bks 7rb');
    // Settled means: the inbox row is done and its reply sent, whatever retries it took.
    await expect.poll(async () => state(app, body.id), { timeout: 20_000, interval: 100 }).toMatchObject({ inbox: 'done', sent: 1 });
    expect(crashAt).toBeNull(); // the crash really happened
    const s = await state(app, body.id);
    expect(s.transactions).toBe(1);
    expect(s.outbox).toBe(1);
    expect(await indomieStock(app)).toBe(stockBefore - 2);
  });
});

async function state(app: TestApp, inboxId: string) {
  return withService(app.db, async (tx) => {
    const r = await tx.query<{ inbox: string; outbox: number; sent: number; transactions: number }>(
      `select (select status from inbox where id = $1) as inbox,
              (select count(*)::int from outbox where inbox_id = $1) as outbox,
              (select count(*)::int from outbox where inbox_id = $1 and status = 'sent') as sent,
              (select count(*)::int from transactions where (source_ref = 'inbox:' || $1 or source_ref like 'inbox:' || $1 || ':%')) as transactions`,
      [inboxId],
    );
    return r.rows[0]!;
  });
}

async function indomieStock(app: TestApp): Promise<number> {
  return withService(app.db, async (tx) => Number((await tx.query<{ level: string }>(
    `select coalesce(sum(m.qty), 0) as level from stock_movements m join products p on p.id = m.product_id
      where p.name = 'Indomie Goreng'`)).rows[0]!.level));
}
