// The guard on an LLM's promo text: good rewordings pass; invented, changed or moved prices, discounts,
// dates and bundles fall back to the template. A fake writer stands in for the model.
import { describe, expect, it } from 'vitest';
import { acceptPromoText, numbersIn } from './promo-guard.ts';
import { promoText, writePromo, type PromoData } from './promo.ts';

const data: PromoData = {
  warung: 'Warung Bu Sri',
  bestSellers: [{ name: 'Indomie Goreng', unit: 'bks', price: 3500 }, { name: 'Aqua 600 ml', unit: 'btl', price: 4000 }],
  overstocked: [{ name: 'Minyak Goreng Sania 2 L', unit: 'pcs', price: 41000 }],
  cheaper: [{ name: 'Cabai Rawit Merah', unit: 'kg', price: 50000, drop: 11 }],
};
const draft = promoText(data)!;
const good = [
  `🔥 *Promo Warung Bu Sri!* 🔥\nIndomie Goreng cuma Rp3.500/bks, Aqua 600 ml Rp4.000 aja!\nMinyak Goreng Sania 2 L stok banyak: Rp41.000.\nCabai Rawit Merah lagi murah, Rp50.000/kg (pasar turun 11 %). Yuk mampir! 🙏`,
  'Mampir ke Warung Bu Sri ya! Indomie Goreng 3,5rb aja 😍 Cabai Rawit Merah 50rb/kg.',
  'Yuk belanja di Warung Bu Sri, barang lengkap dan harga bersahabat! 🛒', // no number at all
];

describe('numbersIn', () => {
  it('reads rupiah as people write them', () => {
    expect(numbersIn('Rp3.500, Rp 41.000, 3,5rb, 41 ribu, 50k, 1,2jt, turun 11 %, 4000').map((n) => [n.value, n.percent])).toEqual([
      [3500, false], [41000, false], [3500, false], [41000, false], [50000, false], [1_200_000, false], [11, true], [4000, false],
    ]);
  });
});

describe('acceptPromoText', () => {
  it.each(good)('accepts a rewording that keeps the database\'s prices: %s', (text) => {
    expect(acceptPromoText(text, data, draft)).toBe(text);
  });

  const bad: [string, string][] = [
    ['an invented price', 'Indomie Goreng Rp3.500, Telur Rp28.000/kg!'],
    ['a changed price', 'Indomie Goreng cuma Rp3.000/bks!'],
    ['a price moved to another product', 'Indomie Goreng Rp4.000, Aqua 600 ml Rp3.500'],
    ['a discount', 'Diskon 10 % untuk Indomie Goreng Rp3.500!'],
    ['a made-up drop', 'Cabai Rawit Merah turun 20 %! Rp50.000/kg'],
    ['a bundle', 'Beli 2 Indomie Goreng gratis 1!'],
    ['a date', 'Promo sampai 30 Nov: Indomie Goreng Rp3.500'],
    ['a price in thousands changed', 'Minyak Goreng Sania 2 L cuma 40rb'],
    ['an empty answer', '   '],
    ['a rambling answer', `Indomie Goreng Rp3.500 ${'ayo '.repeat(400)}`],
  ];
  it.each(bad)('rejects %s', (_what, text) => {
    expect(acceptPromoText(text, data, draft)).toBeNull();
  });
});

describe('writePromo', () => {
  it('uses the writer\'s text when the guard accepts it, the template otherwise or when it fails', async () => {
    const prompts: string[] = [];
    const writer = (answer: string) => async (prompt: string) => { prompts.push(prompt); return answer; };
    expect(await writePromo(data, null)).toBe(draft);
    expect(await writePromo(data, writer(good[1]!))).toBe(good[1]);
    expect(prompts[0]).toContain('"Warung Bu Sri"');
    expect(prompts[0]).toContain('• Indomie Goreng — Rp3.500/bks');
    expect(await writePromo(data, writer('Indomie Goreng Rp2.900!'))).toBe(draft);
    expect(await writePromo(data, async () => { throw new Error('model down'); })).toBe(draft);
    expect(await writePromo({ ...data, bestSellers: [], overstocked: [], cheaper: [] }, writer(good[0]!))).toBeNull();
  });
});
