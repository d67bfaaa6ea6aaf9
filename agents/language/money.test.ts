import { describe, expect, it } from 'vitest';
import { parseRupiah } from './money.ts';

// Every written and spoken form of rupiah (FRAME.md "Money and numbers"), plus slang and regional words.
const cases: [string, number | null][] = [
  ['15rb', 15_000], ['15 rb', 15_000], ['15 ribu', 15_000], ['15rebu', 15_000], ['15 rebu', 15_000], ['15k', 15_000],
  ['15K', 15_000], ['15.000', 15_000], ['15,000', 15_000], ['Rp15.000,-', 15_000], ['Rp 15.000', 15_000],
  ['rp15000', 15_000], ['IDR 15.000', 15_000], ['lima belas ribu', 15_000], ['15 ewu', 15_000], ['15rbu', 15_000],
  ['1,5jt', 1_500_000], ['1.5 juta', 1_500_000], ['1,5 juta', 1_500_000], ['sejuta setengah', 1_500_000],
  ['satu setengah juta', 1_500_000], ['2jt 300', 2_300_000], ['4jt 800', 4_800_000], ['2jt', 2_000_000],
  ['2 juta', 2_000_000], ['1.250.000', 1_250_000], ['Rp1.250.000,00', 1_250_000], ['12jt', 12_000_000],
  ['dua puluh lima ribu', 25_000], ['delapan belas ribu lima ratus', 18_500], ['seratus ribu', 100_000],
  ['seratus lima puluh ribu', 150_000], ['dua ratus lima puluh ribu', 250_000], ['tiga ratus ribu', 300_000],
  ['sebelas ribu', 11_000], ['seribu', 1000], ['seribu lima ratus', 1500], ['lima ratus perak', 500],
  ['sejuta', 1_000_000], ['dua juta tiga ratus ribu', 2_300_000], ['setengah juta', 500_000],
  ['cepek', 100], ['gopek', 500], ['seceng', 1000], ['noceng', 2000], ['goceng', 5000], ['ceban', 10_000],
  ['goban', 50_000], ['cepek ceng', 100_000], ['cepceng', 100_000], ['cetiao', 1_000_000],
  ['selawe', 25], ['selawe ewu', 25_000], ['seket ewu', 50_000], ['satus seket ewu', 150_000], ['rong ewu', 2000],
  ['limang ewu', 5000], ['sewu', 1000], ['sewu limang atus', 1500], ['telung puluh ewu', 30_000],
  ['sarebu', 1000], ['tilu puluh genep rebu', 36_000], ['dua puluh rebu', 20_000], ['dalapan welas rebu', 18_000],
  ['genep rebu', 6000], ['opat puluh rebu', 40_000], ['sapuluh rebu', 10_000],
  ['140rban', 140_000], ['3500an', 3500], ['18rb 500', 18_500], ['17500', 17_500], ['harganya 3.500 aja', 3500],
  ['bayar 25rb ya', 25_000], ['28,5rb', 28_500], ['3.5rb', 3500], ['1jt 200rb', 1_200_000],
  ['sejuta telung atus', 1_300_000], ['dua juta lima ratus', 2_500_000],
  ['', null], ['gratis', null], ['wkwk', null], ['setengah', null],
];

describe('parseRupiah', () => {
  it.each(cases)('%s → %s', (text, want) => {
    expect(parseRupiah(text)).toBe(want);
  });

  it('reads only the first amount', () => {
    expect(parseRupiah('15rb sama 20rb')).toBe(15_000);
  });
});
