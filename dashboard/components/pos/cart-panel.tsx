'use client';
// The cart: quantity +/−, remove, a line discount when this cashier may give one, an optional customer
// and "Bayar". On a phone it folds into a bar at the bottom; on a PC it is the right-hand column.
import { useState } from 'react';
import { formatQty, formatRupiah } from '../../../core/format.ts';
import { cartCount, cartTotal, lineTotal, maxDiscount, type Cart } from '../../lib/pos/cart.ts';
import { CUSTOMER_NAME_MAX } from '../../lib/pos/contract.ts';
import type { Customer } from '../../lib/pos/db.ts';

export interface CustomerPick { id?: string; name?: string }

export function CartPanel({ cart, canDiscount, stockOf, customers, customer, onCustomer, onQty, onRemove, onDiscount, onPay }: {
  cart: Cart;
  canDiscount: boolean;
  /** The product's stock as this device knows it (null: not counted). */
  stockOf: (productId: string) => { stock: number | null; unit: string } | null;
  customers: Customer[];
  customer: string;
  onCustomer: (name: string) => void;
  onQty: (key: string, qty: number) => void;
  onRemove: (key: string) => void;
  onDiscount: (key: string, rupiah: number) => void;
  onPay: () => void;
}) {
  const [open, setOpen] = useState(false);
  const total = cartTotal(cart);
  // More in the cart than the shelf holds (a helper rang up 7 Sari Roti with 5 in stock, nothing said): a note on the line,
  // not a refusal — the count may be behind the shelf.
  const inCart = new Map<string, number>();
  for (const l of cart) inCart.set(l.productId, (inCart.get(l.productId) ?? 0) + l.qty * l.size);
  const shortOf = new Map(cart.map((l) => {
    const p = stockOf(l.productId);
    return [l.key, p && p.stock !== null && (inCart.get(l.productId) ?? 0) > p.stock ? `${formatQty(Math.max(0, p.stock))} ${p.unit}` : null];
  }));
  return (
    <aside className={`pos-cart ${open ? 'open' : ''}`} aria-label="Keranjang">
      <button type="button" className="pos-cart-toggle" onClick={() => setOpen(!open)} aria-expanded={open}>
        Keranjang: {formatQty(cartCount(cart))} item · <b>{formatRupiah(total)}</b> <span className="muted">{open ? '▼' : '▲'}</span>
      </button>
      <div className="pos-cart-body">
        {cart.length === 0 && <p className="muted">Keranjang kosong. Ketuk produk atau pindai barcode.</p>}
        <ul className="pos-lines">
          {cart.map((l) => (
            <li key={l.key} data-line={l.name}>
              <div className="pos-line-head">
                <span>{l.name}{l.pack ? ` (${l.pack})` : ''}</span>
                <b>{formatRupiah(lineTotal(l))}</b>
              </div>
              <div className="pos-line-ctl">
                <button type="button" className="secondary" aria-label={`Kurangi ${l.name}`} onClick={() => onQty(l.key, l.qty - 1)}>−</button>
                <span className="pos-qty" data-qty={l.qty}>{formatQty(l.qty)} {l.unit}</span>
                <button type="button" className="secondary" aria-label={`Tambah ${l.name}`} onClick={() => onQty(l.key, l.qty + 1)}>+</button>
                <span className="muted">× {formatRupiah(l.unitPrice)}</span>
                <button type="button" className="link danger-link" aria-label={`Hapus ${l.name}`} onClick={() => onRemove(l.key)}>Hapus</button>
              </div>
              {shortOf.get(l.key) && <p className="pos-short" role="status">Stok tercatat tinggal {shortOf.get(l.key)}. Cek raknya dulu, Kak.</p>}
              {canDiscount && (
                <label className="pos-disc">Diskon (Rp)
                  <input type="number" inputMode="numeric" min={0} max={maxDiscount(l)} value={l.discount || ''} placeholder="0"
                    onChange={(e) => onDiscount(l.key, Number(e.target.value))} />
                  {l.discount > 0 && l.discount >= maxDiscount(l) && <span className="hint" role="status">Paling banyak {formatRupiah(maxDiscount(l))} (separuh harga)</span>}
                </label>
              )}
            </li>
          ))}
        </ul>
        <label htmlFor="pos-customer">Pelanggan (opsional)</label>
        <input id="pos-customer" list="pos-customers" value={customer} autoComplete="off" placeholder="Nama pelanggan" maxLength={CUSTOMER_NAME_MAX}
          onChange={(e) => onCustomer(e.target.value)} />
        <datalist id="pos-customers">{customers.map((c) => <option key={c.id} value={c.name} />)}</datalist>
      </div>
      <div className="pos-cart-foot">
        <div className="pos-total"><span>Total</span><b data-total={total}>{formatRupiah(total)}</b></div>
        <button type="button" className="pos-pay" disabled={cart.length === 0} onClick={onPay}>Bayar</button>
      </div>
    </aside>
  );
}
