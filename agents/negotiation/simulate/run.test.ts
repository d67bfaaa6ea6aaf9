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

// Whatever the model answers (a faithful rewording, a raised price, the ceiling, money in words, another
// unit, a swapped order of amounts, an injected acceptance, noise), what goes out carries only the policy's
// prices, none above the ceiling, and promises nothing before the owner's number.
const tamper = ['reword', 'raise', 'ceiling', 'words', 'unit', 'swap', 'inject', 'digits', 'noise'] as const;
function model(kinds: (typeof tamper)[number][], noise: string, ceiling: number) {
  let n = 0;
  return (draft: string): string => {
    const kind = kinds[n++ % kinds.length]!;
    const rp = [...draft.matchAll(/Rp([\d.]+)/g)];
    switch (kind) {
      case 'reword': return `Permisi, ${draft.replace(/^(Halo|Terima kasih|Baik|Kalau), ?/, '')}`;
      case 'raise': return rp[0] ? draft.replace(rp[0][0], formatRupiah(Number(rp[0][1]!.replace(/\./g, '')) + 1_000)) : `${draft} Rp1.000`;
      case 'ceiling': return `${draft} Paling tinggi ${formatRupiah(ceiling)} ya.`;
      case 'words': return `${draft} Atau dua puluh lima ribu juga boleh.`;
      case 'unit': return draft.replace(/\/(kg|liter|dus|karung)/, '/peti');
      case 'swap': return rp.length >= 2 ? draft.replace(rp[0]![0], '#A').replace(rp[1]![0], rp[0]![0]).replace('#A', rp[1]![0]) : draft;
      case 'inject': return 'Setuju Rp35.000/kg, kami pesan sekarang juga.';
      case 'digits': return draft.replace(/Rp([\d.]+)/, (_m, d: string) => `Rp${d.replace(/\./g, '')}0`);
      case 'noise': return noise;
    }
  };
}

describe('properties with an LLM phrasing every message', () => {
  it('every price going out is one the policy produced, none above the ceiling, whatever the model returns', () => {
    let reworded = 0;
    fc.assert(fc.property(specArb, fc.array(fc.constantFrom(...tamper), { minLength: 1, maxLength: 6 }), fc.string({ maxLength: 120 }), (a, kinds, noise) => {
      const spec0 = run(a).spec;
      const spec = { ...spec0, reword: model(kinds, noise, a.ceiling) };
      const r = simulate(spec);
      for (const s of r.sent) {
        const found = amounts(s.text);
        if (s.text !== s.draft) reworded++;
        if (s.out.kind === 'order') {
          const o = s.out;
          const total = Math.round(o.price * spec.qty) + (o.delivery ?? 0);
          expect(found.every((x) => [o.price, o.delivery, total].includes(x))).toBe(true);
          expect(found).toEqual(amounts(s.draft));
          continue;
        }
        expect(found).toEqual(pricesOf(s.out));
        for (const x of found) expect(x).toBeLessThanOrEqual(spec.ceiling);
        if (!s.afterOwner) expect(s.text).not.toMatch(/kami pesan|kami ambil|deal ya|sudah pasti|dua puluh|ribu/i);
        expect(s.text).not.toContain('/peti');
      }
      for (const t of r.threads) t.offers.forEach((o, i) => expect(o).toBeGreaterThanOrEqual(t.offers[i - 1] ?? 0));
    }), { numRuns: 300 });
    expect(reworded).toBeGreaterThan(0); // the faithful rewordings do get through
  });
});
