// Negosiasi: what Juragan is haggling over now, and what it haggled before (outcome and saving).
import Link from 'next/link';
import { formatDateTime, formatQty, formatRupiah } from '../../../../core/format.ts';
import { Shell } from '../../../components/shell.tsx';
import { isOpen, negotiations, statusName, type NegotiationListRow } from '../../../lib/queries/negosiasi.ts';
import { webContext } from '../../../lib/web.ts';
import { requirePage } from '../../_lib/current.ts';
import type { Session } from '../../../lib/session.ts';

function Row({ n, session }: { n: NegotiationListRow; session: Session }) {
  const per = (p: number) => `${formatRupiah(p)}/${n.unit}`;
  return (
    <li data-negotiation={n.id}>
      <span>
        <Link href={`/negosiasi/${n.id}`}>{n.item} {formatQty(n.qty)} {n.unit}</Link>{' '}
        <span className={`badge${n.status === 'failed' || n.status === 'cancelled' ? ' void' : n.status === 'deciding' ? ' warn' : ''}`}>{statusName[n.status] ?? n.status}</span>
        <br /><span className="muted">
          {formatDateTime(n.created_at, session.zone)} · {n.suppliers} supplier{n.max_price != null ? ` · batas ${per(n.max_price)}` : ''}
          {n.first_quote != null ? ` · penawaran pertama ${per(n.first_quote)}` : ''}
        </span>
      </span>
      <span className="num">
        {n.chosen_price != null ? <>{n.chosen_name}<br />{per(n.chosen_price)}</> : <span className="muted">{n.messages} pesan</span>}
        {n.saving != null && n.saving > 0 && <><br /><span className="note">hemat {formatRupiah(n.saving)}</span></>}
      </span>
    </li>
  );
}

export default async function NegosiasiPage() {
  const session = await requirePage();
  const rows = await negotiations(webContext().db, session);
  const open = rows.filter((n) => isOpen(n.status));
  const past = rows.filter((n) => !isOpen(n.status));
  return (
    <Shell session={session} title="Negosiasi">
      <p className="hint">Minta Juragan menawar lewat chat, misalnya “cariin telur 10 kg maks 27rb/kg besok pagi”.</p>
      <section className="card" data-testid="open">
        <h2>Sedang berjalan</h2>
        {open.length ? <ul className="list">{open.map((n) => <Row key={n.id} n={n} session={session} />)}</ul>
          : <p className="muted">Tidak ada negosiasi yang sedang berjalan.</p>}
      </section>
      <section className="card" data-testid="past">
        <h2>Selesai</h2>
        {past.length ? <ul className="list">{past.map((n) => <Row key={n.id} n={n} session={session} />)}</ul>
          : <p className="muted">Belum ada negosiasi yang selesai.</p>}
      </section>
    </Shell>
  );
}
