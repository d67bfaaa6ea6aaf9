import { describe, expect, it } from 'vitest';
import { emptyFrame } from '../llm/fake-llm.ts';
import { guessPriceKind, linePrices, qtyFromTotal, toProductUnit } from './item-math.ts';
import type { Product } from './resolve-items.ts';
import type { ResolvedFrame, ResolvedItem } from './types.ts';
import { unusualReason } from './unusual.ts';

const indomie: Product = { id: 'p1', name: 'Indomie Goreng', aliases: [], unit: 'bks', sellPrice: 3500, avgCost: 3000 };
const catalogue = new Map([[indomie.id, indomie]]);
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
    ['a price per dus of a product kept per bks is not compared', frame('sale', [item(2, 120000, 'dus')]), null],
    ['total above Rp10 juta', frame('purchase', [item(4000, 3000)]), 'Rp12.000.000'],
    ['an expense above Rp10 juta', frame('expense', [], 10_000_001), 'Rp10.000.001'],
    ['exactly Rp10 juta is fine', frame('expense', [], 10_000_000), null],
    ['stock counts are never asked', frame('stock_set', [item(100000, 3500)]), null],
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
});
