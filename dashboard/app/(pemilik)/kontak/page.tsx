// Kontak: customers and suppliers, add one.
import Link from 'next/link';
import { formatRupiah } from '../../../../core/format.ts';
import { localPhone } from '../../../../core/phone.ts';
import { ApiForm } from '../../../components/api-form.tsx';
import { Shell } from '../../../components/shell.tsx';
import { contacts } from '../../../lib/queries/pages.ts';
import { webContext } from '../../../lib/web.ts';
import { requirePage } from '../../_lib/current.ts';

export default async function KontakPage() {
  const session = await requirePage();
  const rows = await contacts(webContext().db, session);
  const group = (kind: 'customer' | 'supplier') => rows.filter((c) => c.kind === kind);
  return (
    <Shell session={session} title="Kontak">
      {(['customer', 'supplier'] as const).map((kind) => (
        <section className="card" key={kind}>
          <h2>{kind === 'customer' ? 'Pelanggan' : 'Pemasok'}</h2>
          <ul className="list">{group(kind).map((c) => (
            <li key={c.id}>
              <span><Link href={`/utang/${c.id}`}>{c.name}</Link>{c.phone && <span className="muted"> · <span className="nowrap">{localPhone(c.phone)}</span></span>}{c.note && <><br /><span className="muted">{c.note}</span></>}</span>
              <span>{c.receivable > 0 ? formatRupiah(c.receivable) : c.payable > 0 ? `utang ${formatRupiah(c.payable)}` : ''}</span>
            </li>
          ))}</ul>
          {group(kind).length === 0 && <p className="muted">Belum ada.</p>}
        </section>
      ))}
      <section className="card">
        <h2>Tambah kontak</h2>
        <ApiForm action="/api/kontak" submit="Tambah kontak" done="Kontak ditambahkan.">
          <div className="filters">
            <div><label htmlFor="kind">Jenis</label><select id="kind" name="kind"><option value="customer">Pelanggan</option><option value="supplier">Pemasok</option></select></div>
            <div><label htmlFor="cname">Nama</label><input id="cname" name="name" required /></div>
            <div><label htmlFor="cphone">Nomor WhatsApp</label><input id="cphone" name="phone" type="tel" /></div>
            <div><label htmlFor="cnote">Catatan</label><input id="cnote" name="note" /></div>
          </div>
        </ApiForm>
      </section>
    </Shell>
  );
}
