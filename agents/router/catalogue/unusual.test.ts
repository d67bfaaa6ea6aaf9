import { describe, expect, it } from 'vitest';
import { emptyFrame } from '../../llm/fake-llm.ts';
import { guessPriceKind, lineMoney, linePrices, qtyFromTotal, statedMoney, toProductUnit } from './item-math.ts';
import type { Product } from './resolve-items.ts';
import type { ResolvedFrame, ResolvedItem } from '../types.ts';
import { unusualReason } from './unusual.ts';

const indomie: Product = { id: 'p1', name: 'Indomie Goreng', aliases: [], unit: 'bks', sellPrice: 3500, avgCost: 3000, packs: [] };
const gulaP: Product = { id: 'p2', name: 'Gula Pasir', aliases: [], unit: 'kg', sellPrice: 18500, avgCost: 17000, packs: [] };
const ggP: Product = { id: 'p3', name: 'Gudang Garam', aliases: [], unit: 'bks', sellPrice: 25000, avgCost: 23500, packs: [{ name: 'slop', size: 10, sellPrice: 240000 }] };
const noCost: Product = { ...indomie, id: 'p9', avgCost: null };
const catalogue = new Map([[indomie.id, indomie], [gulaP.id, gulaP], [ggP.id, ggP], [noCost.id, noCost]]);
const gula = (qty: number, total: number): ResolvedItem => ({ productId: 'p2', name: 'Gula Pasir', qty, unit: 'kg', unitPrice: Math.round(total / qty), total });
const gg = (qty: number, total: number): ResolvedItem => ({ productId: 'p3', name: 'Gudang Garam', qty, unit: 'bks', unitPrice: Math.round(total / qty), total });
const item = (qty: number, unitPrice: number, unit = 'bks'): ResolvedItem => ({ productId: 'p1', name: 'Indomie Goreng', qty, unit, unitPrice, total: qty * unitPrice });
const frame = (intent: ResolvedFrame['intent'], items: ResolvedItem[], amount: number | null = null): ResolvedFrame =>
  ({ ...emptyFrame, intent, items, contactId: null, amount: amount ?? items.reduce((s, i) => s + (i.total ?? 0), 0) });

describe('unusualReason', () => {
  it.each([
    ['ordinary sale', frame('sale', [item(5, 3500)]), null],
    ['sale at 5× is still fine', frame('sale', [item(1, 17500)]), null],
    ['sale above 5×', frame('sale', [item(1, 17501)]), 'biasanya Rp3.500'],
    ['sale below 1/5', frame('sale', [item(10, 699)]), 'biasanya Rp3.500'],
    ['purchase compared with the average cost', frame('purchase', [item(10, 15001)]), 'biasanya Rp3.000'],
    // A helper's try: 5 renteng "80rb" each of goods sold at Rp2.000 a sachet was booked unasked.
    ['purchase dearer than twice the selling price', frame('purchase', [item(10, 7001)]), 'padahal harga jualnya Rp3.500/bks'],
    ['purchase at twice the selling price is fine', frame('purchase', [item(10, 7000)]), null],
    // Goods never bought before (priced just now, maybe per another unit) are not second-guessed.
    ['a product with no cost yet is not compared', frame('purchase', [{ ...item(10, 9000), productId: 'p9' }]), null],
    ['a price per dus of a product kept per bks is not compared', frame('sale', [item(2, 120000, 'dus')]), null],
    ['total above Rp10 juta', frame('purchase', [item(4000, 3000)]), 'Rp12.000.000'],
    ['an expense above Rp10 juta', frame('expense', [], 10_000_001), 'Rp10.000.001'],
    ['exactly Rp10 juta is fine', frame('expense', [], 10_000_000), null],
    ['stock counts are never asked', frame('stock_set', [item(100000, 3500)]), null],
    // Said in grams of a product kept per kg: the total against the catalogue price × the base quantity.
    ['250 gram at Rp18.000/kg is ordinary', frame('sale', [{ ...gula(0.25, 4500), said: { qty: 250, unit: 'gram', size: 0.001 } }]), null],
    ['250 gram booked at Rp4.500.000 is not', frame('sale', [{ ...gula(0.25, 4_500_000), said: { qty: 250, unit: 'gram', size: 0.001 } }]), 'biasanya Rp4.625'],
    ['a slop for the price of 1.6 packs', frame('sale', [{ ...gg(10, 40000), said: { qty: 1, unit: 'slop', size: 10 } }]), '1 slop (10 bks) Rp40.000, biasanya Rp240.000'],
    ['a slop at its pack price', frame('sale', [{ ...gg(10, 240000), said: { qty: 1, unit: 'slop', size: 10 } }]), null],
    ['two packs for a goceng', frame('sale', [gg(2, 5000)]), 'biasanya Rp25.000'],
  ])('%s', (_name, f, want) => {
    const reason = unusualReason(f, catalogue);
    if (want === null) expect(reason).toBeNull();
    else expect(reason).toContain(want);
  });
});

describe('item arithmetic', () => {
  it.each([
    [3500, 5, 3500, 'unit'], [17500, 5, 3500, 'total'], [3500, 1, 3500, null], [9000, 5, 3500, null], [3500, 5, null, null],
  ] as const)('guessPriceKind(%i, qty %i, catalogue %s) → %s', (said, qty, cat, want) => expect(guessPriceKind(said, qty, cat)).toBe(want));

  it.each([
    [17500, 3500, 5], [17000, 3500, 1], [null, 3500, 1], [7000, null, 1],
  ] as const)('qtyFromTotal(%s, %s) → %i', (total, price, want) => expect(qtyFromTotal(total, price)).toBe(want));

  it.each([
    [2, 'lusin', 'pcs', { qty: 24, unit: 'pcs' }], [5, 'ons', 'kg', { qty: 0.5, unit: 'kg' }], [500, 'gram', 'kg', { qty: 0.5, unit: 'kg' }],
    [5, 'bungkus', 'bks', { qty: 5, unit: 'bks' }], [2, 'dus', 'btl', { qty: 2, unit: 'dus' }], [3, null, 'kg', { qty: 3, unit: 'kg' }],
  ] as const)('toProductUnit(%s %s → %s)', (qty, said, unit, want) => expect(toProductUnit(qty, said, unit)).toEqual(want));

  it('reads the said number as unit price or total as told', () => {
    const said = { product: 'x', qty: 5, unit: null, unit_price: 700, total: 3500 };
    expect(linePrices(said, 5, 'unit')).toEqual({ unitPrice: 3500, total: 17500 });
    expect(linePrices(said, 5, 'total')).toEqual({ unitPrice: 700, total: 3500 });
    expect(linePrices(said, 5, null)).toEqual({ unitPrice: 700, total: 3500 });
    expect(linePrices({ ...said, unit_price: null, total: null }, 5, null)).toEqual({ unitPrice: null, total: null });
  });

  it('tells the money that was said from what the parser derived', () => {
    const it = (qty: number, unit_price: number | null, total: number | null) => ({ product: 'x', qty, unit: null, unit_price, total });
    expect(statedMoney(it(3, 2000, 6000), null)).toEqual({ unitPrice: 2000, total: null }); // "3 @2rb"
    expect(statedMoney(it(2, 70000, 140000), 'unsure')).toEqual({ unitPrice: null, total: 140000 }); // "2 dus 140rb"
    expect(statedMoney(it(1, 230000, 230000), null)).toEqual({ unitPrice: null, total: 230000 }); // "1 slop 230rb"
    expect(statedMoney(it(3, 2000, 5000), null)).toEqual({ unitPrice: 2000, total: 5000 }); // a discount
    expect(statedMoney(it(5, 700, 3500), 'unit')).toEqual({ unitPrice: 3500, total: null }); // answered "per bungkus"
    expect(statedMoney(it(5, null, null), null)).toEqual({ unitPrice: null, total: null });
  });

  it('settles the unit a price is per before any total exists', () => {
    const none = { unitPrice: null, total: null };
    // 250 gram @18rb per kg → Rp4.500, not 250 × 18.000
    expect(lineMoney({ saidQty: 250, baseQty: 0.25, stated: { unitPrice: 18000, total: null }, perBase: true, catalogue: 18500, packPrice: null }))
      .toEqual({ unitPrice: 18000, total: 4500 });
    // 2 ons @2rb (per ons)
    expect(lineMoney({ saidQty: 2, baseQty: 0.2, stated: { unitPrice: 2000, total: null }, perBase: false, catalogue: 18500, packPrice: null }))
      .toEqual({ unitPrice: 20000, total: 4000 });
    // 1 dus of 48 gelas for 38 ribu: the stated total stays, the unit price is per gelas
    expect(lineMoney({ saidQty: 1, baseQty: 48, stated: { unitPrice: null, total: 38000 }, perBase: false, catalogue: 1000, packPrice: null }))
      .toEqual({ unitPrice: 792, total: 38000 });
    // nothing said: the pack's own price, else the catalogue per base unit
    expect(lineMoney({ saidQty: 2, baseQty: 20, stated: none, perBase: false, catalogue: 25000, packPrice: 240000 })).toEqual({ unitPrice: 24000, total: 480000 });
    expect(lineMoney({ saidQty: 2, baseQty: 20, stated: none, perBase: false, catalogue: 25000, packPrice: null })).toEqual({ unitPrice: 25000, total: 500000 });
    expect(lineMoney({ saidQty: 2, baseQty: 20, stated: none, perBase: false, catalogue: null, packPrice: null })).toEqual(none);
  });
});
