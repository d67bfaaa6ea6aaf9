// The POS's pure parts: the cart's arithmetic and the sale it builds, and UUIDv7 ids.
import { describe, expect, it } from 'vitest';
import { addToCart, buildSale, cartTotal, quickAmounts, readCash, removeLine, setDiscount, setQty, unitPriceOf } from '../lib/pos/cart.ts';
import { Sale, type CatalogueProduct } from '../lib/pos/contract.ts';
import { uuidv7, uuidv7Time } from '../lib/pos/uuidv7.ts';

const rokok: CatalogueProduct = {
  id: '0190c5f0-0000-7000-8000-000000000001', name: 'Gudang Garam Filter', aliases: ['gg'], category: 'Rokok', barcode: '8998989100120',
  unit: 'bks', price: 25_000, stock: 40, packs: [{ name: 'slop', size: 10, price: 240_000 }, { name: 'pak', size: 2, price: null }],
};
const gula: CatalogueProduct = { id: '0190c5f0-0000-7000-8000-000000000002', name: 'Gula', aliases: [], category: null, barcode: null, unit: 'kg', price: null, stock: 3, packs: [] };

describe('cash typed by the cashier', () => {
  it('reads digits with separators, and thousands or millions said as the cashier says them', () => {
    for (const t of ['50000', '50.000', 'Rp 50.000', 'rp50.000', '50.000,00', '50000.5', '50rb', '50 rb', '50 ribu', '50k', '50RB']) expect(readCash(t), t).toBe(50_000);
    expect(readCash('1,5jt')).toBe(1_500_000);
    expect(readCash('2.5rb')).toBe(2_500);
    expect(readCash('1.500rb')).toBe(1_500_000);
    for (const t of ['', 'abc', '50rb lagi', '5-000']) expect(readCash(t), t).toBe(0);
  });
});

describe('cart', () => {
  it('sells a pack at its own price, else at its size times the base price', () => {
    expect(unitPriceOf(rokok, 'slop')).toBe(240_000);
    expect(unitPriceOf(rokok, 'pak')).toBe(50_000);
    expect(unitPriceOf(rokok, null)).toBe(25_000);
    expect(unitPriceOf(rokok, 'dus')).toBeNull();
  });

  it('merges the same product and unit, keeps packs apart, and refuses a product without price', () => {
    let c = addToCart([], rokok);
    c = addToCart(c, rokok);
    c = addToCart(c, rokok, 'slop');
    c = addToCart(c, gula);
    expect(c.map((l) => [l.unit, l.qty, l.unitPrice])).toEqual([['bks', 2, 25_000], ['slop', 1, 240_000]]);
    expect(cartTotal(c)).toBe(290_000);
  });

  // Pages try: a discount of 99.999 on a Rp4.000 item gave it away ("Bayar Rp0").
  it('+/−, remove and a discount kept within half the line', () => {
    let c = addToCart([], rokok);
    const key = c[0]!.key;
    c = setQty(c, key, 3);
    c = setDiscount(c, key, 1_000_000);
    expect(c[0]!.discount).toBe(37_500);
    expect(cartTotal(c)).toBe(37_500);
    c = setQty(c, key, 2);
    expect(c[0]!.discount).toBe(25_000);
    c = setDiscount(c, key, 2_500);
    expect(cartTotal(c)).toBe(47_500);
    expect(setQty(c, key, 0)).toEqual([]);
    expect(removeLine(c, key)).toEqual([]);
  });

  it('quick amounts start with the exact amount, then round notes above it', () => {
    expect(quickAmounts(17_500)).toEqual([17_500, 18_000, 20_000, 50_000, 100_000]);
    expect(quickAmounts(20_000)).toEqual([20_000, 50_000, 100_000]);
    // Tour: Rp16.000 came before Rp15.000.
    expect(quickAmounts(14_500)).toEqual([14_500, 15_000, 16_000, 20_000, 50_000]);
  });

  it('builds a sale the contract accepts, with its own ids for the sale, lines and payment', () => {
    const cart = addToCart(addToCart([], rokok, 'slop'), rokok);
    const sale = buildSale({
      deviceId: uuidv7(), deviceCode: 'K7QM', seq: 123, cashierId: uuidv7(), customer: null, cart, method: 'cash', tendered: 300_000,
    });
    expect(Sale.parse(sale)).toEqual(sale);
    expect(sale.receiptNo).toBe('K7QM-000123');
    expect(sale.payments[0]).toMatchObject({ method: 'cash', amount: 265_000, tendered: 300_000 });
    const ids = [sale.id, ...sale.lines.map((l) => l.id), sale.payments[0]!.id];
    expect(new Set(ids).size).toBe(4);
  });
});

describe('uuidv7', () => {
  it('is a version 7, RFC-variant UUID carrying its time', () => {
    const now = Date.now() + 86_400_000; // ahead of every id made so far (ids never go back in time)
    const id = uuidv7(now);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidv7Time(id)).toBe(now);
  });

  it('stays unique and ordered in a burst within one millisecond', () => {
    const ids = Array.from({ length: 10_000 }, () => uuidv7(1_800_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
