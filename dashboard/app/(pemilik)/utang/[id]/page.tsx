// One person's debts: balance, history, record a payment, send a reminder (after the owner confirms).
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatDateTime, formatRupiah } from '../../../../../core/format.ts';
import { ApiForm } from '../../../../components/api-form.tsx';
import { Shell } from '../../../../components/shell.tsx';
import { contacts, debtHistory } from '../../../../lib/queries/pages.ts';
import { webContext } from '../../../../lib/web.ts';
import { requirePage } from '../../../_lib/current.ts';

export default async function UtangDetail({ params }: { params: Promise<{ id: string }> }) {
  const session = await requirePage();
  const { id } = await params;
  const { db } = webContext();
  const c = (await contacts(db, session)).find((x) => x.id === id);
  if (!c) notFound();
  const history = await debtHistory(db, session, id);
  const direction = c.kind === 'supplier' ? 'payable' : 'receivable';
  const rest = direction === 'payable' ? c.payable : c.receivable;
  return (
    <Shell session={session} title={c.name}>
      <p><Link href="/utang">‹ Utang-piutang</Link></p>
      <section className="card">
        {/* A debt paid off says so, not "Masih berutang: Rp0" (a pages try). */}
        {rest > 0
          ? <p>{direction === 'receivable' ? 'Masih berutang' : 'Warung masih berutang'}: <b data-testid="rest">{formatRupiah(rest)}</b></p>
          : <p>Lunas 🎉 Tidak ada utang yang tersisa (<b data-testid="rest">{formatRupiah(rest)}</b>).</p>}
        {rest > 0 && (
          <ApiForm action="/api/utang/bayar" submit="Catat pembayaran" done="Pembayaran tercatat.">
            <input type="hidden" name="contact_id" value={c.id} />
            <input type="hidden" name="direction" value={direction} />
            <div className="filters">
              <div><label htmlFor="amount">Jumlah dibayar (Rp)</label><input id="amount" name="amount" inputMode="numeric" required /></div>
              <div><label htmlFor="payment">Cara bayar</label>
                <select id="payment" name="payment"><option value="cash">Tunai</option><option value="qris">QRIS</option><option value="transfer">Transfer</option></select></div>
            </div>
          </ApiForm>
        )}
      </section>
      {session.role === 'owner' && direction === 'receivable' && rest > 0 && (
        <section className="card">
          <h2>Pengingat lewat WhatsApp</h2>
          {c.phone ? (
            <ApiForm action="/api/utang/ingatkan" submit="Kirim pengingat" confirm={`Kirim pengingat utang ${formatRupiah(rest)} ke ${c.name}?`} done="Pengingat terkirim.">
              <input type="hidden" name="contact_id" value={c.id} />
            </ApiForm>
          ) : <p className="muted">Tambahkan nomor WhatsApp {c.name} di <Link href="/kontak">Kontak</Link> untuk mengirim pengingat.</p>}
        </section>
      )}
      <section className="card">
        <h2>Riwayat</h2>
        <ul className="list">{history.map((h, i) => (
          <li key={i}>
            <span>{formatDateTime(h.at, session.zone)} · {h.entry === 'debt' ? 'utang' : h.transaction_id ? 'bayar DP' : 'bayar'}{h.status === 'void' ? ' (batal)' : ''}
              {h.transaction_id && <> · <Link href={`/transaksi/${h.transaction_id}`}>transaksi</Link></>}</span>
            <span className={h.entry === 'payment' ? 'note' : undefined}>{h.entry === 'payment' ? '−' : '+'}{formatRupiah(h.amount)}</span>
          </li>
        ))}</ul>
        {history.length === 0 && <p className="muted">Belum ada riwayat.</p>}
      </section>
    </Shell>
  );
}
