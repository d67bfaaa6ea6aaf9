// Harga pasar's history as chart points (one per local day) and as table rows (newest first). Pure.
import { localDate, type TenantZone } from '../../core/format.ts';
import type { History } from './queries/harga-pasar.ts';

export interface PricePoint { day: string; bapanas?: number; pihps?: number; network?: number; own?: number }
export interface HistoryRow { day: string; source: 'bapanas' | 'pihps' | 'network' | 'own'; label: string; price: number; unit: string }

const publisherKey = { bapanas: 'bapanas', bi_pihps: 'pihps' } as const;
const publisherName = { bapanas: 'Bapanas', bi_pihps: 'BI PIHPS' } as const;

/** History rows: official per publisher, the network median per week (on its Monday), own purchases. */
export function historyRows(h: History, zone: TenantZone): HistoryRow[] {
  const rows: HistoryRow[] = [
    ...h.official.map((o) => ({ day: localDate(o.at, zone), source: publisherKey[o.publisher], label: `Resmi ${publisherName[o.publisher]} · ${o.region}`, price: o.price, unit: o.unit })),
    ...h.network.map((n) => ({ day: n.week_start, source: 'network' as const, label: `Median ${n.warungs} warung Juragan · ${n.region} (seminggu)`, price: n.price, unit: h.unit })),
    ...h.own.map((o) => ({ day: localDate(o.at, zone), source: 'own' as const, label: `Beli ${o.product}`, price: o.price, unit: o.unit })),
  ];
  return rows.sort((a, b) => b.day.localeCompare(a.day) || a.source.localeCompare(b.source));
}

/**
 * Chart points per day in the commodity's unit: a purchase of a product sold per another unit (butir,
 * pcs) is left out of the chart, not mixed in. Two purchases on a day show their average.
 */
export function chartPoints(h: History, zone: TenantZone): PricePoint[] {
  const days = new Map<string, PricePoint>();
  const own = new Map<string, number[]>();
  for (const r of historyRows(h, zone)) {
    if (r.unit.toLowerCase() !== h.unit) continue;
    const p = days.get(r.day) ?? { day: r.day };
    if (r.source === 'own') own.set(r.day, [...(own.get(r.day) ?? []), r.price]);
    else p[r.source] = r.price;
    days.set(r.day, p);
  }
  for (const [day, prices] of own) days.get(day)!.own = Math.round(prices.reduce((a, b) => a + b, 0) / prices.length);
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}
