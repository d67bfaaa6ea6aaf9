// The detail page's "Jumlah × harga": a line counted in a pack shows the pack's price as charged.
import { describe, expect, it } from 'vitest';
import { lineDiscount, lineText } from '../lib/line-text.ts';

const line = (l: Partial<Parameters<typeof lineText>[0]>) => ({
  line_no: 1, product_id: null, description: 'Telur Ayam', qty: 1, unit: 'kg', said_qty: null, said_unit: null, unit_price: 0, total: 0, cogs: null, ...l,
});

describe('lineText', () => {
  // A helper's try: 1 rak (1,875 kg) sold for Rp56.000 showed "1 rak × Rp56.001" (Rp29.867/kg stored, rounded).
  it('a pack priced by the line\'s total when the stored price per unit was rounded', () => {
    expect(lineText(line({ qty: 1.875, said_qty: 1, said_unit: 'rak', unit_price: 29867, total: 56000 }))).toBe('1 rak × Rp56.000');
    expect(lineText(line({ qty: 3.75, said_qty: 2, said_unit: 'rak', unit_price: 29867, total: 112000 }))).toBe('2 rak × Rp56.000');
  });
  it('a discounted line keeps the price per unit; a line in its own unit is as stored', () => {
    expect(lineText(line({ qty: 0.6, said_qty: 3, said_unit: 'batang', unit_price: 30000, total: 15000 }))).toBe('3 batang × Rp6.000');
    expect(lineText(line({ qty: 2, unit: 'bks', unit_price: 3500, total: 7000 }))).toBe('2 bks × Rp3.500');
  });
});

describe('lineDiscount', () => {
  it('the rupiah off a line sold under its count × price; none otherwise', () => {
    expect(lineDiscount(line({ qty: 2, unit: 'bks', unit_price: 36000, total: 67000 }))).toBe(5000);
    expect(lineDiscount(line({ qty: 2, unit: 'bks', unit_price: 3500, total: 7000 }))).toBe(0);
    expect(lineDiscount(line({ qty: 1.875, said_qty: 1, said_unit: 'rak', unit_price: 29867, total: 56000 }))).toBe(0);
  });
});
