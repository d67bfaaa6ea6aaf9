import { describe, expect, it } from 'vitest';
import { mayBePick, ownerSummary, readChoice, readPick, saysYes } from './summary.ts';
import { newThread } from './thread.ts';

describe('ownerSummary', () => {
  it('numbers the offers within the ceiling by landed cost, lists the rest, and promises nothing', () => {
    const s = ownerSummary({
      item: 'telur', qty: 10, unit: 'kg', ceiling: 27_000, lastPrice: 25_000, market: 26_500,
      suppliers: [
        { id: 'a', name: 'Toko Makmur', thread: { ...newThread(), status: 'agreed', agreed: 25_000, asks: [26_000, 25_000], delivery: 20_000 } },
        { id: 'b', name: 'UD Sinar Jaya', thread: { ...newThread(), status: 'final', asks: [26_500], terms: { kind: 'tempo', days: 7 }, brand: 'kampung' } },
        { id: 'c', name: 'Agen Telur', thread: { ...newThread(), status: 'walked', asks: [29_000] } },
        { id: 'd', name: 'Pak Diam', thread: { ...newThread(), status: 'silent' } },
      ],
    });
    expect(s.choices.map((c) => [c.id, c.landed])).toEqual([['b', 26_500], ['a', 27_000]]);
    expect(s.text).toContain('1. UD Sinar Jaya: Rp26.500/kg · merk Kampung · tempo 7 hari · harga terakhir');
    expect(s.text).toContain('2. Toko Makmur: Rp25.000/kg + ongkir Rp20.000 = Rp27.000/kg sampai');
    expect(s.text).toContain('• Agen Telur: bertahan Rp29.000/kg, di atas batas');
    expect(s.text).toContain('• Pak Diam: belum membalas');
    expect(s.text).toContain('Pembanding: beli terakhir Rp25.000/kg · harga pasar Rp26.500/kg.');
    expect(s.text).toContain('Balas 1–2 untuk pesan, atau "tidak"');
  });

  // Haggling try (thirtieth session): "5 dus ga bisa bu min 10 dus" was hidden, and 5 dus were ordered at the price refused.
  // Thirty-fourth: with what it costs in all (a Rp300.000 budget ordered Rp615.000).
  it('says the smallest order a supplier takes when it is more than asked, and what it costs', () => {
    const s = ownerSummary({ item: 'indomie', qty: 5, unit: 'dus', ceiling: 115_000, lastPrice: null, market: null,
      suppliers: [{ id: 'a', name: 'Toko Makmur', thread: { ...newThread(), status: 'final', asks: [112_000], minimum: 10 } }] });
    expect(s.text).toContain('1. Toko Makmur: Rp112.000/dus · minta minimal 10 dus, jadi Rp1.120.000 · harga terakhir');
  });

  // Haggling try (thirty-second session): the Rp90.000 dus of 6 liter was listed first, above the Rp170.000 dus of 12, with no
  // sizes said: the owner picked it and got half the oil, dearer by the liter.
  it('says what each pack holds and ranks packs of different sizes by the measure', () => {
    const s = ownerSummary({ item: 'minyak goreng', qty: 2, unit: 'dus', ceiling: 180_000, lastPrice: null, market: null,
      suppliers: [
        { id: 'a', name: 'UD Sinar Jaya', thread: { ...newThread(), status: 'agreed', agreed: 90_000, size: { size: 6, base: 'liter' } } },
        { id: 'b', name: 'Toko Makmur', thread: { ...newThread(), status: 'final', asks: [170_000], size: { size: 12, base: 'liter' } } },
      ] });
    expect(s.choices.map((c) => c.id)).toEqual(['b', 'a']);
    expect(s.text).toContain('1. Toko Makmur: Rp170.000/dus · isi 12 liter · harga terakhir · ≈ Rp14.167/liter');
    expect(s.text).toContain('2. UD Sinar Jaya: Rp90.000/dus · isi 6 liter · sudah setuju · ≈ Rp15.000/liter');
  });

  it('has no choice when nothing fits the ceiling', () => {
    const s = ownerSummary({ item: 'telur', qty: 10, unit: 'kg', ceiling: 27_000, lastPrice: null, market: null,
      suppliers: [{ id: 'a', name: 'X', thread: { ...newThread(), status: 'walked', asks: [30_000] } }] });
    expect(s.choices).toEqual([]);
    expect(s.text).toContain('Belum ada penawaran yang masuk batas');
  });
});

describe('readChoice', () => {
  it('reads a number in range or "tidak"', () => {
    expect(readChoice('1', 2)).toBe(1);
    expect(readChoice('pilih 2 aja', 2)).toBe(2);
    expect(readChoice('ambil yang 1', 2)).toBe(1);
    expect(readChoice('pilih no 2', 2)).toBe(2);
    expect(readChoice('3', 2)).toBeNull();
    expect(readChoice('tidak jadi', 2)).toBe('no');
    expect(readChoice('laku indomie 2', 2)).toBeNull();
  });
});

// Helpers' haggles (twenty-eighth session): each of these got "Oke, Kak 👍" and nothing was ordered.
describe('readPick', () => {
  const one = ['Toko Makmur'];
  const two = ['Toko Makmur', 'UD Sinar Jaya'];
  it.each([
    ['ya', one, 1], ['oke pesan', one, 1], ['ok deh kak pesan', one, 1], ['ya', two, null],
    ['ambil yg toko makmur', two, 1], ['ya yg sinar jaya', two, 2], ['pesan yang pertama', two, 1], ['yang kedua aja', two, 2],
    ['yang ketiga', two, null], ['ambil gula', one, null], ['laporan', one, null],
    // Forty-third session: the cheapest, listed first, named as such ("belum paham").
    ['ambil yang murah aja', two, 1], ['ambil yg paling murah', two, 1], ['termurah', two, 1], ['murah banget', two, null],
  ] as const)('%s (%j)', (text, names, want) => expect(readPick(text, names)).toBe(want));
  it('only short messages with no number and a picking word are looked at', () => {
    expect(mayBePick('ya')).toBe(true);
    expect(mayBePick('ambil yg toko makmur')).toBe(true);
    expect(mayBePick('laporan hari ini')).toBe(false);
    expect(mayBePick('ambil gula 2 kg')).toBe(false);
  });
  // A helper's "oke pesan" to a summary of two got the greeting.
  it('a yes that says not which', () => {
    expect(saysYes('oke pesan')).toBe(true);
    expect(saysYes('ya')).toBe(true);
    expect(saysYes('ambil yg toko makmur')).toBe(false);
    expect(saysYes('yang kedua')).toBe(false);
  });
});
