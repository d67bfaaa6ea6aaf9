import { describe, expect, test } from 'vitest';
import type { Period } from '../../core/frame.ts';
import type { TenantZone } from '../../core/format.ts';
import { addDays, mondayOf, monthStart, percentChange, periodRanges, splitDays } from './periods.ts';

const iso = (d: Date) => d.toISOString().replace(':00.000Z', 'Z');

// [now (UTC), zone, period, current start, current end, previous start, previous end]
const cases: [string, TenantZone, Period, string, string, string, string][] = [
  // 2026-11-21 16:30Z is Sat 23.30 WIB but already Sun 00.30 WITA and Sun 01.30 WIT.
  ['2026-11-21T16:30:00Z', 'Asia/Jakarta', 'today', '2026-11-20T17:00Z', '2026-11-21T17:00Z', '2026-11-19T17:00Z', '2026-11-20T16:30Z'],
  ['2026-11-21T16:30:00Z', 'Asia/Makassar', 'today', '2026-11-21T16:00Z', '2026-11-22T16:00Z', '2026-11-20T16:00Z', '2026-11-20T16:30Z'],
  ['2026-11-21T16:30:00Z', 'Asia/Jayapura', 'today', '2026-11-21T15:00Z', '2026-11-22T15:00Z', '2026-11-20T15:00Z', '2026-11-20T16:30Z'],
  ['2026-11-21T16:30:00Z', 'Asia/Jakarta', 'yesterday', '2026-11-19T17:00Z', '2026-11-20T17:00Z', '2026-11-18T17:00Z', '2026-11-19T17:00Z'],
  ['2026-11-21T16:30:00Z', 'Asia/Jayapura', 'yesterday', '2026-11-20T15:00Z', '2026-11-21T15:00Z', '2026-11-19T15:00Z', '2026-11-20T15:00Z'],
  // Week: Saturday 21 Nov in WIB belongs to the week of Mon 16 Nov; Sunday 22 Nov (WITA) still does too.
  ['2026-11-21T16:30:00Z', 'Asia/Jakarta', 'this_week', '2026-11-15T17:00Z', '2026-11-22T17:00Z', '2026-11-08T17:00Z', '2026-11-14T16:30Z'],
  ['2026-11-21T16:30:00Z', 'Asia/Makassar', 'this_week', '2026-11-15T16:00Z', '2026-11-22T16:00Z', '2026-11-08T16:00Z', '2026-11-14T16:30Z'],
  // Monday 23 Nov 00.30 WIT (Sun 22 Nov 15.30Z): a new week in WIT, still last week's Sunday in WIB.
  ['2026-11-22T15:30:00Z', 'Asia/Jayapura', 'this_week', '2026-11-22T15:00Z', '2026-11-29T15:00Z', '2026-11-15T15:00Z', '2026-11-15T15:30Z'],
  ['2026-11-22T15:30:00Z', 'Asia/Jakarta', 'this_week', '2026-11-15T17:00Z', '2026-11-22T17:00Z', '2026-11-08T17:00Z', '2026-11-15T15:30Z'],
  ['2026-11-22T15:30:00Z', 'Asia/Jayapura', 'last_week', '2026-11-15T15:00Z', '2026-11-22T15:00Z', '2026-11-08T15:00Z', '2026-11-15T15:00Z'],
  ['2026-11-22T15:30:00Z', 'Asia/Jakarta', 'last_week', '2026-11-08T17:00Z', '2026-11-15T17:00Z', '2026-11-01T17:00Z', '2026-11-08T17:00Z'],
  // Month: 1 Dec 00.30 WITA (30 Nov 16.30Z) is December in WITA and WIT, still November in WIB.
  ['2026-11-30T16:30:00Z', 'Asia/Makassar', 'this_month', '2026-11-30T16:00Z', '2026-12-31T16:00Z', '2026-10-31T16:00Z', '2026-10-31T16:30Z'],
  ['2026-11-30T16:30:00Z', 'Asia/Jakarta', 'this_month', '2026-10-31T17:00Z', '2026-11-30T17:00Z', '2026-09-30T17:00Z', '2026-10-30T16:30Z'],
  ['2026-11-30T16:30:00Z', 'Asia/Jayapura', 'last_month', '2026-10-31T15:00Z', '2026-11-30T15:00Z', '2026-09-30T15:00Z', '2026-10-31T15:00Z'],
  ['2026-11-30T16:30:00Z', 'Asia/Jakarta', 'last_month', '2026-09-30T17:00Z', '2026-10-31T17:00Z', '2026-08-31T17:00Z', '2026-09-30T17:00Z'],
  // Year boundary and a leap February: 1 Mar 2028 08.00 WIB; last month is February with 29 days.
  ['2028-03-01T01:00:00Z', 'Asia/Jakarta', 'last_month', '2028-01-31T17:00Z', '2028-02-29T17:00Z', '2027-12-31T17:00Z', '2028-01-31T17:00Z'],
  ['2027-01-01T00:30:00Z', 'Asia/Jakarta', 'last_month', '2026-11-30T17:00Z', '2026-12-31T17:00Z', '2026-10-31T17:00Z', '2026-11-30T17:00Z'],
  // 31 March so far vs February, clamped at the end of February.
  ['2027-03-31T10:00:00Z', 'Asia/Jakarta', 'this_month', '2027-02-28T17:00Z', '2027-03-31T17:00Z', '2027-01-31T17:00Z', '2027-02-28T17:00Z'],
];

describe('periodRanges', () => {
  test.each(cases)('%s %s %s', (now, zone, period, cs, ce, ps, pe) => {
    const r = periodRanges(period, new Date(now), zone);
    expect([iso(r.current.start), iso(r.current.end), iso(r.previous.start), iso(r.previous.end)]).toEqual([cs, ce, ps, pe]);
  });

  test('labels name the local dates', () => {
    const now = new Date('2026-11-21T16:30:00Z');
    expect(periodRanges('today', now, 'Asia/Jakarta').label).toBe('Hari ini, 21 Nov');
    expect(periodRanges('today', now, 'Asia/Jayapura').label).toBe('Hari ini, 22 Nov');
    expect(periodRanges('this_week', now, 'Asia/Jakarta').label).toBe('Minggu ini, 16 Nov–22 Nov');
    expect(periodRanges('last_month', now, 'Asia/Makassar').label).toBe('Bulan lalu, Okt 2026');
  });
});

describe('date helpers', () => {
  test.each([
    ['2026-11-16', '2026-11-16'], ['2026-11-22', '2026-11-16'], ['2026-11-23', '2026-11-23'], ['2027-01-01', '2026-12-28'],
  ])('mondayOf %s = %s', (d, m) => expect(mondayOf(d)).toBe(m));
  test.each([
    ['2026-12-31', 1, '2027-01-01'], ['2028-02-28', 1, '2028-02-29'], ['2026-03-01', -1, '2026-02-28'],
  ] as const)('addDays %s %d = %s', (d, n, r) => expect(addDays(d, n)).toBe(r));
  test.each([
    ['2026-11-21', 0, '2026-11-01'], ['2026-12-15', 1, '2027-01-01'], ['2026-01-31', -1, '2025-12-01'], ['2026-01-31', -2, '2025-11-01'],
  ] as const)('monthStart %s %d = %s', (d, n, r) => expect(monthStart(d, n)).toBe(r));
  test.each([
    [120, 100, 20], [50, 100, -50], [100, 0, null], [0, 80, -100], [-50, -100, 50],
  ])('percentChange(%d, %d) = %s', (a, b, r) => expect(percentChange(a, b)).toBe(r));
});

describe('splitDays', () => {
  const r = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });
  const split = (start: string, end: string, zone: TenantZone = 'Asia/Jakarta') => {
    const s = splitDays(r(start, end), zone);
    return [s.from, s.to, s.rest.start.toISOString(), s.rest.end.toISOString()];
  };
  test('whole days have no stretch after them', () => {
    expect(split('2026-11-20T17:00:00Z', '2026-11-21T17:00:00Z')).toEqual(['2026-11-21', '2026-11-21', '2026-11-21T17:00:00.000Z', '2026-11-21T17:00:00.000Z']);
  });
  test('a month up to an hour: its whole days, then the hours of the last day', () => {
    expect(split('2026-10-31T16:00:00Z', '2026-11-21T10:00:00Z', 'Asia/Makassar'))
      .toEqual(['2026-11-01', '2026-11-20', '2026-11-20T16:00:00.000Z', '2026-11-21T10:00:00.000Z']);
  });
  test('part of one day, or a range not starting at midnight, is all stretch', () => {
    expect(split('2026-11-20T17:00:00Z', '2026-11-21T10:00:00Z')).toEqual(['2026-11-21', '2026-11-20', '2026-11-20T17:00:00.000Z', '2026-11-21T10:00:00.000Z']);
    expect(split('2026-11-20T18:00:00Z', '2026-11-22T17:00:00Z')).toEqual(['2026-11-21', '2026-11-20', '2026-11-20T18:00:00.000Z', '2026-11-22T17:00:00.000Z']);
  });
});
