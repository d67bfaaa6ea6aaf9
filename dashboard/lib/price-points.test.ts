// Harga pasar's chart points: one per local day, official per publisher, the weekly network median on
// its Monday, own purchases averaged per day, and a purchase in another unit kept out of the chart.
import { describe, expect, it } from 'vitest';
import { chartPoints, historyRows } from './price-points.ts';
import type { History } from './queries/harga-pasar.ts';

const h: History = {
  commodity: 'Telur Ayam Ras', unit: 'kg', regency: 'Kota Bandung', province: 'Jawa Barat', end: new Date('2026-11-20T05:00:00Z'), days: 30,
  official: [
    { at: new Date('2026-11-16T17:00:00Z'), price: 30000, unit: 'kg', publisher: 'bapanas', region: 'Kota Bandung' }, // 17 Nov WIB
    { at: new Date('2026-11-16T17:00:00Z'), price: 29500, unit: 'kg', publisher: 'bi_pihps', region: 'Kota Bandung' },
  ],
  network: [{ week_start: '2026-11-16', price: 28500, warungs: 3, scope: 'city', region: 'Kota Bandung' }],
  own: [
    { at: new Date('2026-11-17T03:00:00Z'), price: 28000, unit: 'kg', product: 'Telur Ayam' },
    { at: new Date('2026-11-17T09:00:00Z'), price: 29000, unit: 'kg', product: 'Telur Ayam' },
    { at: new Date('2026-11-18T03:00:00Z'), price: 2000, unit: 'butir', product: 'Telur Ayam Butir' },
  ],
};

describe('chartPoints', () => {
  it('puts each series on its local day, averages own purchases, leaves other units out', () => {
    expect(chartPoints(h, 'Asia/Jakarta')).toEqual([
      { day: '2026-11-16', network: 28500 },
      { day: '2026-11-17', bapanas: 30000, pihps: 29500, own: 28500 },
    ]);
  });

  it('lists every row newest first, other units included (the table shows them with their unit)', () => {
    expect(historyRows(h, 'Asia/Jakarta').map((r) => [r.day, r.source, r.price, r.unit])).toEqual([
      ['2026-11-18', 'own', 2000, 'butir'],
      ['2026-11-17', 'bapanas', 30000, 'kg'], ['2026-11-17', 'own', 28000, 'kg'], ['2026-11-17', 'own', 29000, 'kg'], ['2026-11-17', 'pihps', 29500, 'kg'],
      ['2026-11-16', 'network', 28500, 'kg'],
    ]);
  });
});
