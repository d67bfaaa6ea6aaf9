// /simulator: a web chat with the demo personas on the embedded default, so a newcomer tries the
// whole product (login codes included) from a browser. Off when WhatsApp is the channel unless SIMULATOR=on.
import { notFound } from 'next/navigation';
import { SimulatorChat } from '../../components/simulator-chat.tsx';
import { webContext } from '../../lib/web.ts';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Simulator WhatsApp · Juragan' };

export default function SimulatorPage() {
  if (!webContext().simulator) notFound();
  return (
    <main className="sim">
      <h1>Simulator WhatsApp</h1>
      <p className="hint">Coba Juragan seperti lewat WhatsApp. Pilih siapa Anda, lalu ketik, misalnya <i>laku indomie goreng 5 bks 17.500</i> atau <i>laporan hari ini</i>. Buka <a href="/">dasbor</a> di tab lain.</p>
      <SimulatorChat />
    </main>
  );
}
