// The price answer as the owner reads it on WhatsApp. Pure: values in, text out.
import { formatDate, formatRupiah, localDate, trendText, type TenantZone } from '../../core/format.ts';

export { trendText };
import type { NetworkPrice } from './network.ts';
import type { Official, Own, Quote } from './read.ts';

export interface PriceView {
  commodity: string; unit: string; place: string | null;
  official: Official | null; network: NetworkPrice | null; quotes: Quote[]; own: Own | null;
}

const publisherName = { bapanas: 'Bapanas', bi_pihps: 'BI PIHPS' } as const;
const DAY = 86_400_000;

/** Whole days between two instants' local dates in the zone. */
export function daysOld(at: Date, now: Date, zone: TenantZone): number {
  return Math.round((Date.parse(localDate(now, zone)) - Date.parse(localDate(at, zone))) / DAY);
}

const per = (price: number, unit: string) => `${formatRupiah(price)}/${unit}`;

export function priceText(v: PriceView, now: Date, zone: TenantZone): string {
  const lines = [`📈 Harga ${v.commodity}${v.place ? ` — ${v.place}` : ''}`];
  const o = v.official;
  if (o) {
    const trend = [trendText(o.price, o.weekAgo, 'seminggu'), trendText(o.price, o.monthAgo, 'sebulan')].filter(Boolean);
    const where = o.region !== v.place ? `, ${o.region}` : '';
    lines.push(`• Resmi (${publisherName[o.publisher]}${where}, ${formatDate(o.at, zone)}): ${per(o.price, o.unit)}${trend.length ? `, ${trend.join(', ')}` : ''}`);
  } else lines.push('• Resmi: belum ada data');
  const n = v.network;
  if (n) {
    const where = n.scope === 'province' ? ` di ${n.region}` : '';
    const range = n.min === n.max ? '' : ` (${formatRupiah(n.min)}–${formatRupiah(n.max)})`;
    lines.push(`• Jaringan Juragan${where} (${n.warungs} warung, ${n.windowDays} hari terakhir): median ${per(n.median, v.unit)}${range}`);
  } else lines.push('• Jaringan Juragan: belum cukup data (perlu minimal 3 warung)');
  if (v.quotes.length) {
    lines.push(`• Penawaran supplier: ${v.quotes.map((q) => `${q.supplier} ${per(q.price, q.unit)} (${formatDate(q.at, zone)})`).join('; ')}`);
  }
  if (v.own && (v.own.lastPaid != null || v.own.sellPrice != null)) {
    const parts = [];
    if (v.own.lastPaid != null && v.own.lastPaidAt) parts.push(`terakhir beli ${per(v.own.lastPaid, v.own.unit)} (${formatDate(v.own.lastPaidAt, zone)})`);
    if (v.own.sellPrice != null) parts.push(`harga jual ${per(v.own.sellPrice, v.own.unit)}`);
    lines.push(`• ${v.own.product} Kakak: ${parts.join(', ')}`);
  }
  if (o) {
    const age = daysOld(o.at, now, zone);
    if (age >= 3) lines.push(`⏳ Data resmi terbaru sudah ${age} hari lalu.`);
  }
  return lines.join('\n');
}

/** True when there is nothing to show at all. */
export const isEmpty = (v: PriceView) => !v.official && !v.network && v.quotes.length === 0 && !(v.own && v.own.lastPaid != null);

export function noDataText(v: PriceView): string {
  return `Belum ada data harga ${v.commodity}${v.place ? ` di ${v.place}` : ''}, Kak: belum ada harga resmi, belum ada penawaran supplier, dan belum cukup warung (minimal 3) yang belanja ini.`;
}
