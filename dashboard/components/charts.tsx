'use client';
// Ringkasan's charts (recharts): daily omzet and gross profit over 30 days, top products, payment mix.
import { Bar, BarChart, CartesianGrid, Cell, ComposedChart, Legend, Line, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatRupiah } from '../../core/format.ts';

const short = (n: number) => (Math.abs(n) >= 1_000_000 ? `${(n / 1_000_000).toFixed(1).replace('.', ',')}jt` : Math.abs(n) >= 1000 ? `${Math.round(n / 1000)}rb` : String(n));
const money = (v: unknown) => formatRupiah(Number(v));
const colors = ['#0f766e', '#d97706', '#2563eb', '#9333ea', '#64748b'];

export function DailyChart({ data }: { data: { day: string; omzet: number; grossProfit: number | null }[] }) {
  const rows = data.map((d) => ({ ...d, label: d.day.slice(8, 10) + '/' + d.day.slice(5, 7) }));
  const showProfit = data.some((d) => d.grossProfit !== null);
  return (
    <div className="chart" data-testid="daily-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={16} />
          <YAxis tickFormatter={short} tick={{ fontSize: 11 }} width={44} />
          <Tooltip formatter={money} />
          <Legend />
          <Bar dataKey="omzet" name="Omzet" fill={colors[0]} isAnimationActive={false} />
          {showProfit && <Line type="linear" dataKey="grossProfit" name="Laba kotor" stroke={colors[1]} strokeWidth={2} dot={false} isAnimationActive={false} />}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

export function TopProductsChart({ data }: { data: { name: string; total: number }[] }) {
  return (
    <div className="chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 12, left: 4, bottom: 4 }}>
          <XAxis type="number" tickFormatter={short} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 11 }} />
          <Tooltip formatter={money} />
          <Bar dataKey="total" name="Omzet" fill={colors[0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

const paymentName: Record<string, string> = { cash: 'Tunai', qris: 'QRIS', transfer: 'Transfer', credit: 'Utang' };

export function PaymentMixChart({ data }: { data: { payment: string; total: number }[] }) {
  const rows = data.map((d) => ({ name: paymentName[d.payment] ?? d.payment, value: d.total }));
  const all = rows.reduce((a, r) => a + r.value, 0);
  // The names and amounts in a list beside the pie: labels around it were cut on a phone ("Transfe") and said no amounts.
  return (
    <div className="pie-mix">
      <div className="chart chart-small">
        <ResponsiveContainer width="100%" height="100%">
          <PieChart>
            {/* One way of paying fills the circle: no white slice border from its centre (a phone try saw a stray line). */}
            <Pie data={rows} dataKey="value" nameKey="name" outerRadius="90%" isAnimationActive={false} stroke={rows.length > 1 ? '#fff' : 'none'}>
              {rows.map((r, i) => <Cell key={r.name} fill={colors[i % colors.length]} />)}
            </Pie>
            <Tooltip formatter={money} />
          </PieChart>
        </ResponsiveContainer>
      </div>
      <ul className="pie-legend" data-testid="payment-mix">
        {rows.map((r, i) => (
          <li key={r.name}>
            <span className="swatch" style={{ background: colors[i % colors.length] }} />
            {r.name} <b>{formatRupiah(r.value)}</b> <span className="muted">{all > 0 ? `${Math.round((100 * r.value) / all)}%` : ''}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
