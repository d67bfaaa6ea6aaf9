import { describe, expect, it } from 'vitest';
import { inIndonesian } from './regional.ts';

describe('inIndonesian', () => {
  it.each([
    ['lenga goreng', 'minyak goreng'], ['endhog', 'telur'], ['beas pandan wangi', 'beras pandan wangi'], ['brambang', 'bawang merah'], ['baras', 'beras'], ['baas', 'beras'], ['talua ayam', 'telur ayam'], ['lado', 'cabai'],
    ['indomie goreng', null], ['minyak goreng', null],
  ])('%s → %s', (typed, want) => expect(inIndonesian(typed)).toBe(want));
});
