// 1,000 simulated negotiations against the persona mix (agents/negotiation/simulate), played twice on the
// same draws: the Boulware policy and a naive split-the-difference buyer, same ceiling and round limit.
// Prints JSON. `node bench/negotiation.ts [count] [seed]`.
import { decide } from '../agents/negotiation/policy.ts';
import { splitTheDifference } from '../agents/negotiation/simulate/naive.ts';
import { personas } from '../agents/negotiation/simulate/personas.ts';
import { simulate, type SimResult, type SimSpec } from '../agents/negotiation/simulate/run.ts';
import type { Policy } from '../agents/negotiation/thread.ts';

const count = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 20261201);

function mulberry32(a: number) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(seed);
const between = (lo: number, hi: number) => lo + (hi - lo) * rnd();
const round = (x: number, step: number) => Math.round(x / step) * step;

function draw(): SimSpec {
  const ceiling = round(between(10_000, 60_000), 500);
  const n = 2 + Math.floor(rnd() * 3);
  return {
    item: 'telur', unit: 'kg', qty: 1 + Math.floor(rnd() * 50), ceiling,
    lastPrice: rnd() < 0.7 ? round(ceiling * between(0.85, 1.0), 100) : null,
    market: rnd() < 0.7 ? round(ceiling * between(0.9, 1.05), 100) : null,
    suppliers: Array.from({ length: n }, () => ({ persona: personas[Math.floor(rnd() * personas.length)]!, floor: round(ceiling * between(0.8, 1.15), 100) })),
    owner: (s) => (s.choices.length ? '1' : null),
  };
}

const specs = Array.from({ length: count }, draw);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const r4 = (x: number | null) => (x == null ? null : Math.round(x * 10_000) / 10_000);

function measure(policy: Policy, reword?: SimSpec['reword']) {
  const results: { spec: SimSpec; r: SimResult }[] = specs.map((spec) => ({ spec, r: simulate({ ...spec, policy, reword }) }));
  const deals = results.filter((x) => x.r.chosen);
  const vsFirst = deals.map(({ r }) => r.chosen!.price / r.firstQuotes[r.chosen!.index]!);
  const vsCeiling = deals.map(({ spec, r }) => r.chosen!.price / spec.ceiling);
  const vsFloor = deals.map(({ spec, r }) => r.chosen!.price / spec.suppliers[r.chosen!.index]!.floor);
  const landedVsCeiling = deals.map(({ spec, r }) => r.chosen!.landed / spec.ceiling);
  const answered = results.flatMap(({ r }) => r.threads.filter((t) => t.asks.length > 0).map((t) => t.offers.length));
  const violations = results.reduce((n, { spec, r }) => n + r.threads.filter((t) => t.offers.some((o) => o > spec.ceiling)).length, 0);
  const possible = results.filter(({ spec }) => spec.suppliers.some((s) => !s.persona.silent && s.floor <= spec.ceiling)).length;
  return {
    deal_rate: r4(deals.length / results.length),
    deal_rate_where_possible: r4(deals.length / possible),
    price_vs_first_quote: r4(mean(vsFirst)),
    saving_vs_first_quote_pct: r4((1 - (mean(vsFirst) ?? 1)) * 100),
    price_vs_ceiling: r4(mean(vsCeiling)),
    landed_vs_ceiling: r4(mean(landedVsCeiling)),
    price_vs_supplier_floor: r4(mean(vsFloor)),
    counters_per_quoting_supplier: r4(mean(answered)),
    max_counters: Math.max(...answered),
    offers_above_ceiling: violations,
    ...(reword ? phrasingStats(results) : {}),
  };
}

// An LLM that words every message, and every third time tries something the guard must stop (a raised
// price, the ceiling named, an acceptance at a made-up price).
function tamperingModel(): NonNullable<SimSpec['reword']> {
  let n = 0;
  return (draft) => {
    const k = n++ % 6;
    if (k === 2) return draft.replace(/Rp([\d.]+)/, (_m, d: string) => `Rp${(Number(d.replace(/\./g, '')) + 1_000).toLocaleString('id-ID')}`);
    if (k === 4) return `${draft} Maksimal kami Rp99.000 ya.`;
    if (k === 5) return 'Setuju Rp35.000/kg, kami pesan sekarang.';
    return `Permisi, ${draft}`;
  };
}
const amountsIn = (text: string) => [...text.matchAll(/Rp([\d.]+)/g)].map((m) => Number(m[1]!.replace(/\./g, '')));
function phrasingStats(results: { spec: SimSpec; r: SimResult }[]) {
  const sent = results.flatMap(({ r }) => r.sent);
  const offPolicy = sent.filter((s) => s.out.kind !== 'order' && amountsIn(s.text).join() !== ('price' in s.out ? String(s.out.price) : '')).length;
  return {
    messages: sent.length,
    model_wording_sent_share: r4(sent.filter((s) => s.text !== s.draft).length / sent.length),
    messages_with_a_price_not_from_the_policy: offPolicy,
  };
}

const started = performance.now();
const ours = measure(decide);
const naive = measure(splitTheDifference);
const phrased = measure(decide, tamperingModel());
console.log(JSON.stringify({
  benchmark: 'negotiation', negotiations: count, seed,
  persona_mix: personas.map((p) => p.id), suppliers_per_negotiation: '2-4', supplier_floor_vs_ceiling: '0.80-1.15',
  boulware: ours, naive_split_the_difference: naive, boulware_with_tampering_llm_wording: phrased,
  ms: Math.round(performance.now() - started),
}, null, 2));
