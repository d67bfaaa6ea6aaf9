import { describe, expect, it } from 'vitest';
import { resolveCity } from './city-zone.ts';

describe('resolveCity', () => {
  it.each([
    // the places the old hand-written list sent to WIB
    ['Kab. Sinjai', 'Kabupaten Sinjai', 'Sulawesi Selatan', 'Asia/Makassar'], ['Kabupaten Wajo', 'Kabupaten Wajo', 'Sulawesi Selatan', 'Asia/Makassar'],
    ['Kota Bau-Bau', 'Kota Bau Bau', 'Sulawesi Tenggara', 'Asia/Makassar'], ['Tolitoli', 'Kabupaten Toli-Toli', 'Sulawesi Tengah', 'Asia/Makassar'],
    ['Kotabaru', 'Kabupaten Kotabaru', 'Kalimantan Selatan', 'Asia/Makassar'], ['Tanah Laut', 'Kabupaten Tanah Laut', 'Kalimantan Selatan', 'Asia/Makassar'],
    ['Kabupaten Kepulauan Aru', 'Kabupaten Kepulauan Aru', 'Maluku', 'Asia/Jayapura'],
    // the old list's cases
    ['Bandung', 'Kota Bandung', 'Jawa Barat', 'Asia/Jakarta'], ['kabupaten bandung', 'Kabupaten Bandung', 'Jawa Barat', 'Asia/Jakarta'],
    ['Bandung Barat', 'Kabupaten Bandung Barat', 'Jawa Barat', 'Asia/Jakarta'], ['Jakarta Selatan', 'Kota Administrasi Jakarta Selatan', 'Daerah Khusus Ibukota Jakarta', 'Asia/Jakarta'],
    ['Surabaya', 'Kota Surabaya', 'Jawa Timur', 'Asia/Jakarta'], ['Medan', 'Kota Medan', 'Sumatera Utara', 'Asia/Jakarta'],
    ['Pontianak', 'Kota Pontianak', 'Kalimantan Barat', 'Asia/Jakarta'], ['Kota Makassar', 'Kota Makassar', 'Sulawesi Selatan', 'Asia/Makassar'],
    ['denpasar, bali', 'Kota Denpasar', 'Bali', 'Asia/Makassar'], ['Balikpapan', 'Kota Balikpapan', 'Kalimantan Timur', 'Asia/Makassar'],
    ['Mataram', 'Kota Mataram', 'Nusa Tenggara Barat', 'Asia/Makassar'], ['Kupang', 'Kota Kupang', 'Nusa Tenggara Timur', 'Asia/Makassar'],
    ['Manado', 'Kota Manado', 'Sulawesi Utara', 'Asia/Makassar'], ['Banjarmasin', 'Kota Banjarmasin', 'Kalimantan Selatan', 'Asia/Makassar'],
    ['Jayapura', 'Kota Jayapura', 'Papua', 'Asia/Jayapura'], ['Ambon', 'Kota Ambon', 'Maluku', 'Asia/Jayapura'],
    ['Kab. Merauke', 'Kabupaten Merauke', 'Papua Selatan', 'Asia/Jayapura'], ['Ternate', 'Kota Ternate', 'Maluku Utara', 'Asia/Jayapura'],
    ['jogja', 'Kota Yogyakarta', 'Daerah Istimewa Yogyakarta', 'Asia/Jakarta'], ['di kota solo', 'Kota Surakarta', 'Jawa Tengah', 'Asia/Jakarta'],
    ['Kota Banjar', 'Kota Banjar', 'Jawa Barat', 'Asia/Jakarta'], ['Banjar, Kalimantan Selatan', 'Kabupaten Banjar', 'Kalimantan Selatan', 'Asia/Makassar'],
    ['Ubud', 'Kabupaten Gianyar', 'Bali', 'Asia/Makassar'],
  ])('%s → %s, %s, %s', async (text, regency, province, zone) => {
    expect(await resolveCity(text)).toMatchObject({ kind: 'found', regency, province, zone });
  });

  it('ambiguous places give the choices', async () => {
    expect(await resolveCity('Banjar')).toEqual({ kind: 'ambiguous', choices: ['Kota Banjar (Jawa Barat)', 'Kabupaten Banjar (Kalimantan Selatan)'] });
  });

  it('a province alone is not a city; unknown places are unknown', async () => {
    expect(await resolveCity('Bali')).toEqual({ kind: 'province', province: 'Bali', zone: 'Asia/Makassar' });
    expect(await resolveCity('kota antah berantah')).toEqual({ kind: 'unknown' });
    expect(await resolveCity('')).toEqual({ kind: 'unknown' });
  });
});
