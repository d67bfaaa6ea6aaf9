// The offer policy: every number Juragan says to a supplier comes from here. Pure, no I/O.
// Boulware concession (Faratin et al. 1998): offer(t) = open + (ceiling - open) · t^(1/e); with e < 1 the
// buyer holds near its opening offer and concedes late. The ceiling is a hard wall: nothing above it is
// ever offered or accepted, and the buyer's offers never go down.

export const MAX_ROUNDS = 3;
/** Boulware exponent: 0.25 concedes ~6 % of the gap at half time. */
export const BOULWARE_E = 0.25;
/** When the supplier did not move since its last price, the buyer concedes only this share of its step. */
export const STUCK_FACTOR = 0.5;

export interface PriceRefs {
  /** The owner's limit per unit, rupiah. */
  ceiling: number;
  /** What the warung last paid per unit, when known. */
  lastPrice: number | null;
  /** A market reference per unit (official or supplier quotes), when known. */
  market: number | null;
}

/**
 * Offers are floored to a round step, so flooring can never cross the ceiling. A sack of rice is haggled in
 * thousands ("Rp558.100" reads like a machine's number), an egg in hundreds.
 */
export function step(price: number): number {
  return price >= 100_000 ? 1_000 : price >= 5_000 ? 100 : price >= 500 ? 10 : 1;
}
export const floorTo = (price: number) => Math.floor(price / step(price)) * step(price);

/** The price we hope for: the lower of the last purchase and the market, never above the ceiling. */
export function targetPrice(r: PriceRefs): number {
  const refs = [r.lastPrice, r.market].filter((x): x is number => x != null && x > 0);
  const ref = refs.length ? Math.min(...refs) : r.ceiling * 0.9;
  return floorTo(Math.min(r.ceiling, ref));
}

/**
 * The first counter: never above the target (what was paid last, or the market), nor above the quote. Below the
 * target only down to 10 % under the quote: a wholesaler's margin on staples is a few percent, so a counter far
 * under both reads as not serious (a sugar try: Rp14.200 against Rp17.800 when Rp15.300 was paid last).
 */
const QUOTE_FLOOR = 0.9;
export function openingOffer(target: number, firstQuote: number, ceiling: number): number {
  const low = Math.max(target * 0.9, firstQuote * QUOTE_FLOOR);
  return floorTo(Math.min(low, target, firstQuote, ceiling));
}

/** The Boulware offer for counter number `round` (0-based) of MAX_ROUNDS. */
export function boulwareOffer(open: number, ceiling: number, round: number, e = BOULWARE_E): number {
  const t = Math.min(1, Math.max(0, round / (MAX_ROUNDS - 1)));
  return open + (ceiling - open) * Math.pow(t, 1 / e);
}

export interface CounterState {
  ceiling: number;
  target: number;
  /** Our offers so far, in order. */
  offers: number[];
  /** The supplier's prices so far, in order (per unit of the negotiation). */
  asks: number[];
}

export type Decision =
  | { kind: 'accept'; price: number }          // their price is at or below what we would offer now
  | { kind: 'counter'; price: number; final: boolean }
  | { kind: 'hold'; price: number }            // rounds used up, their last price is within the ceiling: the owner decides
  | { kind: 'walk' };                          // rounds used up and their price is above the ceiling

/** What to answer to the supplier's latest price (the last of `asks`). */
export function decide(s: CounterState): Decision {
  const ask = s.asks[s.asks.length - 1];
  if (ask === undefined) throw new Error('decide: no supplier price yet');
  const round = s.offers.length;
  const prev = s.offers[round - 1];
  if (round >= MAX_ROUNDS) return ask <= s.ceiling ? { kind: 'hold', price: ask } : { kind: 'walk' };

  let next: number;
  if (prev === undefined) {
    next = openingOffer(s.target, s.asks[0]!, s.ceiling);
  } else {
    const open = s.offers[0]!;
    let want = boulwareOffer(open, s.ceiling, round);
    // "Did not move" only counts after we moved: mirroring a buyer who held is not stubbornness.
    const before = s.asks[s.asks.length - 2];
    const weMoved = round >= 2 && prev > s.offers[round - 2]!;
    if (before !== undefined && ask >= before && weMoved) want = prev + (want - prev) * STUCK_FACTOR;
    // Less, never nothing: a round without any move invites the same from the supplier.
    next = Math.max(prev + step(prev), floorTo(want));
  }
  next = Math.min(next, s.ceiling);
  if (ask <= next) return { kind: 'accept', price: ask };
  return { kind: 'counter', price: next, final: round === MAX_ROUNDS - 1 };
}
