// LISTEN/NOTIFY on both engines: a posting notifies its warung's streams only, after commit; a revoked
// session ends its streams. (The browser test covers SSE and the page on the embedded default.)
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService, withTenant } from '../../core/db/tenant.ts';
import { silentLogger } from '../../core/logger.ts';
import { createTenant, SEED } from '../../supabase/tests/fixtures.ts';
import { LiveHub } from './live.ts';

describe.each(dbKinds)('live updates on %s', (kind) => {
  let db: TestDb;
  let hub: LiveHub;
  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
    hub = new LiveHub(db, silentLogger);
    await hub.start();
  });
  afterAll(async () => {
    await hub?.stop();
    await db?.close();
  });

  const waitFor = async (check: () => boolean, ms = 1000) => {
    const until = Date.now() + ms;
    while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
    return check();
  };

  it('tells the warung\'s streams about a sale at commit, and nobody else', async () => {
    const other = await createTenant(db);
    const events: Record<string, string[]> = { mine: [], other: [] };
    hub.add({ sessionId: 's1', tenantId: SEED.tenant, send: (e) => events.mine!.push(e), end: () => {} });
    hub.add({ sessionId: 's2', tenantId: other, send: (e) => events.other!.push(e), end: () => {} });
    await withTenant(db, SEED.tenant, async (tx) => {
      await tx.query('select post_transaction($1)', [{ kind: 'sale', source: 'chat', source_ref: randomUUID(), lines: [{ product_id: SEED.indomieGoreng, qty: 2 }] }]);
      await new Promise((r) => setTimeout(r, 100));
      expect(events.mine).toEqual([]); // not before commit
    });
    expect(await waitFor(() => events.mine!.length > 0)).toBe(true);
    expect(events.mine).toEqual(['change']); // one transaction, one event
    expect(events.other).toEqual([]);
  });

  it('ends the streams of a revoked session', async () => {
    let ended = false;
    const id = await withService(db, async (tx) => (await tx.query<{ id: string }>(
      `insert into dashboard_sessions (tenant_id, member_id, token_hash, expires_at) values ($1, $2, $3, now() + interval '1 day') returning id`,
      [SEED.tenant, SEED.owner, randomUUID()])).rows[0]!.id);
    hub.add({ sessionId: id, tenantId: SEED.tenant, send: () => {}, end: () => (ended = true) });
    await withService(db, (tx) => tx.query('update dashboard_sessions set revoked_at = now() where id = $1', [id]));
    expect(await waitFor(() => ended)).toBe(true);
  });
});
