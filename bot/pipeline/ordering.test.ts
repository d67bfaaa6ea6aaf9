// Ordering: 200 messages over 20 chats sent at once → each chat's messages are handled in the order
// they arrived, and every message is booked exactly once.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withService } from '../../core/db/tenant.ts';
import { startTestApp, stacks, type TestApp } from '../testing.ts';

const TENANT = 'a0000000-0000-4000-8000-000000000001';
const CHATS = 20;
const PER_CHAT = 10;
const phoneOf = (i: number) => `+62813999${String(i).padStart(5, '0')}`;

describe.each(stacks)('ordering on %s', (stack) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ stack });
    // Twenty cashiers of the demo warung, each in their own chat.
    await withService(app.db, async (tx) => {
      for (let i = 0; i < CHATS; i++) {
        await tx.query(`insert into members (tenant_id, phone, name, role) values ($1, $2, $3, 'cashier')`, [TENANT, phoneOf(i), `Kasir ${i}`]);
      }
    });
  });
  afterAll(async () => app?.stop());

  test('200 messages over 20 chats: per-chat order kept, each booked once', { timeout: 120_000 }, async () => {
    // Each chat posts its messages one after another (as a person types); all chats at once.
    await Promise.all(Array.from({ length: CHATS }, async (_, c) => {
      for (let n = 1; n <= PER_CHAT; n++) {
        const { status } = await app.post(phoneOf(c), `laku aqua 600ml ${n} botol`);
        expect(status).toBe(202);
      }
    }));
    await app.settle(90_000);

    const rows = await withService(app.db, async (tx) => (await tx.query<{ chat: string; inbox_id: string; qty: number; booked_at: Date; n: number }>(
      `select i.chat, i.id::text as inbox_id, l.qty::float as qty, t.created_at as booked_at,
              count(*) over (partition by i.id)::int as n
         from inbox i join transactions t on (t.source_ref = 'inbox:' || i.id or t.source_ref like 'inbox:' || i.id || ':%')
         join transaction_lines l on l.transaction_id = t.id
        where i.chat like '+62813999%'
        order by i.chat, t.created_at, t.id`)).rows);
    expect(rows).toHaveLength(CHATS * PER_CHAT);
    expect(rows.every((r) => r.n === 1)).toBe(true); // one booking per message
    for (let c = 0; c < CHATS; c++) {
      const mine = rows.filter((r) => r.chat === phoneOf(c));
      // Booked in the order typed: quantities 1..10 in booking order, inbox ids ascending.
      expect(mine.map((r) => r.qty)).toEqual(Array.from({ length: PER_CHAT }, (_, i) => i + 1));
      const ids = mine.map((r) => BigInt(r.inbox_id));
      expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    const replies = await withService(app.db, async (tx) => (await tx.query<{ n: number }>(
      `select count(*)::int as n from outbox where chat like '+62813999%' and status = 'sent'`)).rows[0]!.n);
    expect(replies).toBeGreaterThanOrEqual(CHATS * PER_CHAT);
  });
});
