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
 * Whole local days from `from` to `to` (inclusive), against as many days right before them; a span still running
 * is compared with the same stretch of the days before. Labelled "1–3 Des", "5 Des" or, for a whole month,
 * "September 2026".
 */
export function dayRanges(from: string, to: string, now: Date, zone: TenantZone): Omit<PeriodRanges, 'period'> {
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY) + 1;
  const current = span(from, addDays(to, 1), zone);
  const before = span(addDays(from, -days), from, zone);
  const previous = current.end > now ? sameStretch(current, before, now) : before;
  const wholeMonth = from === monthStart(from) && addDays(to, 1) === monthStart(from, 1);
  const label = wholeMonth ? monthLabel(from) : from === to ? dayLabel(from) : `${dayLabel(from)}–${dayLabel(to)}`;
  return { current, previous, label };
}

/**
 * A range as the whole local days it covers from its start and the stretch after them: "yesterday up to
 * 17.00" is no whole day and 17 hours; "last month up to the 21st, 17.00" is 20 days and 17 hours; "today"
 * is one day and nothing after. The days are read from the day tables kept with every booking (report_days,
 * report_product_days), the stretch from the ledger. A range not starting at a local midnight is all stretch.
 * `to` before `from` means no whole day.
 */
export function splitDays(r: Range, zone: TenantZone): { from: string; to: string; rest: Range } {
  const from = localDate(r.start, zone);
  const endDay = localDate(r.end, zone);
  const endMidnight = localStart(endDay, zone);
  if (localStart(from, zone).getTime() !== r.start.getTime() || endMidnight <= r.start) return { from, to: addDays(from, -1), rest: r };
  return { from, to: addDays(endDay, -1), rest: { start: endMidnight, end: r.end } };
}

/** Percent change from `before` to `now`, rounded; null when there is nothing to compare with. */
export function percentChange(current: number, before: number): number | null {
  if (before === 0) return null;
  return Math.round(((current - before) / Math.abs(before)) * 100);
}
