// The Transaksi date fields take Indonesian dd/mm/yyyy (a text field, not the browser's locale-bound
// date picker); URLs and the SQL keep yyyy-mm-dd.
import { describe, expect, it } from 'vitest';
import { dmyDate, isoDate, parseFilters } from './queries/transaksi.ts';

describe('Transaksi dates', () => {
  it('reads dd/mm/yyyy (also with dots or dashes, one-digit day and month) and yyyy-mm-dd', () => {
    expect(isoDate('05/11/2026')).toBe('2026-11-05');
    expect(isoDate('5.1.2026')).toBe('2026-01-05');
    expect(isoDate('2026-11-05')).toBe('2026-11-05');
    expect(isoDate('5/12/26')).toBe('2026-12-05');
    expect(dmyDate('2026-11-05')).toBe('05/11/2026');
  });
  it('refuses what is no date, and the filters drop it', () => {
    for (const bad of ['31/02/2026', '11/31/2026', '2026/11/05', 'kemarin', '']) expect(isoDate(bad)).toBeNull();
    const f = parseFilters({ dari: '01/11/2026', sampai: '31/02/2026' });
    expect([f.dari, f.sampai]).toEqual(['2026-11-01', undefined]);
  });
});
