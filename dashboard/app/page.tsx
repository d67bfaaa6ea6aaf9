// "/": the login page for a visitor, Ringkasan for a logged-in owner or staff, the POS for a cashier.
import { redirect } from 'next/navigation';
import { LoginForm } from '../components/login-form.tsx';
import { Shell } from '../components/shell.tsx';
import { webContext } from '../lib/web.ts';
import { currentSession } from './_lib/current.ts';
import type { PeriodKey } from '../lib/ranges.ts';
import { RingkasanView } from './ringkasan-view.tsx';

export const dynamic = 'force-dynamic';

const periodOf = (p: string | undefined): PeriodKey => (p === 'd7' || p === 'd30' ? p : 'today');

export default async function Home({ searchParams }: { searchParams: Promise<{ periode?: string }> }) {
  const session = await currentSession();
  if (!session) {
    return (
      <main className="login-page">
        <h1>Juragan</h1>
        <p className="tagline">Pembukuan warung lewat WhatsApp. Masuk dengan kode yang dikirim ke WhatsApp Anda.</p>
        <LoginForm demo={webContext().simulator} />
      </main>
    );
  }
  if (session.role === 'cashier') redirect('/pos');
  return (
    <Shell session={session} title="Ringkasan">
      <RingkasanView session={session} period={periodOf((await searchParams).periode)} />
    </Shell>
  );
}
