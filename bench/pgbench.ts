// The database ceiling for bench/pipeline.ts: pgbench running, per "message", a transaction of
// similar size on the same schema (a sale of a random one of 40 products) (inbox insert + claim, a sale through post_transaction with its
// stock movement, the reply in the outbox, inbox done, outbox sent). Prints JSON with pgbench's TPS.
//   node bench/pgbench.ts [--clients 8] [--seconds 15]
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { freshDb } from '../core/db/testing.ts';

const { values } = parseArgs({ options: { clients: { type: 'string', default: '8' }, seconds: { type: 'string', default: '15' } } });
const db = await freshDb('postgres', { seeded: true });
const url = db.url!;

const script = `
\\set ext random(1, 1000000000)
\\set p random(1, 40)
begin;
insert into inbox (channel, account, external_id, sender_phone, sender_address, chat, kind, body, status)
  values ('simulator', 'sim', 'bench-' || :client_id || '-' || :ext || '-' || clock_timestamp(), '+6281200000001', '+6281200000001', '+62812000000' || :client_id, 'text', 'laku indomie goreng 2 bks 7rb', 'processing')
  returning id \\gset
select set_config('request.jwt.claims', '{"role":"authenticated","tenant_id":"a0000000-0000-4000-8000-000000000001"}', true), set_config('role', 'authenticated', true);
select post_transaction(jsonb_build_object('tenant_id', 'a0000000-0000-4000-8000-000000000001', 'kind', 'sale', 'source', 'chat',
  'source_ref', 'inbox:' || :id, 'lines', jsonb_build_array(jsonb_build_object('product_id', ('d0000000-0000-4000-8000-0000000000' || lpad(:p::text, 2, '0'))::uuid, 'qty', 2, 'unit_price', 3500))));
select set_config('role', 'service_role', true);
insert into outbox (tenant_id, inbox_id, seq, channel, account, chat, body)
  values ('a0000000-0000-4000-8000-000000000001', :id, 0, 'simulator', 'sim', '+6281200000001', 'Siap Kak, tercatat');
update inbox set status = 'done', processed_at = now() where id = :id;
commit;
update outbox set status = 'sent', sent_at = clock_timestamp() where inbox_id = :id and seq = 0;
`;
const file = join(mkdtempSync(join(tmpdir(), 'juragan-pgbench-')), 'message.sql');
writeFileSync(file, script);
// CPU per transaction, to compare with bench/pipeline.ts's cpu_ms_per_message: pgbench itself (a child we
// wait for: our cutime/cstime) and the backends of this database (sampled while they live).
const childCpuBefore = childCpuMs();
const backends = new Map<number, number>();
const admin = new pg.Client({ connectionString: url });
await admin.connect();
const sampling = setInterval(() => void samplePids(), 200);
const out = await new Promise<string>((resolve, reject) => execFile('pgbench', ['-n', '-c', values.clients!, '-j', '2', '-T', values.seconds!, '-f', file, url],
  { encoding: 'utf8' }, (err, stdout) => (err ? reject(err) : resolve(stdout))));
clearInterval(sampling);
await admin.end();
const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1]);
const latency = Number(/latency average = ([\d.]+) ms/.exec(out)?.[1]);
const txns = Number(/number of transactions actually processed: (\d+)/.exec(out)?.[1]);
const perTxn = (ms: number) => Math.round((ms / txns) * 100) / 100;
const backendMs = [...backends.values()].reduce((a, b) => a + b, 0);
console.log(JSON.stringify({
  bench: 'pgbench', clients: Number(values.clients), seconds: Number(values.seconds), tps: Math.round(tps), latency_avg_ms: latency,
  cpu_ms_per_txn: { pgbench: perTxn(childCpuMs() - childCpuBefore), postgres: perTxn(backendMs) },
}));

async function samplePids(): Promise<void> {
  const { rows } = await admin.query<{ pid: number }>(`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`).catch(() => ({ rows: [] }));
  for (const { pid } of rows) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
      backends.set(pid, (Number(f[11]) + Number(f[12])) * 10);
    } catch {
      // gone
    }
  }
}

/** CPU of this process's waited-for children (cutime + cstime, clock ticks of 10 ms). */
function childCpuMs(): number {
  const f = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(f[13]) + Number(f[14])) * 10;
}
await db.close();
