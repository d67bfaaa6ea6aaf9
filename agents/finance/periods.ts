// Report periods in the tenant's zone, as instants [start, end). Pure.
// A period still running (today, this week, this month) is compared with the same elapsed stretch of the
// period before it ("this week so far" vs "last week up to the same weekday and hour"); a finished one
// with the whole period before it. Weeks run Monday to Sunday, as Indonesian calendars print them.
import type { Period } from '../../core/frame.ts';
import { localDate, localStart, type TenantZone } from '../../core/format.ts';

export interface Range { start: Date; end: Date }
export interface PeriodRanges { period: Period; current: Range; previous: Range; label: string }

const DAY = 86_400_000;
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** Adds days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The Monday of the week holding a YYYY-MM-DD date. */
export function mondayOf(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((dow + 6) % 7));
}

/** First day of the month `offset` months from the month holding a date. */
export function monthStart(date: string, offset = 0): string {
  const [y, m] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1 + offset, 1)).toISOString().slice(0, 10);
}

function span(from: string, to: string, zone: TenantZone): Range {
  return { start: localStart(from, zone), end: localStart(to, zone) };
}

/** The same elapsed stretch of `prev` as `now` is into `cur`, never past the end of `prev`. */
function sameStretch(cur: Range, prev: Range, now: Date): Range {
  const elapsed = Math.max(0, Math.min(now.getTime(), cur.end.getTime()) - cur.start.getTime());
  return { start: prev.start, end: new Date(Math.min(prev.start.getTime() + elapsed, prev.end.getTime())) };
}

function dayLabel(date: string): string {
  const [, m, d] = date.split('-').map(Number);
  return `${d} ${monthNames[m! - 1]}`;
}

function monthLabel(date: string): string {
  const [y, m] = date.split('-').map(Number);
  return `${monthNames[m! - 1]} ${y}`;
}

export function periodRanges(period: Period, now: Date, zone: TenantZone): PeriodRanges {
  const today = localDate(now, zone);
  switch (period) {
    case 'today': {
      const current = span(today, addDays(today, 1), zone);
      const previous = sameStretch(current, span(addDays(today, -1), today, zone), now);
      return { period, current, previous, label: `Hari ini, ${dayLabel(today)}` };
    }
    case 'yesterday': {
      const y = addDays(today, -1);
      return { period, current: span(y, today, zone), previous: span(addDays(y, -1), y, zone), label: `Kemarin, ${dayLabel(y)}` };
    }
    case 'this_week': {
      const mon = mondayOf(today);
      const current = span(mon, addDays(mon, 7), zone);
      const previous = sameStretch(current, span(addDays(mon, -7), mon, zone), now);
      return { period, current, previous, label: `Minggu ini, ${dayLabel(mon)}–${dayLabel(addDays(mon, 6))}` };
    }
    case 'last_week': {
      const mon = addDays(mondayOf(today), -7);
      return {
        period, current: span(mon, addDays(mon, 7), zone), previous: span(addDays(mon, -7), mon, zone),
        label: `Minggu lalu, ${dayLabel(mon)}–${dayLabel(addDays(mon, 6))}`,
      };
    }
    case 'this_month': {
      const first = monthStart(today);
      const current = span(first, monthStart(today, 1), zone);
      const previous = sameStretch(current, span(monthStart(today, -1), first, zone), now);
      return { period, current, previous, label: `Bulan ini, ${monthLabel(first)}` };
    }
    case 'last_month': {
      const first = monthStart(today, -1);
      return {
        period, current: span(first, monthStart(today), zone), previous: span(monthStart(today, -2), first, zone),
        label: `Bulan lalu, ${monthLabel(first)}`,
      };
    }
  }
}

/**
 * A range of whole local days as its first and last date, or null when it starts or ends inside a day.
 * Whole days are read from the day tables kept with every booking (report_days, report_product_days).
 */
export function wholeDays(r: Range, zone: TenantZone): [string, string] | null {
  const from = localDate(r.start, zone);
  const until = localDate(r.end, zone);
  if (until <= from || localStart(from, zone).getTime() !== r.start.getTime() || localStart(until, zone).getTime() !== r.end.getTime()) return null;
  return [from, addDays(until, -1)];
}

/** Percent change from `before` to `now`, rounded; null when there is nothing to compare with. */
export function percentChange(current: number, before: number): number | null {
  if (before === 0) return null;
  return Math.round(((current - before) / Math.abs(before)) * 100);
}
