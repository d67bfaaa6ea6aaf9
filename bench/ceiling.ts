// The pipeline against the database's ceiling, measured in the same run (the machine is shared, so
// only figures taken back to back compare): pgbench (bench/pgbench.ts), then bench/pipeline.ts on
// PostgreSQL + BullMQ at its maximum rate (closed loop), then paced at half that rate. Prints each
// bench's JSON and a summary: messages/s as a share of pgbench's TPS, p99 at half the maximum rate.
//   node bench/ceiling.ts [--clients 8] [--seconds 15] [--owners 20] [--messages 2000] [--rounds 1]
// With --rounds N the three run N times in turn and the summary gives each round and the median.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: {
  clients: { type: 'string', default: '8' }, seconds: { type: 'string', default: '15' },
  owners: { type: 'string', default: '20' }, messages: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '1' },
} });

function run(script: string, args: string[]): Record<string, unknown> {
  const out = execFileSync(process.execPath, [new URL(script, import.meta.url).pathname, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const line = out.trim().split('\n').at(-1)!;
  console.log(line);
  return JSON.parse(line) as Record<string, unknown>;
}

const rounds: { pgbench_tps: number; pipeline_messages_per_s: number; share_of_pgbench: number; half_rate: number; half_rate_p99_ms: number; half_rate_achieved: number }[] = [];
for (let i = 0; i < Number(values.rounds); i++) {
  const pgb = run('./pgbench.ts', ['--clients', values.clients!, '--seconds', values.seconds!]);
  const max = run('./pipeline.ts', ['--stack', 'postgres', '--owners', values.owners!, '--messages', values.messages!]);
  const half = Math.max(1, Math.round(Number(max.messages_per_s) / 2));
  // The same owners: each has one message in flight, so a message that finds none free waits, and its
  // latency (counted from when it was due) shows it.
  const paced = run('./pipeline.ts', ['--stack', 'postgres', '--owners', values.owners!,
    '--messages', String(Math.max(300, half * 15)), '--rate', String(half)]);
  rounds.push({
    pgbench_tps: Number(pgb.tps), pipeline_messages_per_s: Number(max.messages_per_s),
    share_of_pgbench: Math.round((100 * Number(max.messages_per_s)) / Number(pgb.tps)) / 100,
    half_rate: half, half_rate_p99_ms: Number(paced.p99_ms), half_rate_achieved: Number(paced.messages_per_s),
  });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(JSON.stringify({
  bench: 'ceiling', rounds,
  median_share_of_pgbench: median(rounds.map((r) => r.share_of_pgbench)),
  median_half_rate_p99_ms: median(rounds.map((r) => r.half_rate_p99_ms)),
}));
