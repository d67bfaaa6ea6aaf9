import { describe, expect, it } from 'vitest';
import { canonicalUnit, defaultPackSize, measureFactor, pricePerBase, readSize, toBase, type PackUnit } from './units.ts';

const product = (unit: string, packs: PackUnit[] = []) => ({ unit, packs });

describe('units', () => {
  it.each([['bks', 'bungkus'], ['Sachet', 'bungkus'], ['kilo', 'kg'], ['sak', 'karung'], ['karton', 'dus'], ['butir', 'pcs'], ['bal', 'bal']])(
    'canonicalUnit(%s) → %s', (u, want) => expect(canonicalUnit(u)).toBe(want));

  it.each([['gram', 'kg', 0.001], ['ons', 'kg', 0.1], ['kg', 'gram', 1000], ['ml', 'liter', 0.001], ['kg', 'liter', null], ['dus', 'btl', null]] as const)(
    'measureFactor(%s → %s) = %s', (a, b, want) => expect(measureFactor(a, b)).toBe(want));

  it.each([['lusin', 'pcs', 12], ['kodi', 'btl', 20], ['slop', 'bks', 10], ['slop', 'kg', null], ['rak', 'butir', 30], ['rak', 'kg', null], ['rim', 'lembar', 500], ['dus', 'btl', null]] as const)(
    'defaultPackSize(%s of %s) = %s', (u, base, want) => expect(defaultPackSize(u, base)).toBe(want));

  it('said in the base unit or as a piece of a piece', () => {
    expect(toBase({ qty: 3, unit: null }, product('bks'))).toEqual({ kind: 'base', qty: 3 });
    expect(toBase({ qty: 3, unit: 'bungkus' }, product('bks'))).toEqual({ kind: 'base', qty: 3 });
    expect(toBase({ qty: 2, unit: 'pcs' }, product('btl'))).toEqual({ kind: 'base', qty: 2 });
    // Helpers' tries: "korek 1 pak" of lighters sold 50 a pak was one lighter; "1 pak isi 6 pcs" of soap was one piece.
    expect(toBase({ qty: 1, unit: 'pak' }, product('pcs', [{ name: 'pak', size: 50, sellPrice: 135000 }]))).toMatchObject({ kind: 'pack', qty: 50, sellPrice: 135000 });
    expect(toBase({ qty: 1, unit: 'pak', size: 6, sizeUnit: 'pcs' }, product('pcs'))).toMatchObject({ kind: 'pack', qty: 6, size: 6, remember: true });
  });

  it('measures convert by definition', () => {
    expect(toBase({ qty: 250, unit: 'gram' }, product('kg'))).toEqual({ kind: 'measure', qty: 0.25, said: { qty: 250, unit: 'gram' }, size: 0.001 });
    expect(toBase({ qty: 2, unit: 'ons' }, product('kg'))).toMatchObject({ kind: 'measure', qty: 0.2 });
  });

  it('packs: the product own size first, a stated size (remembered when new), then a default, else unknown', () => {
    const aqua = product('btl', [{ name: 'dus', size: 24, sellPrice: 90000 }]);
    expect(toBase({ qty: 2, unit: 'dus' }, aqua)).toEqual({ kind: 'pack', qty: 48, said: { qty: 2, unit: 'dus' }, size: 24, sellPrice: 90000, from: 'product', remember: false });
    expect(toBase({ qty: 1, unit: 'kardus' }, aqua)).toMatchObject({ qty: 24, said: { unit: 'dus' } });
    expect(toBase({ qty: 1, unit: 'dus', size: 12 }, aqua)).toMatchObject({ kind: 'pack', qty: 12, from: 'stated', remember: true, sellPrice: null });
    expect(toBase({ qty: 1, unit: 'dus', size: 24 }, aqua)).toMatchObject({ from: 'stated', remember: false, sellPrice: 90000 });
    expect(toBase({ qty: 1, unit: 'karung', size: 50, sizeUnit: 'kg' }, product('kg'))).toMatchObject({ kind: 'pack', qty: 50, size: 50, remember: true });
    expect(toBase({ qty: 2, unit: 'karung', size: 25000, sizeUnit: 'gram' }, product('kg'))).toMatchObject({ qty: 50, size: 25 });
    expect(toBase({ qty: 1, unit: 'slop' }, product('bks'))).toMatchObject({ kind: 'pack', qty: 10, from: 'default' });
    expect(toBase({ qty: 1, unit: 'dus' }, product('btl'))).toEqual({ kind: 'unknown', unit: 'dus' });
    expect(toBase({ qty: 1, unit: 'rak' }, product('kg'))).toEqual({ kind: 'unknown', unit: 'rak' });
  });

  it('a measure of a product whose name carries its size counts its pieces, whole or halves', () => {
    const tepung = { ...product('pcs'), name: 'Tepung Terigu Segitiga Biru 1 kg' };
    expect(toBase({ qty: 2, unit: 'kg' }, tepung)).toEqual({ kind: 'measure', qty: 2, said: { qty: 2, unit: 'kg' }, size: 1 });
    // Owner try: "minyakita 1/2 liter" asked how many pieces a liter is; half a pack is sold loose.
    expect(toBase({ qty: 500, unit: 'gram' }, tepung)).toMatchObject({ kind: 'measure', qty: 0.5 });
    expect(toBase({ qty: 0.5, unit: 'liter' }, { ...product('pcs'), name: 'Minyakita 1 L' })).toMatchObject({ kind: 'measure', qty: 0.5 });
    // Owner try: "laku terigu 250 gram, sekilo 12rb" asked "1 gram … isinya berapa pcs" (then booked Rp3.000.000).
    expect(toBase({ qty: 250, unit: 'gram' }, tepung)).toMatchObject({ kind: 'measure', qty: 0.25 });
    expect(toBase({ qty: 100, unit: 'gram' }, tepung)).toEqual({ kind: 'unknown', unit: 'gram' });
    const minyak = { ...product('btl'), name: 'Minyak Bimoli 2 liter' };
    expect(toBase({ qty: 4, unit: 'liter' }, minyak)).toMatchObject({ kind: 'measure', qty: 2 });
    expect(toBase({ qty: 1, unit: 'kg' }, minyak)).toEqual({ kind: 'unknown', unit: 'kg' });
    expect(toBase({ qty: 1.2, unit: 'liter' }, { ...product('btl'), name: 'Aqua 600 ml' })).toMatchObject({ kind: 'measure', qty: 2 });
  });

  it('a price said with a smaller measure is per the base unit when that fits the catalogue', () => {
    expect(pricePerBase(18000, 0.001, 'gram', 18500)).toBe(true);
    expect(pricePerBase(20, 0.001, 'gram', 18500)).toBe(false);
    expect(pricePerBase(2000, 0.1, 'ons', 18500)).toBe(false);
    expect(pricePerBase(18000, 0.1, 'ons', 18500)).toBe(true);
    expect(pricePerBase(18000, 0.001, 'gram', null)).toBe(true);
    expect(pricePerBase(2000, 0.1, 'ons', null)).toBe(false);
  });

  it('a price said with packs is per piece only when that fits the catalogue ("sabun 2 lusin @ 2.500")', () => {
    expect(pricePerBase(2500, 12, 'lusin', 3700)).toBe(true);
    expect(pricePerBase(44_000, 12, 'lusin', 3700)).toBe(false);
    expect(pricePerBase(250_000, 10, 'slop', 25_000)).toBe(false);
    expect(pricePerBase(18_000, 24, 'dus', null)).toBe(false);
  });

  it('a cigarette stick of a brand kept per pack is a part of the pack (owner try: 3 sticks were 3 packs)', () => {
    const surya = { unit: 'bks', packs: [] as PackUnit[], name: 'Rokok Surya 12' };
    expect(toBase({ qty: 3, unit: 'batang' }, surya)).toMatchObject({ kind: 'pack', qty: 0.25, size: 1 / 12, sellPrice: null, said: { qty: 3, unit: 'batang' } });
    expect(toBase({ qty: 2, unit: 'btg' }, { ...surya, name: 'Sampoerna Mild 16' })).toMatchObject({ kind: 'pack', qty: 0.125 });
    // The size and price the owner gave win over the name; a name without a count is asked.
    expect(toBase({ qty: 3, unit: 'batang' }, { ...surya, packs: [{ name: 'batang', size: 1 / 16, sellPrice: 2500 }] })).toMatchObject({ kind: 'pack', qty: 0.188, sellPrice: 2500 });
    expect(toBase({ qty: 3, unit: 'batang' }, { ...surya, name: 'Rokok Kretek' })).toEqual({ kind: 'unknown', unit: 'batang' });
    // Other pieces stay pieces; a stick of goods kept per piece is a piece.
    expect(toBase({ qty: 3, unit: 'pcs' }, surya)).toEqual({ kind: 'base', qty: 3 });
    expect(toBase({ qty: 3, unit: 'batang' }, { unit: 'pcs', packs: [], name: 'Coklat Silverqueen 12' })).toEqual({ kind: 'base', qty: 3 });
    expect(pricePerBase(2500, 1 / 12, 'batang', 29_000)).toBe(false);
  });

  it.each([['24', 24], ['isi 24 btl', 24], ['0,5', 0.5], ['1.5 kg', 1.5], ['tidak tahu', null]] as const)(
    'readSize(%s) = %s', (t, want) => expect(readSize(t)).toBe(want));
});

describe('a bare content of a pack counted in pieces', () => {
  // Owner try: "beli telur 2 rak isi 30" of eggs kept per kg booked 60 kg at Rp1.833 (the 30 are eggs, not kilos).
  it('is no measure of goods kept by weight or volume: asked, unless the pack is known', () => {
    const telur = (packs: PackUnit[] = []) => ({ unit: 'kg', packs, name: 'Telur Ayam' });
    expect(toBase({ qty: 2, unit: 'rak', size: 30 }, telur())).toEqual({ kind: 'unknown', unit: 'rak' });
    expect(toBase({ qty: 2, unit: 'rak', size: 30 }, telur([{ name: 'rak', size: 2, sellPrice: null }]))).toMatchObject({ kind: 'pack', qty: 4, from: 'product' });
    // Said with its measure it is kept; a karung's bare content of rice is kilos; eggs kept by the piece count pieces.
    expect(toBase({ qty: 2, unit: 'rak', size: 1.8, sizeUnit: 'kg' }, telur())).toMatchObject({ kind: 'pack', qty: 3.6 });
    expect(toBase({ qty: 1, unit: 'karung', size: 25 }, { unit: 'kg', packs: [] })).toMatchObject({ kind: 'pack', qty: 25 });
    expect(toBase({ qty: 2, unit: 'rak', size: 30 }, { unit: 'pcs', packs: [] })).toMatchObject({ kind: 'pack', qty: 60 });
  });
});

// Unit words come from chat: a word naming one of Object's own properties is an unknown unit, not a function.
describe('units named like Object properties', () => {
  it.each(['constructor', 'toString', '__proto__', 'valueOf'])('%s', (w) => {
    expect(canonicalUnit(w)).toBe(w.toLowerCase());
    expect(measureFactor(w, 'kg')).toBeNull();
    expect(defaultPackSize(w, 'pcs')).toBeNull();
  });
});
