// The cashier's POS page has its own issue; until then a cashier lands here after login.
import { LogoutButton } from '../../components/logout-button.tsx';
import { requirePage } from '../_lib/current.ts';

export const dynamic = 'force-dynamic';

export default async function Pos() {
  const s = await requirePage(['owner', 'staff', 'cashier']);
  return (
    <main className="login-page">
      <h1>Kasir</h1>
      <p>Halo, {s.memberName}. Halaman kasir (POS) untuk {s.tenantName} belum tersedia.</p>
      <p>Sementara itu, catat penjualan lewat WhatsApp, misalnya: <i>laku indomie goreng 2 bks 7000</i>.</p>
      <LogoutButton />
    </main>
  );
}
