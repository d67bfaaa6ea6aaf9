// Owner tries of the nineteenth session (a Makassar warung's day, …): each message booked a wrong number or was not
// understood before its fix.
import { describe, expect, it } from 'vitest';
import { parse } from './index.ts';

const now = new Date('2026-12-05T10:00:00+07:00');

describe('owner tries (nineteenth session): Makassar', () => {
  // "beli ka telur 2 rak di pasar terong 110rb" asked the price of the eggs and of a second goods "terong".
  it('the word after "di pasar" before the money is the market when goods were counted before it', () => {
    for (const text of ['beli ka telur 2 rak di pasar terong 110rb', 'beli 2 rak telur di pasar minggu 110rb']) {
      const f = parse(text, { now });
      expect(f).toMatchObject({ intent: 'purchase', amount: 110000, items: [{ product: 'telur', qty: 2, unit: 'rak', total: 110000 }] });
      expect(f.items).toHaveLength(1);
    }
    expect(parse('kulakan beras 2 karung di pasar cabe 600rb', { now }).items).toMatchObject([{ product: 'beras', qty: 2, total: 600000 }]);
  });
  it('with nothing counted before it, the word is goods', () => {
    expect(parse('beli di pasar beras 600rb', { now }).items).toMatchObject([{ product: 'beras', total: 600000 }]);
    expect(parse('beli gula 2 kg di pasar gula 3 kg 40rb', { now }).items).toHaveLength(2);
  });
  // "kasi turun harga telur jadi 2000 sebutir" asked the new price of "Indomie Kari Ayam" (the goods "kasi").
  it('"kasi" is "kasih"', () => {
    const f = parse('kasi turun harga telur jadi 2000 sebutir', { now });
    expect(f).toMatchObject({ intent: 'price_set', items: [{ product: 'telur', unit_price: 2000 }] });
    expect(f.items).toHaveLength(1);
  });
  // "…, bayar nanti sore, namanya mace ani" asked the price of a new product "mace ani".
  it('the name after "namanya" or "atas nama" is whose debt it is', () => {
    for (const [text, who] of [
      ['ada pelanggan ambil gas 2 tabung, bayar nanti sore, namanya mace ani', 'mace ani'],
      ['ambil gas 2 tabung, bayar nanti, atas nama pak rudi', 'pak rudi'],
      ['ambil gas 2 tabung, bayar nanti, namanya ani', 'ani'],
      ['ada yang ngutang rokok 2 bks, namanya rudi, 50rb', 'rudi'],
    ]) {
      const f = parse(text, { now });
      expect(f).toMatchObject({ intent: 'sale', payment: 'credit', counterparty: who });
      expect(f.items).toHaveLength(1);
    }
  });
  it('"pace" and "mace" start a name', () => {
    expect(parse('pace yan ngutang rokok 1 bks 25rb', { now })).toMatchObject({ intent: 'sale', payment: 'credit', counterparty: 'pace yan', amount: 25000 });
  });
  // "tutup mi, rekap hari ini" asked for a product "tutup mi".
  it('"tutup mi," closes the shop and names no goods', () => {
    expect(parse('tutup mi, rekap hari ini', { now })).toMatchObject({ intent: 'report', items: [] });
  });
});
