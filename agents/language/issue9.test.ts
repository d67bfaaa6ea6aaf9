import { describe, expect, it } from 'vitest';
import { parse } from './index.ts';

// Edges of issue 9's rules that the held-out batches do not pin down: where a new reading must stop.
const now = new Date('2026-11-21T10:00:00+07:00');
const read = (text: string) => parse(text, { now, offsetMinutes: 420 });

describe('new readings stop where they should', () => {
  it.each([
    // The verb with a person is a debt missing its amount; the noun alone lists debts.
    ['bu sri ngutang', 'debt_add'], ['piutang', 'debt_query'], ['utang', 'debt_query'],
    // Reminding needs a debt or a person; "tagihan" is a bill.
    ['tolong ingetin saya', 'unknown'], ['bayar tagihan listrik 275 ribu', 'expense'],
    // Paying wages is an expense; "bayar gajian" at the end of a line is paying later.
    ['bayar gajian karyawan 2jt', 'expense'], ['pak rt ambil rokok 2 bks 50rb bayar gajian', 'sale'],
    // Delivery alone is an expense; with goods bought it is part of the purchase.
    ['ongkir kiriman barang 20rb', 'expense'], ['kulakan sabun 2 dus 180rb ongkir 20rb', 'purchase'],
    // A heading with money is a booking, not the list of entries.
    ['catatan: laku indomie 5 bks 17.500', 'sale'],
  ])('%s → %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it('keeps pack units that are units elsewhere ("ayam 2 potong") and reads "potong" before money as a discount', () => {
    expect(read('laku ayam goreng 2 potong 20rb').items).toEqual([{ product: 'ayam goreng', qty: 2, unit: 'potong', unit_price: 10000, total: 20000 }]);
    const f = read('laku rokok 2 bks 50rb potong 2rb');
    expect([f.amount, f.discount]).toEqual([48000, 2000]);
  });

  it('a reminder may name the amount to ask for', () => {
    const f = read('tagih bu sri 50rb');
    expect([f.intent, f.counterparty, f.amount]).toEqual(['debt_remind', 'bu sri', 50000]);
  });

  it('writes extension keys only when the message states them', () => {
    const f = read('laku indomie 5 bks 17.500');
    expect(Object.keys(f)).not.toContain('discount');
    expect(Object.keys(f.items[0])).not.toContain('pack_size');
  });

  it('an undo with money names the entry and books nothing new', () => {
    const f = read('batal yg 50rb tadi, gg sama diskon');
    expect([f.intent, f.amount, f.discount ?? null, f.items.map((i) => i.product)]).toEqual(['undo', 50000, null, ['gg']]);
  });
});

// Found trying a Javanese day by hand: "sak" before a unit is "per", "kari piro" is "how many left".
describe('Javanese per-unit and "how many left"', () => {
  it('reads "regane 26500 sak kilone" as the price per kilo of a purchase', () => {
    const f = read('kulakan telur 5 kg regane 26500 sak kilone');
    expect(f.intent).toBe('purchase');
    expect(f.items).toEqual([{ product: 'telur', qty: 5, unit: 'kg', unit_price: 26500, total: 132500 }]);
  });
  it('reads "sak kilo" without a price before it as one kilo (sekilo), and after a price as per kilo', () => {
    expect(read('payu gula sak kilo')).toMatchObject({ intent: 'sale', items: [{ product: 'gula', qty: 1, unit: 'kg' }] });
    expect(read('payu rokok sak bungkus 28 ewu').items).toEqual([{ product: 'rokok', qty: 1, unit: 'bungkus', unit_price: 28000, total: 28000 }]);
    expect(read('kulakan endog 3 kilo 26 ewu sak kilo').items).toEqual([{ product: 'endog', qty: 3, unit: 'kg', unit_price: 26000, total: 78000 }]);
  });
  it('keeps "sak karung" a sack', () => {
    expect(read('tuku beras sak karung 300rb').items).toEqual([{ product: 'beras', qty: 1, unit: 'karung', unit_price: 300000, total: 300000 }]);
  });
  it('reads "kari piro" as a stock question about the product before it, and keeps "Indomie Kari" a flavour', () => {
    expect(read('stok indomie kari piro?')).toMatchObject({ intent: 'stock_check', items: [{ product: 'indomie' }] });
    expect(read('laku indomie kari 2 bks')).toMatchObject({ intent: 'sale', items: [{ product: 'indomie kari', qty: 2 }] });
  });
});
