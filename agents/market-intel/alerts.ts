// Market alerts for one warung: a spike of more than 20 % within 2 days in a commodity it sells
// (official consumer prices), and selling prices below the moving-average cost. At most one alert per
// subject (the commodity; a product without one) per week (market_alerts). Quiet hours are the caller's
// rule (quietHours below).
import type { Tx } from '../../core/db/tenant.ts';
import { formatRupiah, zoneOffsetMinutes, type TenantZone } from '../../core/format.ts';
import type { Region } from './region.ts';

export interface Alert { subject: string; kind: 'quote_above_market' | 'spike' | 'below_cost'; text: string }

export const SPIKE = 0.2;
export const WEEK_MS = 7 * 86_400_000;

/** 21:00–07:00 local time: no alerts. */
export function quietHours(now: Date, zone: TenantZone): boolean {
  const h = new Date(now.getTime() + zoneOffsetMinutes[zone] * 60_000).getUTCHours();
  return h >= 21 || h < 7;
}

/** Commodities the warung sells whose latest official price rose > 20 % over the 2 days before it. */
export async function spikeAlerts(tx: Tx, tenantId: string, region: Region, now: Date): Promise<Alert[]> {
  const { rows } = await tx.query<{ commodity: string; product: string; unit: string; sell_price: number; price: number; before: number; region: string }>(
    `with sold as (
       select distinct on (p.commodity) p.commodity, p.name as product, p.unit, p.sell_price
       from public.products p
       where p.tenant_id = $1 and p.active and p.sell_price is not null and p.commodity is not null
       order by p.commodity, p.name),
     latest as (
       select distinct on (s.commodity) s.*, m.price, m.observed_at, m.region, m.publisher
       from sold s join public.market_prices m on m.tenant_id is null and m.commodity = s.commodity
         and m.region = any($2::text[]) and m.price_level = 'consumer' and m.observed_at <= $3 and m.observed_at > $3::timestamptz - interval '3 days'
       order by s.commodity, (m.region = ($2::text[])[1]) desc, m.observed_at desc)
     select l.commodity, l.product, l.unit, l.sell_price, l.price, l.region, b.before
     from latest l, lateral (
       select min(m.price) as before from public.market_prices m
       where m.tenant_id is null and m.commodity = l.commodity and m.region = l.region and m.publisher = l.publisher
         and m.price_level = 'consumer' and m.observed_at >= l.observed_at - interval '2 days' and m.observed_at < l.observed_at) b
     where b.before > 0 and l.price > b.before * (1 + $4::numeric)`,
    [tenantId, [region.regency, region.province].filter(Boolean), now, SPIKE]);
  return rows.map((r) => ({
    subject: r.commodity, kind: 'spike',
    text: `⚠️ Harga ${r.commodity} di ${r.region} naik ${Math.round((r.price / r.before - 1) * 100)}% dalam 2 hari ` +
      `(${formatRupiah(r.before)} → ${formatRupiah(r.price)}/kg). Cek harga jual ${r.product} Kakak (sekarang ${formatRupiah(r.sell_price)}/${r.unit}).`,
  }));
}

/** Spikes in what warungs on Juragan paid (k-anonymous medians), for what the warung sells; `skip`: already alerted. */
export async function networkSpikeAlerts(tx: Tx, tenantId: string, region: Region, now: Date, skip: Set<string>): Promise<Alert[]> {
  const sold = await tx.query<{ commodity: string; product: string; unit: string; sell_price: number }>(
    `select distinct on (commodity) commodity, name as product, unit, sell_price from public.products
     where tenant_id = $1 and active and sell_price is not null and commodity is not null order by commodity, name`, [tenantId]);
  const out: Alert[] = [];
  for (const p of sold.rows) {
    if (skip.has(p.commodity)) continue;
    const { rows } = await tx.query<{ region: string; warungs: number; before_median: number; now_median: number }>(
      `select * from public.market_network_spike($1, $2, $3, $4, $5)`, [p.commodity, region.regency, region.province, p.unit.toLowerCase(), now]);
    const s = rows[0];
    if (!s || s.now_median <= s.before_median * (1 + SPIKE)) continue;
    out.push({
      subject: p.commodity, kind: 'spike',
      text: `⚠️ Harga beli ${p.commodity} di warung-warung ${s.region} naik ${Math.round((s.now_median / s.before_median - 1) * 100)}% dalam 2 hari ` +
        `(median ${formatRupiah(s.before_median)} → ${formatRupiah(s.now_median)}/${p.unit}, ${s.warungs}+ warung). Cek harga jual ${p.product} Kakak (sekarang ${formatRupiah(p.sell_price)}/${p.unit}).`,
    });
  }
  return out;
}

/**
 * Products selling below their moving-average cost. The subject is the product's commodity when it has
 * one, so "at most one alert per commodity per week" holds across kinds; products of one commodity
 * (Minyak Sania 1 L and 2 L) are said in one alert, else the first would hide the others every week.
 */
export async function belowCostAlerts(tx: Tx, tenantId: string): Promise<Alert[]> {
  const { rows } = await tx.query<{ name: string; unit: string; sell_price: number; avg_cost: number; commodity: string | null }>(
    `select name, unit, sell_price, avg_cost, commodity from public.products
     where tenant_id = $1 and active and sell_price is not null and avg_cost is not null and sell_price < avg_cost order by name`, [tenantId]);
  const groups = new Map<string, typeof rows>();
  for (const r of rows) groups.set(r.commodity ?? r.name, [...(groups.get(r.commodity ?? r.name) ?? []), r]);
  const suggest = (r: (typeof rows)[number]) => formatRupiah(Math.ceil(r.avg_cost * 1.1 / 100) * 100).slice(2);
  return [...groups.entries()].map(([subject, [r, ...more]]) => ({
    subject, kind: 'below_cost' as const,
    text: more.length === 0
      ? `⚠️ Harga jual ${r!.name} (${formatRupiah(r!.sell_price)}/${r!.unit}) di bawah modal rata-rata (${formatRupiah(Math.round(r!.avg_cost))}/${r!.unit}). Mau dinaikkan, Kak? Ketik misal "harga ${r!.name.toLowerCase()} jadi ${suggest(r!)}".`
      : `⚠️ Harga jual di bawah modal rata-rata:\n${[r!, ...more].map((x) => `• ${x.name}: ${formatRupiah(x.sell_price)}/${x.unit}, modal ${formatRupiah(Math.round(x.avg_cost))}/${x.unit}`).join('\n')}\n` +
        `Mau dinaikkan, Kak? Ketik misal "harga ${r!.name.toLowerCase()} jadi ${suggest(r!)}".`,
  }));
}

/** Keeps only alerts whose subject had none in the past week, and records them (same transaction). */
export async function takeFresh(tx: Tx, tenantId: string, alerts: Alert[], now: Date): Promise<Alert[]> {
  if (alerts.length === 0) return [];
  // One writer per warung at a time, so two workers cannot both decide an alert is fresh.
  await tx.query(`select pg_advisory_xact_lock(hashtext('market_alerts:' || $1::text))`, [tenantId]);
  const { rows } = await tx.query<{ subject: string }>(
    `select distinct subject from public.market_alerts where tenant_id = $1 and subject = any($2) and sent_at > $3`,
    [tenantId, alerts.map((a) => a.subject), new Date(now.getTime() - WEEK_MS)]);
  const recent = new Set(rows.map((r) => r.subject));
  const fresh = alerts.filter((a, i) => !recent.has(a.subject) && alerts.findIndex((b) => b.subject === a.subject) === i);
  for (const a of fresh) {
    await tx.query(`insert into public.market_alerts (tenant_id, subject, kind, body, sent_at) values ($1, $2, $3, $4, $5)`,
      [tenantId, a.subject, a.kind, a.text, now]);
  }
  return fresh;
}
