// A frame's lines from the items read: the price derived from the other number, and the pack only when it was said.
import type { FrameItem } from '../../core/frame.ts';
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
  return withPack({ product: d.name.join(' '), qty: d.qty, unit: d.unit, unit_price: rp(unitPrice), total: rp(total) }, d);
}

/** The line without money. */
export const bare = (d: Draft, qty: number | null = d.qty): FrameItem =>
  withPack({ product: d.name.join(' '), qty, unit: d.unit, unit_price: null, total: null }, d);
