import { describe, expect, it } from 'vitest';
import { readContactsAsk } from './contacts-list.ts';

describe('readContactsAsk', () => {
  it.each(['kontak', 'daftar supplier', 'lihat kontak', 'supplier saya siapa aja?', 'pemasok'])('%s asks the list', (text) => {
    expect(readContactsAsk(text)).toEqual({ name: null });
  });
  it.each([['nomor toko makmur berapa', 'toko makmur'], ['no wa pak budi', 'pak budi'], ['nomer hp ud sinar jaya?', 'ud sinar jaya']])(
    '%s asks one number', (text, name) => {
      expect(readContactsAsk(text)).toEqual({ name });
    });
  it.each(['tambah supplier toko makmur 0812-3456-7890', 'laku indomie 2', 'kontak bu sri ngutang 20rb', 'nomor 2', 'sales wings datang'])(
    '%s is no contacts question', (text) => {
      expect(readContactsAsk(text)).toBeNull();
    });
});
