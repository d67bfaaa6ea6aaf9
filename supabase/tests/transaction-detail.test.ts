// The Transaksi detail (dashboard_transaction): a line says its quantity as said beside the base one, and an entry
// booked from part of a message (two entries of one voice note, "inbox:N:2") shows that message as its origin.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withActor, withService } from '../../core/db/tenant.ts';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { createProduct, createTenant, one } from './fixtures.ts';

type Detail = { lines: { qty: number; unit: string; said_qty: number | null; said_unit: string | null }[]; origin: { text: string } | null };

describe.each(dbKinds)('the Transaksi detail on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb(kind);
  });
  afterAll(() => db?.close());

  it('says a line as said and finds the message of an entry booked from part of it', async () => {
    const tenant = await createTenant(db);
    const surya = await createProduct(db, tenant, { name: 'Rokok Surya 12', unit: 'bks', stock: 20 });
    const inbox = await withService(db, (tx) => one<{ id: number }>(tx,
      `insert into inbox (tenant_id, channel, account, external_id, chat, kind, body) values ($1, 'simulator', 'sim', $2, 'c', 'text', 'laku surya 3 batang terus bu sri ngutang surya 1 bks') returning id`,
      [tenant, randomUUID()]));
    const asOwner = <T>(f: (tx: Parameters<Parameters<typeof withActor>[2]>[0]) => Promise<T>) =>
      withActor(db, { role: 'authenticated', tenantId: tenant, memberRole: 'owner' }, f);
    const post = (ref: string, line: Record<string, unknown>) => asOwner((tx) => one<{ r: { id: string } }>(tx, 'select post_transaction($1) r',
      [{ kind: 'sale', payment: 'cash', source: 'chat', source_ref: ref, lines: [{ product_id: surya, unit_price: 30000, ...line }] }])).then((x) => x.r.id);
    const sticks = await post(`inbox:${inbox.id}:1`, { qty: 0.25, said_qty: 3, said_unit: 'batang', total: 7500 });
    const pack = await post(`inbox:${inbox.id}`, { qty: 1 });
    const other = await post('pos:abc', { qty: 1 });
    const detail = (id: string) => asOwner((tx) => one<{ d: Detail }>(tx, 'select dashboard_transaction($1, $2) d', [tenant, id])).then((x) => x.d);
    const a = await detail(sticks);
    expect(a.lines).toMatchObject([{ qty: 0.25, unit: 'bks', said_qty: 3, said_unit: 'batang' }]);
    expect(a.origin?.text).toBe('laku surya 3 batang terus bu sri ngutang surya 1 bks');
    expect((await detail(pack)).lines).toMatchObject([{ qty: 1, said_qty: null, said_unit: null }]);
    expect((await detail(pack)).origin?.text).toBe('laku surya 3 batang terus bu sri ngutang surya 1 bks');
    expect((await detail(other)).origin).toBeNull();
  });
});
