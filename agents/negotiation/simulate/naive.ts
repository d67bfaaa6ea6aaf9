// The benchmark's baseline buyer: splits the difference between its last offer and the supplier's price,
// under the same ceiling and round limit. Used only by tests and bench/negotiation.ts.
import { floorTo, MAX_ROUNDS, type CounterState, type Decision } from '../policy.ts';

export function splitTheDifference(s: CounterState): Decision {
  const ask = s.asks[s.asks.length - 1]!;
  const round = s.offers.length;
  if (round >= MAX_ROUNDS) return ask <= s.ceiling ? { kind: 'hold', price: ask } : { kind: 'walk' };
  const from = s.offers[round - 1] ?? s.target;
  const next = Math.min(s.ceiling, Math.max(from, floorTo((from + ask) / 2)));
  if (ask <= next) return { kind: 'accept', price: ask };
  return { kind: 'counter', price: next, final: round === MAX_ROUNDS - 1 };
}
