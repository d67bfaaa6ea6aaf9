// Pengaturan's POS part (owner only): the cashier devices with "Hapus" (the device books nothing more and
// is logged out) and whether cashiers may give line discounts at the POS.
import { formatDateTime } from '../../../../core/format.ts';
import { ApiForm } from '../../../components/api-form.tsx';
import { posDevices } from '../../../lib/queries/pos-devices.ts';
import type { Session } from '../../../lib/session.ts';
import { webContext } from '../../../lib/web.ts';

export async function PosSection({ session }: { session: Session }) {
  const { devices, allowCashierDiscount } = await posDevices(webContext().db, session);
  return (
    <section className="card">
      <h2>Perangkat kasir (POS)</h2>
      {devices.length === 0 ? <p className="muted">Belum ada perangkat kasir. Kasir membuka <a href="/pos">/pos</a> lalu masuk dengan nomornya.</p> : (
        <ul className="list" data-testid="pos-devices">{devices.map((d) => (
          <li key={d.id} data-device={d.code}>
            <span><b>{d.code}</b>{d.name ? ` · ${d.name}` : ''} <span className="muted">· {d.member}</span><br />
              <span className="muted">Didaftarkan {formatDateTime(new Date(d.created_at), session.zone)}
                {d.last_seen_at ? ` · terakhir aktif ${formatDateTime(new Date(d.last_seen_at), session.zone)}` : ''}</span></span>
            <ApiForm action="/api/pengaturan/pos/hapus" submit="Hapus" confirm={`Hapus perangkat kasir ${d.code}? Perangkat itu langsung keluar, dan penjualan offline yang belum terkirim dari perangkat itu tidak akan tercatat.`} done="Dihapus." removes>
              <input type="hidden" name="device_id" value={d.id} />
            </ApiForm>
          </li>
        ))}</ul>
      )}
      <ApiForm action="/api/pengaturan/pos/diskon" submit="Simpan izin diskon" reset={false}>
        <div className="filters">
          <div><label htmlFor="pos_discount">Kasir boleh memberi diskon</label>
            <select id="pos_discount" name="allow" defaultValue={allowCashierDiscount ? 'on' : 'off'}>
              <option value="off">Tidak</option><option value="on">Ya</option>
            </select></div>
        </div>
      </ApiForm>
      <p className="hint">Transaksi yang belum terkirim dari perangkat yang dihapus tidak akan dibukukan.</p>
    </section>
  );
}
