// A price question's server time ("harga cabe rawit hari ini?" → parser, router, market agent, all its
// queries) with 1 M network observations and 2 years of official data for 50 cities; and the Harga pasar
// page's SQL (picker, 90-day history, latest figures) on the same data.
// `node bench/market-price.ts [--stack postgres|pglite] [--observations 1000000] [--questions 300]`. Prints JSON.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { withTenant } from '../core/db/tenant.ts';
import { freshDb } from '../core/db/testing.ts';
import { DEMO_TENANT, OWNER, routerChat } from '../agents/router/testing.ts';

const { values } = parseArgs({ options: {
  stack: { type: 'string', default: 'postgres' }, observations: { type: 'string', default: '1000000' }, questions: { type: 'string', default: '300' },
} });
const stack = values.stack === 'pglite' ? 'pglite' : 'postgres';
const N_OBS = Number(values.observations);
const N_Q = Number(values.questions);
const CITIES = 50;
const WARUNGS = 2000;
const DAYS = 730;
const NOW = new Date('2026-11-20T05:00:00Z');

const db = await freshDb(stack, { seeded: true });
const t0 = performance.now();
// Bulk load as the connection's own (owner) role: a restore-like load, no RLS or claims needed.
const tx = await db.pool.connect();
try {
  await tx.query('begin');
  await tx.query(`update tenants set regency = 'Kota Bandung', province = 'Jawa Barat' where id = $1`, [DEMO_TENANT]);
  // 50 cities in 5 provinces; Kota Bandung is city 0. Official consumer prices for every commodity and day.
  await tx.query(`
    insert into market_prices (commodity, region, province, unit, price, source, price_level, publisher, observed_at, source_ref)
    select c.name, case when r = 0 then 'Kota Bandung' else 'Kota Bench ' || r end, 'Provinsi ' || (r % 5), c.unit,
           (10000 + (c.bapanas_id * 997) % 60000) * (0.9 + 0.2 * random()), 'official', 'consumer', 'bapanas',
           ($1::date - d) at time zone 'Asia/Jakarta', 'bench:' || r || ':' || c.name || ':' || d
    from market_commodities c, generate_series(0, ${CITIES - 1}) r, generate_series(0, ${DAYS - 1}) d`, [NOW.toISOString().slice(0, 10)]);
  await tx.query(`
    insert into tenants (name, city, regency, province)
    select 'Warung Bench ' || w, 'Bench', case when w % ${CITIES} = 0 then 'Kota Bandung' else 'Kota Bench ' || (w % ${CITIES}) end, 'Provinsi ' || ((w % ${CITIES}) % 5)
    from generate_series(1, ${WARUNGS}) w`);
  // Observations reference real tenants; their transaction ids are synthetic, so foreign keys are
  // skipped for the bulk load (session_replication_role), as a restore would.
  await tx.query(`set local session_replication_role = replica`);
  await tx.query(`
    with t as (select id, regency, province, row_number() over (order by id) - 1 as n from tenants where name like 'Warung Bench %'),
         c as (select name, unit, row_number() over (order by name) - 1 as n from market_commodities)
    insert into market_observations (tenant_id, transaction_id, line_no, commodity, regency, province, unit, price, observed_at)
    select t.id, gen_random_uuid(), 1, c.name, t.regency, t.province, c.unit, (10000 + random() * 50000)::bigint,
           $1::timestamptz - random() * interval '${DAYS} days'
    from generate_series(1, ${N_OBS}) i
    join t on t.n = (i::bigint * 7919) % ${WARUNGS}
    join c on c.n = (i / ${WARUNGS}) % 25`, [NOW]);
  await tx.query(`set local session_replication_role = origin`);
  await tx.query('commit');
} finally {
  tx.release();
}
await db.pool.query('analyze');
const loadMs = performance.now() - t0;

const counts = (await db.pool.query<{ official: number; observations: number; bandung_cabai_7d: number }>(`
  select (select count(*)::int from market_prices where tenant_id is null) official,
         (select count(*)::int from market_observations) observations,
         (select count(*)::int from market_observations where commodity = 'Cabai Rawit Merah' and regency = 'Kota Bandung' and observed_at > $1::timestamptz - interval '7 days') bandung_cabai_7d`, [NOW])).rows[0];

const chat = routerChat(db, { now: NOW });
const questions = ['harga cabe rawit hari ini?', 'bawang merah pasaran skrg brp', 'harga telor brp', 'harga minyak sekarang', 'harga gula hari ini'];
let check = '';
for (let i = 0; i < 20; i++) check = (await chat.say(OWNER, questions[i % questions.length])).join('\n');
const ms: number[] = [];
const byQuestion = new Map<string, number[]>(questions.map((q) => [q, []]));
for (let i = 0; i < N_Q; i++) {
  const q = questions[i % questions.length];
  const s = performance.now();
  await chat.say(OWNER, q);
  ms.push(performance.now() - s);
  byQuestion.get(q)!.push(ms.at(-1)!);
}
// The market part alone: the one SQL call a price answer makes, as the warung (RLS on).
const views: [string[], number[]][] = [[['Cabai Rawit Merah'], []], [['Bawang Merah'], []], [['Telur Ayam Ras'], []],
  [['Minyak Goreng Kemasan', 'Minyak Goreng Curah', 'Minyakita'], []], [['Gula Konsumsi'], []]];
for (let i = 0; i < N_Q; i++) {
  const [commodities, xs] = views[i % views.length];
  const s = performance.now();
  await withTenant(db, DEMO_TENANT, (tx) => tx.query(`select market_price_view($1, 'Kota Bandung', 'Jawa Barat', $2)`, [commodities, NOW]));
  xs.push(performance.now() - s);
}
// The Harga pasar page's SQL (dashboard/lib/queries/harga-pasar.ts): picker, 90-day history, latest figures.
const page: number[] = [];
for (let i = 0; i < Math.max(20, Math.floor(N_Q / 3)); i++) {
  const c = views[i % views.length]![0][0]!;
  const s = performance.now();
  await withTenant(db, DEMO_TENANT, async (tx) => {
    await tx.query(`select * from market_commodity_choices($1)`, [DEMO_TENANT]);
    await tx.query(`select market_price_history($1, 90, $2, $3)`, [c, NOW, DEMO_TENANT]);
    await tx.query(`select market_price_view($1, 'Kota Bandung', 'Jawa Barat', null, $2)`, [[c], DEMO_TENANT]);
  });
  page.push(performance.now() - s);
}
const at = (xs: number[], p: number) => Number([...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))].toFixed(2));
ms.sort((a, b) => a - b);
const pct = (p: number) => at(ms, p);
console.log(JSON.stringify({
  bench: 'market-price', stack, ...counts, cities: CITIES, warungs: WARUNGS, days: DAYS, load_s: Number((loadMs / 1000).toFixed(1)),
  questions: N_Q, p50_ms: pct(50), p95_ms: pct(95), p99_ms: pct(99), max_ms: Number(ms.at(-1)!.toFixed(2)),
  per_question: Object.fromEntries([...byQuestion].map(([q, xs]) => [q, { p50_ms: at(xs, 50), p99_ms: at(xs, 99) }])),
  sql_view_only: { p50_ms: at(views.flatMap((v) => v[1]), 50), p99_ms: at(views.flatMap((v) => v[1]), 99) },
  harga_pasar_page_sql: { runs: page.length, p50_ms: at(page, 50), p99_ms: at(page, 99) },
  load_average: loadavg().map((x) => Number(x.toFixed(1))), cores: (await import('node:os')).cpus().length,
  goal: 'p99 < 50 ms', pass: pct(99) < 50, sample_reply_has_network: /Jaringan Juragan \(\d+ warung/.test(check),
}, null, 2));
await db.close();
