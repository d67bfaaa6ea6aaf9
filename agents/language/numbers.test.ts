import { describe, expect, it } from 'vitest';
import { normalizeText, tokenize } from './normalize.ts';
import { readNumber } from './numbers.ts';

const read = (s: string) => readNumber(tokenize(normalizeText(s)), 0);

describe('readNumber: quantities', () => {
  it.each([
    ['5', 5], ['lima', 5], ['dua', 2], ['satu setengah', 1.5], ['setengah', 0.5], ['seperempat', 0.25],
    ['1/2', 0.5], ['3/4', 0.75], ['2 1/2', 2.5], ['1 3/4', 1.75], ['1,5', 1.5], ['2.5', 2.5], ['sepuluh', 10], ['sapuluh', 10], ['sebelas', 11],
    ['dua belas', 12], ['rolas', 12], ['dua puluh', 20], ['dua puluh lima', 25], ['selawe', 25], ['seket', 50],
    ['siji', 1], ['hiji', 1], ['loro', 2], ['telu', 3], ['tilu', 3], ['papat', 4], ['opat', 4], ['limo', 5],
    ['nem', 6], ['genep', 6], ['pitu', 7], ['wolu', 8], ['dalapan', 8], ['songo', 9], ['salapan', 9],
    ['seratus', 100], ['satus', 100], ['telu likur', 23], ['dua setengah', 2.5],
  ])('%s → %s', (s, want) => {
    const n = read(s);
    expect(n?.value).toBe(want);
    expect(n?.money).toBe(false);
  });
});

describe('readNumber: form', () => {
  it('marks bare digits', () => {
    expect(read('17500')).toMatchObject({ value: 17_500, bare: true, money: false });
  });
  it('marks grouped digits', () => {
    expect(read('17.500')).toMatchObject({ value: 17_500, grouped: true, bare: false });
  });
  it('marks word numbers', () => {
    expect(read('dua puluh')).toMatchObject({ words: true, bare: false });
  });
  it('stops before a second number in a row', () => {
    expect(read('lima tiga')).toMatchObject({ value: 5, end: 1 });
  });
  it('stops before a unit', () => {
    expect(read('dua kilo dua puluh ribu')).toMatchObject({ value: 2, end: 1 });
  });
  it('keeps a count after thousands apart ("goceng dua bungkus")', () => {
    expect(read('5 ribu dua bungkus')).toMatchObject({ value: 5000, end: 2 });
  });
  it('does not take a tail that is a quantity ("2jt 3 kg")', () => {
    expect(read('2jt 3 kg')).toMatchObject({ value: 2_000_000, end: 2 });
  });
  it('returns null on words', () => {
    expect(read('indomie')).toBeNull();
  });
});
