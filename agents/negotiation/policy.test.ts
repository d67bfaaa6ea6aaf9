import { describe, expect, it } from 'vitest';
import { boulwareOffer, decide, MAX_ROUNDS, openingOffer, targetPrice } from './policy.ts';

describe('targetPrice', () => {
  it('takes the lower of the last purchase and the market, capped by the ceiling', () => {
    expect(targetPrice({ ceiling: 27_000, lastPrice: 25_000, market: 26_500 })).toBe(25_000);
    expect(targetPrice({ ceiling: 24_000, lastPrice: 25_000, market: null })).toBe(24_000);
    expect(targetPrice({ ceiling: 27_000, lastPrice: null, market: null })).toBe(24_300);
  });
});

describe('openingOffer', () => {
  it('opens at the target or below it, but not more than 10 % under the quote, never above the quote', () => {
    expect(openingOffer(25_000, 28_000, 27_000)).toBe(25_000);
    expect(openingOffer(25_000, 26_000, 27_000)).toBe(23_400);
    // A sugar try: Rp14.200 against a quote of Rp17.800 (20 % under) read as not serious; the last price paid is fair.
    expect(openingOffer(15_800, 17_800, 17_000)).toBe(15_800);
    expect(openingOffer(17_000, 17_800, 17_000)).toBe(16_000);
    expect(openingOffer(25_000, 40_000, 27_000)).toBe(25_000);
    expect(openingOffer(25_000, 21_000, 27_000)).toBe(21_000);
  });
});

describe('boulwareOffer', () => {
  it('holds early and reaches the ceiling only at the last round', () => {
    const a = boulwareOffer(20_000, 27_000, 0);
    const b = boulwareOffer(20_000, 27_000, 1);
    const c = boulwareOffer(20_000, 27_000, MAX_ROUNDS - 1);
    expect(a).toBe(20_000);
    expect(b - a).toBeLessThan((c - a) * 0.1);   // e = 0.25 concedes ~6 % of the gap half way
    expect(c).toBe(27_000);
  });
});

describe('decide', () => {
  const base = { ceiling: 27_000, target: 25_000 };
  it('counters a first quote with the opening offer', () => {
    expect(decide({ ...base, offers: [], asks: [28_000] })).toEqual({ kind: 'counter', price: 25_000, final: false });
  });
  it('accepts a price at or below the offer it would make now', () => {
    expect(decide({ ...base, offers: [], asks: [22_000] })).toEqual({ kind: 'accept', price: 22_000 });
    expect(decide({ ...base, offers: [22_500], asks: [28_000, 22_700] })).toEqual({ kind: 'accept', price: 22_700 });
  });
  it('concedes less when the supplier did not move after we moved', () => {
    const moved = decide({ ...base, offers: [22_500, 22_700], asks: [30_000, 29_500, 29_000] });
    const stuck = decide({ ...base, offers: [22_500, 22_700], asks: [30_000, 29_500, 29_500] });
    expect(moved).toEqual({ kind: 'counter', price: 27_000, final: true });
    expect(stuck).toEqual({ kind: 'counter', price: 24_800, final: true });
  });
  // Supplier try: a sack of rice was countered at "Rp558.100/karung".
  it('offers for goods priced in hundreds of thousands are whole thousands', () => {
    const s = { ceiling: 650_000, target: 585_000, offers: [552_000], asks: [690_000, 670_000] };
    const d = decide(s);
    expect(d).toMatchObject({ kind: 'counter' });
    expect((d as { price: number }).price % 1000).toBe(0);
    expect((d as { price: number }).price).toBeGreaterThan(552_000);
  });

  it('always moves at least one step, so a supplier who mirrors us is not stuck in place', () => {
    const d = decide({ ...base, target: 27_000, offers: [24_400], asks: [30_500, 30_500] });
    expect(d.kind === 'counter' && d.price > 24_400).toBe(true);
  });
  it('makes its last offer at most at the ceiling, then holds or walks', () => {
    const last = decide({ ...base, offers: [22_500, 22_700], asks: [30_000, 29_500, 29_000] });
    expect(last).toEqual({ kind: 'counter', price: 27_000, final: true });
    expect(decide({ ...base, offers: [22_500, 22_700, 27_000], asks: [30_000, 29_500, 29_000, 28_000] })).toEqual({ kind: 'walk' });
    expect(decide({ ...base, offers: [22_500, 22_700, 26_000], asks: [30_000, 29_500, 29_000, 26_500] })).toEqual({ kind: 'hold', price: 26_500 });
  });
  it('never offers above the ceiling, even when the target is above it', () => {
    const d = decide({ ceiling: 20_000, target: 26_000, offers: [], asks: [40_000] });
    expect(d.kind === 'counter' && d.price <= 20_000).toBe(true);
  });
});
