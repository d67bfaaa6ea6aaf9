// How people see numbers and dates: rupiah as "Rp17.500", quantities without trailing zeros,
// dates in the tenant's zone with its Indonesian abbreviation (WIB, WITA, WIT).

export type TenantZone = 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';

export const zoneAbbrev: Record<TenantZone, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };
/** Indonesia has no daylight saving time, so each zone is a fixed offset. */
export const zoneOffsetMinutes: Record<TenantZone, number> = { 'Asia/Jakarta': 420, 'Asia/Makassar': 480, 'Asia/Jayapura': 540 };

export function formatRupiah(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const digits = Math.round(Math.abs(amount)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}Rp${digits}`;
}

/** 5 → "5", 0.5 → "0,5", 1.25 → "1,25" (Indonesian decimal comma). */
export function formatQty(qty: number): string {
  return (Math.round(qty * 1000) / 1000).toString().replace('.', ',');
}

/** The calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(at: Date, zone: TenantZone): string {
  return shift(at, zone).toISOString().slice(0, 10);
}

/** The instant a local date-time in a zone starts: localStart('2026-11-21', 'Asia/Jakarta') = 2026-11-20T17:00Z. */
export function localStart(date: string, zone: TenantZone, time = '00:00'): Date {
  const utc = Date.parse(`${date}T${time}:00Z`);
  return new Date(utc - zoneOffsetMinutes[zone] * 60_000);
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** "21 Nov 2026" */
export function formatDate(at: Date, zone: TenantZone): string {
  const d = shift(at, zone);
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "21 Nov 2026 19.05 WIB" */
export function formatDateTime(at: Date, zone: TenantZone): string {
  return `${formatDate(at, zone)} ${formatTime(at, zone)}`;
}

/** "19.05 WIB": the warung's clock, whatever the phone's is set to. */
export function formatTime(at: Date, zone: TenantZone): string {
  const d = shift(at, zone);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${hh}.${mm} ${zoneAbbrev[zone]}`;
}

function shift(at: Date, zone: TenantZone): Date {
  return new Date(at.getTime() + zoneOffsetMinutes[zone] * 60_000);
}

/**
 * "naik 12% seminggu", "turun 3% sebulan", "stabil seminggu"; null without a past price. Chat and dashboard say it
 * alike, the percent joined to its number as Indonesian writes it (PUEBI).
 */
export function trendText(now: number, past: number | null, span: 'seminggu' | 'sebulan'): string | null {
  if (past == null || past <= 0) return null;
  const pct = Math.round(((now - past) / past) * 100);
  return pct === 0 ? `stabil ${span}` : `${pct > 0 ? 'naik' : 'turun'} ${Math.abs(pct)}% ${span}`;
}
