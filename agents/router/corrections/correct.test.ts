import { describe, expect, it } from 'vitest';
import { emptyFrame } from '../../llm/fake-llm.ts';
import { readCorrection } from './read.ts';
import { applyCorrection } from './correct.ts';
import { readPart, readPriceFollowUp } from './said-numbers.ts';
import type { ResolvedFrame, ResolvedItem } from '../types.ts';

const booked = (intent: ResolvedFrame['intent'], items: ResolvedItem[], amount: number | null = null): ResolvedFrame =>
  ({ ...emptyFrame, intent, items, amount, contactId: 'c1' });
const fix = (f: ResolvedFrame, text: string) => applyCorrection(f, readCorrection(text)!);

// "kulakan aqua 2 dus 140rb" with a dus of 24
const aqua: ResolvedItem = { productId: 'a', name: 'Aqua 600 ml', qty: 48, unit: 'btl', unitPrice: 2917, total: 140000, said: { qty: 2, unit: 'dus', size: 24 }, stated: { unitPrice: null, total: 140000 } };
// "jual gudang garam 1 slop 230rb"
const gg: ResolvedItem = { productId: 'g', name: 'Gudang Garam Filter 12', qty: 10, unit: 'bks', unitPrice: 23000, total: 230000, said: { qty: 1, unit: 'slop', size: 10 }, stated: { unitPrice: null, total: 230000 } };
// "laku telur 2 kg" (catalogue price)
const telur: ResolvedItem = { productId: 't', name: 'Telur Ayam', qty: 2, unit: 'kg', unitPrice: 30000, total: 60000, said: null, stated: null };
// "jual kopi 3 @2rb"
const kopi: ResolvedItem = { productId: 'k', name: 'Kopi', qty: 3, unit: 'sachet', unitPrice: 2000, total: 6000, said: null, stated: { unitPrice: 2000, total: null } };

describe('applyCorrection', () => {
  it('a count in the base unit after a pack: the same goods, the stated total kept (not 48 dus)', () => {
    expect(fix(booked('purchase', [aqua], 140000), 'salah, harusnya 48 bukan 2')?.items).toEqual([
      { product: 'Aqua 600 ml', qty: 48, unit: 'btl', unit_price: null, total: 140000, pack_size: null, pack_base_unit: null },
    ]);
  });

  it('a quantity with its unit replaces the pack; the total said stays (not 10 slop)', () => {
    expect(fix(booked('sale', [gg], 230000), 'salah, harusnya 10 bks bukan 1 slop')?.items[0]).toMatchObject({ qty: 10, unit: 'bks', total: 230000, pack_size: null });
  });

  it('more packs keep the pack and its size', () => {
    expect(fix(booked('purchase', [aqua], 140000), 'salah harusnya 3 dus')?.items[0]).toMatchObject({ qty: 3, unit: 'dus', pack_size: 24, total: 140000 });
  });

  it('a catalogue price is looked up again; a stated unit price is kept', () => {
    expect(fix(booked('sale', [telur], 60000), 'salah, harusnya 3 bukan 2')?.items[0]).toMatchObject({ qty: 3, unit_price: null, total: null });
    expect(fix(booked('sale', [kopi], 6000), 'salah, harusnya 5 bukan 3')?.items[0]).toMatchObject({ qty: 5, unit_price: 2000, total: null });
  });

  // Owner try: "laku indomie goreng 10 bks 35rb", "eh salah 8 bks" booked 8 bks at Rp4.375 (the Rp35.000 kept).
  it('a count corrected: a total that was the count at the shelf price follows the count; a deal\'s total stays', () => {
    const line = (total: number): ResolvedItem => ({ productId: 'i', name: 'Indomie Goreng', qty: 10, unit: 'bks', unitPrice: total / 10, total, said: null, stated: { unitPrice: null, total } });
    const shelf = new Map([['i', 3500]]);
    const fixWith = (f: ResolvedFrame, text: string) => applyCorrection(f, readCorrection(text)!, shelf);
    expect(fixWith(booked('sale', [line(35000)], 35000), 'eh salah 8 bks')?.items[0]).toMatchObject({ qty: 8, unit_price: null, total: null });
    expect(fixWith(booked('sale', [line(30000)], 30000), 'eh salah 8 bks')?.items[0]).toMatchObject({ qty: 8, unit_price: null, total: 30000 });
    expect(fix(booked('sale', [line(35000)], 35000), 'eh salah 8 bks')?.items[0]).toMatchObject({ qty: 8, total: 35000 }); // no shelf price known
  });

  it('a price: per unit when it matches the unit price, the total when it matches the total', () => {
    expect(fix(booked('sale', [telur], 60000), 'salah harusnya 28rb bukan 30rb')?.items[0]).toMatchObject({ qty: 2, unit_price: 28000, total: null });
    expect(fix(booked('purchase', [aqua], 140000), 'salah, harusnya 150rb bukan 140rb')?.items[0]).toMatchObject({ qty: 2, unit: 'dus', unit_price: null, total: 150000 });
    expect(fix(booked('purchase', [aqua], 140000), 'salah, harusnya 150.000')?.items[0]).toMatchObject({ total: 150000 });
  });

  it('a price said per unit sets the unit price, whatever it is closer to (owner try: "kopine 4rb segelas" booked 3 for Rp4.000)', () => {
    expect(fix(booked('sale', [kopi], 6000), 'eh salah, kopine 4rb segelas')?.items[0]).toMatchObject({ qty: 3, unit_price: 4000, total: null });
    expect(fix(booked('sale', [telur], 60000), 'eh salah, endoge 28 ewu sekilo')?.items[0]).toMatchObject({ qty: 2, unit: 'kg', unit_price: 28000, total: null });
    expect(fix(booked('sale', [kopi], 6000), 'salah, harusnya @2500')?.items[0]).toMatchObject({ unit_price: 2500, total: null });
  });

  it('a debt amount', () => {
    expect(fix(booked('debt_add', [], 25000), 'salah, harusnya 30rb')?.amount).toBe(30000);
    expect(fix(booked('debt_add', [], 25000), 'salah, harusnya 30rb bukan 20rb')).toBeNull();
  });

  it('another product keeps the quantity and the money said; what does not fit is not guessed', () => {
    // Corrections try: "laku rinso 1 26rb" then "bukan rinso, sunlight" booked Sunlight's Rp6.000, not the Rp26.000 taken.
    expect(fix(booked('sale', [gg], 230000), 'eh salah, harusnya sampoerna')?.items[0]).toEqual({ product: 'sampoerna', qty: 10, unit: null, unit_price: null, total: 230000 });
    expect(fix(booked('sale', [telur], 60000), 'eh salah, harusnya beras')?.items[0]).toEqual({ product: 'beras', qty: 2, unit: null, unit_price: null, total: null });
    expect(fix(booked('sale', [kopi], 6000), 'eh salah, harusnya teh')?.items[0]).toMatchObject({ product: 'teh', qty: 3, unit_price: 2000, total: null });
    expect(fix(booked('sale', [gg], 230000), 'salah, harusnya 5 bukan 7')).toBeNull();
  });

  it('events booked before `stated` existed keep both numbers as before', () => {
    const old: ResolvedItem = { productId: 'i', name: 'Indomie Goreng', qty: 3, unit: 'bks', unitPrice: 3500, total: 10500 };
    expect(fix(booked('sale', [old], 10500), 'salah, harusnya 5 bukan 3')?.items[0]).toMatchObject({ qty: 5, unit_price: 3500, total: null });
  });
});

describe('readPart', () => {
  it.each([
    ['10 bks', { n: 10, unit: 'bks', money: false }], ['48', { n: 48, unit: null, money: false }], ['30rb', { n: 30000, unit: null, money: true }],
    ['Rp30.000', { n: 30000, unit: null, money: true }], ['30.000', { n: 30000, unit: null, money: true }], ['2500', { n: 2500, unit: null, money: true }],
    ['0,5 kg', { n: 0.5, unit: 'kg', money: false }], ['indomie soto', null],
    ['gulane 17 ewu', { n: 17000, unit: null, money: true }], ['17 ewon', { n: 17000, unit: null, money: true }],
    ['17 ewu sekilo', { n: 17000, unit: null, money: true, per: true }], ['4rb/gelas', { n: 4000, unit: null, money: true, per: true }],
    ['3500 per bks', { n: 3500, unit: null, money: true, per: true }], ['2 kilo 34rb', null], ['2 kg 28rb sekilo', null],
  ] as const)('%s', (text, want) => expect(readPart(text)).toEqual(want));

  it('"yg tadi teh pucuknya 6 aja bukan 8" (no "salah") changes the line that had 8', () => {
    const teh: ResolvedItem = { productId: 'p', name: 'Teh Pucuk Harum 350 ml', qty: 8, unit: 'btl', unitPrice: 4000, total: 32000, said: null, stated: null };
    const roti: ResolvedItem = { productId: 'r', name: 'Sari Roti Tawar', qty: 3, unit: 'bks', unitPrice: 18000, total: 54000, said: null, stated: null };
    const f = fix(booked('sale', [teh, roti], 86000), 'yg tadi teh pucuknya 6 aja bukan 8');
    expect(f?.items.map((i) => [i.product, i.qty])).toEqual([['Teh Pucuk Harum 350 ml', 6], ['Sari Roti Tawar', 3]]);
  });
});

describe('readPriceFollowUp', () => {
  const last = [{ name: 'Gula Pasir' }, { name: 'Kopi Kapal Api' }];
  it.each([
    // Of two lines the goods named say which (thirty-ninth session: "teh pucuknya 3500" after teh pucuk and energen sold one
    // more bottle).
    ['gulane 17 ewu sekilo', { to: 'gula 17 ewu sekilo', from: null }], ['kopinya 4rb', { to: 'kopi 4rb', from: null }],
    ['gulana 17500', { to: 'gula 17500', from: null }], ['kopine @2500', { to: 'kopi @2500', from: null }],
    // Not a price of the last booking's goods: another product, a quantity, two numbers, other -nya words.
    ['telurnya 28rb', null], ['gulane 3 kilo', null], ['gulane 2 kilo 34rb', null], ['kembaliannya 5rb', null], ['totalnya 50rb', null],
  ] as const)('%s', (text, want) => expect(readPriceFollowUp(text, last)).toEqual(want));
  // A count of the last booking's goods with a word that says it replaces, or one more on the line.
  const counted = [{ name: 'Gula Pasir', qty: 2, unit: 'kg' }, { name: 'Pop Mie Ayam', qty: 1 }, { name: 'Rokok Surya 12', qty: 10, said: { qty: 1, unit: 'slop' } }];
  it.each([
    ['kopinya jadi 2', null], ['gulanya jadi 3', { to: 'gula 3', from: null }], ['gulane 1 kilo wae', { to: 'gula 1 kilo', from: null }],
    ['pop mie nya tambah 1', { to: 'pop mie 2', from: null }], ['suryanya tambah 1 lagi', { to: 'surya 2 slop', from: null }],
    // No word that replaces, "lagi" without "tambah", or a unit that is not one: left to the other readers.
    ['gulanya 3 lagi', null], ['gulanya 3 orang aja', null],
    // "tambah" first: more of the line in its own unit only.
    ['tambah gula 1 kilo', { to: 'gula 3 kilo', from: null }], ['tambah pop mie 2 lagi', { to: 'pop mie 3', from: null }], ['tambah gula 1 ons', null],
  ] as const)('%s', (text, want) => expect(readPriceFollowUp(text, counted)).toEqual(want));
  // Haggling tries: right after an arrival booked, "eh telurnya cuma datang 6 kg" was stock coming in beside the purchase.
  const arrived = [{ name: 'Telur Ayam', qty: 10, unit: 'kg' }];
  it.each([
    ['eh telurnya cuma datang 6 kg', { to: 'telur 6 kg', from: null }], ['telurnya baru nyampe 6 kg', { to: 'telur 6 kg', from: null }],
    ['berasnya cuma datang 1 karung', null],
  ] as const)('%s', (text, want) => expect(readPriceFollowUp(text, arrived)).toEqual(want));
});
