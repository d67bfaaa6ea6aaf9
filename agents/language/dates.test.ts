import { describe, expect, it } from 'vitest';
import { readDate } from './dates.ts';
import { normalizeText, tokenize } from './normalize.ts';

// Saturday 21 November 2026, 10:00 WIB.
const SAT = '2026-11-21T10:00:00+07:00';
const read = (text: string, now = SAT, offset = 420) => {
  const norm = normalizeText(text);
  return readDate(tokenize(norm), norm, new Date(now), offset);
};

describe('readDate: days', () => {
  it.each([
    ['kemarin laku kopi', '2026-11-20'], ['kmrn', '2026-11-20'], ['kemaren', '2026-11-20'], ['wingi payu', '2026-11-20'],
    ['kamari ngajual', '2026-11-20'], ['tadi laku', null], ['barusan', null], ['td pagi', null], ['hari ini', null],
    ['besok bayar', '2026-11-22'], ['sesuk mbayar', '2026-11-22'], ['isukan meuli', '2026-11-22'], ['lusa', '2026-11-23'],
    ['kemarin lusa', '2026-11-19'], ['tgl 5 jual', '2026-11-05'], ['tanggal 28 bayar', '2026-10-28'],
    ['tgl 21', null], ['tgl 30 kemarin', '2026-10-30'], ['tgl 25 besok bayar', '2026-11-25'],
    ['senin kemarin beli', '2026-11-16'], ['senin lalu', '2026-11-16'], ['hari jumat', '2026-11-20'],
    ['sabtu kemarin', '2026-11-14'], ['rebo wingi', '2026-11-18'], ['kemis kamari', '2026-11-19'],
    ['minggu kemarin', null], ['senin depan', '2026-11-23'], ['akhir bulan', '2026-11-30'], ['awal bulan', '2026-11-01'],
    ['5 november', '2026-11-05'], ['tanggal 3 okt', '2026-10-03'], ['3 hari lalu', '2026-11-18'],
    ['20/11/2026', '2026-11-20'], ['penjualan 18/11', '2026-11-18'], ['tgl 5/11', '2026-11-05'], ['25/12', '2025-12-25'],
    ['telur 1/2 kg', null], ['tadi kulakan kemarin', '2026-11-20'], ['tadi pembelian tgl 18', '2026-11-18'], ['laku indomie 5 bks', null], ['jam 3 sore', null],
  ])('%s → %s', (text, want) => {
    expect(read(text).date).toBe(want);
  });
});

describe('readDate: periods', () => {
  it.each([
    ['laporan hari ini', 'today'], ['poe ieu', 'today'], ['dino iki', 'today'], ['omset kmrn', 'yesterday'],
    ['bati wingi', 'yesterday'], ['minggu ini', 'this_week'], ['pekan ini', 'this_week'], ['minggu lalu', 'last_week'],
    ['minggu kemarin', 'last_week'], ['bulan ini', 'this_month'], ['sasi iki', 'this_month'], ['bulan lalu', 'last_month'],
    ['bulan kemarin', 'last_month'], ['bln kmrn', 'last_month'], ['laporan', null],
    // Owner try: "rekap seminggu" was a question about a product "seminggu".
    ['rekap seminggu', 'this_week'], ['laporan sebulan', 'this_month'],
  ])('%s → %s', (text, want) => {
    expect(read(text).period).toBe(want);
  });

  it.each([
    ['laporan kemarin sama hari ini', ['yesterday', 'today']], ['omzet minggu ini dan minggu lalu', ['this_week', 'last_week']],
    ['bati wingi karo dino iki', ['yesterday', 'today']], ['laporan hari ini', ['today']], ['laporan', []],
  ])('every period named, in order: %s', (text, want) => {
    expect(read(text).periods).toEqual(want);
  });
});

describe('readDate: the tenant zone', () => {
  it('is still Friday in Jakarta at 23:30 WIB', () => {
    expect(read('kemarin', '2026-11-20T16:30:00Z').date).toBe('2026-11-19');
  });
  it('is already Saturday in Jayapura (WIT) at the same instant', () => {
    expect(read('kemarin', '2026-11-20T16:30:00Z', 540).date).toBe('2026-11-20');
  });
  it('uses WITA for "besok"', () => {
    expect(read('besok', '2026-11-20T16:30:00Z', 480).date).toBe('2026-11-22');
    expect(read('besok', '2026-11-20T15:30:00Z', 480).date).toBe('2026-11-21');
  });
  it('crosses the year for "tgl 28" in early January', () => {
    expect(read('tgl 28', '2027-01-05T10:00:00+07:00').date).toBe('2026-12-28');
  });
  it('clamps "tgl 31" to the last day of a short month', () => {
    expect(read('tgl 31', '2026-03-05T10:00:00+07:00').date).toBe('2026-02-28');
  });
  it('marks date tokens used so their numbers are not quantities', () => {
    const tokens = tokenize('tgl 5 laku 3');
    readDate(tokens, 'tgl 5 laku 3', new Date(SAT), 420);
    expect(tokens.map((t) => t.used)).toEqual([true, true, false, false]);
  });
});
