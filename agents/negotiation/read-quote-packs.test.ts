// Prices said per a pack of the haggle's goods: what a sack holds, and a bare price of a pack priced before (split from
// read-quote.test.ts).
import { describe, expect, it } from 'vitest';
import { readQuote, type ReadContext } from './read-quote.ts';

describe('readQuote: prices of a pack', () => {
  it('a price a kilo said with what the sack holds, against a limit a sack, is a kilo\'s', () => {
    // Haggling try (thirty-ninth session): asked what a karung holds, "ya 25 kg lah bu, 13.500 harga pas" was Rp13.500 a karung,
    // agreed, ordered and booked (Rp337.500 for the sack, over the Rp330.000 limit).
    const rice: ReadContext = { item: 'beras', unit: 'karung', established: false, lastOffer: null, asked: true, reference: 330_000, qty: 1 };
    expect(readQuote('ya 25 kg lah bu, 13.500 harga pas', rice)).toMatchObject({ kind: 'price', price: 337_500, final: true });
    expect(readQuote('1 karung isi 25 kg harga 13.500', { ...rice, asked: false })).toMatchObject({ kind: 'price', price: 337_500 });
    // A sack's own price stays the sack's.
    expect(readQuote('premium 25kg 320rb', { ...rice, asked: false })).toMatchObject({ kind: 'price', price: 320_000 });
  });

  it('a bare lower price of the pack priced before, haggled per kilo, is that pack\'s', () => {
    // Haggling try (fortieth session): "780 pas bu ga bisa kurang" after "sekarung 50kg 790rb" was read as a refusal, and the
    // order went out at Rp790.000; "390 deh" after "sepeti 15kg 400rb" too.
    const sugar: ReadContext = { item: 'gula', unit: 'kg', established: true, lastOffer: 15_000, asked: false, reference: 16_000, qty: 50,
      known: [{ pack: 'karung', size: 50, base: 'kg' }] };
    expect(readQuote('780 pas bu ga bisa kurang', sugar)).toMatchObject({ kind: 'price', price: 15_600, final: true });
    const eggs: ReadContext = { item: 'telur', unit: 'kg', established: true, lastOffer: 25_000, asked: false, reference: 27_000, qty: 15,
      known: [{ pack: 'peti', size: 15, base: 'kg' }] };
    expect(readQuote('390 deh, ga bisa kurang lagi', eggs)).toMatchObject({ kind: 'price', price: 26_000 });
    // Without a pack said, a bare number is still asked about.
    expect(readQuote('780 pas', { ...sugar, known: [] })).not.toMatchObject({ kind: 'price' });
  });

  it('a price about the limit a kilo with a crate named after it is still a kilo\'s', () => {
    // Haggling try (forty-first session): "ga dapet bos. 25 pas, sepeti" for eggs haggled per kilo at most Rp27.000 was read
    // as Rp25.000 a peti, Rp1.667/kg; it was agreed, ordered and booked at Rp16.670 for 10 kg.
    const eggs: ReadContext = { item: 'telur', unit: 'kg', established: true, lastOffer: 24_000, asked: false, reference: 27_000, qty: 10 };
    expect(readQuote('ga dapet bos. 25 pas, sepeti', eggs)).toMatchObject({ kind: 'price', price: 25_000, final: true });
    // A crate's own price stays the crate's.
    expect(readQuote('390rb sepeti', eggs)).toMatchObject({ kind: 'price', price: 26_000 });
  });

  it('a count said, then a new sentence about the price, is no lot of that price', () => {
    // Haggling try (forty-third session): after the order, "siap pak 3 karung ya. oh iya pak harga naik jadi 12.800" was read as
    // Rp12.800 for the three sacks (Rp171 a kilo), and the raise was only forwarded.
    const rice: ReadContext = { item: 'beras', unit: 'kg', established: true, lastOffer: null, asked: true, reference: 13_000, qty: 75,
      known: [{ pack: 'karung', size: 25, base: 'kg' }] };
    expect(readQuote('siap pak 3 karung ya. oh iya pak harga naik jadi 12.800 ya dr gudang', rice)).toMatchObject({ kind: 'price', price: 12_800 });
    // Said together, the count's money is still the lot's.
    expect(readQuote('2 karung 640rb', rice)).toMatchObject({ kind: 'price', price: 12_800 });
  });

  it('"@" after what a pack holds prices each piece; a price said to be wrong is not theirs; a fee said as "jd" is a fee', () => {
    // Haggling tries (forty-third session): "1 dus isi 6 botol @31rb" was Rp31.000 a dus, ordered and booked (Rp186.000
    // billed); "tp 26rb ya bukan 25.300" was a yes to the bot's Rp25.300; "ongkir jd 35rb" after the order was a price.
    const oil: ReadContext = { item: 'minyakita', unit: 'dus', established: false, lastOffer: null, asked: false, reference: 200_000, qty: 2 };
    expect(readQuote('1 dus isi 6 botol @31rb', oil)).toMatchObject({ kind: 'price', price: 186_000 });
    expect(readQuote('2 dus @190rb', oil)).toMatchObject({ kind: 'price', price: 190_000 });
    const eggs: ReadContext = { item: 'telur', unit: 'kg', established: true, lastOffer: 25_300, asked: true, reference: 27_000, qty: 10 };
    expect(readQuote('siap bos otw. tp 26rb ya bukan 25.300', eggs)).toMatchObject({ kind: 'price', price: 26_000 });
    const sugar: ReadContext = { item: 'gula', unit: 'kg', established: true, lastOffer: null, asked: true, reference: 17_000, qty: 20 };
    expect(readQuote('ongkir jd 35rb ya krn tambah berat', sugar)).toMatchObject({ delivery: 35_000 });
    expect(readQuote('ongkir jd 35rb ya krn tambah berat', sugar)).not.toMatchObject({ kind: 'price' });
  });
});
