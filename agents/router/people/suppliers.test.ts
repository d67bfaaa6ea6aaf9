import { describe, expect, it } from 'vitest';
import { readSupplierCommand } from './suppliers.ts';

describe('readSupplierCommand', () => {
  // Owner try: "tambah supplier agen telur pak budi 081377778888" got the help text.
  it.each([
    ['tambah supplier agen telur pak budi 081377778888', { name: 'Agen Telur Pak Budi', phone: '+6281377778888', note: null }],
    ['tambahin pemasok Koh Acong 0812-3456-7890 jual beras dan gula', { name: 'Koh Acong', phone: '+6281234567890', note: 'jual beras dan gula' }],
    ['simpan sales wings no 0857 1111 2222', { name: 'Wings', phone: '+6285711112222', note: null }],
  ])('%s', (text, want) => expect(readSupplierCommand(text)).toEqual(want));

  it.each(['tambah supplier pak budi', 'tambah supplier 081377778888', 'tambah kasir mbak sari 081355556666', 'beli telur dari agen 10 kg 260rb'])(
    'nothing for %s', (text) => expect(readSupplierCommand(text)).toBeNull());
});
