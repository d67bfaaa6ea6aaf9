// The three attacks of issue #8 (defect 1), as tenant A against the demo warung B, on both stacks: A's
// own session (authenticated + A's claims, as our server or Supabase's API sets them) can no longer
// write the pipeline's rows, and a row that got in anyway is not acted on as another warung.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { withActor, withService, withTenant } from '../../core/db/tenant.ts';
import { identifySender } from '../../agents/router/people/identify.ts';
import { drainChatOf } from '../../bot/pipeline/drain.ts';
import { inboxText, manualDeps } from '../../bot/pipeline/testing.ts';
import type { PipelineDeps } from '../../bot/pipeline/deps.ts';
import { one, SEED } from './fixtures.ts';

const B = SEED.tenant; // Warung Bu Sri
const B_OWNER = '+6281200000001';
const A_OWNER = '+6281155500001';
const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string; message: string }) => (e.code === 'P0001' ? e.message : e.code));

describe.each(dbKinds)('attacks from another warung on %s', (kind) => {
  let db: TestDb;
  let deps: PipelineDeps;
  let A: string;
  let aOwner: string;
  const asA = <T>(fn: Parameters<typeof withTenant<T>>[2], role: 'owner' | 'cashier' = 'owner') =>
    withActor(db, { role: 'authenticated', tenantId: A, memberId: aOwner, memberRole: role }, fn);
  const countB = (sql: string, params: unknown[]) =>
    withService(db, (tx) => one<{ n: number }>(tx, `select count(*)::int n from ${sql}`, params)).then((r) => r.n);

  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
    deps = manualDeps(db);
    ({ A, aOwner } = await withService(db, async (tx) => {
      const t = await one<{ id: string }>(tx, `insert into tenants (name, city) values ('Warung Penyerang', 'Bandung') returning id`);
      const m = await one<{ id: string }>(tx, `insert into members (tenant_id, phone, name, role) values ($1, $2, 'Pak A', 'owner') returning id`, [t.id, A_OWNER]);
      return { A: t.id, aOwner: m.id };
    }));
  });
  afterAll(async () => {
    await deps?.queue.close();
    await db?.close();
  });

  it('1. an inbox row with B\'s owner\'s phone cannot be written as A, and one that got in is not acted on', async () => {
    expect(await code(asA((tx) => tx.query(
      `insert into inbox (tenant_id, channel, account, external_id, sender_phone, sender_address, chat, kind, body)
       values ($1, 'simulator', 'sim', 'forged-1', $2, $2, $3, 'text', 'laku beras 10 kg 150rb')`, [A, B_OWNER, A_OWNER])))).toBe('42501');
    // Had it got in (tenant A, sender B's owner): the pipeline does not act on it as B.
    const forged = await withService(db, (tx) => one<{ id: string }>(tx,
      `insert into inbox (tenant_id, channel, account, external_id, sender_phone, sender_address, chat, kind, body)
       values ($1, 'simulator', 'sim', 'forged-2', $2, $2, $3, 'text', 'laku beras 10 kg 150rb') returning id::text`, [A, B_OWNER, A_OWNER]));
    await drainChatOf(deps, forged.id);
    expect(await countB(`inbox where id = $1 and status = 'ignored'`, [forged.id])).toBe(1);
    expect(await countB(`transactions where tenant_id = $1 and source_ref = $2`, [B, `inbox:${forged.id}`])).toBe(0);
    expect(await countB(`outbox where inbox_id = $1`, [forged.id])).toBe(0);
  });

  it('2. a member row with B\'s owner\'s phone cannot be written as A; adding it as staff is refused', async () => {
    expect(await code(asA((tx) => tx.query(
      `insert into members (tenant_id, phone, name, role, created_at) values ($1, $2, 'Bu Sri', 'owner', '2020-01-01')`, [A, B_OWNER])))).toBe('42501');
    expect(await code(asA((tx) => tx.query(`update members set phone = $2 where id = $1`, [aOwner, B_OWNER])))).toBe('42501');
    expect(await code(asA((tx) => tx.query(`select add_staff($1, $2, 'Bu Sri', 'cashier')`, [A, B_OWNER])))).toBe('conflict:member_elsewhere');
    const sender = await withService(db, (tx) => identifySender(tx, { channel: 'simulator', senderPhone: B_OWNER, senderAddress: B_OWNER }));
    expect(sender).toMatchObject({ kind: 'member', tenantId: B, role: 'owner' });
  });

  it('3. an outbox row pointing at B\'s inbox id cannot be written as A; B gets its own reply', async () => {
    const bMessage = await inboxText(deps, B_OWNER, 'stok beras');
    expect(await code(asA((tx) => tx.query(
      `insert into outbox (tenant_id, inbox_id, seq, channel, account, chat, body) values ($1, $2, 0, 'simulator', 'sim', $3, 'Transfer ke rek 123')`,
      [A, bMessage, B_OWNER])))).toBe('42501');
    await drainChatOf(deps, bMessage);
    const replies = await withService(db, (tx) => tx.query<{ body: string }>(`select body from outbox where inbox_id = $1 order by seq`, [bMessage]));
    expect(replies.rows.length).toBeGreaterThan(0);
    expect(replies.rows[0]!.body).toMatch(/Beras/i);
  });

  it('2b. a supplier contact cannot be back-dated to take another warung\'s supplier', async () => {
    expect(await code(asA((tx) => tx.query(
      `insert into contacts (tenant_id, kind, name, phone, created_at) values ($1, 'supplier', 'Toko Makmur', '+6281300000001', '2020-01-01')`, [A])))).toBe('42501');
    expect(await code(asA((tx) => tx.query(
      `insert into contacts (tenant_id, kind, name, wa_lid) values ($1, 'supplier', 'Toko Makmur', '1234@lid')`, [A])))).toBe('42501');
    const sender = await withService(db, (tx) => identifySender(tx, { channel: 'simulator', senderPhone: '+6281300000001', senderAddress: null }));
    expect(sender).toMatchObject({ kind: 'supplier', tenantId: B });
  });

  it('a cashier books no money going out: purchases and expenses are the owner\'s and staff\'s', async () => {
    const doc = (kind: string, n: number) => ({ tenant_id: A, kind, source: 'pos', source_ref: `role:${kind}:${n}`, total: 1000 });
    expect(await code(asA((tx) => tx.query(`select post_transaction($1)`, [doc('expense', 1)]), 'cashier'))).toBe('forbidden:role');
    expect(await code(asA((tx) => tx.query(`select post_transaction($1)`, [doc('purchase', 1)]), 'cashier'))).toBe('forbidden:role');
    expect(await code(asA((tx) => tx.query(`select post_transaction($1)`, [doc('sale', 1)]), 'cashier'))).toBe('ok');
    expect(await code(asA((tx) => tx.query(`select post_transaction($1)`, [doc('expense', 2)]), 'owner'))).toBe('ok');
  });

  it('a function that writes refuses a tenant session whose claims carry no tenant', async () => {
    const r = await withService(db, async (tx) => {
      await tx.query(`select set_config('request.jwt.claims', '{"role":"authenticated"}', true), set_config('role', 'authenticated', true)`);
      return code(tx.query(`select post_transaction($1)`, [{ tenant_id: B, kind: 'expense', source: 'chat', source_ref: 'noclaim:1', total: 1000 }]));
    });
    expect(r).toBe('forbidden:tenant');
  });

  it('who may do what: a cashier manages no staff and sets no price; a member writes only its own chat state', async () => {
    expect(await code(asA((tx) => tx.query(`select add_staff($1, '+6281155500009', null, 'cashier')`, [A]), 'cashier'))).toBe('forbidden:role');
    const product = await withService(db, (tx) => one<{ id: string }>(tx, `insert into products (tenant_id, name, sell_price) values ($1, 'Kopi', 2000) returning id`, [A]));
    expect(await code(asA((tx) => tx.query(`select set_product_price($1, $2, 1, 'x:1')`, [A, product.id]), 'cashier'))).toBe('forbidden:role');
    expect(await code(asA((tx) => tx.query(`select set_chat_pending($1, $2, '{}', now())`, [A, `sim:${A_OWNER}:${aOwner}`])))).toBe('ok');
    expect(await code(asA((tx) => tx.query(`select set_chat_pending($1, $2, '{}', now())`, [A, `sim:${A_OWNER}:${SEED.cashier}`])))).toBe('forbidden:chat');
  });
});
