// Pure item arithmetic: which said number is the unit price and which the total, quantities
// derived from a total and a catalogue price, and units that convert (lusin → pcs, ons → kg).
import type { FrameItem } from '../../core/frame.ts';

const same: Record<string, string> = {
  bks: 'bungkus', bungkus: 'bungkus', pack: 'bungkus', pak: 'bungkus', sachet: 'bungkus', saset: 'bungkus',
  btl: 'botol', botol: 'botol', pcs: 'pcs', biji: 'pcs', buah: 'pcs', butir: 'pcs', bh: 'pcs', btr: 'pcs',
  kg: 'kg', kilo: 'kg', ltr: 'liter', liter: 'liter', l: 'liter', dus: 'dus', box: 'dus', karton: 'dus',
  karung: 'karung', sak: 'karung', gelas: 'gelas', cup: 'gelas', porsi: 'porsi', kaleng: 'kaleng',
  renteng: 'renteng', ikat: 'ikat', tabung: 'tabung', gram: 'gram', gr: 'gram', ons: 'ons', ml: 'ml', lusin: 'lusin',
};
export const canonicalUnit = (u: string) => same[u.toLowerCase()] ?? u.toLowerCase();

// How many product units one said unit is, where that is fixed by definition.
const factors: Record<string, Record<string, number>> = {
  lusin: { pcs: 12 }, ons: { kg: 0.1, gram: 100 }, gram: { kg: 0.001, ons: 0.01 }, kg: { gram: 1000, ons: 10 },
  ml: { liter: 0.001 }, liter: { ml: 1000 },
};

/** Converts a said quantity into the product's unit when the two are fixed multiples; else keeps it. */
export function toProductUnit(qty: number, said: string | null, productUnit: string): { qty: number; unit: string } {
  if (!said) return { qty, unit: productUnit };
  const from = canonicalUnit(said);
  const to = canonicalUnit(productUnit);
  if (from === to) return { qty, unit: productUnit };
  const f = factors[from]?.[to];
  if (f) return { qty: Math.round(qty * f * 1000) / 1000, unit: productUnit };
  return { qty, unit: said }; // "2 dus" of a product sold per bottle: keep what was said
}

export type PriceKind = 'unit' | 'total' | 'unsure' | null;

/** Unit price and total of a line once the quantity is known. */
export function linePrices(item: FrameItem, qty: number, kind: PriceKind): { unitPrice: number | null; total: number | null } {
  const said = item.total ?? item.unit_price;
  if (kind === 'unit' && said != null) return { unitPrice: said, total: Math.round(said * qty) };
  if (kind === 'total' && said != null) return { unitPrice: Math.round(said / qty), total: said };
  if (item.unit_price != null) return { unitPrice: item.unit_price, total: item.total ?? Math.round(item.unit_price * qty) };
  if (item.total != null) return { unitPrice: Math.round(item.total / qty), total: item.total };
  return { unitPrice: null, total: null };
}

/** With a catalogue price, a bare number is a unit price if it is near it, a total if number/qty is. */
export function guessPriceKind(said: number, qty: number, catalogue: number | null): 'unit' | 'total' | null {
  if (!catalogue || catalogue <= 0) return null;
  const near = (x: number) => Math.abs(x - catalogue) / catalogue <= 0.35;
  const asUnit = near(said);
  const asTotal = near(said / qty);
  if (asUnit && !asTotal) return 'unit';
  if (asTotal && !asUnit) return 'total';
  return null;
}

/** "laku indomie 17.500" with Indomie at Rp3.500 → 5 bungkus; when it does not divide, 1. */
export function qtyFromTotal(total: number | null, price: number | null): number {
  if (!total || !price) return 1;
  const q = total / price;
  return Number.isInteger(q) && q > 0 && q <= 1000 ? q : 1;
}
