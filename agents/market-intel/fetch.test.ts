// The panels' fetchers against a local HTTP server answering the recorded shapes
// (../shared/market/README.md), including errors, 429 and empty days; and the daily fetch into the database.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.ts';
import { freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService } from '../../core/db/tenant.ts';
import { fetchDaily } from './daily-fetch.ts';
import { fetchBapanas } from './fetch-bapanas.ts';
import { fetchPihps, national } from './fetch-pihps.ts';
import type { CommodityRef } from './csv.ts';

const commodities: CommodityRef[] = [
  { name: 'Beras Premium', unit: 'kg', bapanasId: 27 }, { name: 'Beras Medium', unit: 'kg', bapanasId: 28 },
  { name: 'Minyakita', unit: 'liter', bapanasId: 127 }, { name: 'Jagung Tk Peternak', unit: 'kg', bapanasId: 102 },
];
const bapanasDay = { data: [
  { id: 27, name: 'Beras Premium', satuan: 'Rp./Kg', today: 16000, yesterday: 15500, yesterday_date: '12-9-2025', gap: 500, gap_percentage: 3.23, gap_change: 'up', gap_color: '#f00', background: 'x' },
  { id: 28, name: 'Beras Medium', satuan: 'Rp/kg', today: 13250, yesterday: 13250, yesterday_date: '12-9-2025', gap: 0, gap_percentage: 0, gap_change: 'no_change', gap_color: '#000', background: 'x' },
  { id: 102, name: 'Jagung Tk Peternak', satuan: 'Rp/kg', today: 0, yesterday: 0, yesterday_date: '12-9-2025', gap: 0, gap_percentage: 0, gap_change: 'no_change', gap_color: '#000', background: 'x' },
  { id: 127, name: 'Minyakita', satuan: 'Rp/Liter', today: 17000, yesterday: 0, yesterday_date: '12-9-2025', gap: 0, gap_percentage: 0, gap_change: 'no_change', gap_color: '#000', background: 'x' },
  { id: 555, name: 'Komoditas Baru', satuan: 'Rp./Kg', today: 9000, yesterday: 9000, yesterday_date: '12-9-2025', gap: 0, gap_percentage: 0, gap_change: 'no_change', gap_color: '#000', background: 'x' },
] };
const pihpsMonth = { data: [
  { no: '1', name: 'Beras', level: 1, '01/09/2025': '14,650', '02/09/2025': '14,700', '03/09/2025': '-' },
  { no: '', name: 'Beras Kualitas Medium I', level: 2, '01/09/2025': '14,100', '02/09/2025': '-', '03/09/2025': '14,150' },
  { no: '2', name: 'Cabai Rawit', level: 1, '01/09/2025': '52,000', '02/09/2025': '-', '03/09/2025': '-' },
  { no: '', name: 'Cabai Rawit Merah', level: 2, '01/09/2025': '55,350', '02/09/2025': '56,000', '03/09/2025': '-' },
  { no: '', name: 'Bawang Bombay', level: 2, '01/09/2025': '30,000', '02/09/2025': '30,000', '03/09/2025': '30,000' },
], totalCount: 31 };

type Answer = { status: number; body: unknown; headers?: Record<string, string> };
let answers: Record<string, Answer> = {};
const seen: string[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.url ?? '');
    const key = Object.keys(answers).find((k) => (req.url ?? '').includes(k));
    const a = key ? answers[key] : { status: 404, body: { message: 'not found' } };
    res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers });
    res.end(typeof a.body === 'string' ? a.body : JSON.stringify(a.body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const bandung = { region: 'Kota Bandung', province: 'Jawa Barat', provinceId: 12, cityId: 179 };

describe('Bapanas fetcher', () => {
  it('reads today and yesterday (D-M-YYYY), skips zeros and unknown commodities, asks the right city and level', async () => {
    answers = { 'level_harga_id=3': { status: 200, body: bapanasDay } };
    const prices = await fetchBapanas(bandung, 'consumer', '2025-09-13', commodities, { baseUrl: base });
    expect(seen.at(-1)).toBe('/api/front/harga-pangan-informasi?province_id=12&city_id=179&level_harga_id=3');
    expect(prices.map((p) => [p.commodity, p.date, p.price, p.unit])).toEqual([
      ['Beras Premium', '2025-09-13', 16000, 'kg'], ['Beras Premium', '2025-09-12', 15500, 'kg'],
      ['Beras Medium', '2025-09-13', 13250, 'kg'], ['Beras Medium', '2025-09-12', 13250, 'kg'], ['Minyakita', '2025-09-13', 17000, 'liter'],
    ]);
  });

  it('an empty day is no prices; 429 and 5xx are retryable; 404 and a strange shape are final', async () => {
    answers = { 'level_harga_id=3': { status: 200, body: { data: [] } } };
    expect(await fetchBapanas(bandung, 'consumer', '2025-09-14', commodities, { baseUrl: base })).toEqual([]);
    for (const [a, code, retryable] of [
      [{ status: 429, body: { message: 'Too Many Requests' }, headers: { 'retry-after': '60' } }, 'rate_limited:price_panel', true],
      [{ status: 503, body: 'down' }, 'unavailable:price_panel', true],
      [{ status: 200, body: '<html>maintenance</html>' }, 'unavailable:price_panel', true],
      [{ status: 404, body: { message: 'nope' } }, 'bad_request:price_panel', false],
      [{ status: 200, body: { result: 'other' } }, 'bad_request:price_panel_shape', false],
    ] as const) {
      answers = { 'level_harga_id=3': a };
      const err = await fetchBapanas(bandung, 'consumer', '2025-09-14', commodities, { baseUrl: base }).then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect({ code: (err as AppError).code, retryable: (err as AppError).retryable }).toEqual({ code, retryable });
    }
  });

  it('an unreachable server is retryable', async () => {
    const err = await fetchBapanas(bandung, 'consumer', '2025-09-14', commodities, { baseUrl: 'http://127.0.0.1:1' }).then(() => null, (e: AppError) => e);
    expect(err?.retryable).toBe(true);
  });
});

describe('PIHPS fetcher', () => {
  it('reads varieties (level 2) of the wide table: thousands commas, "-" not posted, one price type', async () => {
    answers = { 'price_type_id=3': { status: 200, body: pihpsMonth } };
    const prices = await fetchPihps(national, 'wholesale', '2025-09-01', '2025-09-03', { baseUrl: `${base}/pihps` });
    expect(seen.at(-1)).toBe('/pihps?price_type_id=3&comcat_id=&province_id=&regency_id=&market_id=&tipe_laporan=1&start_date=2025-09-01&end_date=2025-09-03');
    expect(prices.map((p) => [p.commodity, p.date, p.price, p.level, p.region])).toEqual([
      ['Beras Medium', '2025-09-01', 14100, 'wholesale', 'Indonesia'], ['Beras Medium', '2025-09-03', 14150, 'wholesale', 'Indonesia'],
      ['Cabai Rawit Merah', '2025-09-01', 55350, 'wholesale', 'Indonesia'], ['Cabai Rawit Merah', '2025-09-02', 56000, 'wholesale', 'Indonesia'],
    ]);
    answers = { 'price_type_id=1': { status: 200, body: { data: [], totalCount: 0 } } };
    expect(await fetchPihps(national, 'consumer', '2025-09-01', '2025-09-03', { baseUrl: `${base}/pihps` })).toEqual([]);
  });
});

describe('the daily fetch into the database (pglite)', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb('pglite');
    await withService(db, (tx) => tx.query(`insert into tenants (name, city, regency, province) values ('W', 'Bandung', 'Kota Bandung', 'Jawa Barat'), ('X', 'Wajo', 'Kabupaten Wajo', 'Sulawesi Selatan')`));
  });
  afterAll(() => db?.close());
  const count = () => withService(db, async (tx) => (await tx.query<{ publisher: string; price_level: string; region: string; n: number }>(
    `select publisher, price_level, region, count(*)::int n from market_prices where tenant_id is null group by 1, 2, 3 order by 1, 2, 3`)).rows);
  const opts = () => ({ day: '2025-09-13', bapanasUrl: base, pihpsUrl: `${base}/pihps` });

  it('saves what every source gave; a 429 from one source still saves the others, then asks for a retry', async () => {
    answers = {
      'GetRef': { status: 200, body: { data: [] } }, // PIHPS knows neither province here (by region: pihps-region.test.ts)
      'level_harga_id=3': { status: 200, body: bapanasDay }, 'level_harga_id=2': { status: 429, body: {} },
      'price_type_id=1': { status: 200, body: pihpsMonth }, 'price_type_id=3': { status: 200, body: { data: [] } },
    };
    const err = await fetchDaily(db, opts()).then(() => null, (e: AppError) => e);
    expect(err).toMatchObject({ code: 'rate_limited:price_panel', retryable: true });
    expect(await count()).toEqual([
      { publisher: 'bapanas', price_level: 'consumer', region: 'Kota Bandung', n: 5 },
      { publisher: 'bi_pihps', price_level: 'consumer', region: 'Indonesia', n: 4 },
    ]);
    // Kabupaten Wajo has no panel ids: nothing was asked for it.
    expect(seen.filter((u) => u.includes('city_id=') && !u.includes('city_id=179'))).toEqual([]);
  });

  it('the retry fills the gap and rewrites nothing', async () => {
    answers['level_harga_id=2'] = { status: 200, body: { data: [bapanasDay.data[0]] } };
    const r = await fetchDaily(db, opts());
    expect(r.saved).toBe(2);
    expect(r.sources.every((s) => !s.error)).toBe(true);
    expect((await count()).find((c) => c.price_level === 'wholesale')).toEqual({ publisher: 'bapanas', price_level: 'wholesale', region: 'Kota Bandung', n: 2 });
    expect((await fetchDaily(db, opts())).saved).toBe(0);
  });
});
