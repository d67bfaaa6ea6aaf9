// The router's fuzzy product lookup (internal.product_candidates, once for every typed name) in a
// warung with a real catalogue: the demo's 40 products plus --extra more, then the time of one call
// for each of a few typed names. Prints JSON. A call must not grow with the catalogue.
//   node bench/product-candidates.ts [--stack postgres|pglite] [--extra 1000] [--warungs 1] [--calls 200]
import { parseArgs } from 'node:util';
import { freshDb } from '../core/db/testing.ts';
import { withService } from '../core/db/tenant.ts';

const { values } = parseArgs({ options: {
  stack: { type: 'string', default: 'postgres' }, extra: { type: 'string', default: '1000' }, calls: { type: 'string', default: '200' },
  warungs: { type: 'string', default: '1' },
} });
const stack = values.stack as 'postgres' | 'pglite';
const extra = Number(values.extra);
const calls = Number(values.calls);
const db = await freshDb(stack, { seeded: true });
const DEMO = 'a0000000-0000-4000-8000-000000000001';
const asOwner = `select set_config('request.jwt.claims', '{"role":"authenticated","tenant_id":"${DEMO}"}', true), set_config('role', 'authenticated', true)`;

// Names like a grocer's: brand, kind and size, some with an alias.
const brands = ['sedap', 'sarimi', 'supermi', 'abc', 'sasa', 'royco', 'masako', 'bango', 'sosro', 'ultra', 'frisian', 'indofood', 'garuda', 'dua kelinci', 'chitato', 'lays', 'taro', 'roma', 'khong guan', 'oreo'];
const kinds = ['kecap manis', 'saos sambal', 'mie goreng', 'mie kuah', 'teh kotak', 'susu coklat', 'kacang', 'keripik', 'biskuit', 'wafer', 'sirup', 'kopi susu', 'bumbu racik', 'minyak', 'sabun cuci'];
const sizes = ['60 g', '135 ml', '250 ml', '1 l', '500 g', 'sachet', 'pouch', 'botol'];
await withService(db, async (tx) => {
  await tx.query(`insert into products (tenant_id, name, aliases, unit)
    select $1, initcap(b || ' ' || k || ' ' || s), case when n % 3 = 0 then array[b || ' ' || split_part(k, ' ', 1)] else '{}' end, 'pcs'
      from (select n, ($2::text[])[1 + n % array_length($2::text[], 1)] as b, ($3::text[])[1 + (n / 20) % array_length($3::text[], 1)] as k,
                   ($4::text[])[1 + (n / 300) % array_length($4::text[], 1)] as s from generate_series(0, $5 - 1) n) x
    on conflict do nothing`, [DEMO, brands, kinds, sizes, extra]);
});
// Other warungs on the same database, each with a copy of this catalogue: a lookup reads only its own.
await withService(db, async (tx) => {
  for (let i = 1; i < Number(values.warungs); i++) {
    const t = (await tx.query<{ id: string }>(`insert into tenants (name, city, timezone) values ($1, 'Bandung', 'Asia/Jakarta') returning id`, [`Warung ${i}`])).rows[0]!.id;
    await tx.query(`insert into products (tenant_id, name, aliases, unit) select $1, name, aliases, unit from products where tenant_id = $2`, [t, DEMO]);
  }
});
await db.pool.query('analyze').catch(() => {});

const typed = ['indomie goreng', 'aqua 600ml', 'kopi kapal api', 'gula pasir', 'telur', 'rokok surya', 'kecap', 'indomi'];
const result = await withService(db, async (tx) => {
  await tx.query(asOwner);
  const products = Number((await tx.query<{ n: string }>(`select count(*) as n from products where tenant_id = $1 and active`, [DEMO])).rows[0]!.n);
  const q = `select id from internal.product_candidates($1, $2)`;
  for (const t of typed) for (let i = 0; i < 10; i++) await tx.query(q, [DEMO, t]);
  const t0 = performance.now();
  for (let i = 0; i < calls; i++) await tx.query(q, [DEMO, typed[i % typed.length]]);
  const ms = (performance.now() - t0) / calls;
  const found: Record<string, number> = {};
  for (const t of typed) found[t] = (await tx.query(q, [DEMO, t])).rows.length;
  return { products, ms_per_call: Math.round(ms * 1000) / 1000, candidates: found };
});
console.log(JSON.stringify({ bench: 'product-candidates', stack, warungs: Number(values.warungs), calls, ...result }));
await db.close();
