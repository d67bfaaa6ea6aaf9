'use client';
// The products to tap, by category, narrowed by "Cari produk". A tile sells the base unit; its pack
// buttons sell a pack at the pack's price. Stock is the device's snapshot (may be below zero).
import { memo, useMemo, useState } from 'react';
import { formatQty, formatRupiah } from '../../../core/format.ts';
import { unitPriceOf } from '../../lib/pos/cart.ts';
import type { CatalogueProduct } from '../../lib/pos/contract.ts';

// Memoised, with its tiles: a checkout re-renders the page (cart, receipt) and, once IndexedDB changed,
// the product list; only the tiles whose product changed (its stock) render again.
export const ProductGrid = memo(function ProductGrid({ products, onAdd, onEnter, onCamera }: {
  products: CatalogueProduct[];
  onAdd: (p: CatalogueProduct, pack: string | null) => void;
  /** Enter in the search field: a barcode or the only match. Returns true when it added something. */
  onEnter: (text: string, matches: CatalogueProduct[]) => boolean;
  onCamera?: () => void;
}) {
  const [q, setQ] = useState('');
  const [cat, setCat] = useState<string | null>(null);
  // Alphabetical, "Lainnya" (no category) last (a pages try: it came first, before "Minuman").
  const categories = useMemo(() => [...new Set(products.map((p) => p.category ?? 'Lainnya'))]
    .sort((a, b) => Number(a === 'Lainnya') - Number(b === 'Lainnya') || a.localeCompare(b, 'id', { sensitivity: 'base' })), [products]);
  const shown = useMemo(() => {
    const words = q.toLowerCase().split(/\s+/).filter(Boolean);
    // By its name or the names the chat knows it by (a cashier's "telor", "gas melon" found nothing).
    const said = (p: CatalogueProduct) => [p.name, ...(p.aliases ?? [])].join(' | ').toLowerCase();
    return products.filter((p) =>
      (!cat || (p.category ?? 'Lainnya') === cat) &&
      words.every((w) => said(p).includes(w) || p.barcode === w));
  }, [products, q, cat]);

  return (
    <section className="pos-products">
      <div className="pos-search">
        <label htmlFor="pos-q" className="sr-only">Cari produk</label>
        <input id="pos-q" type="search" placeholder="Cari produk atau barcode" value={q} autoComplete="off"
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              if (onEnter(q.trim(), shown)) setQ('');
            }
          }} />
        {onCamera && <button type="button" className="secondary" onClick={onCamera} aria-label="Pindai dengan kamera">Kamera</button>}
      </div>
      <div className="pos-cats">
        <button type="button" aria-pressed={!cat} className={!cat ? 'on' : ''} onClick={() => setCat(null)}>Semua</button>
        {categories.map((c) => (
          <button key={c} type="button" aria-pressed={cat === c} className={cat === c ? 'on' : ''} onClick={() => setCat(c)}>{c.charAt(0).toUpperCase() + c.slice(1)}</button>
        ))}
      </div>
      <div className="pos-grid">
        {shown.map((p) => <ProductTile key={p.id} p={p} onAdd={onAdd} />)}
        {shown.length === 0 && <p className="muted">Tidak ada produk yang cocok.</p>}
      </div>
    </section>
  );
});

type OnAdd = (p: CatalogueProduct, pack: string | null) => void;

const sameTile = (a: { p: CatalogueProduct; onAdd: OnAdd }, b: { p: CatalogueProduct; onAdd: OnAdd }) =>
  a.onAdd === b.onAdd && a.p.id === b.p.id && a.p.name === b.p.name && a.p.price === b.p.price && a.p.stock === b.p.stock
  && a.p.unit === b.p.unit && JSON.stringify(a.p.packs) === JSON.stringify(b.p.packs);

const ProductTile = memo(function ProductTile({ p, onAdd }: { p: CatalogueProduct; onAdd: OnAdd }) {
  return (
    <div className="pos-tile" data-product={p.name}>
      <button type="button" className="pos-tile-main" disabled={p.price === null} onClick={() => onAdd(p, null)}>
        <span className="pos-tile-name">{p.name}</span>
        <span className="pos-tile-price">{p.price === null ? 'Harga belum ada' : `${formatRupiah(p.price)}/${p.unit}`}</span>
        {p.stock !== null && <span className={`pos-tile-stock ${p.stock <= 0 ? 'low' : ''}`} data-stock={p.stock}>Stok {formatQty(p.stock)} {p.unit}</span>}
      </button>
      {p.packs.map((u) => {
        const price = unitPriceOf(p, u.name);
        return price === null ? null : (
          <button key={u.name} type="button" className="pos-pack" onClick={() => onAdd(p, u.name)}>
            {u.name} {formatRupiah(price)}
          </button>
        );
      })}
    </div>
  );
}, sameTile);
