// "laku gula 2 kilo, bayar 50rb" with sugar at Rp18.500 a kilo: the Rp50.000 is a note handed over, not what the sugar cost
// (helpers' tries: four sales were booked with the prices raised to fit the money). The parser marks money paid said last
// (frame.tendered beside the same amount); it is the total only when the goods at their shelf prices come to it or more.
// Otherwise they are booked at those prices, and the reply says the change.
import type { Frame } from '../../core/frame.ts';
import { advance } from './catalogue/resolve.ts';
import type { Product } from './catalogue/resolve-items.ts';
import type { Env } from './env.ts';
import type { Work } from './state-schema.ts';
import type { ResolvedFrame } from './types.ts';

export async function handedOver(env: Env, work: Work, frame: ResolvedFrame, seen: Map<string, Product>): Promise<ResolvedFrame> {
  const said = work.frame;
  if (said.intent !== 'sale' || said.tendered == null || said.amount !== said.tendered || said.payment === 'credit') return frame;
  const bare: Frame = { ...said, amount: null, items: said.items.map((i) => ({ ...i, unit_price: null, total: null })) };
  const step = await advance(env.tx, env.agentCtx.tenant.id, { ...work, frame: bare, resolved: bare.items.map(() => null), priceKind: [] }, seen, []);
  if (step.kind !== 'done') return frame;
  const shelf = step.frame.items.reduce((s, i) => s + (i.total ?? Number.NaN), 0);
  // The money said is the total (a price of the day, a discount): booked as said, with no change to count out.
  if (!(shelf > 0) || shelf >= said.tendered) return { ...frame, tendered: null };
  return { ...step.frame, amount: shelf, tendered: said.tendered };
}
