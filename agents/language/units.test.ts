import { describe, expect, it } from 'vitest';
import { seUnit, unitOf } from './units.ts';

describe('unitOf', () => {
  it.each([
    ['biji', 'pcs'], ['buah', 'pcs'], ['butir', 'pcs'], ['btr', 'pcs'], ['iji', 'pcs'], ['siki', 'pcs'], ['pcs', 'pcs'],
    ['bks', 'bungkus'], ['bungkus', 'bungkus'], ['bgks', 'bungkus'], ['pack', 'bungkus'], ['pak', 'bungkus'],
    ['sachet', 'bungkus'], ['saset', 'bungkus'], ['btl', 'botol'], ['botol', 'botol'], ['gelas', 'gelas'],
    ['cup', 'gelas'], ['porsi', 'porsi'], ['piring', 'porsi'], ['kaleng', 'kaleng'], ['dus', 'dus'],
    ['kardus', 'dus'], ['karton', 'dus'], ['box', 'dus'], ['karung', 'karung'], ['sak', 'karung'],
    ['renteng', 'renteng'], ['ikat', 'ikat'], ['lusin', 'lusin'], ['kg', 'kg'], ['kilo', 'kg'], ['kilogram', 'kg'],
    ['gr', 'gram'], ['gram', 'gram'], ['ons', 'ons'], ['l', 'liter'], ['ltr', 'liter'], ['liter', 'liter'], ['ml', 'ml'],
    ['tabung', 'tabung'], ['slop', 'slop'], ['bal', 'bal'], ['rak', 'rak'], ['papan', 'papan'], ['batang', 'batang'],
    ['indomie', null], ['gula', null], ['harga', null],
  ])('%s → %s', (w, want) => {
    expect(unitOf(w)).toBe(want);
  });
});

describe('seUnit', () => {
  it.each([
    ['sekilo', 'kg'], ['sebungkus', 'bungkus'], ['segelas', 'gelas'], ['sebiji', 'pcs'], ['sebotol', 'botol'],
    ['sedus', 'dus'], ['setabung', 'tabung'], ['seliter', 'liter'], ['serenteng', 'renteng'], ['selusin', 'lusin'],
    ['sakilo', 'kg'], ['sekarung', 'karung'], ['seporsi', 'porsi'], ['seikat', 'ikat'], ['seslop', 'slop'],
    ['setengah', null], ['sebelas', null], ['sepuluh', null], ['seket', null], ['sewu', null], ['sekali', null],
    ['selawe', null], ['seceng', null], ['sembilan', null],
  ])('%s → %s', (w, want) => {
    expect(seUnit(w)).toBe(want);
  });
});
