// The fields of a product (add and edit): name, aliases, base unit, a pack unit, prices, barcode,
// category, reorder point.
import type { ProductRow } from '../../../lib/queries/pages.ts';

export function ProductFields({ p }: { p?: ProductRow }) {
  const pack = p?.units[0];
  return (
    <div className="filters">
      {p && <input type="hidden" name="id" value={p.id} />}
      <div className="wide"><label htmlFor="name">Nama barang</label><input id="name" name="name" required defaultValue={p?.name} /></div>
      <div className="wide"><label htmlFor="aliases">Nama lain (pisahkan dengan koma)</label><input id="aliases" name="aliases" defaultValue={p?.aliases.join(', ')} /></div>
      <div><label htmlFor="unit">Satuan dasar</label><input id="unit" name="unit" required defaultValue={p?.unit ?? 'pcs'} /></div>
      <div><label htmlFor="sell_price">Harga jual (Rp)</label><input id="sell_price" name="sell_price" inputMode="numeric" defaultValue={p?.sell_price ?? ''} /></div>
      <div><label htmlFor="pack_name">Kemasan (mis. dus)</label><input id="pack_name" name="pack_name" defaultValue={pack?.name} /></div>
      <div><label htmlFor="pack_size">Isi per kemasan</label><input id="pack_size" name="pack_size" inputMode="decimal" defaultValue={pack?.size ?? ''} /></div>
      <div><label htmlFor="pack_price">Harga per kemasan</label><input id="pack_price" name="pack_price" inputMode="numeric" defaultValue={pack?.sell_price ?? ''} /></div>
      <div><label htmlFor="barcode">Barcode</label><input id="barcode" name="barcode" defaultValue={p?.barcode ?? ''} /></div>
      <div><label htmlFor="category">Kategori</label><input id="category" name="category" defaultValue={p?.category ?? ''} /></div>
      <div><label htmlFor="reorder_point">Batas stok menipis</label><input id="reorder_point" name="reorder_point" inputMode="decimal" defaultValue={p?.reorder_point ?? ''} /></div>
    </div>
  );
}
