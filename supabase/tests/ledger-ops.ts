// Random operations for the model test (ledger-property.test.ts): what fast-check generates, and how
// one operation is sent to the SQL functions. Quantities are whole base units here; packs are sent as
// said_qty + said_unit without qty, so post_transaction does the pack arithmetic. A count may be "as of"
// `back` steps ago (counted then, sent now: what moved since stays on top).
import fc from 'fast-check';

export type Method = 'cash' | 'qris' | 'transfer';
export type Op =
  | { op: 'buy'; p: number; packs: number | null; qty: number; unit: number; extra: number; payment: Method | 'credit'; twice: boolean }
  | { op: 'sell'; p: number; packs: number | null; qty: number; unit: number; payment: Method | 'credit'; twice: boolean }
  | { op: 'void'; pick: number; twice: boolean }
  | { op: 'pay'; who: 'customer' | 'supplier'; amount: number; method: Method; twice: boolean }
  | { op: 'voidPay'; pick: number; twice: boolean }
  | { op: 'addDebt'; who: 'customer' | 'supplier'; amount: number; twice: boolean }
  | { op: 'stockIn'; p: number; qty: number; cost: number | null; twice: boolean }
  | { op: 'lose'; p: number; qty: number; twice: boolean }
  | { op: 'count'; p: number; qty: number; back: number | null; twice: boolean }
  | { op: 'undoStock'; pick: number; twice: boolean };

const method = fc.constantFrom<Method>('cash', 'qris', 'transfer');
const payment = fc.constantFrom<Method | 'credit'>('cash', 'qris', 'transfer', 'credit');
const p = fc.integer({ min: 0, max: 1 });
const packs = fc.option(fc.integer({ min: 1, max: 3 }), { nil: null });
// Two sessions at once now and then: the model books the operation once.
const twice = fc.boolean();
const who = fc.constantFrom<'customer' | 'supplier'>('customer', 'supplier');

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('buy' as const), p, packs, qty: fc.integer({ min: 1, max: 40 }), unit: fc.integer({ min: 1000, max: 9000 }), extra: fc.integer({ min: 0, max: 999 }), payment, twice }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('sell' as const), p, packs, qty: fc.integer({ min: 1, max: 30 }), unit: fc.integer({ min: 2000, max: 12000 }), payment, twice }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('void' as const), pick: fc.nat(), twice }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('pay' as const), who, amount: fc.integer({ min: 1, max: 80 }).map((x) => x * 1000), method, twice }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('voidPay' as const), pick: fc.nat(), twice }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('addDebt' as const), who, amount: fc.integer({ min: 1, max: 50 }).map((x) => x * 1000), twice }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('stockIn' as const), p, qty: fc.integer({ min: 1, max: 20 }), cost: fc.option(fc.integer({ min: 1000, max: 9000 }), { nil: null }), twice }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('lose' as const), p, qty: fc.integer({ min: 1, max: 5 }), twice }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('count' as const), p, qty: fc.integer({ min: 0, max: 60 }), back: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }), twice }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('undoStock' as const), pick: fc.nat(), twice }) },
);

/** A warung's setup for one sequence: two products, each with one pack unit of a random size. */
export const setupArb = fc.record({ sizes: fc.tuple(fc.integer({ min: 2, max: 50 }), fc.integer({ min: 2, max: 50 })) });

/** Runs fn once, or twice at once (both must agree); returns the result of the session that booked, or the error code. */
export async function once<R>(run: () => Promise<R>, twice: boolean): Promise<R | { error: string }> {
  const results = await Promise.allSettled(twice ? [run(), run()] : [run()]);
  if (new Set(results.map((r) => r.status === 'fulfilled' ? 'ok' : (r.reason as Error).message)).size > 1) {
    throw new Error(`two sessions disagreed: ${JSON.stringify(results.map((r) => r.status === 'fulfilled' ? 'ok' : (r.reason as Error).message))}`);
  }
  const ok = results.filter((r): r is PromiseFulfilledResult<Awaited<R>> => r.status === 'fulfilled').map((r) => r.value);
  // The session that did the work, else the echo (all echoes when it was done before).
  const did = (v: unknown) => typeof v === 'object' && v !== null && ((v as { created?: unknown }).created === true || (v as { voided?: unknown }).voided === true);
  if (ok.length) return ok.find(did) ?? ok[0]!;
  const err = (results[0] as PromiseRejectedResult).reason as Error;
  return { error: err.message };
}

export const failed = (r: unknown): r is { error: string } => typeof r === 'object' && r !== null && 'error' in r;
