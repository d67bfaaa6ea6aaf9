// One source of truth: over random ledgers, the chat's "laporan hari ini" (agents/finance/report.ts)
// and the dashboard's Ringkasan (dashboard/lib/queries/ringkasan.ts) give the same figures, on both
// database engines (Selisih stok from stock counts too, equal to the cost_ledger's); staff get the same
// sales figures but no cost or profit.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figures, periodReport } from '../../agents/finance/report.ts';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { withActor, withService } from '../../core/db/tenant.ts';
import { formatRupiah } from '../../core/format.ts';
import { createProduct, createTenant } from '../../supabase/tests/fixtures.ts';
import { loadRingkasan } from '../lib/queries/ringkasan.ts';
import type { Session } from '../lib/session.ts';

const NOW = new Date('2026-11-20T09:30:00Z'); // 17.30 WITA
const DAY = 86_400_000;

type Entry = { kind: 'sale' | 'expense' | 'income' | 'purchase' | 'count'; ageMin: number; qty: number; price: number; product: number; voided: boolean; payment: string; cashQuarters: number };
const entry = fc.record({
  kind: fc.constantFrom('sale', 'sale', 'sale', 'expense', 'income', 'purchase', 'count') as fc.Arbitrary<Entry['kind']>,
  ageMin: fc.integer({ min: 0, max: 65 * 24 * 60 }),
  qty: fc.integer({ min: 1, max: 5 }),
  price: fc.integer({ min: 1, max: 60 }).map((n) => n * 500),
  product: fc.integer({ min: 0, max: 2 }),
  voided: fc.boolean().map((b) => b && Math.random() < 0.3),
  payment: fc.constantFrom('cash', 'qris', 'transfer'),
  // A QRIS/transfer sale or purchase partly paid in cash ("50rb qris 20rb tunai"): that many quarters of it.
  cashQuarters: fc.integer({ min: 0, max: 3 }),
});
/** The cash part recorded on an entry, or 0. */
const cashPart = (e: Entry) => (e.kind === 'sale' || e.kind === 'purchase') && e.payment !== 'cash' && e.cashQuarters > 0 && e.qty * e.price >= 4
  ? Math.floor((e.qty * e.price * e.cashQuarters) / 4) : 0;

describe.each(dbKinds)('chat report and Ringkasan agree on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb(kind);
  });
  afterAll(() => db?.close());

  async function ledger(entries: Entry[]): Promise<{ owner: Session; staff: Session }> {
    const tenantId = await createTenant(db);
    // The third product's cost is unknown, so some sales have no cogs ("sebagian modal belum tercatat").
    const products = [
      await createProduct(db, tenantId, { name: 'Indomie', unit: 'bks', sellPrice: 3500, avgCost: 3000, stock: 500 }),
      await createProduct(db, tenantId, { name: 'Telur', unit: 'kg', sellPrice: 30000, avgCost: 27000, stock: 500 }),
      await createProduct(db, tenantId, { name: 'Kerupuk', unit: 'bks', sellPrice: 1000, avgCost: null, stock: 500 }),
    ];
    const members = await withService(db, async (tx) => (await tx.query<{ id: string; role: 'owner' | 'staff' }>(
      `insert into members (tenant_id, phone, name, role) values ($1, $2, 'Pemilik', 'owner'), ($1, $3, 'Karyawan', 'staff') returning id, role`,
      [tenantId, `+62877${Math.floor(Math.random() * 1e8)}`, `+62878${Math.floor(Math.random() * 1e8)}`])).rows);
    const session = (role: 'owner' | 'staff'): Session => ({
      sessionId: randomUUID(), tenantId, memberId: members.find((m) => m.role === role)!.id, role,
      memberName: role, tenantName: 'Warung', zone: 'Asia/Makassar',
    });
    await withActor(db, { role: 'authenticated', tenantId, memberRole: 'owner' }, async (tx) => {
      for (const e of entries) {
        const occurred = new Date(NOW.getTime() - e.ageMin * 60_000).toISOString();
        if (e.kind === 'count') { // a stock count that finds the product short or over (Selisih stok)
          const { rows } = await tx.query<{ level: string }>('select level from stock_levels where product_id = $1', [products[e.product]]);
          const counted = Math.max(0, Number(rows[0]?.level ?? 0) + (e.voided ? e.qty : -e.qty * 2));
          await tx.query('select set_stock_count($1, $2, $3, $4, $5, $6)', [tenantId, products[e.product], counted, randomUUID(), 'hitung', occurred]);
          continue;
        }
        const goods = e.kind === 'sale' || e.kind === 'purchase';
        const doc = goods
          ? { kind: e.kind, payment: e.payment, source: 'chat', source_ref: randomUUID(), occurred_at: occurred, lines: [{ product_id: products[e.product], qty: e.qty, unit_price: e.price }] }
          : { kind: e.kind, payment: e.payment, source: 'chat', source_ref: randomUUID(), occurred_at: occurred, total: e.qty * e.price, category: 'lain' };
        const { rows } = await tx.query<{ r: { id: string } }>('select post_transaction($1) r', [doc]);
        if (cashPart(e) > 0) await tx.query('select record_cash_part($1, $2, $3)', [tenantId, rows[0]!.r.id, cashPart(e)]);
        if (e.voided) await tx.query('select void_transaction($1, $2, null, $3)', [tenantId, rows[0]!.r.id, randomUUID()]);
      }
    });
    return { owner: session('owner'), staff: session('staff') };
  }

  it('gives the same omzet, profit, expenses and count for today, 7 and 30 days', async () => {
    await fc.assert(fc.asyncProperty(fc.array(entry, { minLength: 0, maxLength: 25 }), async (entries) => {
      const { owner, staff } = await ledger(entries);
      const dash = await loadRingkasan(db, owner, NOW);
      const actor = { role: 'authenticated' as const, tenantId: owner.tenantId, memberId: owner.memberId, memberRole: 'owner' as const };
      const text = await withActor(db, actor, (tx) => periodReport(tx, owner.tenantId, owner.zone, 'today', NOW));
      const today = dash.periods[0]!.current;
      if (today.salesCount === 0 && today.expenses === 0 && today.income === 0 && !today.stockDiff) expect(text).toContain('Belum ada penjualan atau pengeluaran tercatat.');
      else {
        expect(text).toContain(`Omzet ${formatRupiah(today.omzet)}`);
        expect(text).toContain(`Laba kotor ${formatRupiah(today.grossProfit!)}`);
        expect(text).toContain(`Pengeluaran ${formatRupiah(today.expenses)}`);
        expect(text).toContain(`Laba bersih ${formatRupiah(today.netProfit!)}`);
      }
      if (today.stockDiff) expect(text).toContain(`Selisih stok ${today.stockDiff > 0 ? '+' : ''}${formatRupiah(today.stockDiff)}`);
      else expect(text).not.toContain('Selisih stok');
      // Every period, current and previous: the chat's figures() over the same instants.
      for (const p of dash.periods) {
        for (const side of ['current', 'previous'] as const) {
          const chat = await withActor(db, actor, (tx) => figures(tx, owner.tenantId, p.range[side], owner.zone));
          const d = p[side];
          expect({ omzet: d.omzet, gross: d.grossProfit, expenses: d.expenses, income: d.income, count: d.salesCount, stockDiff: d.stockDiff })
            .toEqual({ omzet: chat.omzet, gross: chat.omzet - chat.cogs, expenses: chat.expenses, income: chat.income, count: chat.salesCount, stockDiff: chat.stockDiff });
          // Selisih stok is the cost_ledger's counts over the same instants (the books' own view).
          const books = await withActor(db, actor, async (tx) => (await tx.query<{ d: string }>(
            `select coalesce(-sum(cogs), 0)::bigint as d from cost_ledger where tenant_id = $1 and kind = 'opname' and at >= $2 and at < $3`,
            [owner.tenantId, p.range[side].start, p.range[side].end])).rows[0]!.d);
          expect(d.stockDiff).toBe(Number(books));
        }
      }
      // The daily chart sums to the 30 days' omzet; a model of the ledger agrees with both.
      expect(dash.daily.reduce((s, d) => s + d.omzet, 0)).toBe(dash.periods[2]!.current.omzet);
      const live = entries.filter((e) => !e.voided && e.kind === 'sale' && e.ageMin * 60_000 < NOW.getTime() - dash.periods[2]!.range.current.start.getTime());
      expect(dash.periods[2]!.current.omzet).toBe(live.reduce((s, e) => s + e.qty * e.price, 0));
      // Terlaris (report_product_days, kept by triggers) equals the raw lines over the same 30 days, voids included.
      const month = dash.periods[2]!.range.current;
      const raw = await withActor(db, actor, async (tx) => (await tx.query('select * from report_top_products($1, $2, $3, 5)', [owner.tenantId, month.start, month.end])).rows);
      expect(dash.top).toEqual(raw.map((p) => ({ name: p.name, qty: Number(p.qty), unit: p.unit, total: Number(p.total) })));
      // Every column the triggers keep in report_days (payments and counts too) equals a rebuild from the ledger.
      const days = () => withService(db, async (tx) => (await tx.query(
        `select * from report_days where tenant_id = $1
            and (omzet, cogs, cogs_unknown, expenses, income, sales_count, cash, qris, transfer, credit, cash_n, qris_n, transfer_n, credit_n)
                <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
          order by day`, [owner.tenantId])).rows);
      const kept = await days();
      // Cash by payment: a cash sale's total and the cash part of the others (a model of the ledger).
      const sold = entries.filter((e) => !e.voided && e.kind === 'sale');
      expect(kept.reduce((n, d) => n + Number(d.cash), 0)).toBe(sold.reduce((n, e) => n + (e.payment === 'cash' ? e.qty * e.price : cashPart(e)), 0));
      expect(kept.reduce((n, d) => n + Number(d.qris), 0)).toBe(sold.filter((e) => e.payment === 'qris').reduce((n, e) => n + e.qty * e.price - cashPart(e), 0));
      await withService(db, (tx) => tx.query('select internal.report_days_rebuild($1)', [owner.tenantId]));
      expect(kept).toEqual(await days());
      // Staff: the same sales, no cost or profit anywhere.
      const s = await loadRingkasan(db, staff, NOW);
      expect(s.periods.map((p) => p.current.omzet)).toEqual(dash.periods.map((p) => p.current.omzet));
      expect(s.periods.every((p) => p.current.grossProfit === null && p.current.netProfit === null && p.current.stockDiff === null)).toBe(true);
      expect(s.daily.every((d) => d.grossProfit === null)).toBe(true);
    }), { numRuns: kind === 'pglite' ? 12 : 8 });
  }, 180_000);

  it('refuses another tenant\'s figures', async () => {
    const { owner } = await ledger([]);
    const other = await createTenant(db);
    await expect(withActor(db, { role: 'authenticated', tenantId: owner.tenantId, memberRole: 'owner' },
      (tx) => tx.query('select * from report_figures($1, now() - interval \'1 day\', now())', [other]))).rejects.toThrow(/forbidden:tenant/);
  });
});
