import { describe, expect, it } from 'vitest';
import { zoneForCity } from './city-zone.ts';

describe('zoneForCity', () => {
  it.each([
    ['Bandung', 'Asia/Jakarta'], ['Jakarta Selatan', 'Asia/Jakarta'], ['Surabaya', 'Asia/Jakarta'], ['Medan', 'Asia/Jakarta'],
    ['Pontianak', 'Asia/Jakarta'], ['Makassar', 'Asia/Makassar'], ['Kota Makassar', 'Asia/Makassar'], ['Bali', 'Asia/Makassar'],
    ['denpasar, bali', 'Asia/Makassar'], ['Balikpapan', 'Asia/Makassar'], ['Mataram', 'Asia/Makassar'], ['Kupang', 'Asia/Makassar'],
    ['Manado', 'Asia/Makassar'], ['Banjarmasin', 'Asia/Makassar'], ['Jayapura', 'Asia/Jayapura'], ['Ambon', 'Asia/Jayapura'],
    ['Sorong', 'Asia/Jayapura'], ['Kab. Merauke', 'Asia/Jayapura'], ['Ternate', 'Asia/Jayapura'], ['kota antah berantah', 'Asia/Jakarta'],
  ])('%s → %s', (city, zone) => expect(zoneForCity(city)).toBe(zone));
});
