// Stok: level per product (low stock first when asked), search, add a product.
import Link from 'next/link';
import { formatQty, formatRupiah } from '../../../../core/format.ts';
import { ApiForm } from '../../../components/api-form.tsx';
import { Shell } from '../../../components/shell.tsx';
import { products } from '../../../lib/queries/pages.ts';
import { seesCosts } from '../../../lib/session.ts';
import { webContext } from '../../../lib/web.ts';
import { requirePage } from '../../_lib/current.ts';
import { ProductFields } from './product-fields.tsx';

export default async function StokPage({ searchParams }: { searchParams: Promise<{ q?: string; menipis?: string }> }) {
  const session = await requirePage();
  const sp = await searchParams;
  const low = sp.menipis === '1';
  const rows = await products(webContext().db, session, sp.q?.slice(0, 100) || null, low);
  const costs = seesCosts(session);
  return (
    <Shell session={session} title="Stok">
      <div className="tabs">
        <Link href="/stok" className={!low ? 'active' : undefined}>Semua</Link>
        <Link href="/stok?menipis=1" className={low ? 'active' : undefined}>Stok menipis</Link>
      </div>
      <form className="card filters" method="get" action="/stok">
        <div className="wide"><label htmlFor="q">Cari barang</label><input id="q" name="q" defaultValue={sp.q ?? ''} placeholder="nama, alias, barcode" /></div>
        {low && <input type="hidden" name="menipis" value="1" />}
        <div className="wide"><button type="submit">Cari</button></div>
      </form>
      <div className="card table-wrap">
        <table data-testid="products">
          <thead><tr><th>Barang</th><th className="num">Stok</th><th className="num">Harga jual</th>{costs && <th className="num stock-cost">Modal rata-rata</th>}</tr></thead>
          <tbody>{rows.map((p) => {
            const counted = p.kept || p.level > 0;
            const isLow = counted && (p.level <= 0 || (p.reorder_point !== null && p.level <= p.reorder_point));
            return (
              <tr key={p.id}>
                <td><Link href={`/stok/${p.id}`}>{p.name}</Link>{!p.active && <span className="badge">nonaktif</span>}</td>
                <td className={`num ${isLow ? 'error' : ''}`}>{counted ? `${formatQty(p.level)} ${p.unit}` : <span className="muted" title="Belum pernah ada barang masuk">tidak dihitung</span>}</td>
                <td className="num">
                  {p.sell_price === null ? '—' : formatRupiah(p.sell_price)}
                  {/* On a phone the cost column is hidden and said here, under the price. */}
                  {costs && p.avg_cost !== null && <span className="stock-cost-under muted">modal {formatRupiah(p.avg_cost)}</span>}
                </td>
                {costs && <td className="num stock-cost">{p.avg_cost === null ? '—' : formatRupiah(p.avg_cost)}</td>}
              </tr>
            );
          })}</tbody>
        </table>
        {rows.length === 0 && <p className="muted">Tidak ada barang.</p>}
      </div>
      <section className="card">
        <h2>Tambah barang</h2>
        <ApiForm action="/api/stok/produk" submit="Tambah barang" done="Barang ditambahkan.">
          <ProductFields />
        </ApiForm>
      </section>
    </Shell>
  );
}
