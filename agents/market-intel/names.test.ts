// The name table: owners' words (Indonesian, Javanese, Sundanese, slang) and product names → commodities.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { withTenant } from '../../core/db/tenant.ts';
import { commoditiesFor, commodityOfProduct } from './names.ts';

const oil = ['Minyak Goreng Kemasan', 'Minyak Goreng Curah', 'Minyakita'];
const words: [string, string[] | null][] = [
  ['cabe rawit', ['Cabai Rawit Merah']], ['cabai rawit', ['Cabai Rawit Merah']], ['cengek', ['Cabai Rawit Merah']],
  ['harga cabe rawit hari ini', ['Cabai Rawit Merah']], ['Cabe-Rawit', ['Cabai Rawit Merah']], ['cabe rawit hijau', []],
  ['cabe keriting', ['Cabai Merah Keriting']], ['cabe merah', ['Cabai Merah Keriting', 'Cabai Merah Besar']],
  ['telur', ['Telur Ayam Ras']], ['telor', ['Telur Ayam Ras']], ['endog', ['Telur Ayam Ras']], ['telur puyuh', []],
  ['bawang merah', ['Bawang Merah']], ['brambang', ['Bawang Merah']], ['bawang beureum', ['Bawang Merah']],
  ['bawang putih', ['Bawang Putih Bonggol']], ['bawang bodas', ['Bawang Putih Bonggol']],
  ['gula', ['Gula Konsumsi']], ['gendis', ['Gula Konsumsi']], ['gula pasir', ['Gula Konsumsi']], ['gula merah', []], ['gula jawa', []],
  ['minyak', oil], ['minyak goreng', oil], ['minyak curah', ['Minyak Goreng Curah']], ['minyakita', ['Minyakita']],
  ['bimoli', ['Minyak Goreng Kemasan']], ['minyak tanah', []],
  // Owner try: "rega lengo goreng nang pasar piro saiki" found nothing.
  ['rega lengo goreng nang pasar piro saiki', oil], ['lengo curah', ['Minyak Goreng Curah']], ['gulo', ['Gula Konsumsi']], ['gulo jowo', []],
  ['beras', ['Beras Medium']], ['beras premium', ['Beras Premium']], ['beras medium', ['Beras Medium']], ['beas', ['Beras Medium']],
  ['beras sphp', ['Beras SPHP']], ['beras ketan', []],
  ['daging sapi', ['Daging Sapi Murni']], ['ayam potong', ['Daging Ayam Ras']], ['garam', ['Garam Konsumsi']], ['uyah', ['Garam Konsumsi']],
  ['terigu', ['Tepung Terigu Kemasan', 'Tepung Terigu (Curah)']], ['tepung tapioka', []], ['tongkol', ['Ikan Tongkol']],
  ['Cabai Rawit Merah', ['Cabai Rawit Merah']], ['Daging Kerbau Beku (Impor Luar Negeri)', ['Daging Kerbau Beku (Impor Luar Negeri)']],
  ['indomie', null], ['rokok surya', null], ['', null],
];
// [product name, aliases, commodity]: the name must open with the words; the first commodity counts.
const products: [string, string[], string | null][] = [
  ['Telur Ayam', ['telur', 'telor'], 'Telur Ayam Ras'], ['Beras Medium', ['beras'], 'Beras Medium'], ['Beras Premium 5 kg', [], 'Beras Premium'],
  ['Gula Pasir', ['gula'], 'Gula Konsumsi'], ['Minyak Goreng Bimoli 1 L', [], 'Minyak Goreng Kemasan'], ['Minyak Curah', [], 'Minyak Goreng Curah'],
  ['Minyakita 1 L', [], 'Minyakita'], ['Minyak Kayu Putih', [], null], ['Indomie Ayam Bawang', [], null], ['Royco Ayam', ['royco'], null],
  ['Cabe Rawit', [], 'Cabai Rawit Merah'], ['Bumbu Dapur', ['cengek'], 'Cabai Rawit Merah'], ['Gula Merah', ['gula'], null],
  ['Bimoli 2 L', [], 'Minyak Goreng Kemasan'], ['Aqua 600 ml', ['aqua'], null],
];

describe.each(dbKinds)('commodity names on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => { db = await freshDb(kind, { seeded: true }); });
  afterAll(() => db?.close());
  const asTenant = <T>(fn: Parameters<typeof withTenant<T>>[2]) => withTenant(db, 'a0000000-0000-4000-8000-000000000001', fn);

  it('owner words → commodities', async () => {
    const got = await asTenant(async (tx) => {
      const out = [];
      for (const [w] of words) out.push([w, await commoditiesFor(tx, w)]);
      return out;
    });
    expect(got).toEqual(words);
  });

  it('product names → one commodity', async () => {
    const got = await asTenant(async (tx) => {
      const out = [];
      for (const [n, a] of products) out.push([n, a, await commodityOfProduct(tx, n, a)]);
      return out;
    });
    expect(got).toEqual(products);
  });
});
