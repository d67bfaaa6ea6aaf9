import { describe, expect, it } from 'vitest';
import type { Frame } from '../../core/frame.ts';
import { applyMoneyWords, fillSaidTotal, spread } from './money-words.ts';
import type { ResolvedFrame, ResolvedItem } from './types.ts';

const item = (name: string, qty: number, total: number): ResolvedItem => ({ productId: name, name, qty, unit: 'kg', unitPrice: Math.round(total / qty), total });
const frame = (intent: Frame['intent'], items: ResolvedItem[], extra: Partial<ResolvedFrame> = {}): ResolvedFrame => ({
  intent, items, amount: items.reduce((s, i) => s + (i.total ?? 0), 0), counterparty: null, direction: null, category: null, date: null,
  period: null, max_unit_price: null, payment: null, contactId: null, ...extra,
});
const said = (amount: number | null): Frame => ({ ...frame('sale', []), amount, items: [] });

describe('money words', () => {
  it('spreads a change over lines by their totals, exactly', () => {
    const out = spread([item('a', 1, 10_000), item('b', 2, 20_000), item('c', 3, 3_333)], 1_000);
    expect(out.reduce((s, i) => s + i.total!, 0)).toBe(34_333);
  });

  it('gives each line but the last a price of one in whole hundreds when it can (a total of Rp25.000 was "Rp20.349")', () => {
    const out = spread([item('indomie', 5, 17_500), item('aqua', 1, 4_000)], 3_500);
    expect(out.map((i) => [i.unitPrice, i.total])).toEqual([[4_100, 20_500], [4_500, 4_500]]);
    // A change too small to share in hundreds, or a count that is not whole, is shared exactly.
    expect(spread([item('a', 2, 1_000), item('b', 1, 1_000)], 50).map((i) => i.total)).toEqual([1_025, 1_025]);
    expect(spread([item('telur', 0.5, 15_000), item('gula', 1, 18_000)], 3_000).map((i) => i.total)).toEqual([16_364, 19_636]);
  });

  it('delivery cost on a purchase lands on the goods: "beras 25 kg 310rb, ongkir 10rb"', () => {
    const f = applyMoneyWords(frame('purchase', [item('beras', 25, 310_000)], { delivery_cost: 10_000 }), said(310_000));
    expect(f.items).toEqual([{ ...item('beras', 25, 320_000), unitPrice: 12_800 }]);
    expect(f.amount).toBe(320_000);
  });

  it('delivery cost over two goods lines, in proportion', () => {
    const f = applyMoneyWords(frame('purchase', [item('beras', 25, 300_000), item('gula', 10, 100_000)], { delivery_cost: 20_000 }), said(400_000));
    expect(f.items.map((i) => i.total)).toEqual([315_000, 105_000]);
  });

  it('a discount reduces the total: "gg 2 bks 52rb diskon 2rb"', () => {
    const f = applyMoneyWords(frame('sale', [item('gg', 2, 52_000)], { discount: 2_000 }), said(52_000));
    expect(f.items[0]).toMatchObject({ total: 50_000, unitPrice: 25_000 });
    expect(f.amount).toBe(50_000);
  });

  it('"dipotong 2rb jadi 50rb": the amount said is already net, so it is not cut twice', () => {
    const f = applyMoneyWords(frame('sale', [item('gg', 2, 52_000)], { discount: 2_000 }), said(50_000));
    expect(f.amount).toBe(50_000);
  });

  it('a discount on a bare expense amount', () => {
    const f = applyMoneyWords({ ...frame('expense', []), amount: 100_000, discount: 10_000 }, said(100_000));
    expect(f.amount).toBe(90_000);
  });

  it('a sale ignores a delivery cost (not landed on goods sold)', () => {
    const f = applyMoneyWords(frame('sale', [item('gg', 1, 25_000)], { delivery_cost: 5_000 }), said(25_000));
    expect(f.amount).toBe(25_000);
  });

  describe('one total said for lines whose money was not said', () => {
    // Lines priced from the catalogue by the router (stated: null), as settle-item leaves them.
    const atCatalogue = (name: string, qty: number, total: number): ResolvedItem => ({ ...item(name, qty, total), stated: null });
    const sale = (items: ResolvedItem[]) => ({ ...frame('sale', items), amount: 150_000 });

    it('shares the total over them by their catalogue price: "borong indomie 1 dus sama telor 2 kilo, total 150rb"', () => {
      const out = fillSaidTotal(sale([atCatalogue('indomie', 40, 128_000), atCatalogue('telur', 2, 60_000)]), said(150_000));
      // Indomie at Rp2.600 a bks (its share, Rp2.553, to whole hundreds); the eggs take the rest.
      expect(out.items.map((i) => i.total)).toEqual([104_000, 46_000]);
      expect(out.amount).toBe(150_000);
      expect(out.items[1]).toMatchObject({ unitPrice: 23_000, stated: { unitPrice: null, total: 46_000 } });
    });

    it('a line whose money was said keeps it; the others take what it leaves', () => {
      const kopi = { ...item('kopi', 3, 6_000), stated: { unitPrice: 2_000, total: null } };
      const out = fillSaidTotal(sale([kopi, atCatalogue('nasi uduk', 2, 14_000)]), said(20_000));
      expect(out.items.map((i) => i.total)).toEqual([6_000, 14_000]);
      const less = fillSaidTotal(sale([kopi, atCatalogue('nasi uduk', 2, 14_000)]), said(18_000));
      expect(less.items.map((i) => i.total)).toEqual([6_000, 12_000]);
    });

    it('a purchase shares it by the usual cost the lines came priced at', () => {
      const bought = { ...frame('purchase', [atCatalogue('indomie', 80, 240_000), atCatalogue('aqua', 24, 72_000)]), amount: 320_000 };
      expect(fillSaidTotal(bought, said(320_000)).items.map((i) => i.total)).toEqual([248_000, 72_000]);
    });

    it('changes nothing when every line\'s money was said, nothing is left, or it is no trade', () => {
      const said3 = sale([{ ...item('kopi', 3, 6_000), stated: { unitPrice: null, total: 6_000 } }]);
      expect(fillSaidTotal(said3, said(150_000))).toBe(said3);
      const over = sale([{ ...item('kopi', 3, 160_000), stated: { unitPrice: null, total: 160_000 } }, atCatalogue('telur', 2, 60_000)]);
      expect(fillSaidTotal(over, said(150_000))).toBe(over);
      const paid = { ...frame('expense', []), amount: 150_000 };
      expect(fillSaidTotal(paid, said(150_000))).toBe(paid);
    });
  });
});
