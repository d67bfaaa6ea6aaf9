// Market conversations as data (the shape of agents/router/scripts): the demo warung (Kota Bandung,
// real Bapanas data loaded) asks prices in its own words.
import type { Script } from '../router/scripts/types.ts';

export const marketScripts: Script[] = [
  {
    name: 'market: prices the day after the panel\'s last day', at: '2025-11-17T03:00:00Z', tenant: 'demo',
    steps: [
      { say: 'harga cabe rawit hari ini?', reply: ['Harga Cabai Rawit Merah — Kota Bandung', 'Resmi (Bapanas, 16 Nov 2025): Rp40.000/kg', 'turun 6% seminggu', 'harga jual Rp50.000/kg'], not: ['hari lalu'] },
      { say: 'bawang merah pasaran skrg brp', reply: ['Harga Bawang Merah', 'Rp45.000/kg, naik 6% seminggu, naik 9% sebulan'] },
      // A cashier at the counter asks the shelf price: the market view is the owner's.
      { as: 'cashier', say: 'harga telor brp', reply: ['Harga jual Telur Ayam di warung: Rp30.000/kg.'], not: ['Resmi'] },
      { say: 'kulakan telur 5 kg 130rb', reply: ['Rp130.000'] },
      { say: 'harga telor brp', reply: ['terakhir beli Rp26.000/kg (17 Nov 2025)', 'belum cukup data (perlu minimal 3 warung)'] },
    ],
  },
  {
    // Owner try: "harga sampoerna mild brp ya" only said the market price was not in the data.
    name: 'market: goods without an official price answer with the warung\'s own selling price', at: '2025-11-17T03:00:00Z', tenant: 'demo',
    steps: [
      { say: 'harga sampoerna mild brp ya', reply: ['Harga jual Sampoerna Mild 16 di warung: Rp36.000/bks.', 'belum ada di data'] },
      { say: 'harga sabun cair brp', reply: ['belum ada di data'], not: ['Harga jual'] },
      // Cashier try: the shelf price was followed by "Maaf Kak, harga pasar … belum ada di data".
      { as: 'cashier', say: 'harga sampoerna mild brp ya', reply: ['Harga jual Sampoerna Mild 16 di warung: Rp36.000/bks.'], not: ['belum ada di data', 'Maaf'] },
    ],
  },
  {
    // Owner try: "harga modal gula berapa" answered the market price, not what the sugar cost the warung.
    name: 'market: the owner asking the cost gets the average cost and the margin; a cashier the selling price', at: '2025-11-17T03:00:00Z', tenant: 'demo',
    steps: [
      { say: 'harga modal gula berapa', reply: ['Modal Gula Pasir', '/kg (rata-rata dari kulakan)', 'Harga jual Rp18.500/kg, untung'], not: ['Resmi'] },
      { as: 'cashier', say: 'harga modal gula berapa', reply: ['Harga jual Gula Pasir di warung: Rp18.500/kg.'], not: ['Modal Gula Pasir', 'untung'] },
      // Owner try: "margin ... berapa" and "untung ... berapa sebungkus" were not understood.
      { say: 'mau tanya, margin gula berapa', reply: ['Modal Gula Pasir', 'Harga jual Rp18.500/kg, untung'] },
      { say: 'untung gula berapa sekilo', reply: ['Modal Gula Pasir', 'untung'] },
      // Owner try: "untung indomie sebungkus berapa" (three Indomie) got selling prices and "no market data".
      { say: 'untung indomie sebungkus berapa', reply: ['Modal dan untung per barang:', '• Indomie Goreng: modal Rp', ', jual Rp3.500, untung Rp'], not: ['harga pasar'] },
    ],
  },
  {
    name: 'market: old data says how old it is', at: '2025-12-01T03:00:00Z', tenant: 'demo',
    steps: [{ say: 'harga cabe rawit hari ini?', reply: ['Rp40.000/kg', 'Data resmi terbaru sudah 15 hari lalu'] }],
  },
];
