import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService } from '../../core/db/tenant.ts';
import { demoCsvPath, loadDemoPrices } from './demo-data.ts';
import { bandung, importBapanasCsv } from './import-csv.ts';
import { priceUnit } from './units.ts';

const header = 'Timestamp,ID,Komoditas,Satuan,Harga,Harga Kemarin,Tanggal Kemarin,Gap,Gap Persen,Gap Perubahan';
const csv = [
  header,
  '2025-09-13,27,Beras Premium,Rp./Kg,16000,15500,12-9-2025,500,3.23,up', // line 2
  '2025-09-13,109,Beras SPHP,Rp/kg,12500,12500,12-9-2025,0,0,no_change', // 3
  '2025-09-13,102,Jagung Tk Peternak,Rp/kg,0,0,12-9-2025,0,0,no_change', // 4: no data that day
  '2025-09-13,38,Minyak Goreng Kemasan,Rp./Liter,20500,20500,12-9-2025,0,0,no_change', // 5
  '2025-09-13,127,Minyakita,Rp/Liter,17000,17000,12-9-2025,0,0,no_change', // 6
  '2025-02-30,28,Beras Medium,Rp./Kg,13250,13250,29-2-2025,0,0,no_change', // 7: no such day
  '2025-09-13,999,Durian Montong,Rp./Kg,50000,0,12-9-2025,0,0,up', // 8: unknown commodity
  '2025-09-13,28,Beras Medium,Rp./Ons,13250,13250,12-9-2025,0,0,no_change', // 9: unknown unit
  '2025-09-13,28,Beras Medium,Rp./Kg,13.250abc,13250,12-9-2025,0,0,no_change', // 10: bad price
  '2025-09-13,28,Beras Medium', // 11: short
  '2025-09-13,36,Telur Ayam Ras,Rp./Liter,30000,30000,12-9-2025,0,0,no_change', // 12: wrong unit for eggs
  '',
].join('\n');

describe('priceUnit', () => {
  it.each([['Rp./Kg', 'kg'], ['Rp/kg', 'kg'], ['Rp/Kg', 'kg'], ['Rp./Liter', 'liter'], ['Rp/Liter', 'liter'], ['rp / lt', 'liter'], ['Rp./Ons', null], ['', null]])(
    '%s → %s', (s, u) => expect(priceUnit(s)).toBe(u));
});

describe.each(dbKinds)('importing official prices on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => { db = await freshDb(kind, { seeded: true }); });
  afterAll(() => db?.close());
  const official = () => withService(db, async (tx) => (await tx.query<{ commodity: string; unit: string; price: number; day: string }>(
    `select commodity, unit, price, to_char(observed_at at time zone 'Asia/Jakarta', 'YYYY-MM-DD') as day
     from market_prices where tenant_id is null and region = 'Kota Test' order by commodity`)).rows);

  it('imports good rows, skips zero days, reports bad rows with their line numbers', async () => {
    const r = await importBapanasCsv(db, csv, { region: 'Kota Test', province: 'Jawa Barat' });
    expect(r.bad).toEqual([
      { line: 7, reason: 'bad date "2025-02-30"' },
      { line: 8, reason: 'unknown commodity "Durian Montong"' },
      { line: 9, reason: 'unknown unit "Rp./Ons"' },
      { line: 10, reason: 'bad price "13.250abc"' },
      { line: 11, reason: 'expected 10 fields, got 3' },
      { line: 12, reason: 'unit liter but Telur Ayam Ras is priced per kg' },
    ]);
    expect(r).toMatchObject({ rows: 4, noData: 1, inserted: 4, updated: 0, unchanged: 0 });
    expect(await official()).toEqual([
      { commodity: 'Beras Premium', unit: 'kg', price: 16000, day: '2025-09-13' },
      { commodity: 'Beras SPHP', unit: 'kg', price: 12500, day: '2025-09-13' },
      { commodity: 'Minyak Goreng Kemasan', unit: 'liter', price: 20500, day: '2025-09-13' },
      { commodity: 'Minyakita', unit: 'liter', price: 17000, day: '2025-09-13' },
    ]);
  });

  it('a second import of the same file writes nothing; a corrected price replaces the old one', async () => {
    expect(await importBapanasCsv(db, csv, { region: 'Kota Test', province: 'Jawa Barat' })).toMatchObject({ inserted: 0, updated: 0, unchanged: 4 });
    const fixed = csv.replace('Minyakita,Rp/Liter,17000', 'Minyakita,Rp/Liter,17500');
    expect(await importBapanasCsv(db, fixed, { region: 'Kota Test', province: 'Jawa Barat' })).toMatchObject({ inserted: 0, updated: 1, unchanged: 3 });
    expect((await official()).find((r) => r.commodity === 'Minyakita')?.price).toBe(17500);
    expect(await official()).toHaveLength(4);
  });

  it('nothing is half-imported: a row the database refuses rolls back the whole file', async () => {
    const huge = `${header}\n2025-10-01,27,Beras Premium,Rp./Kg,16100,0,,0,0,up\n2025-10-01,28,Beras Medium,Rp./Kg,99999999999999999999,0,,0,0,up\n`;
    await expect(importBapanasCsv(db, huge, { region: 'Kota Huge', province: null })).rejects.toThrow();
    const n = await withService(db, async (tx) => (await tx.query(`select count(*)::int n from market_prices where region = 'Kota Huge'`)).rows[0].n);
    expect(n).toBe(0);
  });

  it('the demo file loads once on first start and sets the demo warung\'s region', async () => {
    const text = await readFile(demoCsvPath, 'utf8');
    const priced = text.trim().split('\n').slice(1).filter((l) => l.split(',')[4] !== '0').length;
    const first = await loadDemoPrices(db);
    expect(first).toMatchObject({ inserted: priced, bad: [] });
    expect(await loadDemoPrices(db)).toBeNull();
    const { n, regency } = await withService(db, async (tx) => (await tx.query(
      `select (select count(*)::int from market_prices where region = $1 and publisher = 'bapanas') n,
              (select regency from tenants where id = 'a0000000-0000-4000-8000-000000000001') regency`, [bandung.region])).rows[0]);
    expect({ n, regency }).toEqual({ n: priced, regency: 'Kota Bandung' });
  });
});
