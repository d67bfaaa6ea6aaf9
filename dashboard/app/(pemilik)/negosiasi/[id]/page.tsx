// One negotiation: what was asked, each supplier's side, every message and offer in the order written,
// the outcome and the saving against the first quote.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatDateTime, formatQty, formatRupiah } from '../../../../../core/format.ts';
import { Shell } from '../../../../components/shell.tsx';
import { directionName, negotiation, statusName, supplierStatusName, type NegotiationDetail } from '../../../../lib/queries/negosiasi.ts';
import { webContext } from '../../../../lib/web.ts';
import { requirePage } from '../../../_lib/current.ts';

function Outcome({ n, per }: { n: NegotiationDetail; per: (p: number) => string }) {
  if (n.chosen_price != null && n.chosen_name) {
    const saving = n.saving ?? 0;
    return (
      <>
        <p>Dipesan dari <b>{n.chosen_name}</b> @ <b>{per(n.chosen_price)}</b>{n.delivery ? ` + ongkir ${formatRupiah(n.delivery)}` : ''}.</p>
        {n.chosen_first_quote != null && (
          <p data-testid="saving">{saving > 0
            ? <>Hemat <b>{formatRupiah(saving)}</b> ({per(n.chosen_first_quote - n.chosen_price)}) dari penawaran pertama {per(n.chosen_first_quote)}.</>
            : <>Sama dengan penawaran pertama {per(n.chosen_first_quote)}.</>}</p>
        )}
        {n.transaction_id ? <p><Link href={`/transaksi/${n.transaction_id}`}>Barang sudah datang: lihat transaksinya</Link></p>
          : <p className="muted">Barang belum dicatat datang.</p>}
      </>
    );
  }
  const text: Record<string, string> = {
    open: 'Juragan masih menawar ke supplier.',
    deciding: 'Ringkasan sudah dikirim ke WhatsApp pemilik; menunggu pilihan (balas nomornya atau "tidak").',
    cancelled: 'Pemilik memutuskan tidak jadi membeli.',
    failed: 'Tidak ada penawaran yang masuk batas harga.',
    expired: 'Waktunya habis tanpa kesepakatan.',
  };
  return <p>{text[n.status] ?? statusName[n.status] ?? n.status}</p>;
}

export default async function NegosiasiDetail({ params }: { params: Promise<{ id: string }> }) {
  const session = await requirePage();
  const { id } = await params;
  const n = await negotiation(webContext().db, session, id);
  if (!n) notFound();
  const per = (p: number) => `${formatRupiah(p)}/${n.unit}`;
  const refs = [
    n.max_price != null ? `batas ${per(n.max_price)}` : null,
    n.target_price != null ? `target ${per(n.target_price)}` : null,
    n.last_price != null ? `beli terakhir ${per(n.last_price)}` : null,
    n.market_price != null ? `harga pasar ${per(n.market_price)}` : null,
  ].filter(Boolean);
  return (
    <Shell session={session} title={`Negosiasi ${n.item}`}>
      <p><Link href="/negosiasi">‹ Semua negosiasi</Link></p>
      <section className="card" data-testid="request">
        <p><b>{n.item} {formatQty(n.qty)} {n.unit}</b> <span className="badge">{statusName[n.status] ?? n.status}</span></p>
        <p className="muted">Diminta {n.created_by ? `oleh ${n.created_by} ` : ''}{formatDateTime(n.created_at, session.zone)}
          {n.deadline ? ` · paling lambat ${formatDateTime(n.deadline, session.zone)}` : ''}</p>
        {refs.length > 0 && <p>{refs.join(' · ')}</p>}
      </section>
      <section className="card" data-testid="outcome">
        <h2>Hasil</h2>
        <Outcome n={n} per={per} />
      </section>
      <section className="card">
        <h2>Supplier</h2>
        <div className="table-wrap"><table data-testid="suppliers">
          <thead><tr><th>Supplier</th><th>Status</th><th className="num">Pertama</th><th className="num">Terakhir</th><th className="num">Tawaran kita</th><th className="num">Ongkir</th></tr></thead>
          <tbody>{n.suppliers.map((s) => (
            <tr key={s.contact_id}>
              <td>{s.name}</td><td>{supplierStatusName[s.status] ?? s.status}</td>
              <td className="num">{s.first_quote != null ? formatRupiah(s.first_quote) : '–'}</td>
              <td className="num">{s.their_price != null ? formatRupiah(s.their_price) : '–'}</td>
              <td className="num">{s.our_offer != null ? formatRupiah(s.our_offer) : '–'}</td>
              <td className="num">{s.delivery != null ? formatRupiah(s.delivery) : '–'}</td>
            </tr>
          ))}</tbody>
        </table></div>
      </section>
      <section className="card">
        <h2>Percakapan dengan supplier</h2>
        <div className="chat" data-testid="messages">
          {n.messages.map((m, i) => (
            <div key={i} className={`bubble ${m.direction === 'offer' ? 'in' : 'out'}`} data-direction={m.direction}>
              <span className="meta">{m.direction === 'offer' ? m.name : `Juragan → ${m.name}`} · {directionName[m.direction] ?? m.direction}
                {m.price != null ? ` · ${per(m.price)}` : ''}</span>
              {m.body}
              <span className="meta">{formatDateTime(m.at, session.zone)}</span>
            </div>
          ))}
          {n.messages.length === 0 && <p className="muted">Belum ada pesan.</p>}
        </div>
      </section>
    </Shell>
  );
}
