// A final error from an agent (a rule in SQL, bad input) becomes one friendly reply and leaves nothing
// half-done; a retryable one is thrown so the pipeline retries the message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService } from '../../core/db/tenant.ts';
import { AppError } from '../../core/errors.ts';
import { financeAgents, voidBooked } from '../finance/index.ts';
import { inventoryAgents } from '../inventory/index.ts';
import { parse } from '../language/index.ts';
import { buildRegistry } from './registry.ts';
import { createHandleMessage } from './router.ts';
import { OWNER, routerChat } from './testing.ts';
import type { Agent } from './types.ts';

/** The real sale agent, then a failure: what it booked must be rolled back. */
const failingAfterSale = (err: Error): Agent => async (ctx, frame) => {
  await financeAgents.sale!(ctx, frame);
  throw err;
};

describe('router safety net (pglite)', () => {
  let db: TestDb;
  beforeAll(async () => { db = await freshDb('pglite', { seeded: true }); });
  afterAll(() => db.close());
  const chatWith = (sale: Agent) => routerChat(db, {
    now: new Date('2026-11-21T03:00:00Z'),
    handle: createHandleMessage({ parse, voidBooked, registry: buildRegistry(financeAgents, inventoryAgents, { sale }) }),
  });
  const sales = () => withService(db, async (tx) => (await tx.query(`select count(*)::int as n from transactions where kind = 'sale'`)).rows[0].n);

  it('answers a final error kindly and rolls back what the message did', async () => {
    const replies = await chatWith(failingAfterSale(new AppError('not_found:product'))).say(OWNER, 'laku aqua 2');
    expect(replies).toEqual(['Maaf Kak, produknya tidak ketemu di katalog.']);
    expect(await sales()).toBe(0);
  });

  it('throws a retryable error so the pipeline retries the whole message', async () => {
    const chat = chatWith(failingAfterSale(new AppError('unavailable:db')));
    await expect(chat.say(OWNER, 'laku aqua 2')).rejects.toThrow('unavailable:db');
    expect(await sales()).toBe(0);
  });
});
