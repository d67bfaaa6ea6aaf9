// A frame's lines from the items read: the price derived from the other number, and the pack only when it was said.
import type { FrameItem } from '../../core/frame.ts';
import { measureFactor } from '../../core/units.ts';
import type { Draft } from './items.ts';

export const round = (x: number) => Math.round(x);

/** Rupiah the frame can carry: whole and safe; anything else (a pasted code times a count) is dropped. */
export const rp = (x: number | null): number | null => (x !== null && Number.isSafeInteger(x) && x >= 0 ? x : null);

/** pack_size and pack_base_unit only when the message states them (the keys are absent otherwise). */
const withPack = (item: FrameItem, d: Draft): FrameItem =>
  d.packSize === null ? item : { ...item, pack_size: d.packSize, pack_base_unit: d.packUnit };

/** The line with its money: a unit price times the count, or a total over it. */
export function priced(d: Draft): FrameItem {
  let { unitPrice, total } = d;
  if (unitPrice !== null && total === null && d.qty) total = round(d.qty * unitPrice);
  if (total !== null && unitPrice === null && d.qty) unitPrice = round(total / d.qty);
  const item = withPack({ product: d.name.join(' '), qty: d.qty, unit: d.unit, unit_price: rp(unitPrice), total: rp(total) }, d);
  return d.priceUnit ? { ...item, price_unit: d.priceUnit } : item;
}

/** The line without money. */
export const bare = (d: Draft, qty: number | null = d.qty): FrameItem =>
  withPack({ product: d.name.join(' '), qty, unit: d.unit, unit_price: null, total: null }, d);

const counted = (d: Draft) => d.qty !== null;
const hasMoney = (d: Draft) => d.unitPrice !== null || d.total !== null;

/**
 * The same goods said twice in one message are one line: "laku bawang putih 2 ons, harga bawang putih 42rb sekilo" (the
 * price of a kilo said apart: an owner try booked an extra kilo for Rp42.000) and "mahal kali gula sekarang, kulakan gula
 * 10 kilo 175rb" (a remark, then the goods). The counted one keeps its count, with the price said apart when that price
 * is of a measure or of the same unit; two counted lines stay two.
 */
export function sameGoodsOnce(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const k = out.findIndex((o) => o.name.join(' ') === d.name.join(' '));
    const o = out[k];
    if (!o) { out.push(d); continue; }
    if (!counted(d) && !hasMoney(d)) continue;
    if (!counted(o) && !hasMoney(o)) { out[k] = d; continue; }
    const [line, price] = counted(o) && !hasMoney(o) && !counted(d) ? [o, d] : counted(d) && !hasMoney(d) && !counted(o) ? [d, o] : [null, null];
    const perSaid = price && price.unitPrice !== null && price.total === null
      && (price.unit === null || price.unit === line!.unit || measureFactor(price.unit, line!.unit ?? '') !== null);
    if (perSaid) out[k] = { ...line!, unitPrice: price!.unitPrice };
    else out.push(d);
  }
  return out;
}
