// The router's work runs under the sender's identity (RLS applies), not the service role the
// pipeline uses for its own bookkeeping. The switch is sent with the router's first query, so this
// checks what the database saw after the router ran, for each kind of sender.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { handleMessage, identifySender } from '../../agents/router/handle-message.ts';
import { freshDb, type TestDb } from '../../core/db/testing.ts';
import { silentLogger } from '../../core/logger.ts';
import { systemClock } from '../../core/ports/clock.ts';
import { SimulatorChannel } from '../channels/simulator/simulator-channel.ts';
import { MemoryMediaStore } from '../media/memory-media-store.ts';
import { InlineJobQueue } from '../queue/inline-queue.ts';
import { createPipeline } from './index.ts';
import { ingest } from './ingest.ts';
import type { HandleMessage } from './deps.ts';

const TENANT = 'a0000000-0000-4000-8000-000000000001';

describe('identity during handling', () => {
  let db: TestDb;
  let queue: InlineJobQueue;
  const seen: { user: string; tenant: string | null }[] = [];
  beforeAll(async () => {
    db = await freshDb('pglite', { seeded: true });
    queue = new InlineJobQueue();
    const spy: HandleMessage = async (ctx) => {
      const replies = await handleMessage(ctx);
      const { rows } = await ctx.tx.query<{ user: string; tenant: string | null }>(`select current_user as user, auth.jwt() ->> 'tenant_id' as tenant`);
      seen.push(rows[0]!);
      return replies;
    };
    const pipeline = createPipeline({
      db, queue, channels: { simulator: new SimulatorChannel() }, clock: systemClock, logger: silentLogger,
      identifySender, handleMessage: spy, llm: null, transcriber: null, media: new MemoryMediaStore(),
    });
    await pipeline.start({ queues: ['inbox', 'outbox'] });
  });
  afterAll(async () => {
    await queue.close();
    await db.close();
  });

  test.each([
    ['owner', '+6281200000001', 'laku indomie goreng 1 bks 3500', { user: 'authenticated', tenant: TENANT }],
    ['cashier', '+6281200000002', 'stok beras', { user: 'authenticated', tenant: TENANT }],
    ['supplier', '+6281300000001', 'harga telur naik', { user: 'authenticated', tenant: TENANT }],
    ['stranger (onboarding)', '+6281999999999', 'halo', { user: 'service_role', tenant: null }],
  ])('%s: the router ran as %j', async (_who, phone, text, expected) => {
    seen.length = 0;
    await ingest({ db, queue }, {
      channel: 'simulator', account: 'sim', externalId: `${phone}-${text}`, senderPhone: phone, senderAddress: phone, chat: phone,
      kind: 'text', body: text, mediaRef: null, quotedId: null, sentAt: new Date(),
    });
    await expect.poll(() => seen.length, { timeout: 10_000 }).toBe(1);
    expect(seen[0]).toEqual(expected);
  });
});
