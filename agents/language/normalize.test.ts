import { describe, expect, it } from 'vitest';
import { MAX_CHARS, normalizeText, tokenize } from './normalize.ts';

describe('normalizeText', () => {
  it.each([
    ['Laku Indomie 5 BKS', 'laku indomie 5 bks'],
    ['oke makasih bot 👍', 'oke makasih bot'],
    ['pagi min 🙏🙏', 'pagi min'],
    ['  spasi   banyak  ', 'spasi banyak'],
    ['makasihhhh', 'makasih'],
    ['Rp15.000,-', 'rp15.000,-'],
    ['jum\'at kemarin', 'jumat kemarin'],
    ['ｌａｋｕ　５', 'laku 5'],
    ['harga*spesial* #promo', 'harga spesial promo'],
    ['<b>laku</b>', 'b laku /b'],
    ['', ''],
  ])('%j → %j', (text, want) => {
    expect(normalizeText(text)).toBe(want);
  });

  it('cuts very long input', () => {
    expect(normalizeText('a'.repeat(MAX_CHARS * 3)).length).toBeLessThanOrEqual(MAX_CHARS);
  });

  it('returns an empty string for non-strings', () => {
    expect(normalizeText(undefined as unknown as string)).toBe('');
  });
});

describe('tokenize', () => {
  const words = (s: string) => tokenize(normalizeText(s)).map((t) => t.t);
  it.each([
    ['5bks', ['5', 'bks']],
    ['rp15.000,-', ['rp', '15.000', ',', '-']],
    ['@4rb', ['@', '4', 'rb']],
    ['29rb/kg', ['29', 'rb', '/', 'kg']],
    ['1,5jt', ['1,5', 'jt']],
    ['aqua 600ml 3 dus', ['aqua', '600', 'ml', '3', 'dus']],
    ['gula 10 kg, terigu', ['gula', '10', 'kg', ',', 'terigu']],
    ['3, 10.500 qris', ['3', ',', '10.500', 'qris']],
    ['1/2 kg', ['1', '/', '2', 'kg']],
    ['140rban', ['140', 'rban']],
  ])('%s', (text, want) => {
    expect(words(text)).toEqual(want);
  });

  it('marks tokens glued to the one before', () => {
    const t = tokenize('aqua 600ml');
    expect(t.map((x) => x.glued)).toEqual([false, false, true]);
  });
});
