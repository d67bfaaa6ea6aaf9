// Whole negotiations against each persona, and property tests over random personas, ceilings,
// quantities and floors: the ceiling holds, prices come from the policy, offers never go down,
// and nothing is ordered without the owner's number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRupiah } from '../../../core/format.ts';
import { pricesOf } from '../templates.ts';
import { personaById, personas } from './personas.ts';
import { simulate, type SimResult, type SimSpec } from './run.ts';

const base = (over: Partial<SimSpec>): SimSpec => ({
  item: 'telur', qty: 10, unit: 'kg', ceiling: 27_000, lastPrice: 25_000, market: 26_500,
  suppliers: [], owner: (s) => (s.choices.length ? '1' : null), ...over,
});

const amounts = (text: string) => [...text.matchAll(/Rp([\d.]+)/g)].map((m) => Number(m[1]!.replace(/\./g, '')));

describe('personas, one at a time', () => {
  it('a conceder comes down to a price the owner can order', () => {
    const r = simulate(base({ suppliers: [{ persona: personaById('conceder'), floor: 23_000 }] }));
    expect(r.chosen?.price).toBeLessThanOrEqual(26_000);
    expect(r.sent.at(-1)!.text).toMatch(/kami pesan telur 10 kg @ Rp2\d\.\d00\/kg/);
  });

  it('a hardliner above the ceiling gets a polite walk-away and no order', () => {
    const r = simulate(base({ suppliers: [{ persona: personaById('hardliner'), floor: 29_000 }] }));
    expect(r.threads[0]!.status).toBe('walked');
    expect(r.chosen).toBeNull();
    expect(r.sent.at(-1)!.out.kind).toBe('walk');
  });

  it('the per-peti supplier is asked once and compared per kg', () => {
    const r = simulate(base({ suppliers: [{ persona: personaById('per-peti'), floor: 24_000 }] }));
    expect(r.sent.filter((s) => s.out.kind === 'question')).toHaveLength(1);
    expect(r.firstQuotes[0]).toBe(27_500);
  });

  it('delivery is in the landed cost and the order', () => {
    const r = simulate(base({ suppliers: [{ persona: personaById('delivery'), floor: 24_000 }] }));
    expect(r.threads[0]!.delivery).toBe(15_000);
    expect(r.chosen!.landed).toBe(r.chosen!.price + 1_500);
    expect(r.sent.at(-1)!.text).toContain('ongkir Rp15.000');
  });

  it('a silent supplier is nudged once and reported as not answering', () => {
    const r = simulate(base({ suppliers: [{ persona: personaById('silent'), floor: 24_000 }] }));
    expect(r.sent.map((s) => s.out.kind)).toEqual(['request', 'nudge']);
    expect(r.summary.text).toContain('belum membalas');
  });

  it('an agreement that is raised is shown to the owner as raised', () => {
    const r = simulate(base({ suppliers: [{ persona: personaById('agree-then-raise'), floor: 22_000 }] }));
    expect(r.threads[0]!.raisedFrom).not.toBeNull();
    expect(r.summary.text).toMatch(/sempat setuju .* lalu naik|bertahan/);
  });

  it('prompt injection moves no number: its prices count only as its own asks', () => {
    const r = simulate(base({ suppliers: [{ persona: personaById('injection'), floor: 22_000 }] }));
    for (const s of r.sent) for (const a of amounts(s.text)) expect(a).toBeLessThanOrEqual(27_000 * 10 + 15_000);
    expect(r.threads[0]!.offers.every((o) => o <= 27_000)).toBe(true);
    expect(r.sent.some((s) => /setuju|35/.test(s.text) && s.out.kind === 'accept' && s.out.price > 27_000)).toBe(false);
  });

  it('"tidak" from the owner orders nothing', () => {
    const r = simulate(base({ suppliers: [{ persona: personaById('conceder'), floor: 23_000 }], owner: () => 'tidak' }));
    expect(r.chosen).toBeNull();
    expect(r.sent.some((s) => s.out.kind === 'order' || s.out.kind === 'thanks')).toBe(false);
  });
});

const specArb = fc.record({
  ceiling: fc.integer({ min: 5, max: 200 }).map((k) => k * 1_000),
  qty: fc.integer({ min: 1, max: 60 }),
  refs: fc.tuple(fc.option(fc.double({ min: 0.6, max: 1.3, noNaN: true })), fc.option(fc.double({ min: 0.6, max: 1.3, noNaN: true }))),
  suppliers: fc.array(fc.record({ p: fc.constantFrom(...personas.map((p) => p.id)), floor: fc.double({ min: 0.6, max: 1.4, noNaN: true }) }), { minLength: 1, maxLength: 4 }),
  owner: fc.constantFrom('1', '2', 'tidak', null),
});

type Spec = typeof specArb extends fc.Arbitrary<infer T> ? T : never;

function run(a: Spec): { spec: SimSpec; r: SimResult } {
  const spec = base({
    ceiling: a.ceiling, qty: a.qty,
    lastPrice: a.refs[0] == null ? null : Math.round(a.ceiling * a.refs[0]), market: a.refs[1] == null ? null : Math.round(a.ceiling * a.refs[1]),
    suppliers: a.suppliers.map((s) => ({ persona: personaById(s.p), floor: Math.round(a.ceiling * s.floor / 100) * 100 })),
    owner: () => a.owner,
  });
  return { spec, r: simulate(spec) };
}

describe('properties over random negotiations', () => {
  it('no message before the order names a price above the ceiling, and every price in it is the policy\'s', () => {
    fc.assert(fc.property(specArb, (a) => {
      const { spec, r } = run(a);
      for (const s of r.sent) {
        const found = amounts(s.text);
        if (s.out.kind === 'order') {
          const o = s.out;
          expect(o.price).toBeLessThanOrEqual(spec.ceiling);
          const total = Math.round(o.price * spec.qty) + (o.delivery ?? 0);
          expect(found.every((x) => [o.price, o.delivery, total].includes(x))).toBe(true);
          continue;
        }
        expect(found).toEqual(pricesOf(s.out));
        for (const x of found) expect(x).toBeLessThanOrEqual(spec.ceiling);
      }
    }), { numRuns: 300 });
  });

  it("the buyer's offers never go down and stay within the round limit", () => {
    fc.assert(fc.property(specArb, (a) => {
      const { r } = run(a);
      for (const t of r.threads) {
        expect(t.offers.length).toBeLessThanOrEqual(3);
        t.offers.forEach((o, i) => expect(o).toBeGreaterThanOrEqual(t.offers[i - 1] ?? 0));
      }
    }), { numRuns: 300 });
  });

  it("nothing is ordered or promised without the owner's number", () => {
    fc.assert(fc.property(specArb, (a) => {
      const { r } = run(a);
      const orders = r.sent.filter((s) => s.out.kind === 'order');
      const picked = a.owner != null && a.owner !== 'tidak' && Number(a.owner) <= r.summary.choices.length;
      expect(orders).toHaveLength(picked ? 1 : 0);
      for (const s of r.sent) if (!s.afterOwner) expect(s.text).not.toMatch(/kami pesan|kami ambil|deal ya|sudah pasti/i);
      if (r.chosen) expect(r.chosen.price).toBeLessThanOrEqual(a.ceiling);
    }), { numRuns: 300 });
  });

  it('formats the ceiling the way the property reads it', () => {
    expect(amounts(`batas ${formatRupiah(27_000)}/kg`)).toEqual([27_000]);
  });
});
