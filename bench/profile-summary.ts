// Summarises a V8 .cpuprofile (node --cpu-prof) as text: self time by area (a package, or a folder of
// this repository), the top functions by self time, and a flame graph folded into an indented tree
// (total time per call path, branches under --min percent left out). Prints plain text, not JSON: it is
// a reading aid for a profile, the figures that matter are the benchmarks' JSON.
//   node bench/profile-summary.ts FILE.cpuprofile [--top 25] [--min 2] [--depth 14]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface CallFrame { functionName: string; url: string; lineNumber: number }
interface Node { id: number; callFrame: CallFrame; hitCount?: number; children?: number[] }
interface Profile { nodes: Node[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

const { values, positionals } = parseArgs({ allowPositionals: true, options: {
  top: { type: 'string', default: '25' }, min: { type: 'string', default: '2' }, depth: { type: 'string', default: '14' },
} });
const profile = JSON.parse(readFileSync(positionals[0]!, 'utf8')) as Profile;

// Self time per node from the samples and their time deltas (more exact than hitCount × interval).
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const root = profile.nodes.find((n) => !parent.has(n.id))!;

const total = [...self.values()].reduce((a, b) => a + b, 0);
const idleIds = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
const idle = [...idleIds].reduce((a, id) => a + (self.get(id) ?? 0), 0);
const busy = total - idle;

/** node_modules/<pkg>, a folder of this repo (agents/router), node: internals, or a V8 pseudo-frame. */
function area(f: CallFrame): string {
  if (!f.url) return f.functionName.startsWith('(') ? f.functionName : '(native)';
  if (f.url.startsWith('node:')) return `node:${f.url.slice(5).split('/')[0]}`;
  const nm = f.url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = f.url.slice(nm + 13).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const m = /\/(agents|bot|core|dashboard|bench|shared|prompts)\/([^/]+)/.exec(f.url);
  return m ? `${m[1]}/${m[2]!.replace(/\.ts$/, '')}` : f.url;
}
const label = (f: CallFrame) => `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(agents|bot|core|dashboard|bench)\//, '$1/')}:${f.lineNumber + 1}` : ''}`.trim();

const ms = (x: number) => x.toFixed(0).padStart(7);
const pctOfBusy = (x: number) => `${((100 * x) / busy).toFixed(1).padStart(5)} %`;

function table(title: string, key: (f: CallFrame) => string, top: number) {
  const sums = new Map<string, number>();
  for (const [id, t] of self) {
    if (idleIds.has(id)) continue;
    const k = key(byId.get(id)!.callFrame);
    sums.set(k, (sums.get(k) ?? 0) + t);
  }
  console.log(`\n${title}\n${'self ms'.padStart(7)}  ${'of busy'.padStart(7)}  where`);
  for (const [k, t] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(t)}  ${pctOfBusy(t)}  ${k}`);
}

console.log(`profile ${positionals[0]}: ${(total / 1000).toFixed(1)} s sampled, busy ${(busy / 1000).toFixed(1)} s, idle ${(idle / 1000).toFixed(1)} s`);
table('Self time by area', area, Number(values.top));
table('Self time by function', label, Number(values.top));

// Flame graph as text: merge call paths by frame label, total time per path, children by time.
interface Tree { t: number; kids: Map<string, Tree> }
const tree: Tree = { t: 0, kids: new Map() };
function walk(n: Node, into: Tree) {
  const key = label(n.callFrame);
  let here = into;
  if (n !== root) {
    here = into.kids.get(key) ?? { t: 0, kids: new Map() };
    into.kids.set(key, here);
  }
  here.t += idleIds.has(n.id) ? 0 : (self.get(n.id) ?? 0);
  for (const c of n.children ?? []) walk(byId.get(c)!, here);
}
walk(root, tree);
(function sum(t: Tree): number { for (const k of t.kids.values()) t.t += sum(k); return t.t; })(tree);

const min = (Number(values.min) / 100) * busy;
const maxDepth = Number(values.depth);
console.log(`\nFlame graph (total time per call path, ≥ ${values.min} % of busy; single-child chains folded with ›)`);
function print(t: Tree, depth: number, indent: string) {
  for (const [k, kid] of [...t.kids].sort((a, b) => b[1].t - a[1].t)) {
    if (kid.t < min || k === '(idle)') continue;
    // Fold a chain of frames that each have one significant child into one line.
    let name = k;
    let node = kid;
    for (;;) {
      const big = [...node.kids].filter(([, c]) => c.t >= min);
      if (big.length !== 1 || big[0]![1].t < node.t * 0.9) break;
      name += ` › ${big[0]![0].split(' ')[0]}`;
      node = big[0]![1];
    }
    console.log(`${ms(kid.t)}  ${pctOfBusy(kid.t)}  ${indent}${name}`);
    if (depth < maxDepth) print(node, depth + 1, `${indent}  `);
  }
}
print(tree, 0, '');
