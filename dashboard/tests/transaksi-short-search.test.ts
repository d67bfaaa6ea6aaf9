// Transaksi search by a term of one or two letters ("es", "ab") goes through transaction_search_texts
// (20261202060000) instead of walking the period, and must find exactly what the walk found: every
// page equals a plain LIKE scan over the same rows (lines, counterparty, note, category, contact), on
// both engines. Rows written after the texts were built (a new sale, an edited note, a new contact)
// are found at once, another warung's rows never, and a rebuild changes nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { withActor, withService } from '../../core/db/tenant.ts';
import { createTenant } from '../../supabase/tests/fixtures.ts';

const NOW = Date.parse('2026-11-20T09:30:00Z');
const FROM = new Date(NOW - 60 * 86_400_000), TO = new Date(NOW + 60_000);
// Texts by index (g % n); 'Zq' only on a few old rows (past the newest 1000), in every field.
const LINES = ['Es Teh', 'Es Jeruk', 'Indomie Goreng', 'Kabel Roll', 'Sabun Cuci', 'Gula 1kg', '100% Kopi', 'a_b c', 'Teh Botol'];
const NOTES = ['titip Pak Rudi', 'lunas', 'bayar besok'];
const NAMES = ['Bu Sri', 'Mas Andi'];

describe.each(dbKinds)('Transaksi short search on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb(kind);
  });
  afterAll(() => db?.close());

  it('finds exactly what a LIKE scan finds, including rows written after the texts were built', async () => {
    const [a, b] = [await createTenant(db), await createTenant(db)];
    await withService(db, async (tx) => {
      const contact = async (tenant: string, name: string) =>
        (await tx.query<{ id: string }>(`insert into contacts (tenant_id, kind, name) values ($1, 'customer', $2) returning id`, [tenant, name])).rows[0]!.id;
      const [zqA, zqB, ekoA, ekoB] = [await contact(a, 'Bu Zq'), await contact(b, 'Bu Zq'), await contact(a, 'Pak Eko'), await contact(b, 'Pak Eko')];
      // 1,200 transactions per warung an hour apart, 1 or 2 lines, some with a note, name, category or contact.
      await tx.query(`
        with s as (
          insert into transactions (tenant_id, kind, occurred_at, payment, source, source_ref, total, note, counterparty_name, category, contact_id)
          select t, case when g % 10 = 8 then 'expense' else 'sale' end, $3::timestamptz - g * interval '1 hour', 'cash', 'chat', 'short:' || g, 1000,
                 case when g = 1102 then 'ada zq' when g % 11 = 0 then ($5::text[])[1 + g % 3] end,
                 case when g = 1103 then 'Pak ZQ' when g % 13 = 0 then ($6::text[])[1 + g % 2] end,
                 case when g = 1104 then 'zq' when g % 10 = 8 then 'listrik' end,
                 case when g = 1105 then case when t = $1 then $7::uuid else $8::uuid end
                      when g % 17 = 0 then case when t = $1 then $9::uuid else $10::uuid end end
            from unnest(array[$1::uuid, $2::uuid]) t, generate_series(1, 1200) g
          returning id, tenant_id, split_part(source_ref, ':', 2)::int as g)
        insert into transaction_lines (tenant_id, transaction_id, line_no, description, qty, unit_price, total)
        select s.tenant_id, s.id, n, case when s.g = 1101 and n = 1 then 'Zq' else ($4::text[])[1 + (s.g * n) % 9] end, 1, 1000, 1000
          from s, generate_series(1, 1 + s.g % 2) n`,
        [a, b, new Date(NOW).toISOString(), LINES, NOTES, NAMES, zqA, zqB, ekoA, ekoB]);
    });
    const search = (term: string, limit: number, offset: number) => withActor(db, { role: 'authenticated', tenantId: a, memberRole: 'owner' }, async (tx) =>
      (await tx.query<{ id: string }>('select id from dashboard_transactions($1, $2, $3, null, null, null, null, null, $4, null, $5, $6)',
        [a, FROM, TO, term, limit, offset])).rows.map((r) => r.id));
    // The plain LIKE scan: what the walk of the period returned before transaction_search_texts.
    const scan = (term: string, limit: number, offset: number) => withService(db, async (tx) => (await tx.query<{ id: string }>(`
      select t.id from transactions t where t.tenant_id = $1 and t.occurred_at >= $2 and t.occurred_at < $3
         and (lower(coalesce(t.counterparty_name, '')) like $4 or lower(coalesce(t.note, '')) like $4 or lower(coalesce(t.category, '')) like $4
              or exists (select 1 from contacts c where c.id = t.contact_id and lower(c.name) like $4)
              or exists (select 1 from transaction_lines l where l.transaction_id = t.id and lower(l.description) like $4))
       order by t.occurred_at desc, t.id desc limit $5 offset $6`,
      [a, FROM, TO, `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`, limit, offset])).rows.map((r) => r.id));
    const terms = ['es', 'ab', 'a', 'E', 'zq', 'Zq', '%', '_', 'b c', 'ru', '1', 'ko', 'xy', 'teh'];
    const pages: [number, number][] = [[51, 0], [3, 2], [51, 950], [5000, 0]];
    const check = async () => {
      for (const term of terms) {
        for (const [limit, offset] of pages) {
          expect({ term, limit, offset, ids: await search(term, limit, offset) }).toEqual({ term, limit, offset, ids: await scan(term, limit, offset) });
        }
      }
    };
    expect((await scan('zq', 51, 0)).length).toBe(5); // line, note, name, category, contact: all old rows
    await check();

    // Written after the texts were built: a new sale through post_transaction, an edited note, a new contact.
    const posted = await withActor(db, { role: 'authenticated', tenantId: a, memberRole: 'owner' }, async (tx) =>
      (await tx.query<{ r: { id: string } }>('select post_transaction($1) r', [{ kind: 'sale', payment: 'cash', source: 'chat', source_ref: randomUUID(),
        occurred_at: new Date(NOW - 30 * 60_000).toISOString(), lines: [{ description: 'Qw Baru', qty: 1, unit_price: 1000 }] }])).rows[0]!.r.id);
    const [edited, linked] = await withService(db, async (tx) => {
      const e = (await tx.query<{ id: string }>(`update transactions set note = 'jv' where tenant_id = $1 and source_ref = 'short:1150' returning id`, [a])).rows[0]!.id;
      const [{ id: c }] = (await tx.query<{ id: string }>(`insert into contacts (tenant_id, kind, name) values ($1, 'customer', 'Yk') returning id`, [a])).rows as [{ id: string }];
      const l = (await tx.query<{ id: string }>(`update transactions set contact_id = $2 where tenant_id = $1 and source_ref = 'short:1160' returning id`, [a, c])).rows[0]!.id;
      return [e, l];
    });
    expect(await search('qw', 51, 0)).toEqual([posted]);
    expect(await search('JV', 51, 0)).toEqual([edited]);
    expect(await search('yk', 51, 0)).toEqual([linked]);
    terms.push('qw', 'jv', 'yk');
    await check();

    // Another warung's texts lead to none of its rows; a rebuild (bulk loads) finds the same.
    expect(await withActor(db, { role: 'authenticated', tenantId: b, memberRole: 'owner' }, async (tx) =>
      (await tx.query('select id from dashboard_transactions($1, $2, $3, null, null, null, null, null, $4, null, 51, 0)', [b, FROM, TO, 'qw'])).rows)).toEqual([]);
    await withService(db, (tx) => tx.query('select internal.transaction_search_texts_rebuild()'));
    await check();
  }, 180_000);
});
