// Pengaturan: the warung (name, city, zone, closing time, static QRIS), staff and cashiers, the
// WhatsApp link, logged-in devices (the owner removes them), and "Ekspor semua data".
import { formatDateTime } from '../../../../core/format.ts';
import { ApiForm } from '../../../components/api-form.tsx';
import { Shell } from '../../../components/shell.tsx';
import { settings } from '../../../lib/queries/pages.ts';
import { webContext } from '../../../lib/web.ts';
import { requirePage } from '../../_lib/current.ts';

const roleName: Record<string, string> = { owner: 'Pemilik', staff: 'Karyawan', cashier: 'Kasir' };

export default async function PengaturanPage() {
  const session = await requirePage();
  const ctx = webContext();
  const s = await settings(ctx.db, session);
  const owner = session.role === 'owner';
  return (
    <Shell session={session} title="Pengaturan">
      <section className="card">
        <h2>Warung</h2>
        {owner ? (
          <ApiForm action="/api/pengaturan/warung" submit="Simpan" reset={false}>
            <div className="filters">
              <div className="wide"><label htmlFor="wname">Nama warung</label><input id="wname" name="name" required defaultValue={s.tenant.name} /></div>
              <div><label htmlFor="city">Kota</label><input id="city" name="city" defaultValue={s.tenant.city ?? ''} /></div>
              <div><label htmlFor="timezone">Zona waktu</label>
                <select id="timezone" name="timezone" defaultValue={s.tenant.timezone}>
                  <option value="Asia/Jakarta">WIB (Jakarta)</option><option value="Asia/Makassar">WITA (Makassar)</option><option value="Asia/Jayapura">WIT (Jayapura)</option>
                </select></div>
              <div><label htmlFor="closing_time">Jam tutup</label><input id="closing_time" name="closing_time" type="time" defaultValue={s.tenant.closing_time} /></div>
              <div className="wide"><label htmlFor="qris">Kode QRIS statis (teks dari QR)</label><textarea id="qris" name="qris" rows={2} defaultValue={s.tenant.qris ?? ''} placeholder="000201010211…6304XXXX" /></div>
            </div>
          </ApiForm>
        ) : <p>{s.tenant.name}{s.tenant.city ? `, ${s.tenant.city}` : ''}</p>}
      </section>
      <section className="card">
        <h2>Pemilik, karyawan dan kasir</h2>
        <ul className="list">{s.members.map((m) => (
          <li key={m.id}><span>{m.name} <span className="muted">· {m.phone}</span>{!m.active && <span className="badge">nonaktif</span>}</span><span>{roleName[m.role]}</span></li>
        ))}</ul>
        <p className="hint">Tambah atau hapus lewat chat ke Juragan: <i>tambah kasir 0812… Rina</i>, <i>hapus kasir 0812…</i>.</p>
      </section>
      <section className="card">
        <h2>WhatsApp</h2>
        {ctx.whatsapp ? (
          <>
            <p>Status sambungan dan kode QR untuk menautkan nomor Juragan:</p>
            <iframe src="/whatsapp" title="Tautkan WhatsApp" style={{ width: '100%', height: 420, border: 0 }} />
          </>
        ) : <p className="muted">WhatsApp belum dinyalakan; pesan berjalan lewat simulator. Jalankan dengan <code>WHATSAPP=on</code> untuk menautkan nomor.</p>}
      </section>
      {owner && (
        <section className="card">
          <h2>Perangkat yang masuk</h2>
          <ul className="list" data-testid="sessions">{s.sessions.map((d) => (
            <li key={d.id}>
              <span>{d.member} · {formatDateTime(d.created_at, session.zone)}{d.current && <span className="badge">perangkat ini</span>}<br />
                <span className="muted">{(d.user_agent ?? '').slice(0, 60)}</span></span>
              {!d.current && <ApiForm action={`/api/pengaturan/sesi/${d.id}/cabut`} submit="Keluarkan" confirm="Keluarkan perangkat ini?" done="Dikeluarkan." />}
            </li>
          ))}</ul>
        </section>
      )}
      {owner && (
        <section className="card">
          <h2>Ekspor semua data</h2>
          <p>Semua data warung (transaksi, stok, utang, kontak, chat) sebagai file CSV dalam satu arsip ZIP. Datanya milik Anda.</p>
          <a href="/api/ekspor" download><button type="button">Unduh arsip (ZIP)</button></a>
        </section>
      )}
    </Shell>
  );
}
