'use client';
// Harga pasar's chart (recharts): per day the official price(s), the weekly network median (only weeks
// with at least 3 warungs reach the page) and this warung's own purchase prices, all per the commodity's unit.
import { CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatRupiah } from '../../core/format.ts';

import type { PricePoint } from '../lib/price-points.ts';

// 28.500 → "28,5rb": prices of one commodity sit close together, so whole thousands would repeat on the axis.
const short = (n: number) => (Math.abs(n) >= 1000 ? `${(Math.round(n / 100) / 10).toString().replace('.', ',')}rb` : String(n));
const money = (v: unknown) => formatRupiah(Number(v));
const series = [
  { key: 'bapanas', name: 'Resmi (Bapanas)', color: '#0f766e', dash: undefined },
  { key: 'pihps', name: 'Resmi (BI PIHPS)', color: '#2563eb', dash: '5 3' },
  { key: 'network', name: 'Median warung Juragan', color: '#d97706', dash: undefined },
  { key: 'own', name: 'Harga beli Anda', color: '#9333ea', dash: undefined },
] as const;

export function PriceChart({ data, unit }: { data: PricePoint[]; unit: string }) {
  const rows = data.map((d) => ({ ...d, label: `${d.day.slice(8, 10)}/${d.day.slice(5, 7)}` }));
  const shown = series.filter((s) => data.some((d) => d[s.key] !== undefined));
  return (
    <div className="chart" data-testid="price-chart" data-series={shown.map((s) => s.key).join(' ')} aria-label={`Grafik harga per ${unit}`}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={16} />
          <YAxis tickFormatter={short} tick={{ fontSize: 11 }} width={44} domain={['auto', 'auto']} />
          <Tooltip formatter={money} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {shown.map((s) => (
            <Line key={s.key} type="linear" dataKey={s.key} name={s.name} stroke={s.color} strokeDasharray={s.dash} strokeWidth={2}
              dot={s.key === 'own' || s.key === 'network' ? { r: 3 } : false} connectNulls isAnimationActive={false} />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
