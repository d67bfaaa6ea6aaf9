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
  ])('%s', (text, said) => expect(readArrival(text)).toEqual(said));
  it.each(['barang udah datang', 'gula masuk 10 kg', 'indomie goreng 2 masuk'])('%s names no order', (text) => {
    expect(readArrival(text)).toBeNull();
  });
});
