// Sync of offline POS sales: N sales made "offline" by one device (UUIDv7 ids, its own receipt numbers),
// then POSTed to a real server over HTTP in batches of 100 (as the page's sync does, one batch at a time),
// then the whole lot re-sent (a device that never heard the answers). Prints JSON per stack: time,
// sales/s, and duplicates (re-sent sales answered 'booked' again, and extra transactions in the books;
// both must be 0). Goal: 1,000 sales in < 5 s.
// Run: node bench/pos-sync.ts [--stack pglite|postgres|both] [--sales 1000] [--batch 100] [--age 30]
// --age: the sales were made that many minutes before they are sent (a day offline), with a stock count of every product
// made in between, so each sale gives its goods back to that count (pos_sale_before_count).
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { withActor, withService } from '../core/db/tenant.ts';
import { DeviceResponse, SalesResponse, type Sale } from '../dashboard/lib/pos/contract.ts';
import { CASHIER_ID, startPosApp, TENANT } from '../dashboard/tests/pos-app.ts';
import { makeSale } from '../dashboard/tests/pos-sales.ts';

const { values } = parseArgs({ options: { stack: { type: 'string', default: 'both' }, sales: { type: 'string', default: '1000' }, batch: { type: 'string', default: '100' },
  age: { type: 'string', default: '0' } } });
const ageMs = Number(values.age) * 60_000;
const total = Number(values.sales);
const batchSize = Number(values.batch);
const stacks = values.stack === 'both' ? (['postgres', 'pglite'] as const) : [values.stack as 'pglite' | 'postgres'];

// Products of the demo warung (ids d…01–d…43), one to three lines a sale, mostly base units.
const product = (n: number) => `d0000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;

async function run(stack: 'pglite' | 'postgres') {
  const pos = await startPosApp(stack, { listen: true });
  try {
    const client = await pos.login(CASHIER_ID);
    const post = async (url: string, body: unknown) => {
      const res = await fetch(`${pos.url}${url}`, { method: 'POST', headers: { ...client.headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const device = DeviceResponse.parse(await post('/api/pos/device', { name: 'bench' }));
    // A stocked warung (the demo's opening stock would run out and turn most sales into negative-stock notices).
    await withService(pos.db, (tx) => tx.query(`select add_stock(tenant_id, id, 100000, 'bench:stock:' || id, 1000) from products`));
    const prices = new Map((await withService(pos.db, (tx) => tx.query<{ id: string; p: number }>('select id, coalesce(sell_price, 1000)::int as p from products'))).rows.map((r) => [r.id, r.p]));
    const state = { ...device, seq: 0, cashierId: CASHIER_ID };
    const sales: Sale[] = Array.from({ length: total }, (_, i) => makeSale(state,
      Array.from({ length: 1 + (i % 3) }, (_, j) => {
        const id = product(1 + ((i * 7 + j * 13) % 43));
        return { productId: id, qty: 1 + ((i + j) % 4), unitPrice: prices.get(id) ?? 1000 };
      }), { method: i % 10 === 0 ? 'qris' : 'cash' })).map((sale) => (ageMs ? { ...sale, occurredAt: new Date(Date.now() - ageMs).toISOString() } : sale));
    if (ageMs) {
      await withService(pos.db, (tx) => tx.query(`select set_stock_count(tenant_id, id, 100000, 'bench:count:' || id, 'hitung', now() - $1 * interval '1 millisecond' / 2)
        from products`, [ageMs]));
    }
    const batches = Array.from({ length: Math.ceil(total / batchSize) }, (_, b) => sales.slice(b * batchSize, (b + 1) * batchSize));

    const sync = async () => {
      const counts: Record<string, number> = { booked: 0, duplicate: 0, rejected: 0 };
      const t = performance.now();
      for (const b of batches) for (const r of SalesResponse.parse(await post('/api/pos/sales', { sales: b })).results) counts[r.status]! += 1;
      return { ms: Math.round(performance.now() - t), counts };
    };
    const first = await sync();
    const again = await sync();
    // The same sales booked straight through post_transaction as chat sales (one transaction each, no HTTP):
    // the floor this machine gives a sale right now, to read sync_ms against (shared CPUs vary a lot).
    const actor = { role: 'authenticated' as const, tenantId: TENANT, memberId: CASHIER_ID, memberRole: 'cashier' as const };
    const t0 = performance.now();
    for (const sale of sales) {
      await withActor(pos.db, actor, (tx) => tx.query('select post_transaction($1)', [{ kind: 'sale', source: 'chat', source_ref: `bench:${sale.id}`,
        lines: sale.lines.map((l) => ({ product_id: l.productId, qty: l.qty, unit_price: l.unitPrice })) }]));
    }
    const baselineMs = Math.round(performance.now() - t0);
    const inBooks = (await withService(pos.db, (tx) => tx.query<{ n: number; refs: number }>(
      `select count(*)::int as n, count(distinct source_ref)::int as refs from transactions where source = 'pos'`))).rows[0]!;
    return {
      stack, sales: total, batch: batchSize, age_min: Number(values.age),
      sync_ms: first.ms, sales_per_s: Math.round(total / (first.ms / 1000)), first: first.counts,
      resend_ms: again.ms, resend: again.counts,
      duplicates: again.counts.booked! + (inBooks.n - total), transactions_in_books: inBooks.n,
      baseline_post_transaction_ms: baselineMs, sync_vs_baseline: Number((first.ms / baselineMs).toFixed(2)),
      goal_under_5s: first.ms < 5000, load_average: loadavg().map((l) => Number(l.toFixed(1))),
    };
  } finally {
    await pos.stop();
  }
}

const results = [];
for (const stack of stacks) results.push(await run(stack));
console.log(JSON.stringify({ bench: 'pos-sync', results }, null, 2));
