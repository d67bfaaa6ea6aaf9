// The cart: pure values in, new values out (no React, no IndexedDB), so the page and its tests share it.
// A line is a product in one selling unit: its base unit (pack null) or a pack ("slop", "dus") at the
// pack's own price. Money is whole rupiah.
import { receiptNo, type CatalogueProduct, type Sale, type SalePayment } from './contract.ts';
import { uuidv7 } from './uuidv7.ts';

export interface CartLine {
  key: string;
  productId: string;
  name: string;
  /** Pack name, or null for the product's base unit. */
  pack: string | null;
  /** The unit shown to people ("bks", "slop"). */
  unit: string;
  /** Base units in one sold unit (1 for the base unit). */
  size: number;
  unitPrice: number;
  qty: number;
  discount: number;
}

export type Cart = CartLine[];
export type PayMethod = SalePayment['method'];

/** What one selling unit of a product costs: the pack's price, else its size at the base price. */
export function unitPriceOf(p: CatalogueProduct, pack: string | null): number | null {
  if (!pack) return p.price;
  const u = p.packs.find((x) => x.name === pack);
  if (!u) return null;
  return u.price ?? (p.price === null ? null : Math.round(p.price * u.size));
}

export function addToCart(cart: Cart, p: CatalogueProduct, pack: string | null = null, qty = 1): Cart {
  const key = `${p.id}|${pack ?? ''}`;
  const found = cart.find((l) => l.key === key);
  if (found) return cart.map((l) => (l.key === key ? { ...l, qty: l.qty + qty } : l));
  const price = unitPriceOf(p, pack);
  if (price === null) return cart;
  const size = pack ? (p.packs.find((x) => x.name === pack)?.size ?? 1) : 1;
  return [...cart, { key, productId: p.id, name: p.name, pack, unit: pack ?? p.unit, size, unitPrice: price, qty, discount: 0 }];
}

/** Sets a line's quantity; zero or less removes the line. */
export function setQty(cart: Cart, key: string, qty: number): Cart {
  if (!(qty > 0)) return cart.filter((l) => l.key !== key);
  return cart.map((l) => (l.key === key ? { ...l, qty, discount: Math.min(l.discount, maxDiscount({ ...l, qty })) } : l));
}

export const removeLine = (cart: Cart, key: string): Cart => cart.filter((l) => l.key !== key);

/**
 * The most a cashier may take off a line: half its amount. A pages try gave a Rp4.000 item away (a discount of 99.999 became
 * a Rp0 line, "Bayar Rp0"); more than half off is the owner's to give, in the chat or the dashboard.
 */
export const maxDiscount = (l: Pick<CartLine, 'unitPrice' | 'qty'>) => Math.floor(Math.round(l.unitPrice * l.qty) / 2);

/** A line's discount in rupiah, kept between 0 and maxDiscount. */
export function setDiscount(cart: Cart, key: string, discount: number): Cart {
  return cart.map((l) => (l.key === key ? { ...l, discount: Math.max(0, Math.min(Math.round(discount) || 0, maxDiscount(l))) } : l));
}

export const lineTotal = (l: CartLine) => Math.round(l.unitPrice * l.qty) - l.discount;
export const cartTotal = (cart: Cart) => cart.reduce((s, l) => s + lineTotal(l), 0);
export const cartCount = (cart: Cart) => cart.reduce((s, l) => s + l.qty, 0);

/** Quick cash amounts for a total: the exact amount, then the next round notes above it. */
export function quickAmounts(total: number): number[] {
  const out = [total];
  for (const step of [2_000, 5_000, 10_000, 20_000, 50_000, 100_000]) {
    const up = Math.ceil(total / step) * step;
    if (up > total && !out.includes(up)) out.push(up);
  }
  // Smallest first: the note a cashier reaches for next (Rp16.000 was shown before Rp15.000 for Rp14.500).
  return out.sort((a, b) => a - b).slice(0, 5);
}

export interface SaleInput {
  deviceId: string;
  deviceCode: string;
  seq: number;
  cashierId: string;
  customer: { id?: string; name?: string } | null;
  cart: Cart;
  method: PayMethod;
  tendered?: number;
  at?: Date;
}

/** The sale as the server receives it: new UUIDv7 ids for the sale, each line and the payment. */
export function buildSale(i: SaleInput): Sale {
  const total = cartTotal(i.cart);
  const payment: SalePayment = { id: uuidv7(), method: i.method, amount: total };
  if (i.method === 'cash') payment.tendered = Math.max(i.tendered ?? total, total);
  return {
    id: uuidv7(),
    deviceId: i.deviceId,
    seq: i.seq,
    receiptNo: receiptNo(i.deviceCode, i.seq),
    cashierId: i.cashierId,
    occurredAt: (i.at ?? new Date()).toISOString(),
    customer: i.customer,
    lines: i.cart.map((l) => ({ id: uuidv7(), productId: l.productId, qty: l.qty, pack: l.pack, unitPrice: l.unitPrice, discount: l.discount })),
    payments: [payment],
  };
}

/** Base units a sale takes from each product's stock (packs counted in base units). */
export function stockTaken(sale: Sale, sizeOf: (productId: string, pack: string | null) => number): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of sale.lines) m.set(l.productId, (m.get(l.productId) ?? 0) + l.qty * sizeOf(l.productId, l.pack));
  return m;
}

/**
 * The cash a cashier typed: "50000", "50.000", "Rp 50.000", "23.000,00" (cents dropped), and as said aloud, "50rb", "50 ribu",
 * "50k", "1,5jt" (a helper's "50rb" was read as Rp50 and the sale was short Rp40.950). 0 when it is not an amount.
 */
export function readCash(text: string): number {
  const t = text.toLowerCase().replace(/rp\.?/g, '').replace(/\s+/g, '');
  const m = /^(\d+(?:[.,]\d+)*)(rb|ribu|rebu|k|jt|juta)?$/.exec(t);
  if (!m) return 0;
  if (!m[2]) return Number(m[1]!.replace(/[.,]\d{1,2}$/, '').replace(/\D/g, '')) || 0;
  // "1,5jt", "2.5rb": one separator before one or two digits is a decimal point; "1.500rb" is thousands of thousands.
  const n = /^\d+[.,]\d{1,2}$/.test(m[1]!) ? Number(m[1]!.replace(',', '.')) : Number(m[1]!.replace(/\D/g, ''));
  return Math.round(n * (m[2] === 'jt' || m[2] === 'juta' ? 1_000_000 : 1_000));
}
