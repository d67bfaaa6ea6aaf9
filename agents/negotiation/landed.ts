// Landed cost: what one unit really costs once delivery is spread over the quantity bought. Pure.

/** Price per unit plus the delivery cost over the quantity actually bought (the lesser of asked and available). */
export function landedPerUnit(price: number, qty: number, delivery: number | null, available: number | null = null): number {
  const bought = available != null && available > 0 ? Math.min(qty, available) : qty;
  if (!(bought > 0)) return price;
  return Math.round(price + (delivery ?? 0) / bought);
}

/** The order's total: goods plus delivery. */
export function orderTotal(price: number, qty: number, delivery: number | null): number {
  return Math.round(price * qty + (delivery ?? 0));
}
