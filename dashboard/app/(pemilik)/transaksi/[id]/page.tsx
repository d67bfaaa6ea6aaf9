// One transaction: lines, stock effect, its debt, where it came from (the chat message or voice
// transcript, the POS, the dashboard), and a void with confirmation.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatDateTime, formatQty, formatRupiah } from '../../../../../core/format.ts';
import { Shell } from '../../../../components/shell.tsx';
import { VoidButton } from '../../../../components/void-button.tsx';
import { asSaid, lineDiscount, lineText } from '../../../../lib/line-text.ts';
import { kindName, paymentName, sourceName, statusName, transactionDetail } from '../../../../lib/queries/transaksi.ts';
import { seesCosts } from '../../../../lib/session.ts';
import { webContext } from '../../../../lib/web.ts';
import { requirePage } from '../../../_lib/current.ts';

const debtStatus: Record<string, string> = { open: 'belum lunas', paid: 'lunas', void: 'dibatalkan' };


export default async function TransaksiDetail({ params }: { params: Promise<{ id: string }> }) {
  const session = await requirePage(['owner', 'staff']);
  const t = await transactionDetail(webContext().db, session, (await params).id);
  if (!t) notFound();
  const at = (d: string) => formatDateTime(new Date(d), session.zone);
  return (
    <Shell session={session} title={`${kindName[t.kind]} ${formatRupiah(t.total)}`}>
      <p><Link href="/transaksi">‹ Semua transaksi</Link></p>
      <section className="card">
        <ul className="list">
          <li><span>Waktu</span><span>{at(t.occurred_at)}</span></li>
          <li><span>Status</span><span>{statusName[t.status]}{t.voided_at ? ` (${at(t.voided_at)}${t.void_reason ? `: ${t.void_reason}` : ''})` : ''}</span></li>
          <li><span>Bayar</span><span>{t.cash_part ? `${paymentName[t.payment]} ${formatRupiah(t.total - t.cash_part)} + Tunai ${formatRupiah(t.cash_part)}` : paymentName[t.payment]}</span></li>
          {t.counterparty && <li><span>Pihak</span><span>{t.counterparty}</span></li>}
          {t.category && <li><span>Kategori</span><span>{t.category}</span></li>}
          {t.note && <li><span>Catatan</span><span>{t.note}</span></li>}
          <li><span>Dicatat oleh</span><span>{t.created_by ?? '—'}</span></li>
          {seesCosts(session) && t.kind === 'sale' && <li><span>Laba kotor</span><span>{t.status !== 'posted' ? '—' : t.cogs === null ? 'modal belum tercatat' : formatRupiah(t.total - t.cogs)}</span></li>}
        </ul>
      </section>
      <section className="card table-wrap">
        <h2>Barang</h2>
        <table>
          {/* Three columns fit a phone: the count and its price together, as said ("3 batang × Rp2.500"). */}
          <thead><tr><th>Barang</th><th className="num">Jumlah × harga</th><th className="num">Total</th></tr></thead>
          <tbody>{t.lines.map((l) => (
            <tr key={l.line_no}><td>{l.description}</td><td className="num">{lineText(l)}{asSaid(l) && <><br /><span className="muted">({formatQty(l.qty)} {l.unit ?? ''})</span></>}{lineDiscount(l) > 0 && <><br /><span className="muted">diskon {formatRupiah(lineDiscount(l))}</span></>}</td><td className="num">{formatRupiah(l.total)}</td></tr>
          ))}</tbody>
        </table>
      </section>
      {t.stock.length > 0 && (
        <section className="card">
          <h2>Pengaruh ke stok</h2>
          <ul className="list">{t.stock.map((m, i) => <li key={i}><span>{m.product} ({m.kind === 'void' ? 'pembatalan' : m.kind === 'sale' ? 'terjual' : 'masuk'})</span><span>{m.qty > 0 ? '+' : ''}{formatQty(m.qty)} {m.unit}</span></li>)}</ul>
        </section>
      )}
      {/* A void debt is owed no more (a pages try read "Rp12.000 belum dibayar … (dibatalkan)"). */}
      {t.debt && <section className="card"><h2>Utang</h2><p>{t.debt.status === 'void'
        ? `Utang ${formatRupiah(t.debt.amount)} ikut dibatalkan${t.debt.paid > 0 ? ` (sudah dibayar ${formatRupiah(t.debt.paid)})` : ''}.`
        : `${formatRupiah(t.debt.amount - t.debt.paid)} belum dibayar dari ${formatRupiah(t.debt.amount)} (${debtStatus[t.debt.status] ?? t.debt.status})`}</p></section>}
      <section className="card">
        <h2>Asal</h2>
        <p>{sourceName[t.source] ?? t.source}{t.origin?.member ? ` · ${t.origin.member}` : ''}{t.origin ? ` · ${at(t.origin.sent_at)}` : ''}</p>
        {/* Booked by an answer ("2500"): the message and the question it answered come first, as in the chat. */}
        {t.asked && (
          <>
            <blockquote className="bubble in" data-asked>{t.asked.transcript ? `🎤 ${t.asked.transcript}` : t.asked.text}</blockquote>
            <blockquote className="bubble out">{t.asked.question}</blockquote>
          </>
        )}
        {t.origin?.text && <blockquote className="bubble in">{t.origin.text}</blockquote>}
        {t.origin?.transcript && <blockquote className="bubble in">🎤 {t.origin.transcript}</blockquote>}
        {t.pos && (
          <p data-pos-origin>
            Struk {t.pos.receipt_no} · {t.pos.device ? `${t.pos.device} (${t.pos.device_code})` : `Perangkat ${t.pos.device_code}`}
            {t.pos.device_removed ? ', sudah dihapus' : ''} · Kasir: {t.pos.cashier ?? '-'}
          </p>
        )}
        {t.pos?.flags.includes('negative_stock') && <p className="muted">Penjualan ini membuat stok minus.</p>}
        {t.pos?.flags.includes('discount_not_allowed') && <p className="muted">Kasir memberi diskon saat diskon kasir dimatikan.</p>}
      </section>
      {t.status === 'posted' && <VoidButton id={t.id} />}
    </Shell>
  );
}
