// Ringkasan: the period's figures against the period before, 30-day charts, low stock, receivables.
import Link from 'next/link';
import { formatQty, formatRupiah } from '../../core/format.ts';
import { DailyChart, PaymentMixChart, TopProductsChart } from '../components/charts.tsx';
import { Delta } from '../components/money.tsx';
import { loadRingkasan, type Figures } from '../lib/queries/ringkasan.ts';
import type { PeriodKey } from '../lib/ranges.ts';
import type { Session } from '../lib/session.ts';
import { webContext } from '../lib/web.ts';

const stats: { key: keyof Figures; label: string; cost?: boolean }[] = [
  { key: 'omzet', label: 'Omzet' },
  { key: 'grossProfit', label: 'Laba kotor', cost: true },
  { key: 'stockDiff', label: 'Selisih stok', cost: true },
  { key: 'expenses', label: 'Pengeluaran' },
  { key: 'netProfit', label: 'Laba bersih', cost: true },
  { key: 'salesCount', label: 'Jumlah penjualan' },
  { key: 'averageBasket', label: 'Rata-rata belanja' },
];

export async function RingkasanView({ session, period }: { session: Session; period: PeriodKey }) {
  const r = await loadRingkasan(webContext().db, session, webContext().clock.now());
  const p = r.periods.find((x) => x.range.key === period) ?? r.periods[0]!;
  // Selisih stok only when a count or a loss found a difference in one of the two periods (most warungs never count).
  const shown = stats.filter((s) => p.current[s.key] !== null && (s.key !== 'stockDiff' || p.current.stockDiff || p.previous.stockDiff));
  return (
    <>
      <div className="tabs" role="tablist">
        {r.periods.map((x) => (
          <Link key={x.range.key} href={x.range.key === 'today' ? '/' : `/?periode=${x.range.key}`} className={x.range.key === p.range.key ? 'active' : undefined}
            role="tab" aria-selected={x.range.key === p.range.key}>{x.range.label}</Link>
        ))}
      </div>
      <section className="stats" aria-label={`Angka ${p.range.label}`}>
        {shown.map((s) => {
          const cur = p.current[s.key] as number;
          const prev = p.previous[s.key] as number;
          return (
            <div className="stat" key={s.key} data-stat={s.key}>
              <div className="label">{s.label}</div>
              <div className="value" data-value={cur}>{s.key === 'salesCount' ? formatQty(cur) : formatRupiah(cur)}</div>
              <Delta current={cur} previous={prev} versus={p.range.versus} />
            </div>
          );
        })}
      </section>
      {p.current.cogsMissing && <p className="hint">Sebagian modal barang belum tercatat, jadi laba kotor terlihat lebih tinggi.</p>}
      {shown.some((s) => s.key === 'stockDiff') && <p className="hint">Selisih stok: barang kurang (−) atau lebih (+) saat hitung stok, dan barang rusak atau hilang, dinilai dengan modal rata-rata; tidak termasuk dalam laba kotor, tapi ikut dihitung dalam laba bersih.</p>}
      <section className="card">
        <h2>Omzet{r.daily.some((d) => d.grossProfit !== null) ? ' dan laba kotor' : ''} harian (30 hari)</h2>
        <DailyChart data={r.daily} />
      </section>
      <div className="grid2">
        <section className="card">
          <h2>Terlaris (30 hari)</h2>
          {r.top.length ? <TopProductsChart data={r.top} /> : <p className="muted">Belum ada penjualan.</p>}
        </section>
        <section className="card">
          <h2>Cara bayar (30 hari)</h2>
          {r.paymentMix.length ? <PaymentMixChart data={r.paymentMix} /> : <p className="muted">Belum ada penjualan.</p>}
        </section>
        <section className="card">
          <h2>Stok menipis</h2>
          {r.lowStock.length ? (
            <ul className="list">
              {r.lowStock.map((s) => (
                <li key={s.productId}><span>{s.name}</span><span className={s.level <= 0 ? 'error' : 'muted'}>{formatQty(s.level)} {s.unit}</span></li>
              ))}
            </ul>
          ) : <p className="muted">Semua stok aman.</p>}
        </section>
        <section className="card">
          <h2>Piutang</h2>
          <p className="muted">Total {formatRupiah(r.debts.receivable)}{r.debts.overdue > 0 ? `, telat ${formatRupiah(r.debts.overdue)}` : ''}</p>
          {r.receivables.length ? (
            <ul className="list">
              {r.receivables.map((d) => (
                <li key={d.contactId}><span>{d.name} {d.late && <span className="badge warn">telat</span>}</span><span>{formatRupiah(d.outstanding)}</span></li>
              ))}
            </ul>
          ) : <p className="muted">Tidak ada piutang.</p>}
        </section>
      </div>
    </>
  );
}
