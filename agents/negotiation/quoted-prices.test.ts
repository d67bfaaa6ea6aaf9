import { describe, expect, it } from 'vitest';
import { quotedPrices } from './quoted-prices.ts';

describe('quotedPrices', () => {
  it('reads each commodity with its price per unit', () => {
    expect(quotedPrices('Pak, harga hari ini telur 26rb/kg, beras medium 13.500 per kg, minyak 17rb/liter')).toEqual([
      { commodity: 'telur', price: 26_000, unit: 'kg' },
      { commodity: 'beras medium', price: 13_500, unit: 'kg' },
      { commodity: 'minyak', price: 17_000, unit: 'liter' },
    ]);
  });
  it('skips words around the price that are not the goods', () => {
    expect(quotedPrices('pak, telur naik jadi 29rb/kg mulai besok')).toEqual([{ commodity: 'telur', price: 29_000, unit: 'kg' }]);
  });
  it('ignores amounts with no unit (totals, phone numbers)', () => {
    expect(quotedPrices('total 260rb, wa 0812345678')).toEqual([]);
  });
});
