// Transaksi's product filter and text search (written for speed at 1M rows) still find exactly
// the transactions a model of the ledger says, newest first, on both engines: lines of several
// products, free-text lines, one tenant's matches never another's.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { withActor } from '../../core/db/tenant.ts';
import { createProduct, createTenant } from '../../supabase/tests/fixtures.ts';

const NOW = Date.parse('2026-11-20T09:30:00Z');

describe.each(dbKinds)('Transaksi filters on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb(kind);
  });
  afterAll(() => db?.close());

  it('finds by product and by words in lines, names and notes', async () => {
    const [a, b] = [await createTenant(db), await createTenant(db)];
    const post = async (tenant: string, products: string[], lines: { product?: number; description?: string }[], i: number, note?: string) => {
      const doc = { kind: 'sale', payment: 'cash', source: 'chat', source_ref: randomUUID(), note,
        occurred_at: new Date(NOW - i * 3_600_000).toISOString(),
        lines: lines.map((l) => (l.product === undefined ? { description: l.description, qty: 1, unit_price: 1000 } : { product_id: products[l.product], qty: 1, unit_price: 1000 })) };
      return withActor(db, { role: 'authenticated', tenantId: tenant, memberRole: 'owner' }, async (tx) =>
        (await tx.query<{ r: { id: string } }>('select post_transaction($1) r', [doc])).rows[0]!.r.id);
    };
    const pa = [await createProduct(db, a, { name: 'Indomie', stock: 100 }), await createProduct(db, a, { name: 'Telur', unit: 'kg', stock: 100 })];
    const pb = [await createProduct(db, b, { name: 'Indomie', stock: 100 })];
    const model: { id: string; products: number[]; text: string }[] = [];
    for (let i = 0; i < 30; i++) {
      const lines = i % 3 === 0 ? [{ product: 0 }] : i % 3 === 1 ? [{ product: 1 }, { description: 'Kerupuk Udang' }] : [{ description: 'Es Teh' }];
      const note = i % 7 === 0 ? 'titip Pak Rudi' : undefined;
      const id = await post(a, pa, lines, i, note);
      model.push({ id, products: lines.flatMap((l) => (l.product === undefined ? [] : [l.product])), text: `${lines.map((l) => l.description ?? '').join(' ')} ${note ?? ''}`.toLowerCase() });
      await post(b, pb, [{ product: 0 }, { description: 'Kerupuk Udang' }], i, 'titip Pak Rudi');
    }
    const list = (params: { product?: string; search?: string; limit?: number; offset?: number }) =>
      withActor(db, { role: 'authenticated', tenantId: a, memberRole: 'owner' }, async (tx) => (await tx.query<{ id: string }>(
        'select id from dashboard_transactions($1, $2, $3, null, null, null, null, $4, $5, null, $6, $7)',
        [a, new Date(NOW - 40 * 86_400_000), new Date(NOW + 60_000), params.product ?? null, params.search ?? null, params.limit ?? 100, params.offset ?? 0])).rows.map((r) => r.id));
    // The model is newest first already (i hours ago).
    expect(await list({ product: pa[0] })).toEqual(model.filter((m) => m.products.includes(0)).map((m) => m.id));
    expect(await list({ product: pa[1] })).toEqual(model.filter((m) => m.products.includes(1)).map((m) => m.id));
    expect(await list({ product: pb[0] })).toEqual([]);
    expect(await list({ search: 'KERUPUK' })).toEqual(model.filter((m) => m.text.includes('kerupuk')).map((m) => m.id));
    expect(await list({ search: 'rudi' })).toEqual(model.filter((m) => m.text.includes('rudi')).map((m) => m.id));
    expect(await list({ search: 'es teh', limit: 3, offset: 2 })).toEqual(model.filter((m) => m.text.includes('es teh')).slice(2, 5).map((m) => m.id));
    expect(await list({ search: 'tidak ada' })).toEqual([]);
  });
});
