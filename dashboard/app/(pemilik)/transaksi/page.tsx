// Transaksi: server-side filters (a plain GET form, works without JavaScript), search, pages, exports.
import Link from 'next/link';
import { formatDateTime, formatRupiah } from '../../../../core/format.ts';
import { Shell } from '../../../components/shell.tsx';
import { badDates, dmyDate, filterOptions, filterRange, kindName, parseFilters, paymentLabel, paymentName, sourceName, transactionsPage, type Filters } from '../../../lib/queries/transaksi.ts';
import { seesCosts } from '../../../lib/session.ts';
import { webContext } from '../../../lib/web.ts';
import { now, requirePage } from '../../_lib/current.ts';

type Search = Record<string, string | string[] | undefined>;

function query(f: Filters, extra: Partial<Record<keyof Filters, string | number>> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, ...extra })) if (v !== undefined && v !== null && v !== '' && !(k === 'hal' && v === 1)) q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export default async function TransaksiPage({ searchParams }: { searchParams: Promise<Search> }) {
  const session = await requirePage(['owner', 'staff']);
  const search = await searchParams;
  const f = parseFilters(search);
  const bad = badDates(search);
  const { db } = webContext();
  const [{ rows, hasNext }, options] = [await transactionsPage(db, session, f, now()), await filterOptions(db, session)];
  const range = filterRange(f, session, now());
  const costs = seesCosts(session);
  const exportQuery = query({ ...f, hal: 1 });
  return (
    <Shell session={session} title="Transaksi">
      {/* Keyed by the filters: "Hapus saringan" (a client navigation to the same page) must reset the fields too. */}
      <form key={query({ ...f, hal: 1 }) || 'semua'} className="card filters" method="get" action="/transaksi" aria-label="Saring transaksi">
        <div className="wide"><label htmlFor="q">Cari</label><input id="q" name="q" defaultValue={f.q ?? ''} placeholder="barang, pelanggan, catatan" /></div>
        {/* Text, not type="date": a date field follows the browser's locale (mm/dd on an English phone). */}
        <div><label htmlFor="dari">Dari (hh/bb/tttt)</label><input id="dari" name="dari" inputMode="numeric" placeholder="hh/bb/tttt" pattern="\d{1,2}/\d{1,2}/(\d{4}|\d{2})" title="Tanggal, mis. 01/11/2026" defaultValue={dmyDate(range.from)} /></div>
        <div><label htmlFor="sampai">Sampai (hh/bb/tttt)</label><input id="sampai" name="sampai" inputMode="numeric" placeholder="hh/bb/tttt" pattern="\d{1,2}/\d{1,2}/(\d{4}|\d{2})" title="Tanggal, mis. 30/11/2026" defaultValue={dmyDate(range.to)} /></div>
        <div><label htmlFor="jenis">Jenis</label>
          <select id="jenis" name="jenis" defaultValue={f.jenis ?? ''}><option value="">Semua</option>
            {Object.entries(kindName).map(([v, n]) => <option key={v} value={v}>{n}</option>)}</select></div>
        <div><label htmlFor="bayar">Bayar</label>
          <select id="bayar" name="bayar" defaultValue={f.bayar ?? ''}><option value="">Semua</option>
            {Object.entries(paymentName).map(([v, n]) => <option key={v} value={v}>{n}</option>)}</select></div>
        <div><label htmlFor="sumber">Sumber</label>
          <select id="sumber" name="sumber" defaultValue={f.sumber ?? ''}><option value="">Semua</option>
            {Object.entries(sourceName).map(([v, n]) => <option key={v} value={v}>{n}</option>)}</select></div>
        <div><label htmlFor="kontak">Orang</label>
          <select id="kontak" name="kontak" defaultValue={f.kontak ?? ''}><option value="">Semua</option>
            {options.contacts.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}</select></div>
        <div><label htmlFor="produk">Barang</label>
          <select id="produk" name="produk" defaultValue={f.produk ?? ''}><option value="">Semua</option>
            {options.products.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}</select></div>
        <div><label htmlFor="status">Status</label>
          <select id="status" name="status" defaultValue={f.status ?? ''}><option value="">Semua</option>
            <option value="posted">Tercatat</option><option value="voided">Dibatalkan</option></select></div>
        <div className="wide row-actions"><button type="submit">Terapkan</button><Link href="/transaksi">Hapus saringan</Link></div>
        {bad.length > 0 && <p className="wide error" role="alert">Tanggal {bad.map((d) => `"${d}"`).join(' dan ')} tidak ada di kalender, jadi tidak dipakai. Tulis seperti 01/11/2026.</p>}
      </form>
      <div className="row-actions">
        <a className="badge" href={`/api/transaksi/export.csv${exportQuery}`} download>⬇ CSV</a>
        <a className="badge" href={`/api/transaksi/export.xlsx${exportQuery}`} download>⬇ Excel (XLSX)</a>
      </div>
      <div className="card table-wrap">
        {rows.length === 0 ? <p className="muted">Tidak ada transaksi yang cocok.</p> : (
          <table data-testid="transactions" className="tx-table">
            <thead><tr><th>Tanggal</th><th>Jenis</th><th>Barang</th><th>Pihak</th><th>Bayar</th><th className="num">Total</th>{costs && <th className="num">Laba kotor</th>}</tr></thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-id={r.id}>
                  <td className="tx-date"><Link href={`/transaksi/${r.id}`}>{formatDateTime(r.occurredAt, session.zone)}</Link></td>
                  <td className="tx-kind">{kindName[r.kind]} {r.status === 'voided' && <span className="badge void">batal</span>}</td>
                  <td className="tx-items">{r.items}</td>
                  <td className={r.counterparty ? 'tx-party' : 'tx-party none'}>{r.counterparty ?? '—'}</td>
                  <td className="tx-pay">{paymentLabel(r)}</td>
                  <td className="num tx-total">{formatRupiah(r.total)}</td>
                  {costs && <td className="num tx-profit"><span className="tx-label">Laba kotor </span>{r.kind === 'sale' && r.status !== 'voided' && r.cogs !== null ? formatRupiah(r.total - r.cogs) : '—'}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="pager">
          {f.hal > 1 ? <Link href={`/transaksi${query(f, { hal: f.hal - 1 })}`}>‹ Sebelumnya</Link> : <span />}
          <span className="muted">Halaman {f.hal}</span>
          {hasNext ? <Link href={`/transaksi${query(f, { hal: f.hal + 1 })}`}>Berikutnya ›</Link> : <span />}
        </div>
      </div>
    </Shell>
  );
}
