// Pure item arithmetic: which said number is the unit price and which the total, quantities derived
// from a total and a catalogue price, and the line's money once its quantity is in the base unit.
import type { FrameItem } from '../../../core/frame.ts';
import { canonicalUnit, measureFactor } from '../../../core/units.ts';

export { canonicalUnit };

/** Converts a said quantity into the product's unit when the two are fixed multiples; else keeps it. */
export function toProductUnit(qty: number, said: string | null, productUnit: string): { qty: number; unit: string } {
  if (!said) return { qty, unit: productUnit };
  if (canonicalUnit(said) === canonicalUnit(productUnit)) return { qty, unit: productUnit };
  if (canonicalUnit(said) === 'lusin' && canonicalUnit(productUnit) === 'pcs') return { qty: qty * 12, unit: productUnit };
  const f = measureFactor(said, productUnit);
  if (f) return { qty: Math.round(qty * f * 1000) / 1000, unit: productUnit };
  return { qty, unit: said }; // "2 dus" of a product sold per bottle: keep what was said
}

/** 'level': a bare number with "-an" after several units ("bakso 15 mangkok 12rb-an"), a price level more often per unit. */
/** 'up' / 'down': a new selling price said by how much it moves ("harga telor naik 2rb"). */
/** 'named': a price after "harga" and a count ("gula 5 kilo harganya 90rb"): per unit unless the catalogue says total. */
export type PriceKind = 'unit' | 'total' | 'unsure' | 'level' | 'named' | 'up' | 'down' | null;

/** Goods in with their cost said ("stok awal indomie 40 bks modal 2800"): priced like a purchase, against the usual cost. */
export const costedStockIn = (intent: string, item: Pick<FrameItem, 'unit_price' | 'total'>): boolean =>
  intent === 'stock_in' && (item.unit_price != null || item.total != null);

/** Unit price and total of a line once the quantity is known. */
export function linePrices(item: FrameItem, qty: number, kind: PriceKind): { unitPrice: number | null; total: number | null } {
  const said = item.total ?? item.unit_price;
  if (kind === 'unit' && said != null) return { unitPrice: said, total: Math.round(said * qty) };
  if (kind === 'total' && said != null) return { unitPrice: Math.round(said / qty), total: said };
  if (item.unit_price != null) return { unitPrice: item.unit_price, total: item.total ?? Math.round(item.unit_price * qty) };
  if (item.total != null) return { unitPrice: Math.round(item.total / qty), total: item.total };
  return { unitPrice: null, total: null };
}

/** The money the owner stated for a line, per the unit they said it in; null where nothing was said. */
export interface Stated { unitPrice: number | null; total: number | null }

/**
 * What was said, as opposed to what the parser derived. The parser fills both numbers; a total that is
 * exactly qty × unit price was derived from a unit price said with "@"/"per" (a bare number after
 * several units is marked 'unsure' upstream and read as the total unless the owner says otherwise).
 */
export function statedMoney(item: FrameItem, kind: PriceKind): Stated {
  const said = item.total ?? item.unit_price;
  if (said == null) return { unitPrice: null, total: null };
  if (kind === 'unit') return { unitPrice: said, total: null };
  if (kind === 'total' || kind === 'unsure' || kind === 'level') return { unitPrice: null, total: said };
  if (item.unit_price == null) return { unitPrice: null, total: item.total };
  if (item.total == null) return { unitPrice: item.unit_price, total: null };
  if (item.total === Math.round(item.unit_price * (item.qty ?? 1))) {
    // One of a thing: the bare number is its total ("1 slop 230rb"), as the parser reads it.
    return (item.qty ?? 1) === 1 ? { unitPrice: null, total: item.total } : { unitPrice: item.unit_price, total: null };
  }
  return { unitPrice: item.unit_price, total: item.total }; // both said and they differ (a discount)
}

export interface LineMoneyInput {
  saidQty: number;
  baseQty: number;
  stated: Stated;
  /** A stated unit price is per base unit ("250 gram @18rb per kg"), not per the unit said. */
  perBase: boolean;
  /** Catalogue price per base unit, and per said pack when the pack has its own price. */
  catalogue: number | null;
  packPrice: number | null;
  /** The said quantity in base units before rounding to the ledger's 3 decimals (5 butir of 16 a kg: 0.3125,
   *  booked as 0.313): money is priced on it, so 5 butir at Rp30.000/kg cost Rp9.375, not Rp9.390. */
  exactBaseQty?: number;
}

/**
 * The line's money before anything is booked: a stated total stays; a stated unit price times the
 * quantity in the unit it is per; else the pack's price, else the catalogue price per base unit.
 * The unit price returned is per base unit (stock and costs are kept per base unit).
 */
export function lineMoney(x: LineMoneyInput): { unitPrice: number | null; total: number | null } {
  let total: number | null = null;
  const base = x.exactBaseQty ?? x.baseQty;
  if (x.stated.total != null) total = x.stated.total;
  else if (x.stated.unitPrice != null) total = Math.round(x.stated.unitPrice * (x.perBase ? base : x.saidQty));
  else if (x.packPrice != null) total = Math.round(x.packPrice * x.saidQty);
  else if (x.catalogue != null) total = Math.round(x.catalogue * base);
  if (total == null) return { unitPrice: null, total: null };
  const exactUnit = x.stated.unitPrice != null && x.stated.total == null && (x.perBase || x.saidQty === x.baseQty);
  const unitPrice = exactUnit ? x.stated.unitPrice : x.baseQty > 0 ? Math.round(total / x.baseQty) : null;
  return { unitPrice, total };
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
