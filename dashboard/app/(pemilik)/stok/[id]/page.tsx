// One product: its level, movement history, stock count (opname) and edit.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatDateTime, formatQty } from '../../../../../core/format.ts';
import { ApiForm } from '../../../../components/api-form.tsx';
import { Shell } from '../../../../components/shell.tsx';
import { products, stockHistory } from '../../../../lib/queries/pages.ts';
import { webContext } from '../../../../lib/web.ts';
import { requirePage } from '../../../_lib/current.ts';
import { ProductFields } from '../product-fields.tsx';

const kindName: Record<string, string> = { sale: 'terjual', purchase: 'dibeli', adjustment: 'penyesuaian', opname: 'opname', void: 'pembatalan', stock_in: 'barang masuk' };

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requirePage();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const { db } = webContext();
  const p = (await products(db, session, null, false)).find((x) => x.id === id);
  if (!p) notFound();
  const history = await stockHistory(db, session, id);
  return (
    <Shell session={session} title={p.name}>
      <p><Link href="/stok">‹ Semua barang</Link></p>
      <section className="card">
        <p>Stok sekarang: <b data-testid="level">{p.kept || p.level > 0 ? `${formatQty(p.level)} ${p.unit}` : 'tidak dihitung'}</b>{p.units.map((u) => ` · 1 ${u.name} = ${formatQty(u.size)} ${p.unit}`).join('')}</p>
        <ApiForm action="/api/stok/opname" submit="Simpan hitungan" confirm="Stok akan disamakan dengan hasil hitungan. Lanjut?" done="Stok opname tersimpan.">
          <input type="hidden" name="product_id" value={p.id} />
          {!p.kept && p.level <= 0 && <p className="muted">Belum pernah ada barang masuk, jadi stoknya belum dihitung. Simpan hasil hitungan untuk mulai menghitung.</p>}
          <label htmlFor="qty">Hasil hitung stok ({p.unit})</label>
          <input id="qty" name="qty" inputMode="decimal" required />
        </ApiForm>
      </section>
      <section className="card table-wrap">
        <h2>Riwayat stok</h2>
        <table>
          <thead><tr><th>Waktu</th><th>Jenis</th><th className="num">Jumlah</th><th className="num">Sisa</th></tr></thead>
          <tbody>{history.map((m) => (
            <tr key={m.id}>
              <td>{m.transaction_id ? <Link href={`/transaksi/${m.transaction_id}`}>{formatDateTime(m.created_at, session.zone)}</Link> : formatDateTime(m.created_at, session.zone)}</td>
              <td>{kindName[m.kind] ?? m.kind}</td>
              <td className="num">{Number(m.qty) > 0 ? '+' : ''}{formatQty(Number(m.qty))}</td>
              <td className="num">{formatQty(Number(m.balance))}</td>
            </tr>
          ))}</tbody>
        </table>
      </section>
      <section className="card">
        <h2>Ubah barang</h2>
        <ApiForm action="/api/stok/produk" submit="Simpan" reset={false}><ProductFields p={p} /></ApiForm>
      </section>
    </Shell>
  );
}
