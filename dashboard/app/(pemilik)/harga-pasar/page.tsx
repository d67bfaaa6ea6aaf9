// Harga pasar: per commodity a chart of the official price, the network median (only with ≥ 3 warungs)
// and this warung's purchase price over time, and a table of the latest figures with source and date
// (market_price_view, as the chat's price answer). A plain GET form picks the commodity and the period.
import { formatDate, formatRupiah, trendText, type TenantZone } from '../../../../core/format.ts';
import { PriceChart } from '../../../components/price-chart.tsx';
import { Shell } from '../../../components/shell.tsx';
import { loadHargaPasar, type Latest } from '../../../lib/queries/harga-pasar.ts';
import { chartPoints, historyRows } from '../../../lib/price-points.ts';
import { webContext } from '../../../lib/web.ts';
import { now, requirePage } from '../../_lib/current.ts';

type Search = Record<string, string | string[] | undefined>;
const periods = [{ days: 30, label: '30 hari' }, { days: 90, label: '3 bulan' }, { days: 365, label: '1 tahun' }];
const publisherName = { bapanas: 'Bapanas', bi_pihps: 'BI PIHPS' } as const; // Badan Pangan Nasional, Bank Indonesia
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** One row: what it is, then its date and details in small print (two columns fit a phone), then the price. */
function Row({ source, label, detail, price, value }: { source: string; label: string; detail: string; price: string; value?: number | null }) {
  return (
    <tr data-source={source}>
      <td>{label}<br /><span className="muted">{detail}</span></td>
      <td className="num" data-value={value ?? ''}>{price}</td>
    </tr>
  );
}

function LatestTable({ v, zone }: { v: Latest; zone: TenantZone }) {
  const o = v.official;
  const n = v.network;
  const trends = o ? [trendText(o.price, o.week_ago, 'seminggu'), trendText(o.price, o.month_ago, 'sebulan')].filter(Boolean) : [];
  return (
    <div className="table-wrap">
      <table data-testid="latest-prices">
        <thead><tr><th>Sumber dan tanggal</th><th className="num">Harga</th></tr></thead>
        <tbody>
          {o
            ? <Row source="official" label={`Resmi · ${publisherName[o.publisher]}`} detail={[formatDate(o.at, zone), o.region, ...trends].join(' · ')} price={`${formatRupiah(o.price)}/${o.unit}`} value={o.price} />
            : <Row source="official" label="Resmi" detail="Belum ada data resmi untuk daerah ini" price="–" />}
          {n
            ? <Row source="network" label="Median warung Juragan" detail={`${n.window_days} hari terakhir · ${n.warungs} warung · ${n.region} · ${formatRupiah(n.min_price)}–${formatRupiah(n.max_price)}`} price={`${formatRupiah(n.median)}/${v.unit}`} value={n.median} />
            : <Row source="network" label="Median warung Juragan" detail="Belum cukup data (perlu minimal 3 warung)" price="–" />}
          {v.own?.paid != null && <Row source="own" label="Harga beli Anda" detail={[v.own.paid_at ? formatDate(v.own.paid_at, zone) : null, v.own.product].filter(Boolean).join(' · ')} price={`${formatRupiah(v.own.paid)}/${v.own.unit}`} value={v.own.paid} />}
          {v.own?.sell_price != null && <Row source="sell" label="Harga jual Anda" detail={`sekarang · ${v.own.product}`} price={`${formatRupiah(v.own.sell_price)}/${v.own.unit}`} value={v.own.sell_price} />}
          {v.quotes.map((q, i) => <Row key={i} source="quote" label={`Penawaran ${q.supplier}`} detail={formatDate(q.at, zone)} price={`${formatRupiah(q.price)}/${q.unit}`} value={q.price} />)}
        </tbody>
      </table>
    </div>
  );
}

export default async function HargaPasarPage({ searchParams }: { searchParams: Promise<Search> }) {
  const session = await requirePage(['owner', 'staff']);
  const q = await searchParams;
  const days = periods.find((p) => String(p.days) === one(q.hari))?.days ?? 90;
  const data = await loadHargaPasar(webContext().db, session, one(q.k), days);
  const { history: h, latest } = data;
  const own = data.choices.filter((c) => c.own);
  const others = data.choices.filter((c) => !c.own);
  const points = h ? chartPoints(h, session.zone) : [];
  const rows = h ? historyRows(h, session.zone) : [];
  const old = h && now().getTime() - h.end.getTime() > 2 * 86_400_000;
  return (
    <Shell session={session} title="Harga pasar">
      <form className="card filters" method="get" action="/harga-pasar" aria-label="Pilih komoditas">
        <div className="wide"><label htmlFor="k">Komoditas</label>
          <select id="k" name="k" defaultValue={data.commodity ?? ''}>
            {own.length > 0 && <optgroup label="Dagangan Anda">{own.map((c) => <option key={c.commodity} value={c.commodity}>{c.commodity}</option>)}</optgroup>}
            <optgroup label={own.length ? 'Lainnya' : 'Semua komoditas'}>{others.map((c) => <option key={c.commodity} value={c.commodity}>{c.commodity}</option>)}</optgroup>
          </select></div>
        <div><label htmlFor="hari">Rentang</label>
          <select id="hari" name="hari" defaultValue={String(days)}>{periods.map((p) => <option key={p.days} value={p.days}>{p.label}</option>)}</select></div>
        <div><button type="submit">Lihat</button></div>
      </form>
      {!data.regionKnown && <p className="hint">Kota warung belum dikenali, jadi harga resmi dan harga warung sekitar belum bisa dipilih. Isi Kota di Pengaturan.</p>}
      {h && (
        <section className="card" data-commodity={h.commodity}>
          <h2>{h.commodity} <span className="muted">(per {h.unit})</span></h2>
          {points.length ? <PriceChart data={points} unit={h.unit} /> : <p className="muted">Belum ada harga untuk rentang ini.</p>}
          {old && <p className="hint">Data terbaru yang ada: {formatDate(h.end, session.zone)}, jadi grafik berakhir di tanggal itu.</p>}
          <p className="hint">Median warung Juragan hanya tampil bila minimal 3 warung membeli di minggu itu; nama warung dan pemasok tidak pernah ditampilkan.</p>
        </section>
      )}
      {latest && (
        <section className="card">
          <h2>Harga terbaru</h2>
          <LatestTable v={latest} zone={session.zone} />
        </section>
      )}
      {rows.length > 0 && (
        <section className="card">
          <details>
            <summary>Riwayat ({rows.length})</summary>
            <div className="table-wrap">
              <table data-testid="price-history">
                <thead><tr><th>Tanggal</th><th>Sumber</th><th className="num">Harga</th></tr></thead>
                <tbody>{rows.map((r, i) => (
                  <tr key={i} data-source={r.source}>
                    <td>{r.source === 'network' ? `minggu ${formatDate(new Date(`${r.day}T12:00:00Z`), 'Asia/Jakarta')}` : formatDate(new Date(`${r.day}T12:00:00Z`), 'Asia/Jakarta')}</td>
                    <td>{r.label}</td>
                    <td className="num">{formatRupiah(r.price)}/{r.unit}</td>
                  </tr>
                ))}</tbody>
              </table>
            </div>
          </details>
        </section>
      )}
    </Shell>
  );
}
