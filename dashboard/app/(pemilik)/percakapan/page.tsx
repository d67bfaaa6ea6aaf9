// Percakapan: who chats with Juragan; each member's chat is one click away.
import Link from 'next/link';
import { formatDateTime } from '../../../../core/format.ts';
import { Shell } from '../../../components/shell.tsx';
import { conversations } from '../../../lib/queries/pages.ts';
import { webContext } from '../../../lib/web.ts';
import { requirePage } from '../../_lib/current.ts';

const roleName: Record<string, string> = { owner: 'pemilik', staff: 'karyawan', cashier: 'kasir' };

export default async function PercakapanPage() {
  const session = await requirePage();
  const rows = await conversations(webContext().db, session);
  return (
    <Shell session={session} title="Percakapan">
      <section className="card">
        <ul className="list">{rows.map((m) => (
          <li key={m.member_id}>
            <span><Link href={`/percakapan/${m.member_id}`}>{m.name}</Link> <span className="muted">({roleName[m.role] ?? m.role})</span></span>
            <span className="muted">{m.messages} pesan{m.last_at ? ` · ${formatDateTime(m.last_at, session.zone)}` : ''}</span>
          </li>
        ))}</ul>
      </section>
    </Shell>
  );
}
