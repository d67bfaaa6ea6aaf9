// PIHPS by region: the warung's regency/province (region.ts, idn-area-data) picks the PIHPS ids from
// PIHPS's own reference lists; against a local HTTP server with the recorded shapes ({"data":[{id,name}]}
// for the lists, the wide table for prices), including 429, errors and empty days.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.ts';
import { freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService, withTenant } from '../../core/db/tenant.ts';
import { fetchDaily } from './daily-fetch.ts';
import { pihpsResolver, provinceKey, regencyKey } from './pihps-region.ts';

// Reference lists as PIHPS answers them (ids are PIHPS's own numbering; these are test fixtures).
const provinces = { data: [{ id: 12, name: 'Jawa Barat' }, { id: 13, name: 'DKI Jakarta' }, { id: 26, name: 'Sulawesi Selatan' }, { id: 28, name: 'Sulawesi Tengah' }] };
const regencies: Record<string, { data: { id: number; name: string }[] }> = {
  12: { data: [{ id: 21, name: 'Kab. Bandung' }, { id: 23, name: 'Kota Bandung' }] },
  13: { data: [{ id: 31, name: 'Kota Jakarta Pusat' }] },
  26: { data: [{ id: 60, name: 'Kota Makassar' }] },
  28: { data: [{ id: 9, name: 'Kab. Toli-Toli' }] },
};
const month = (price: string) => ({ data: [
  { no: '1', name: 'Cabai Rawit', level: 1, '01/09/2025': price },
  { no: '', name: 'Cabai Rawit Merah', level: 2, '01/09/2025': price, '02/09/2025': '-' },
], totalCount: 2 });

type Answer = { status: number; body: unknown };
let route: (path: string, q: URLSearchParams) => Answer;
const seen: string[] = [];
let server: Server;
let base = '';
const normal = (path: string, q: URLSearchParams): Answer => {
  if (path.endsWith('/GetRefProvince')) return { status: 200, body: provinces };
  if (path.endsWith('/GetRefRegency')) return { status: 200, body: regencies[q.get('ref_prov_id') ?? ''] ?? { data: [] } };
  if (path.endsWith('/grid')) {
    const key = `${q.get('province_id')}/${q.get('regency_id')}`;
    const price = ({ '12/23': '61,000', '28/9': '48,500', '26/': '52,250', '/': '55,350' } as Record<string, string>)[key];
    return price ? { status: 200, body: month(price) } : { status: 200, body: { data: [], totalCount: 0 } };
  }
  return { status: 200, body: { data: [] } }; // Bapanas: no prices today
};

beforeAll(async () => {
  route = normal;
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push(req.url ?? '');
    const a = route(url.pathname, url.searchParams);
    res.writeHead(a.status, { 'content-type': 'application/json' });
    res.end(typeof a.body === 'string' ? a.body : JSON.stringify(a.body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('PIHPS region names', () => {
  it('matches official names with PIHPS spellings, never a look-alike', () => {
    expect(provinceKey('Daerah Khusus Ibukota Jakarta')).toBe(provinceKey('DKI Jakarta'));
    expect(provinceKey('Daerah Istimewa Yogyakarta')).toBe(provinceKey('DI Yogyakarta'));
    expect(provinceKey('Provinsi Jawa Barat')).toBe(provinceKey('Jawa Barat'));
    expect(regencyKey('Kabupaten Wajo')).toBe(regencyKey('Kab. Wajo'));
    expect(regencyKey('Kabupaten Toli-Toli')).toBe(regencyKey('Kab. Toli Toli'));
    expect(regencyKey('Kota Administrasi Jakarta Pusat')).toBe(regencyKey('Kota Jakarta Pusat'));
    expect(regencyKey('Kota Bandung')).not.toBe(regencyKey('Kab. Bandung'));
    expect(provinceKey('Papua Barat')).not.toBe(provinceKey('Papua Barat Daya'));
  });

  it('resolves the regency, else the province, else nothing; a 429 on a list is retryable and asked again', async () => {
    const resolve = pihpsResolver({ baseUrl: `${base}/grid` });
    expect(await resolve({ regency: 'Kota Bandung', province: 'Jawa Barat' }, 1)).toEqual({ region: 'Kota Bandung', province: 'Jawa Barat', provinceId: '12', regencyId: '23' });
    expect(await resolve({ regency: 'Kota Administrasi Jakarta Pusat', province: 'Daerah Khusus Ibukota Jakarta' }, 1)).toMatchObject({ provinceId: '13', regencyId: '31' });
    expect(await resolve({ regency: 'Kabupaten Wajo', province: 'Sulawesi Selatan' }, 1)).toEqual({ region: 'Sulawesi Selatan', province: 'Sulawesi Selatan', provinceId: '26', regencyId: '' });
    expect(await resolve({ regency: 'Kabupaten Kepulauan Aru', province: 'Maluku' }, 1)).toBeNull();
    expect(await resolve({ regency: null, province: null }, 1)).toBeNull();
    expect(seen.filter((u) => u.includes('GetRefProvince'))).toHaveLength(1); // the list once per run

    route = (path, q) => (path.endsWith('/GetRefProvince') ? { status: 429, body: { message: 'Too Many Requests' } } : normal(path, q));
    const again = pihpsResolver({ baseUrl: `${base}/grid` });
    const err = await again({ regency: 'Kota Bandung', province: 'Jawa Barat' }, 3).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).retryable).toBe(true);
    route = normal;
    expect(await again({ regency: 'Kota Bandung', province: 'Jawa Barat' }, 3)).toMatchObject({ regencyId: '23' });
    route = (path, q) => (path.endsWith('/GetRefRegency') ? { status: 200, body: '<html>error</html>' } : normal(path, q));
    const broken = await pihpsResolver({ baseUrl: `${base}/grid` })({ regency: 'Kota Bandung', province: 'Jawa Barat' }, 1).then(() => null, (e: unknown) => e);
    expect(broken).toBeInstanceOf(AppError);
    route = normal;
  });
});

describe('the daily fetch asks PIHPS for each warung\'s region (pglite)', () => {
  let db: TestDb;
  let bandung: string;
  beforeAll(async () => {
    db = await freshDb('pglite');
    bandung = await withService(db, async (tx) => {
      // Tolitoli has only a typed city (an older warung): region.ts resolves it with idn-area-data.
      await tx.query(`insert into tenants (name, city, regency, province) values ('Wajo', 'Wajo', 'Kabupaten Wajo', 'Sulawesi Selatan'), ('Toli', 'Tolitoli', null, null)`);
      return (await tx.query<{ id: string }>(`insert into tenants (name, city, regency, province) values ('Bdg', 'Bandung', 'Kota Bandung', 'Jawa Barat') returning id`)).rows[0]!.id;
    });
  });
  afterAll(() => db?.close());
  const rows = () => withService(db, async (tx) => (await tx.query<{ region: string; province: string | null; price_level: string; price: number }>(
    `select region, province, price_level, price from market_prices where publisher = 'bi_pihps' order by region, price_level`)).rows);
  const opts = () => ({ day: '2025-09-02', bapanasUrl: base, pihpsUrl: `${base}/grid` });

  it('saves each region\'s prices under the official name; an empty day saves nothing; a 429 keeps the rest and asks for a retry', async () => {
    route = (path, q) => {
      const grid = path.endsWith('/grid') && q.get('price_type_id') === '3';
      if (grid && q.get('province_id') === '26') return { status: 429, body: {} };
      if (grid && q.get('province_id') === '28') return { status: 200, body: { data: [], totalCount: 0 } }; // nothing posted yet
      return normal(path, q);
    };
    const err = await fetchDaily(db, opts()).then(() => null, (e: AppError) => e);
    expect(err).toMatchObject({ code: 'rate_limited:price_panel', retryable: true });
    const grid = seen.filter((u) => u.startsWith('/grid')).map((u) => new URL(u, 'http://x').searchParams).map((q) => `${q.get('price_type_id')}:${q.get('province_id')}/${q.get('regency_id')}`);
    expect(new Set(grid)).toEqual(new Set(['1:12/23', '3:12/23', '1:26/', '3:26/', '1:28/9', '3:28/9', '1:/', '3:/']));
    expect((await rows()).map((r) => [r.region, r.province, r.price_level, r.price])).toEqual([
      ['Indonesia', null, 'consumer', 55350], ['Indonesia', null, 'wholesale', 55350],
      ['Kabupaten Toli-Toli', 'Sulawesi Tengah', 'consumer', 48500],
      ['Kota Bandung', 'Jawa Barat', 'consumer', 61000], ['Kota Bandung', 'Jawa Barat', 'wholesale', 61000],
      ['Sulawesi Selatan', 'Sulawesi Selatan', 'consumer', 52250],
    ]);
    route = normal;
    const r = await fetchDaily(db, opts());
    expect(r.sources.filter((s) => s.error)).toEqual([]);
    expect(r.saved).toBe(2); // only the gaps: Wajo's province and Toli-Toli's wholesale
    expect(await rows()).toHaveLength(8);
  });

  it('the price answer of a Bandung warung shows its city\'s PIHPS price, not the national one', async () => {
    const view = await withTenant(db, bandung, async (tx) => (await tx.query<{ v: { official: { price: number; region: string; publisher: string } }[] }>(
      `select market_price_view(array['Cabai Rawit Merah'], 'Kota Bandung', 'Jawa Barat', '2025-09-03') v`)).rows[0]!.v);
    expect(view[0]!.official).toMatchObject({ price: 61000, region: 'Kota Bandung', publisher: 'bi_pihps' });
  });
});
