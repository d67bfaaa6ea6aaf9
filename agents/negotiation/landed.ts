// Landed cost: what one unit really costs once delivery is spread over the quantity bought. Pure.

/** Price per unit plus the delivery cost over the quantity actually bought (the lesser of asked and available). */
export function landedPerUnit(price: number, qty: number, delivery: number | null, available: number | null = null): number {
  const bought = available != null && available > 0 ? Math.min(qty, available) : qty;
  if (!(bought > 0)) return price;
  return Math.round(price + (delivery ?? 0) / bought);
}

/**
 * Goods at a price a unit rounded from a pack's ("200rb sedus" of 12 liter is Rp16.667 a liter): 24 liter are Rp400.000, not
 * the Rp400.008 a haggling try ordered and booked. Only an error the rounding can make is taken off.
 */
export function goodsTotal(price: number, qty: number): number {
  const total = Math.round(price * qty);
  const thousands = Math.round(total / 1000) * 1000;
  return Math.abs(total - thousands) <= Math.ceil(qty / 2) ? thousands : total;
}

/** The order's total: goods plus delivery. */
export function orderTotal(price: number, qty: number, delivery: number | null): number {
  return goodsTotal(price, qty) + (delivery ?? 0);
}
