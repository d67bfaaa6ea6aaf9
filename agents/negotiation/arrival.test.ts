import { describe, expect, it } from 'vitest';
import { readArrival } from './arrival.ts';

// Owner try (Yogya): "berase wis teko" (the rice has come) was not understood; only "dari <supplier> sudah datang" was.
describe('readArrival', () => {
  it.each([
    ['barang dari toko makmur sudah datang', { who: 'toko makmur' }],
    ['beras dari toko makmur wis teko', { who: 'toko makmur', item: 'beras' }],
    ['gula ti toko makmur atos dugi', { who: 'toko makmur', item: 'gula' }],
    ['telur dari toko makmur udah nyampe, cuma 8 kg', { who: 'toko makmur', item: 'telur' }],
    ['berase wis teko', { item: 'beras' }],
    ['telurnya udah dateng ya', { item: 'telur' }],
    ['telur 10 kg udah sampe, bayar cash', { item: 'telur' }],
    // Helper's haggle (twenty-eighth session): asked "Berapa?" and booked as an expense.
    ['gula juga udah dateng, bayarnya tempo 2 minggu', { item: 'gula' }],
    ['barang udah datang', {}], ['pesanannya sudah sampai, belum dibayar', {}],
    // Haggling try (thirty-fourth session): a supplier "Sinar Jaya Baru".
    ['minyak dari sinar jaya baru dateng 1 dus', { who: 'sinar jaya', item: 'minyak' }],
    // Haggling try (thirty-fifth session): the count after "came", then how it was paid (a stock count; the order waited on).
    // A closing "e" goes as jv "-e" does ("berase"); orders are found by the goods' start.
    ['le minerale udah dateng 3 dus, bayar cash', { item: 'le mineral' }],
    // Haggling try (thirty-sixth session): su "dongkap" (arrived) was "belum paham".
    ['gula tos dongkap', { item: 'gula' }], ['barang ti toko makmur tos dongkap', { who: 'toko makmur' }],
  ])('%s', (text, said) => expect(readArrival(text)).toEqual(said));
  it.each(['gula masuk 10 kg', 'gula udah dateng 10 kg', 'indomie goreng 2 masuk'])('%s names no order', (text) => {
    expect(readArrival(text)).toBeNull();
  });
});
