// The periods of Ringkasan in the warung's zone, as instants [start, end). "Hari ini" is cut exactly
// as the chat's "laporan hari ini" (agents/finance/periods.ts): today so far against yesterday up to
// the same hour; 7 and 30 days (today included) against the days just before them. Pure.
import { localDate, localStart, type TenantZone } from '../../core/format.ts';

export interface Range { start: Date; end: Date }
export type PeriodKey = 'today' | 'd7' | 'd30';
export interface PeriodRange {
  key: PeriodKey; label: string; versus: string; current: Range; previous: Range;
  /** Whole local days (inclusive) of 7/30-day periods, which read the daily figures (report_days). */
  days?: { current: [string, string]; previous: [string, string] };
}

const DAY = 86_400_000;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

function days(from: string, to: string, zone: TenantZone): Range {
  return { start: localStart(from, zone), end: localStart(to, zone) };
}

export function periodRange(key: PeriodKey, now: Date, zone: TenantZone): PeriodRange {
  const today = localDate(now, zone);
  const tomorrow = addDays(today, 1);
  if (key === 'today') {
    const current = days(today, tomorrow, zone);
    const elapsed = Math.max(0, Math.min(now.getTime(), current.end.getTime()) - current.start.getTime());
    const yStart = localStart(addDays(today, -1), zone);
    return { key, label: 'Hari ini', versus: 'kemarin', current, previous: { start: yStart, end: new Date(yStart.getTime() + elapsed) } };
  }
  const n = key === 'd7' ? 7 : 30;
  return {
    key, label: `${n} hari`, versus: `${n} hari sebelumnya`,
    current: days(addDays(today, 1 - n), tomorrow, zone),
    previous: days(addDays(today, 1 - 2 * n), addDays(today, 1 - n), zone),
    days: { current: [addDays(today, 1 - n), today], previous: [addDays(today, 1 - 2 * n), addDays(today, -n)] },
  };
}

/** Percent change, rounded; null when there is nothing to compare with. */
export function percentChange(current: number, before: number): number | null {
  if (before === 0) return null;
  return Math.round(((current - before) / Math.abs(before)) * 100);
}
