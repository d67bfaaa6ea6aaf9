import { describe, expect, it } from 'vitest';
import { daysOld, isEmpty, priceText, trendText, type PriceView } from './reply-text.ts';

describe('trendText', () => {
  it.each([
    [112000, 100000, 'seminggu', 'naik 12% seminggu'], [40000, 42500, 'seminggu', 'turun 6% seminggu'],
    [30000, 30100, 'sebulan', 'stabil sebulan'], [30000, null, 'sebulan', null], [30000, 0, 'seminggu', null],
  ] as const)('%s vs %s → %s', (now, past, span, text) => expect(trendText(now, past, span)).toBe(text));
});

describe('daysOld', () => {
  it('counts calendar days in the warung\'s zone', () => {
    // 16 Nov 00:00 WIB vs 17 Nov 00:30 WIB: one day.
    expect(daysOld(new Date('2025-11-15T17:00:00Z'), new Date('2025-11-16T17:30:00Z'), 'Asia/Jakarta')).toBe(1);
    // 16 Nov 15:00Z is already 00:00 WIT on the 17th; a minute earlier it is still the 16th.
    expect(daysOld(new Date('2025-11-15T17:00:00Z'), new Date('2025-11-16T15:00:00Z'), 'Asia/Jayapura')).toBe(1);
    expect(daysOld(new Date('2025-11-15T17:00:00Z'), new Date('2025-11-16T14:59:00Z'), 'Asia/Jayapura')).toBe(0);
  });
});

describe('priceText', () => {
  const base: PriceView = { commodity: 'Telur Ayam Ras', unit: 'kg', place: 'Kota Bandung', official: null, network: null, quotes: [], own: null };
  it('names the province when the network had to widen, and the official region when it is not the city', () => {
    const text = priceText({
      ...base,
      official: { price: 30000, unit: 'kg', at: new Date('2025-11-15T17:00:00Z'), publisher: 'bi_pihps', region: 'Jawa Barat', weekAgo: null, monthAgo: null },
      network: { scope: 'province', region: 'Jawa Barat', windowDays: 30, warungs: 3, observations: 5, median: 28000, min: 28000, max: 28000 },
    }, new Date('2025-11-17T03:00:00Z'), 'Asia/Jakarta');
    expect(text).toBe('📈 Harga Telur Ayam Ras — Kota Bandung\n• Resmi (BI PIHPS, Jawa Barat, 16 Nov 2025): Rp30.000/kg\n' +
      '• Jaringan Juragan di Jawa Barat (3 warung, 30 hari terakhir): median Rp28.000/kg');
  });
  it('a warung\'s selling price alone is no market data', () => {
    expect(isEmpty({ ...base, own: { product: 'Telur', unit: 'kg', sellPrice: 30000, lastPaid: null, lastPaidAt: null } })).toBe(true);
  });
});
