// End-to-end pipeline benchmark: N simulated owners, each in their own warung, chat through the
// simulator's HTTP API (real sockets) → inbox → router → database → outbox → reply. Each owner sends
// a message, waits for the reply (long poll), sends the next. Prints JSON: messages/s, latency from
// POST to reply (p50/p95/p99), the server's peak RSS. The owners run in bench/pipeline-client.ts.
//   node bench/pipeline.ts [--stack pglite|postgres] [--owners 20] [--messages 1000]
// The postgres stack uses BullMQ on the local Redis. `bench/pgbench.ts` gives the database ceiling.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { withService } from '../core/db/tenant.ts';
import { startTestApp, type Stack } from '../bot/testing.ts';

const { values } = parseArgs({ options: {
  stack: { type: 'string', default: 'pglite' }, owners: { type: 'string', default: '20' }, messages: { type: 'string', default: '1000' },
} });
const stack = values.stack as Stack;
const owners = Number(values.owners);
const total = Number(values.messages);

const script = [
  'laku indomie goreng 2 bks 7rb', 'laku aqua 600ml 3 botol', 'stok beras masih brp', 'kulakan gula pasir 5 kg 85rb',
  'bayar listrik 150rb', 'laku kopi kapal api 4 sachet goceng', 'laporan hari ini', 'laku telur 1 kg 30rb',
];

const app = await startTestApp({ stack });
const base = app.juragan.url;
const DEMO = 'a0000000-0000-4000-8000-000000000001';
const phones = Array.from({ length: owners }, (_, i) => `+62857${String(i).padStart(7, '0')}`);
// One warung per owner, each with the demo catalogue and stock.
await withService(app.db, async (tx) => {
  for (const [i, phone] of phones.entries()) {
    const t = (await tx.query<{ id: string }>(`insert into tenants (name, city, timezone) values ($1, 'Bandung', 'Asia/Jakarta') returning id`, [`Warung ${i}`])).rows[0]!.id;
    await tx.query(`insert into members (tenant_id, phone, name, role) values ($1, $2, $3, 'owner')`, [t, phone, `Owner ${i}`]);
    await tx.query(`insert into products (tenant_id, name, aliases, unit, sell_price, avg_cost, category)
                    select $1, name, aliases, unit, sell_price, avg_cost, category from products where tenant_id = $2`, [t, DEMO]);
    await tx.query(`insert into stock_movements (tenant_id, product_id, qty, kind, source_ref)
                    select $1, id, 1000, 'adjustment', 'bench-open:' || id from products where tenant_id = $1`, [t]);
  }
});

// The owners run in a child process, so the load generator's own HTTP work is not counted against
// the server's event loop (both still share the machine's two cores).
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const started = performance.now();
const child = fork(fileURLToPath(new URL('./pipeline-client.ts', import.meta.url)), [], { stdio: 'inherit' });
child.send({ base, phones, total, script });
const latencies = await new Promise<number[]>((resolve, reject) => {
  child.on('message', (m) => resolve(m as number[]));
  child.on('exit', (code) => code && reject(new Error(`client exited ${code}`)));
});

const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
latencies.sort((a, b) => a - b);
const pct = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]! * 10) / 10;
console.log(JSON.stringify({
  bench: 'pipeline', stack, queue: app.juragan.queue.name, owners, messages: latencies.length,
  messages_per_s: Math.round(latencies.length / seconds), p50_ms: pct(50), p95_ms: pct(95), p99_ms: pct(99),
  server_peak_rss_mb: Math.round(peakRss / 1e6), cpus: (await import('node:os')).cpus().length,
}));
await app.stop();
process.exit(0);
