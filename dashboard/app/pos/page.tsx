// The cashier's POS. The server part only checks the session (a visitor goes to the login page); the
// rest is a client app that keeps working offline (IndexedDB, the service worker at /sw.js).
import { PosApp } from '../../components/pos/pos-app.tsx';
import { requirePage } from '../_lib/current.ts';
import './pos.css';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Kasir · Juragan' };

export default async function Pos() {
  const s = await requirePage(['owner', 'staff', 'cashier']);
  return <PosApp tenantName={s.tenantName} memberName={s.memberName} />;
}
