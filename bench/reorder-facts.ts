// The reorder alert's facts (internal.reorder_facts, read after every sale) for a warung with a real
// history: --per-day sales a day over --days days spread over 40 products, then the time of one call
// for one product. Prints JSON. The call reads the product's recent sales; it must not grow with the
// warung's other sales.
//   node bench/reorder-facts.ts [--stack postgres|pglite] [--days 14] [--per-day 100] [--calls 300]
import { parseArgs } from 'node:util';
import { freshDb } from '../core/db/testing.ts';
import { withService } from '../core/db/tenant.ts';

const { values } = parseArgs({ options: {
  stack: { type: 'string', default: 'postgres' }, days: { type: 'string', default: '14' },
  'per-day': { type: 'string', default: '100' }, calls: { type: 'string', default: '300' },
} });
const stack = values.stack as 'postgres' | 'pglite';
const perDay = Number(values['per-day']);
const sales = Number(values.days) * perDay;
const calls = Number(values.calls);
const db = await freshDb(stack, { seeded: true });
const DEMO = 'a0000000-0000-4000-8000-000000000001';
const product = (i: number) => `d0000000-0000-4000-8000-0000000000${String(1 + (i % 40)).padStart(2, '0')}`;
const asOwner = `select set_config('request.jwt.claims', '{"role":"authenticated","tenant_id":"${DEMO}"}', true), set_config('role', 'authenticated', true)`;

const now = Date.now();
await withService(db, async (tx) => {
  await tx.query(asOwner);
  for (let i = 0; i < sales; i++) {
    await tx.query(`select post_transaction(jsonb_build_object('tenant_id', $1::text, 'kind', 'sale', 'source', 'chat', 'source_ref', 'bench:' || $3::text,
      'occurred_at', $4::text, 'lines', jsonb_build_array(jsonb_build_object('product_id', $2::text, 'qty', 1, 'unit_price', 3500))))`,
    [DEMO, product(i), i, new Date(now - (i / perDay) * 86_400_000).toISOString()]);
  }
});
await db.pool.query('analyze').catch(() => {}); // PostgreSQL's statistics as autovacuum would have them

const facts = `select * from internal.reorder_facts($1::uuid, array[$2]::uuid[], now() - interval '14 days', now())`;
const result = await withService(db, async (tx) => {
  await tx.query(asOwner);
  for (let i = 0; i < 20; i++) await tx.query(facts, [DEMO, product(0)]);
  const t0 = performance.now();
  for (let i = 0; i < calls; i++) await tx.query(facts, [DEMO, product(0)]);
  const ms = (performance.now() - t0) / calls;
  const sold = Number((await tx.query<{ sold: string }>(facts, [DEMO, product(0)])).rows[0]!.sold);
  return { ms_per_call: Math.round(ms * 1000) / 1000, sold_in_window: sold };
});
console.log(JSON.stringify({ bench: 'reorder-facts', stack, sales, per_day: perDay, calls, ...result }));
await db.close();
