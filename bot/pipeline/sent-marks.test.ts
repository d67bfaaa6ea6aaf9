import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { serviceQuery } from '../../core/db/tenant.ts';
import { markSent } from './sent-marks.ts';

describe.each(dbKinds)('markSent on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => { db = await freshDb(kind); });
  afterAll(async () => db?.close());

  const replies = async (n: number) => (await serviceQuery<{ id: string }>(db,
    `insert into outbox (channel, account, chat, body, status) select 'simulator', 'sim', '+62812' || g, 'hai ' || g, 'sending'
       from generate_series(1, $1::int) g returning id::text`, [n])).rows.map((r) => r.id);

  it('marks many replies sent at once in a few statements, each with its own external id', async () => {
    const ids = await replies(60);
    const query = db.pool.query.bind(db.pool);
    let statements = 0;
    db.pool.query = ((...args: Parameters<typeof query>) => { statements++; return query(...args); }) as typeof db.pool.query;
    try {
      await Promise.all(ids.map((id, i) => markSent(db, id, `wa-${i}`)));
    } finally {
      db.pool.query = query;
    }
    expect(statements).toBeLessThanOrEqual(2); // the first alone, the other 59 waited and went together
    const { rows } = await serviceQuery<{ status: string; external_id: string; n: string }>(db,
      `select status, external_id, regexp_replace(body, '^hai ', '') as n from outbox where id = any($1::uuid[])`, [ids]);
    expect(rows).toHaveLength(60);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    expect(new Set(rows.map((r) => r.external_id)).size).toBe(60);
  });

  it('a lone reply is marked at once, and a failed mark is reported to its caller', async () => {
    const [id] = await replies(1);
    await markSent(db, id!, 'wa-lone');
    expect((await serviceQuery<{ status: string }>(db, `select status from outbox where id = $1`, [id])).rows[0]!.status).toBe('sent');
    await expect(markSent(db, 'not-a-uuid', null)).rejects.toThrow();
    // The queue is not wedged by the failure.
    const [next] = await replies(1);
    await markSent(db, next!, null);
    expect((await serviceQuery<{ status: string }>(db, `select status from outbox where id = $1`, [next])).rows[0]!.status).toBe('sent');
  });
});
