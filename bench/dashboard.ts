// The dashboard's server time on PostgreSQL: Ringkasan with 1M transactions in one warung and with
// 10,000 warungs × 100 transactions, the Transaksi query with filters at 1M rows (p50/p99 over runs),
// plus first start (no build yet) and warm start until the dashboard answers. Prints JSON.
//   node bench/dashboard.ts [--big 1000000] [--tenants 10000] [--per 100] [--runs 100] [--no-start]
// To iterate on queries: --keep leaves the loaded database (its URL is printed), --url <it> times again
// without loading (apply a changed migration to it by hand first); --only ringkasan|transaksi times one page.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { migrate, seed } from '../core/db/migrate.ts';
import { openDb } from '../core/db/open.ts';
import { createTestDatabase } from '../core/db/testing.ts';
import { loadRingkasan } from '../dashboard/lib/queries/ringkasan.ts';
import { parseFilters, transactionsPage } from '../dashboard/lib/queries/transaksi.ts';
import type { Session } from '../dashboard/lib/session.ts';
import { startTimes } from './dashboard-start.ts';

const { values: a } = parseArgs({ options: {
  big: { type: 'string', default: '1000000' }, tenants: { type: 'string', default: '10000' }, per: { type: 'string', default: '100' },
  runs: { type: 'string', default: '100' }, 'no-start': { type: 'boolean', default: false },
  keep: { type: 'boolean', default: false }, url: { type: 'string' }, only: { type: 'string' },
} });
const BIG = Number(a.big), TENANTS = Number(a.tenants), PER = Number(a.per), RUNS = Number(a.runs);
const DEMO = 'a0000000-0000-4000-8000-000000000001';
const NOW = new Date();

const { url, drop } = a.url ? { url: a.url, drop: async () => {} } : await createTestDatabase();
const db = await openDb({ databaseUrl: url, max: 4 });
const out: Record<string, unknown> = { bench: 'dashboard', db: 'postgres', big: BIG, tenants: TENANTS, per_tenant: PER, runs: RUNS };
try {
  if (!a.url) await loadAll();
  const owner = (tenantId: string): Session => ({ sessionId: randomUUID(), tenantId, memberId: randomUUID(), role: 'owner', memberName: 'x', tenantName: 'x', zone: 'Asia/Jakarta' });
  const timed = async (fn: (i: number) => Promise<unknown>) => {
    for (let i = 0; i < 5; i++) await fn(i); // warm plans and caches
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      await fn(i);
      ms.push(performance.now() - s);
    }
    ms.sort((x, y) => x - y);
    const q = (p: number) => Math.round(ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]! * 10) / 10;
    return { p50_ms: q(0.5), p99_ms: q(0.99), max_ms: q(1) };
  };
  const big = owner(DEMO);
  if (a.only !== 'transaksi') {
    out.ringkasan_1m = await timed(() => loadRingkasan(db, big, NOW));
    out.ringkasan_10k_tenants = await timed((i) => loadRingkasan(db, owner(`e0000000-0000-4000-8000-${((i * 7919) % TENANTS + 1).toString(16).padStart(12, '0')}`), NOW));
  }
  const filters = [
    {}, { jenis: 'sale', bayar: 'cash' }, { produk: 'd0000000-0000-4000-8000-000000000001' }, { q: 'indomie' }, { q: 'tidak ada' }, { q: 'listrik' }, { q: 'ab' },
    { jenis: 'sale', sumber: 'chat', hal: '5' }, { dari: '2026-01-01', sampai: '2026-06-30', jenis: 'expense' },
  ];
  if (a.only !== 'ringkasan') {
    out.transaksi_1m = await timed((i) => transactionsPage(db, big, parseFilters(filters[i % filters.length]!), NOW));
    out.transaksi_1m_by_filter = {};
    for (const f of filters) (out.transaksi_1m_by_filter as Record<string, unknown>)[JSON.stringify(f)] = await timed(() => transactionsPage(db, big, parseFilters(f), NOW));
  }
} finally {
  await db.close();
  if (a.keep) console.error(`kept: --url ${url}`);
  else await drop();
}
if (!a['no-start']) out.start = await startTimes();
console.log(JSON.stringify(out));

async function loadAll(): Promise<void> {
  await migrate(db);
  await seed(db);
  const t0 = Date.now();
  {
    // Bulk load as the connection's owner without triggers (live NOTIFY, FK checks): the shape of the
    // data is what matters here.
    const tx = await db.pool.connect();
    await tx.query(`begin; set local session_replication_role = replica`);
    await load(tx, `select '${DEMO}'::uuid as tenant_id, g as n from generate_series(1, ${BIG}) g`, BIG, 730);
    await tx.query(`insert into tenants (id, name, timezone) select ('e0000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, 'Warung ' || g, 'Asia/Jakarta' from generate_series(1, ${TENANTS}) g`);
    await tx.query(`insert into members (tenant_id, phone, name, role) select ('e0000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, '+62899' || lpad(g::text, 8, '0'), 'Pemilik', 'owner' from generate_series(1, ${TENANTS}) g`);
    await load(tx, `select ('e0000000-0000-4000-8000-' || lpad(to_hex(1 + (g - 1) / ${PER}), 12, '0'))::uuid as tenant_id, g as n from generate_series(1, ${TENANTS * PER}) g`, TENANTS * PER, 60);
    await tx.query('select internal.report_days_rebuild(), internal.report_product_days_rebuild(), internal.transaction_search_texts_rebuild()'); // the triggers were off
    await tx.query('commit');
    tx.release();
  }
  await db.pool.query('analyze');
  out.load_s = Math.round((Date.now() - t0) / 100) / 10;
}

/** Transactions (one line each, 80% sales) spread over `days` days before now, for the tenants of `source`. */
async function load(tx: import('pg').PoolClient, source: string, n: number, days: number): Promise<void> {
  await tx.query(`
    insert into transactions (id, tenant_id, kind, occurred_at, payment, source, source_ref, total, cogs, category)
    select md5(s.tenant_id::text || s.n)::uuid, s.tenant_id,
           case when s.n % 10 < 8 then 'sale' when s.n % 10 = 8 then 'expense' else 'purchase' end,
           now() - (s.n::double precision / ${n}) * interval '${days} days',
           (array['cash','cash','qris','transfer','credit'])[1 + s.n % 5], (array['chat','chat','voice','pos'])[1 + s.n % 4],
           'bench:' || s.n, 3500 * (1 + s.n % 5), case when s.n % 10 < 8 then 3000 * (1 + s.n % 5) end, case when s.n % 10 = 8 then 'listrik' end
      from (${source}) s`);
  await tx.query(`
    insert into transaction_lines (tenant_id, transaction_id, line_no, product_id, description, qty, unit, unit_price, total, unit_cost, cogs)
    select s.tenant_id, md5(s.tenant_id::text || s.n)::uuid, 1,
           case when s.tenant_id = '${DEMO}' then ('d0000000-0000-4000-8000-0000000000' || lpad((1 + s.n % 40)::text, 2, '0'))::uuid end,
           case when s.n % 10 = 8 then 'listrik' else 'Indomie Goreng' end, 1 + s.n % 5, 'bks', 3500, 3500 * (1 + s.n % 5), 3000, 3000 * (1 + s.n % 5)
      from (${source}) s`);
}
