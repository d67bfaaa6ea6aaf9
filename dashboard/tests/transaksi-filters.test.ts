// Transaksi's product filter and text search (written for speed at 1M rows) still find exactly
// the transactions a model of the ledger says, newest first, on both engines: lines of several
// products, free-text lines, one tenant's matches never another's.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { withActor, withService } from '../../core/db/tenant.ts';
import { createProduct, createTenant } from '../../supabase/tests/fixtures.ts';
import { exportRecord } from '../lib/export.ts';
import { listTransactions, parseFilters, paymentLabel } from '../lib/queries/transaksi.ts';

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

  it('lists each line as description, quantity and unit as said, and an amount-only line by its description alone', async () => {
    const a = await createTenant(db);
    const indomie = await createProduct(db, a, { name: 'Indomie', unit: 'bks', stock: 100 });
    const surya = await createProduct(db, a, { name: 'Rokok Surya 12', unit: 'bks', stock: 100 });
    const post = (i: number, doc: Record<string, unknown>) => withActor(db, { role: 'authenticated', tenantId: a, memberRole: 'owner' }, (tx) =>
      tx.query('select post_transaction($1) r', [{ payment: 'cash', source: 'chat', source_ref: randomUUID(), occurred_at: new Date(NOW - i * 60_000).toISOString(), ...doc }]));
    await post(3, { kind: 'expense', description: 'Listrik', category: 'listrik', total: 150000 });
    await post(2, { kind: 'sale', lines: [{ product_id: indomie, qty: 1, unit_price: 3500 }, { description: 'Es Teh', qty: 1, unit_price: 3000 }] });
    await post(1, { kind: 'sale', lines: [{ product_id: indomie, qty: 2.5, unit_price: 3500 }, { description: 'Es Teh', qty: 2, unit_price: 3000 }] });
    await post(0, { kind: 'sale', lines: [{ product_id: surya, qty: 0.25, said_qty: 3, said_unit: 'batang', unit_price: 2500, total: 7500 },
      { product_id: surya, qty: 10, said_qty: 1, said_unit: 'slop', unit_price: 28000, total: 280000 }] });
    const items = await withActor(db, { role: 'authenticated', tenantId: a, memberRole: 'owner' }, async (tx) => (await tx.query<{ items: string }>(
      'select items from dashboard_transactions($1, $2, $3)', [a, new Date(NOW - 86_400_000), new Date(NOW + 60_000)])).rows.map((r) => r.items));
    // Owner try: a cigarette sold by the stick read "Rokok Surya 12 0.25 bks" (the base unit, a dot for the decimal).
    expect(items).toEqual(['Rokok Surya 12 3 batang, Rokok Surya 12 1 slop', 'Indomie 2,5 bks, Es Teh 2', 'Indomie 1 bks, Es Teh', 'Listrik']);
  });

  it('says a row paid by QRIS and cash at once as both, in the list and the export, in the list\'s order', async () => {
    const a = await createTenant(db);
    const ids: string[] = [];
    for (const [i, payment, total] of [[3, 'qris', 70000], [2, 'cash', 5000], [1, 'transfer', 36000]] as const) {
      ids.unshift(await withActor(db, { role: 'authenticated', tenantId: a, memberRole: 'owner' }, async (tx) => {
        const id = (await tx.query<{ r: { id: string } }>('select post_transaction($1) r', [{ kind: 'sale', payment, source: 'chat', source_ref: randomUUID(),
          occurred_at: new Date(NOW - i * 60_000).toISOString(), total }])).rows[0]!.r.id;
        if (payment !== 'cash') await tx.query('select record_cash_part($1, $2, $3)', [a, id, payment === 'qris' ? 20000 : 6000]);
        return id;
      }));
    }
    const session = { sessionId: 's', tenantId: a, memberId: randomUUID(), role: 'owner' as const, memberName: 'Pemilik', tenantName: 'Warung', zone: 'Asia/Jakarta' as const };
    const rows = await listTransactions(db, session, parseFilters({ dari: '2026-11-19', sampai: '2026-11-21' }), new Date(NOW), { limit: 10, offset: 0 });
    expect(rows.map((r) => [r.id, paymentLabel(r)])).toEqual([[ids[0], 'Transfer + Tunai'], [ids[1], 'Tunai'], [ids[2], 'QRIS + Tunai']]);
    expect(exportRecord(rows[2]!, 'Asia/Jakarta', false)[4]).toBe('QRIS + Tunai 20000');
  });

  // A rare term beyond the newest 1000 rows of the period is found through the trigram indexes
  // (dashboard_transactions' step 2), by line, note and contact name, paged; a term without three
  // letters in a row through transaction_search_texts. Another warung's matches never show.
  it('finds a rare term among many transactions, and never another warung\'s', async () => {
    const [a, b] = [await createTenant(db), await createTenant(db)];
    const ids = await withService(db, async (tx) => {
      const [{ id: contact }] = (await tx.query<{ id: string }>(`insert into contacts (tenant_id, kind, name) values ($1, 'customer', 'Bu Kopisusu') returning id`, [a])).rows as [{ id: string }];
      // 1,200 sales an hour apart; i = 1,100..1,104 (old, past the newest 1000) carry the term.
      await tx.query(`
        with s as (
          insert into transactions (tenant_id, kind, occurred_at, payment, source, source_ref, total, note, contact_id)
          select t, 'sale', $3::timestamptz - g * interval '1 hour', 'cash', 'chat', 'rare:' || t || ':' || g, 1000,
                 case when t = $1 and g = 1102 then 'titip kopi susu' end, case when t = $1 and g = 1104 then $4::uuid end
            from unnest(array[$1::uuid, $2::uuid]) t, generate_series(1, 1200) g
          returning id, tenant_id, source_ref)
        insert into transaction_lines (tenant_id, transaction_id, line_no, description, qty, unit_price, total)
        select s.tenant_id, s.id, 1, case when split_part(s.source_ref, ':', 3)::int in (1100, 1101, 1103) or s.tenant_id = $2 then 'Kopi Susu ZQ' else 'Es Teh' end, 1, 1000, 1000
          from s`, [a, b, new Date(NOW).toISOString(), contact]);
      const { rows } = await tx.query<{ id: string; i: number }>(
        `select id, split_part(source_ref, ':', 3)::int as i from transactions where tenant_id = $1 and source_ref like 'rare:%'`, [a]);
      return new Map(rows.filter((r) => r.i >= 1100 && r.i <= 1104).map((r) => [r.i, r.id]));
    });
    const found = async (search: string, limit = 51, offset = 0) => withActor(db, { role: 'authenticated', tenantId: a, memberRole: 'staff' }, async (tx) =>
      (await tx.query<{ id: string }>('select id from dashboard_transactions($1, $2, $3, null, null, null, null, null, $4, null, $5, $6)',
        [a, new Date(NOW - 60 * 86_400_000), new Date(NOW + 60_000), search, limit, offset])).rows.map((r) => r.id));
    const mine = [1100, 1101, 1102, 1103, 1104].map((i) => ids.get(i)!); // newest first: fewer hours ago
    const wanted = (is: number[]) => is.map((i) => ids.get(i)!);
    expect(await found('kopi susu')).toEqual(wanted([1100, 1101, 1102, 1103]));
    expect(await found('kopi')).toEqual(mine);
    expect(await found('KOPI', 2, 1)).toEqual(mine.slice(1, 3));
    expect(await found('kopi', 5000)).toEqual(mine); // an export's size: straight to the indexes
    expect(await found('es teh', 3000)).toHaveLength(1197); // every other row, read by id
    expect(await found('kopisusu')).toEqual(wanted([1104]));
    expect(await found('zq')).toEqual(wanted([1100, 1101, 1103])); // two letters: no trigram, the warung's distinct texts
    expect(await found('tidak ada sama sekali')).toEqual([]);
    // The candidates' helper checks the caller's warung itself.
    await expect(withActor(db, { role: 'authenticated', tenantId: a, memberRole: 'owner' },
      (tx) => tx.query(`select internal.transaction_search_ids($1, '%kopi%', 10)`, [b]))).rejects.toThrow(/forbidden:tenant/);
  }, 120_000);
});
