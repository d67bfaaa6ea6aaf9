// Utang-piutang: who owes the warung (piutang) and whom the warung owes (utang ke pemasok).
import Link from 'next/link';
import { formatDate, formatRupiah } from '../../../../core/format.ts';
import { Shell } from '../../../components/shell.tsx';
import { contacts } from '../../../lib/queries/pages.ts';
import { webContext } from '../../../lib/web.ts';
import { requirePage } from '../../_lib/current.ts';

export default async function UtangPage() {
  const session = await requirePage();
  const rows = await contacts(webContext().db, session);
  const owe = rows.filter((c) => c.receivable > 0).sort((a, b) => b.receivable - a.receivable);
  const owed = rows.filter((c) => c.payable > 0).sort((a, b) => b.payable - a.payable);
  const total = (xs: typeof rows, k: 'receivable' | 'payable') => xs.reduce((s, c) => s + c[k], 0);
  return (
    <Shell session={session} title="Utang-piutang">
      <section className="card">
        <h2>Piutang (pelanggan berutang) · {formatRupiah(total(owe, 'receivable'))}</h2>
        {owe.length ? (
          <ul className="list" data-testid="receivables">{owe.map((c) => (
            <li key={c.id}><Link href={`/utang/${c.id}`}>{c.name}</Link>
              <span>{formatRupiah(c.receivable)}{c.next_due && <span className="muted"> · jatuh tempo {formatDate(new Date(`${c.next_due}T12:00:00Z`), session.zone)}</span>}</span></li>
          ))}</ul>
        ) : <p className="muted">Tidak ada piutang.</p>}
      </section>
      <section className="card">
        <h2>Utang warung (pemasok, pinjaman) · {formatRupiah(total(owed, 'payable'))}</h2>
        {owed.length ? (
          <ul className="list" data-testid="payables">{owed.map((c) => (
            <li key={c.id}><Link href={`/utang/${c.id}`}>{c.name}</Link>
              <span>{formatRupiah(c.payable)}{c.next_due && <span className="muted"> · jatuh tempo {formatDate(new Date(`${c.next_due}T12:00:00Z`), session.zone)}</span>}</span></li>
          ))}</ul>
        ) : <p className="muted">Tidak ada utang ke pemasok.</p>}
      </section>
    </Shell>
  );
}
