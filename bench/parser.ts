// Parser speed: messages/s on one core over the corpus repeated, p50/p99 per message, memory over 1M messages.
// Usage: node bench/parser.ts [messages=1000000] [corpus.jsonl]
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { z } from 'zod';
import { parse } from '../agents/language/index.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const total = Number(process.argv[2] ?? 1_000_000);
// The shared folder sits beside the main checkout (../../shared) or beside the worktrees' parent (../../../shared).
const corpusPath = process.argv[3] ?? [join(import.meta.dirname, '..', '..', 'shared', 'nlu', 'corpus.jsonl'),
  join(import.meta.dirname, '..', '..', '..', 'shared', 'nlu', 'corpus.jsonl')].find((p) => existsSync(p)) ?? '';
const line = z.object({ text: z.string(), now: z.string() });
const cases = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => line.parse(JSON.parse(l)));
const ctx = cases.map((c) => ({ now: new Date(c.now), offsetMinutes: 420 }));

const mb = (b: number) => Math.round((b / 1024 / 1024) * 10) / 10;
let sink = 0;

// Warm up the JIT.
for (let i = 0; i < 20_000; i++) sink += parse(cases[i % cases.length].text, ctx[i % cases.length]).items.length;
gc();
const before = process.memoryUsage();

const t0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
// RSS every quarter of the run: flat memory means no growth after the first quarter.
const rssAt: number[] = [];
const quarter = Math.max(1, Math.floor(total / 4));
for (let i = 0; i < total; i++) {
  const k = i % cases.length;
  sink += parse(cases[k].text, ctx[k]).items.length;
  if ((i + 1) % quarter === 0) rssAt.push(mb(process.memoryUsage().rss));
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
// CPU time of this process: on a busy machine wall time includes waiting for a core.
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const afterRun = process.memoryUsage();
gc();
const after = process.memoryUsage();

// Latency of single messages.
const samples = Math.min(200_000, total);
const times = new Float64Array(samples);
for (let i = 0; i < samples; i++) {
  const k = i % cases.length;
  const s = process.hrtime.bigint();
  sink += parse(cases[k].text, ctx[k]).items.length;
  times[i] = Number(process.hrtime.bigint() - s) / 1e3;
}
times.sort();
const pct = (p: number) => Math.round(times[Math.min(samples - 1, Math.floor(samples * p))] * 10) / 10;

// Hostile single messages (the robustness bar: never more than 5 ms on one message).
const chat = 'laku indomie 5 bks 17.500 kemarin tgl 5 bu sri ngutang @ / sekilo dua puluh ribu , total 5 november'.split(' ');
const hostile: Record<string, string> = {
  letters_100kb: 'a'.repeat(100_000),
  chat_100kb: 'laku indomie 5 bks 17.500 '.repeat(4000),
  digits_100kb: '9'.repeat(100_000),
  emoji_100kb: '🙏'.repeat(50_000),
  chat_words_shuffled: Array.from({ length: 5000 }, (_, i) => chat[(i * 7) % chat.length]).join(' '),
  dates_repeated: '5 november '.repeat(10_000),
  number_words: 'dua puluh '.repeat(10_000),
  separators: ', '.repeat(50_000),
  sql_html: "'; DROP TABLE x; -- <script>alert(1)</script> ".repeat(2000),
};
const hostileMs: Record<string, { median: number; max: number }> = {};
for (const [name, text] of Object.entries(hostile)) {
  const runs: number[] = [];
  for (let r = 0; r < 50; r++) {
    const s = process.hrtime.bigint();
    sink += parse(text).items.length;
    runs.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  runs.sort((a, b) => a - b);
  hostileMs[name] = { median: Math.round(runs[25] * 100) / 100, max: Math.round(runs[49] * 100) / 100 };
}

console.log(JSON.stringify({
  bench: 'parser',
  corpus_messages: cases.length,
  messages: total,
  seconds: Math.round(seconds * 100) / 100,
  messages_per_s: Math.round(total / seconds),
  cpu_seconds: Math.round(cpuSeconds * 100) / 100,
  messages_per_cpu_s: Math.round(total / cpuSeconds),
  load_avg_1m: Math.round(loadavg()[0] * 10) / 10,
  latency_us: { p50: pct(0.5), p99: pct(0.99), p999: pct(0.999), max: Math.round(times[samples - 1]) },
  rss_mb: { before: mb(before.rss), each_quarter: rssAt, after_run: mb(afterRun.rss), after_gc: mb(after.rss) },
  heap_used_mb: { before: mb(before.heapUsed), after_gc: mb(after.heapUsed) },
  hostile_ms: hostileMs,
  node: process.version,
  sink: sink > 0,
}));
