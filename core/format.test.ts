import { describe, expect, test } from 'vitest';
import { formatDateTime, formatQty, formatRupiah, formatTime, localDate, localStart } from './format.ts';

describe('formatRupiah', () => {
  test.each([
    [17500, 'Rp17.500'], [0, 'Rp0'], [500, 'Rp500'], [1_500_000, 'Rp1.500.000'], [-25000, '-Rp25.000'], [3499.6, 'Rp3.500'],
  ])('%d → %s', (n, s) => expect(formatRupiah(n)).toBe(s));
});

test.each([[5, '5'], [0.5, '0,5'], [1.25, '1,25'], [2.0004, '2']])('formatQty %d → %s', (n, s) => expect(formatQty(n)).toBe(s));

describe('zones', () => {
  const at = new Date('2026-11-21T16:30:00Z'); // 23.30 WIB, 00.30 WITA next day, 01.30 WIT next day
  test('local dates cross midnight per zone', () => {
    expect(localDate(at, 'Asia/Jakarta')).toBe('2026-11-21');
    expect(localDate(at, 'Asia/Makassar')).toBe('2026-11-22');
    expect(localDate(at, 'Asia/Jayapura')).toBe('2026-11-22');
  });
  test('local start of day', () => {
    expect(localStart('2026-11-22', 'Asia/Jayapura').toISOString()).toBe('2026-11-21T15:00:00.000Z');
  });
  test('date time with abbreviation', () => {
    expect(formatDateTime(at, 'Asia/Makassar')).toBe('22 Nov 2026 00.30 WITA');
    expect(formatTime(at, 'Asia/Jayapura')).toBe('01.30 WIT');
  });
});
