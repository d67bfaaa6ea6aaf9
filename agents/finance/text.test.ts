import { expect, test } from 'vitest';
import { bookingText, capitalize, debtBalanceText, lineText } from './text.ts';

test.each([
  [{ description: 'Indomie Goreng', qty: 5, unit: 'bks', unitPrice: 3500, total: 17500 }, 'Indomie Goreng 5 bks × Rp3.500 = Rp17.500'],
  [{ description: 'Telur Ayam', qty: 0.5, unit: 'kg', unitPrice: 30000, total: 15000 }, 'Telur Ayam 0,5 kg × Rp30.000 = Rp15.000'],
  // A total that is not qty × price (a discount): no "×", the total is what counts.
  [{ description: 'Kopi', qty: 3, unit: 'sachet', unitPrice: 1667, total: 5000 }, 'Kopi 3 sachet = Rp5.000'],
  [{ description: 'Listrik', qty: 1, unit: null, unitPrice: 150000, total: 150000 }, 'Listrik Rp150.000'],
  [{ description: 'Gas', qty: 2, unit: null, unitPrice: 22000, total: 44000 }, 'Gas 2 × Rp22.000 = Rp44.000'],
  // Said in another unit: both counts, unless they are the same number.
  [{ description: 'Rokok Surya', qty: 10, unit: 'bks', unitPrice: 23000, total: 230000, said: { qty: 1, unit: 'slop' } }, 'Rokok Surya 1 slop (10 bks) × Rp230.000 = Rp230.000'],
  [{ description: 'Minyak Goreng', qty: 2, unit: 'pcs', unitPrice: 21000, total: 42000, said: { qty: 2, unit: 'liter' } }, 'Minyak Goreng 2 liter (2 pcs) × Rp21.000 = Rp42.000'],
  [{ description: 'Minyak Goreng Sania 1 L', qty: 2, unit: 'pcs', unitPrice: 21000, total: 42000, said: { qty: 2, unit: 'liter' } }, 'Minyak Goreng Sania 1 L 2 pcs × Rp21.000 = Rp42.000'],
  // The size said is the name's own: one cylinder, said once (Krama try: "Gas Elpiji 3 kg 3 kg (1 tabung)").
  [{ description: 'Gas Elpiji 3 kg', qty: 1, unit: 'tabung', unitPrice: 23000, total: 23000, said: { qty: 3, unit: 'kg' } }, 'Gas Elpiji 3 kg 1 tabung × Rp23.000 = Rp23.000'],
  [{ description: 'Gas Elpiji 3 kg', qty: 2, unit: 'tabung', unitPrice: 23000, total: 46000, said: { qty: 6, unit: 'kg' } }, 'Gas Elpiji 3 kg 6 kg (2 tabung) × Rp23.000/tabung = Rp46.000'],
  // Cigarettes by the stick are priced per stick.
  [{ description: 'Rokok Surya 12', qty: 0.25, unit: 'bks', unitPrice: 30000, total: 7500, said: { qty: 3, unit: 'batang' } }, 'Rokok Surya 12 3 batang (0,25 bks) × Rp2.500 = Rp7.500'],
  // A measure of goods kept by the pack: the kilo's price, not the karung's (new-warung try: "× Rp700.000/karung").
  [{ description: 'Beras', qty: 0.06, unit: 'karung', unitPrice: 700000, total: 42000, said: { qty: 3, unit: 'kg' } }, 'Beras 3 kg (0,06 karung) × Rp14.000/kg = Rp42.000'],
  [{ description: 'Beras', qty: 0.01, unit: 'karung', unitPrice: 700000, total: 7000, said: { qty: 5, unit: 'ons' } }, 'Beras 5 ons (0,01 karung) × Rp14.000/kg = Rp7.000'],
])('lineText %#', (line, text) => expect(lineText(line)).toBe(text));

test('capitalize keeps the rest of the word', () => {
  expect(capitalize('bu sri')).toBe('Bu Sri');
  expect(capitalize('ud sinar JAYA')).toBe('UD Sinar JAYA');
  expect(capitalize('iuran rt 05')).toBe('Iuran RT 05');
  expect(capitalize('pak rtono')).toBe('Pak Rtono');
});

test('a booking with a date and extra lines', () => {
  expect(bookingText({
    kind: 'sale', note: 'bon Bu Sri', dateText: '20 Nov 2026', total: 7000,
    lines: [{ description: 'Aqua', qty: 2, unit: 'btl', unitPrice: 3500, total: 7000 }],
    stock: [{ name: 'Aqua', unit: 'btl', level: 10 }], extra: ['Total utang Bu Sri sekarang Rp7.000.'],
  })).toBe('Siap Kak, tercatat ✅ Penjualan (bon Bu Sri) tgl 20 Nov 2026: Aqua 2 btl × Rp3.500 = Rp7.000. Stok sisa 10 btl. Total utang Bu Sri sekarang Rp7.000.');
});

test.each([
  ['receivable', 0, 'Utang Bu Sri sudah lunas 🎉'],
  ['payable', 0, 'Utang ke Bu Sri sudah lunas 🎉'],
  ['receivable', 5000, 'Total utang Bu Sri sekarang Rp5.000.'],
  ['payable', 5000, 'Total utang ke Bu Sri sekarang Rp5.000.'],
] as const)('debt balance %s %d', (dir, n, text) => expect(debtBalanceText('Bu Sri', dir, n)).toBe(text));
