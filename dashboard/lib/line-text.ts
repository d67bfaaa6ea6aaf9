// A transaction line as the owner reads it: its count and price as said ("1 rak × Rp56.000"). Pure: the detail page's.
import { formatQty, formatRupiah } from '../../core/format.ts';
import type { TxDetail } from './queries/transaksi.ts';

type Line = TxDetail['lines'][number];
export const asSaid = (l: Line) => l.said_unit !== null && l.said_qty !== null && l.said_qty > 0;
/** "3 batang × Rp2.500": a line counted in another unit than the product's is priced per that unit too (the stored
 * price is per the product's unit, Rp30.000 a pack beside "3 batang" read as the price of a stick). */
export function lineText(l: Line): string {
  if (!asSaid(l)) return `${formatQty(l.qty)} ${l.unit ?? ''} × ${formatRupiah(l.unit_price)}`;
  // The price per base unit is rounded when stored (1 rak of 1,875 kg for Rp56.000 is Rp29.867/kg): within a rupiah of
  // the line's total (half a rupiah per unit), the total is what was charged (a helper's try: "1 rak × Rp56.001").
  const gross = Math.abs(l.unit_price * l.qty - l.total) <= 0.5 * l.qty + 0.5 ? l.total : l.unit_price * l.qty;
  return `${formatQty(l.said_qty!)} ${l.said_unit} × ${formatRupiah(Math.round(gross / l.said_qty!))}`;
}

/** Rupiah taken off a line (a POS discount: its total under count × price), or 0. A helper's owner, told by WhatsApp of a
 * cashier's discount, found no discount on the sale's page. */
export function lineDiscount(l: Line): number {
  if (asSaid(l)) return 0; // a pack's line stores the price its total gives
  const off = Math.round(l.unit_price * l.qty) - l.total;
  return off >= 1 ? off : 0;
}
