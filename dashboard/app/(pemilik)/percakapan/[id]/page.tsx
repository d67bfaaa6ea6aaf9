// One member's chat: each message with Juragan's replies and what it booked; voice notes playable
// beside their transcripts.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatDateTime, formatRupiah } from '../../../../../core/format.ts';
import { Shell } from '../../../../components/shell.tsx';
import { chat, conversations } from '../../../../lib/queries/pages.ts';
import { kindName } from '../../../../lib/queries/transaksi.ts';
import { webContext } from '../../../../lib/web.ts';
import { requirePage } from '../../../_lib/current.ts';

export default async function ChatPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requirePage();
  const { id } = await params;
  const { db } = webContext();
  const member = (await conversations(db, session)).find((m) => m.member_id === id);
  if (!member) notFound();
  const messages = (await chat(db, session, id)).reverse();
  return (
    <Shell session={session} title={`Chat ${member.name}`}>
      <p><Link href="/percakapan">‹ Semua percakapan</Link></p>
      <div className="card chat" data-testid="chat">
        {messages.length === 0 && <p className="muted">Belum ada pesan.</p>}
        {messages.map((m) => (
          <div key={m.inbox_id} className="chat">
            <div className="bubble in">
              {m.kind === 'voice' && m.media_ref && <audio controls preload="none" src={`/api/media/${m.inbox_id}`} />}
              {m.kind === 'voice' ? (m.transcript ? `🎤 ${m.transcript}` : '🎤 (belum ditranskripsi)') : m.body}
              <span className="meta">{formatDateTime(m.at, session.zone)}</span>
            </div>
            {m.replies.map((r, i) => <div key={i} className="bubble out">{r.text}</div>)}
            {m.booked.map((t) => (
              <div key={t.id} className="bubble out"><Link href={`/transaksi/${t.id}`}>{kindName[t.kind]} {formatRupiah(t.total)}</Link>{t.status === 'voided' && ' (batal)'}</div>
            ))}
          </div>
        ))}
      </div>
    </Shell>
  );
}
