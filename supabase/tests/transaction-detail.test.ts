// The Transaksi detail (dashboard_transaction): a line says its quantity as said beside the base one, and an entry
// booked from part of a message (two entries of one voice note, "inbox:N:2") shows that message as its origin.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withActor, withService } from '../../core/db/tenant.ts';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { createProduct, createTenant, one } from './fixtures.ts';

type Detail = {
  lines: { qty: number; unit: string; said_qty: number | null; said_unit: string | null }[]; origin: { text: string } | null;
  asked: { text: string; question: string } | null;
};

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

  // Page tour: an entry booked by the answer "2500" showed only "2500" as where it came from.
  it('shows the question an answer settled, and none when the question was skipped or the message before asked nothing', async () => {
    const tenant = await createTenant(db);
    const surya = await createProduct(db, tenant, { name: 'Rokok Surya 12', unit: 'bks', stock: 20 });
    const chat = `c-${randomUUID()}`;
    const at = Date.parse('2026-12-05T06:00:00Z');
    const message = (body: string, minutes: number, reply: string) => withService(db, async (tx) => {
      const m = await one<{ id: number }>(tx, `insert into inbox (tenant_id, channel, account, external_id, chat, kind, body, received_at)
        values ($1, 'simulator', 'sim', $2, $3, 'text', $4, $5) returning id`, [tenant, randomUUID(), chat, body, new Date(at + minutes * 60_000)]);
      await tx.query(`insert into outbox (tenant_id, inbox_id, seq, channel, account, chat, body) values ($1, $2, 0, 'simulator', 'sim', $3, $4)`, [tenant, m.id, chat, reply]);
      return m.id;
    });
    const asOwner = <T>(f: (tx: Parameters<Parameters<typeof withActor>[2]>[0]) => Promise<T>) =>
      withActor(db, { role: 'authenticated', tenantId: tenant, memberRole: 'owner' }, f);
    const post = (inbox: number) => asOwner((tx) => one<{ r: { id: string } }>(tx, 'select post_transaction($1) r',
      [{ kind: 'sale', payment: 'cash', source: 'chat', source_ref: `inbox:${inbox}`, lines: [{ product_id: surya, qty: 0.25, unit_price: 30000, total: 7500 }] }])).then((x) => x.r.id);
    const detail = (id: string) => asOwner((tx) => one<{ d: Detail }>(tx, 'select dashboard_transaction($1, $2) d', [tenant, id])).then((x) => x.d);

    await message('laku rokok surya 12 3 batang', 0, 'Harga jual Rokok Surya 12 per batang berapa, Kak?');
    const answer = await message('2500', 1, 'Siap Kak, tercatat ✅ Penjualan Rokok Surya 12 3 batang');
    expect((await detail(await post(answer))).asked).toEqual(expect.objectContaining({
      text: 'laku rokok surya 12 3 batang', question: 'Harga jual Rokok Surya 12 per batang berapa, Kak?',
    }));
    // The next message's own entry: the message before it asked nothing.
    expect((await detail(await post(await message('laku aqua 1', 2, 'Siap Kak, tercatat'))))).toHaveProperty('asked', null);
    // A question skipped by a new message: that message's entry answered nothing.
    await message('laku permen 5', 3, 'Produk baru "permen"? Harga jualnya berapa, Kak?');
    const skipped = await message('laku aqua 2', 4, '(Pertanyaan soal produk baru "permen" saya lewati, jadi yang itu belum tercatat. Kirim ulang kalau perlu, Kak.)');
    expect(await detail(await post(skipped))).toHaveProperty('asked', null);
    // Asked more than 30 minutes before: not the question it answered.
    await message('laku permen 5', 10, 'Produk baru "permen"? Harga jualnya berapa, Kak?');
    expect(await detail(await post(await message('ya', 50, 'Siap Kak, tercatat')))).toHaveProperty('asked', null);
  });
});
