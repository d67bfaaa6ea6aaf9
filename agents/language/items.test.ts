import { describe, expect, it } from 'vitest';
import { readItems, type Mode } from './items.ts';
import { normalizeText, tokenize } from './normalize.ts';
import { toPieces } from './pieces.ts';

// readItems on its own: lines of goods without verbs, names or dates.
const read = (s: string, mode: Mode = 'trade') => readItems(toPieces(tokenize(normalizeText(s))), mode);
const lines = (s: string, mode: Mode = 'trade') =>
  read(s, mode).drafts.map((d) => [d.name.join(' '), d.qty, d.unit, d.unitPrice, d.total].map((v) => v ?? '-').join('|')).join('; ');

describe('readItems', () => {
  it.each([
    ['indomie 5 bks 17.500', 'indomie|5|bungkus|-|17500'],
    ['indomie 5 bks @3500', 'indomie|5|bungkus|3500|-'],
    ['kopi 3 gelas 4rb/gelas', 'kopi|3|gelas|4000|-'],
    ['kopi 3 gelas 4rb per gelas', 'kopi|3|gelas|4000|-'],
    ['roti 2 seceng satunya', 'roti|2|-|1000|-'],
    ['gula 2 kg sekilo 18rb', 'gula|2|kg|18000|-'],
    ['gula sekilo 18rb', 'gula|1|kg|-|18000'],
    ['5 bks indomie 17rb', 'indomie|5|bungkus|-|17000'],
    ['17500 indomie 5', 'indomie|5|-|-|17500'],
    ['telur 1/2 kg 14rb', 'telur|0.5|kg|-|14000'],
    ['beras setengah karung', 'beras|0.5|karung|-|-'],
    ['aqua 600ml 3 dus', 'aqua 600ml|3|dus|-|-'],
    ['le minerale 600ml 2 btl 7rb', 'le minerale 600ml|2|botol|-|7000'],
    ['telur 5kg 140rban', 'telur|5|kg|-|140000'],
    ['rokok surya 16 2 bks', 'rokok surya 16|2|bungkus|-|-'],
    ['tahu 50 biji tempe 10 papan', 'tahu|50|pcs|-|-; tempe|10|papan|-|-'],
    ['cabe 1 kg 55rb bawang 2 kg 70rb', 'cabe|1|kg|-|55000; bawang|2|kg|-|70000'],
    ['kopi 2, teh 3', 'kopi|2|-|-|-; teh|3|-|-|-'],
    ['es teh 7 gelas, segelas 3rb', 'es teh|7|gelas|3000|-'],
    ['beras dua kilo dua puluh delapan ribu', 'beras|2|kg|-|28000'],
    ['rokok 2 batang', 'rokok|2|batang|-|-'],
    ['gas melon 3 tabung 66.000', 'gas melon|3|tabung|-|66000'],
    ['cabe 1kg 55rb bawang 2kg 70rb', 'cabe|1|kg|-|55000; bawang|2|kg|-|70000'],
  ])('%s → %s', (text, want) => {
    expect(lines(text)).toBe(want);
  });

  it('keeps a marked total of several lines apart', () => {
    const r = read('indomie 3, aqua 2 botol total 12rb');
    expect(r.grand).toBe(12_000);
    expect(r.drafts.every((d) => d.total === null)).toBe(true);
  });

  it('reads a price as the unit price when setting prices', () => {
    expect(lines('gula 19rb/kg', 'price')).toBe('gula|-|kg|19000|-');
    expect(lines('aqua 600ml 4rb', 'price')).toBe('aqua 600ml|-|-|4000|-');
  });

  it('reads a ceiling when negotiating', () => {
    expect(read('telur 10 kg 27rb/kg', 'negotiate').ceiling).toEqual({ value: 27_000, perUnit: true, totalMarked: false });
    expect(read('telur 10 kg semua 270rb', 'negotiate').ceiling).toMatchObject({ value: 270_000, perUnit: false, totalMarked: true });
  });

  it('collects every amount of money in order', () => {
    expect(read('gula 1 kg 18rb, kopi 2 saset 3rb').monies).toEqual([18_000, 3000]);
  });
});
