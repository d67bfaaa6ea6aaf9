// Pengaturan: the warung (name, city, zone, closing time, static QRIS), staff and cashiers (the owner
// adds and removes them and resets a PIN: server/staff-routes.ts), the
// WhatsApp link, logged-in devices (the owner removes them), and "Ekspor semua data".
import { formatDateTime } from '../../../../core/format.ts';
import { localPhone } from '../../../../core/phone.ts';
import { ApiForm } from '../../../components/api-form.tsx';
import { Shell } from '../../../components/shell.tsx';
import { settings } from '../../../lib/queries/pages.ts';
import { webContext } from '../../../lib/web.ts';
import { requirePage } from '../../_lib/current.ts';
import { PosSection } from './pos-section.tsx';
import { MarketShare } from './market-share.tsx';

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
              <div><label htmlFor="closing_time">Jam tutup (24 jam)</label><input id="closing_time" name="closing_time" inputMode="numeric" placeholder="21:00" pattern="\d{1,2}[:.]\d{2}" title="Jam 24, mis. 21:00" defaultValue={s.tenant.closing_time} /></div>
              <div className="wide"><label htmlFor="qris">Kode QRIS statis (teks dari QR)</label><textarea id="qris" name="qris" rows={2} defaultValue={s.tenant.qris ?? ''} placeholder="000201010211…6304XXXX" /></div>
            </div>
          </ApiForm>
        ) : <p>{s.tenant.name}{s.tenant.city ? `, ${s.tenant.city}` : ''}</p>}
      </section>
      <section className="card">
        <h2>Pemilik, karyawan dan kasir</h2>
        <ul className="list members" data-testid="members">{s.members.map((m) => (
          <li key={m.id} data-member={m.phone}>
            <span>{m.name} <span className="muted">· <span className="nowrap">{localPhone(m.phone)}</span></span>{!m.active && <span className="badge">nonaktif</span>}<br />{roleName[m.role]}</span>
            {owner && m.active && m.role !== 'owner' && (
              <span className="row-actions">
                <ApiForm action="/api/pengaturan/anggota/pin" submit="Atur PIN" done="PIN tersimpan." >
                  <input type="hidden" name="member_id" value={m.id} />
                  <input name="pin" type="password" autoComplete="new-password" inputMode="numeric" pattern="[0-9]{4,6}" maxLength={6} aria-label={`PIN baru ${m.name}`} placeholder="PIN baru" title="4–6 angka; kosongkan untuk menghapus PIN" />
                </ApiForm>
                <ApiForm action="/api/pengaturan/anggota/hapus" submit="Hapus" confirm={`Hapus ${m.name} dari warung?`} done="Dihapus." removes>
                  <input type="hidden" name="phone" value={m.phone} />
                </ApiForm>
              </span>
            )}
          </li>
        ))}</ul>
        {owner ? (
          <ApiForm action="/api/pengaturan/anggota" submit="Tambah anggota">
            <h3>Tambah karyawan atau kasir</h3>
            <div className="filters">
              <div><label htmlFor="mname">Nama anggota</label><input id="mname" name="name" required maxLength={80} /></div>
              <div><label htmlFor="mphone">Nomor HP anggota</label><input id="mphone" name="phone" required inputMode="tel" placeholder="0812…" /></div>
              <div><label htmlFor="mrole">Peran</label>
                <select id="mrole" name="role" defaultValue="cashier"><option value="cashier">Kasir</option><option value="staff">Karyawan</option></select></div>
            </div>
          </ApiForm>
        ) : <p className="hint">Hanya pemilik yang bisa menambah atau menghapus anggota.</p>}
        <p className="hint">Kosongkan PIN lalu <i>Atur PIN</i> untuk menghapusnya. Bisa juga lewat chat ke Juragan: <i>tambah kasir 0812xxxx Rina</i>, <i>hapus kasir 0812xxxx</i>.</p>
      </section>
      <MarketShare session={session} />
      <section className="card">
        <h2>WhatsApp</h2>
        {ctx.whatsapp ? (
          <>
            <p>Status sambungan dan kode QR untuk menautkan nomor Juragan:</p>
            <iframe src="/whatsapp" title="Tautkan WhatsApp" style={{ width: '100%', height: 420, border: 0 }} />
          </>
        ) : <p className="muted">WhatsApp belum dinyalakan; pesan berjalan lewat simulator. Minta pengelola Juragan menautkan nomor WhatsApp warung.</p>}
      </section>
      {owner && (
        <section className="card">
          <h2>Perangkat yang masuk</h2>
          <ul className="list" data-testid="sessions">{s.sessions.map((d) => (
            <li key={d.id}>
              <span>{d.member} · {formatDateTime(d.created_at, session.zone)}{d.current && <>{' '}<span className="badge">perangkat ini</span></>}<br />
                <span className="muted">{deviceName(d.user_agent)}</span></span>
              {!d.current && <ApiForm action={`/api/pengaturan/sesi/${d.id}/cabut`} submit="Keluarkan" confirm="Keluarkan perangkat ini?" done="Dikeluarkan." removes />}
            </li>
          ))}</ul>
        </section>
      )}
      {owner && <PosSection session={session} />}
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

/** "Chrome di Android" from a browser's user agent (a phone try showed the raw string cut off). */
function deviceName(ua: string | null): string {
  if (!ua) return 'Perangkat tidak dikenal';
  const browser = /Edg\//.test(ua) ? 'Edge' : /SamsungBrowser/.test(ua) ? 'Samsung Internet' : /OPR\/|Opera/.test(ua) ? 'Opera'
    : /Firefox\//.test(ua) ? 'Firefox' : /Chrome\/|Chromium\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : 'Browser';
  const system = /Android/.test(ua) ? 'Android' : /iPhone|iPad|iOS/.test(ua) ? 'iPhone' : /Windows/.test(ua) ? 'Windows'
    : /Mac OS X/.test(ua) ? 'Mac' : /Linux/.test(ua) ? 'Linux' : 'perangkat lain';
  return `${browser} di ${system}`;
}
