// The report as the owner reads it on a phone: a few lines, biggest numbers first. Pure.
import type { Period } from '../../core/frame.ts';
import { formatQty, formatRupiah } from '../../core/format.ts';
import { percentChange } from './periods.ts';

export interface Figures {
  omzet: number;
  cogs: number;
  /** Some sale lines had no known cost (never purchased through Juragan): gross profit is too high. */
  cogsMissing: boolean;
  expenses: number;
  income: number;
  salesCount: number;
  /** Selisih stok: value stock counts added and goods lost in the period (negative = goods missing), not part of the cogs above. */
  stockDiff?: number;
  /** Kulakan: posted purchases. Stock, not an expense, so no part of laba; shown on its own line. */
  purchases?: number;
}
export interface ExpensePart { category: string; total: number }
export interface TopProduct { name: string; qty: number; unit: string | null; total: number }
export interface DebtFigures { receivable: number; debtors: number; overdue: number; overdueDebtors: number; payable: number }

export const grossProfit = (f: Figures) => f.omzet - f.cogs;
/**
 * Laba bersih: the gross profit, goods lost or found when counted (Selisih stok, printed between the two), less
 * pengeluaran, plus other income. Three helpers read "Selisih stok -Rp34.000" above it and expected it taken off.
 */
export const netProfit = (f: Figures) => grossProfit(f) + (f.stockDiff ?? 0) - f.expenses + f.income;

/** What a report is compared with: the period before a named period, or as many days before a span of days. */
export type Compared = Period | 'days';
const versus: Record<Compared, string> = {
  today: 'kemarin di jam yang sama', yesterday: 'hari sebelumnya', this_week: 'minggu lalu di hari yang sama',
  last_week: 'minggu sebelumnya', this_month: 'bulan lalu di tanggal yang sama', last_month: 'bulan sebelumnya',
  days: 'hari-hari sebelumnya',
};

/** How a base is shown when a percentage against it would mislead, and the smallest base a percentage is worth. */
export interface Scale { show: (n: number) => string; minBase: number }
export const moneyScale: Scale = { show: formatRupiah, minBase: 10_000 };
/** A percentage this large says less than the two numbers do ("▼4834%"). */
const MAX_PERCENT = 500;

/**
 * "(▲34% vs minggu lalu …)". Against a tiny, zero or negative base a percentage means nothing, so the
 * earlier figure itself is shown ("(kemarin di jam yang sama Rp2.500)"), or nothing when it was zero.
 */
export function changeText(current: number, before: number, period: Compared, scale: Scale = moneyScale): string {
  const pct = percentChange(current, before);
  if (pct === null) return '';
  if (before < scale.minBase || Math.abs(pct) > MAX_PERCENT) return ` (${versus[period]} ${scale.show(before)})`;
  if (pct === 0) return ` (sama dengan ${versus[period]})`;
  return ` (${pct > 0 ? '▲' : '▼'}${Math.abs(pct)}% vs ${versus[period]})`;
}

/** " (gaji Rp500.000, listrik Rp150.000, plastik Rp30.000, 2 kategori lain Rp20.000)": up to four by name, else three and the rest summed. */
function partsText(parts: ExpensePart[]): string {
  if (parts.length === 0) return '';
  if (parts.length === 1) return parts[0]!.category === 'lainnya' ? '' : ` (${parts[0]!.category})`; // "(lainnya)" says nothing
  const named = parts.length <= 4 ? parts : parts.slice(0, 3); // "1 kategori lain" would hide a name for nothing
  const shown = named.map((p) => `${p.category} ${formatRupiah(p.total)}`);
  const rest = parts.slice(named.length);
  if (rest.length) shown.push(`${rest.length} kategori lain ${formatRupiah(rest.reduce((a, p) => a + p.total, 0))}`);
  return ` (${shown.join(', ')})`;
}

export function reportText(r: {
  label: string; period: Compared; current: Figures; previous: Figures; top: TopProduct[]; debts: DebtFigures;
  /** The period's pengeluaran by category, largest first ("pengeluaran hari ini apa saja"). */
  expenseParts?: ExpensePart[];
  /** Days the period has run, when an average a day was asked. */
  days?: number;
}): string {
  const f = r.current;
  const lines = [`📊 Laporan ${r.label}`];
  if (f.salesCount === 0 && f.expenses === 0 && f.income === 0 && !f.stockDiff) {
    // Owner try: after a purchase only, "Belum ada transaksi" read as if the purchase was lost (purchases are no sales).
    lines.push('Belum ada penjualan atau pengeluaran tercatat.');
  } else {
    lines.push(`Omzet ${formatRupiah(f.omzet)}${changeText(f.omzet, r.previous.omzet, r.period)}`);
    lines.push(`Laba kotor ${formatRupiah(grossProfit(f))}${f.cogsMissing ? ' (sebagian modal belum tercatat)' : ''}`);
    if (f.stockDiff) lines.push(`Selisih stok ${f.stockDiff > 0 ? '+' : ''}${formatRupiah(f.stockDiff)} (${f.stockDiff < 0 ? 'barang kurang: hitung stok, rusak atau hilang' : 'barang lebih saat hitung stok'})`);
    lines.push(`Pengeluaran ${formatRupiah(f.expenses)}${partsText(r.expenseParts ?? [])}`);
    if (f.income > 0) lines.push(`Pemasukan lain ${formatRupiah(f.income)}`);
    lines.push(`Laba bersih ${formatRupiah(netProfit(f))}${changeText(netProfit(f), netProfit(r.previous), r.period)}`);
    if (r.days) {
      const perDay = (n: number) => formatRupiah(Math.round(n / r.days!));
      lines.push(`Rata-rata sehari (${r.days} hari): omzet ${perDay(f.omzet)}, laba kotor ${perDay(grossProfit(f))}, ${formatQty(Math.round((f.salesCount / r.days) * 10) / 10)} transaksi`);
    }
  }
  // Owner try: a day's Rp90.000 of chillies bought for resale was nowhere in the report.
  if (f.purchases) lines.push(`Kulakan ${formatRupiah(f.purchases)} (jadi stok, bukan pengeluaran)`);
  if (r.top.length) {
    lines.push('Terlaris:');
    r.top.forEach((t, n) => lines.push(`${n + 1}. ${t.name} ${formatQty(t.qty)}${t.unit ? ` ${t.unit}` : ''} (${formatRupiah(t.total)})`));
  }
  const d = r.debts;
  if (d.receivable > 0) {
    const late = d.overdue > 0 ? `, telat bayar ${formatRupiah(d.overdue)} (${d.overdueDebtors} orang)` : '';
    lines.push(`Piutang ${formatRupiah(d.receivable)} (${d.debtors} orang)${late}`);
  }
  if (d.payable > 0) lines.push(`Utang warung (pemasok, pinjaman) ${formatRupiah(d.payable)}`);
  return lines.join('\n');
}

export interface ProductFigures { qty: number; omzet: number; cogs: number; cogsMissing: boolean }

export function productReportText(r: {
  label: string; period: Compared; name: string; unit: string; level: number; current: ProductFigures; previous: ProductFigures;
}): string {
  const c = r.current;
  const lines = [`📦 ${r.name} — ${r.label}`];
  if (c.qty === 0) lines.push('Belum ada yang laku.');
  else {
    const units: Scale = { show: (n) => `${formatQty(n)} ${r.unit}`, minBase: 3 };
    lines.push(`Laku ${formatQty(c.qty)} ${r.unit}${changeText(c.qty, r.previous.qty, r.period, units)}`);
    lines.push(`Omzet ${formatRupiah(c.omzet)}`);
    lines.push(`Laba kotor ${formatRupiah(c.omzet - c.cogs)}${c.cogsMissing ? ' (sebagian modal belum tercatat)' : ''}`);
  }
  lines.push(`Stok sekarang ${formatQty(r.level)} ${r.unit}`);
  return lines.join('\n');
}
