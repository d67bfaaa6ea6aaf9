// Corrections of the thirty-eighth session's tries: goods of the last entry named back with a new count and a word that
// says it replaces ("kopinya jadi 2" sold one more coffee at Rp2.000; "kopinya 2 aja" asked what was meant), or one more
// on that line ("pop mie nya tambah 1" booked a stock delivery of one cup, and the sale stayed at one); "tambah gula sekilo"
// after a sale.
import { lines } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const products = [...basicProducts, ['Pop Mie Ayam', 'cup', 6000, 4800, 24, ['pop mie', 'popmie']]] as typeof basicProducts;
const tenant = { timezone: 'Asia/Jakarta' as const, products };
const at = '2026-11-21T05:00:00Z';

export const countBackScripts: Script[] = [
  {
    name: 'a line\'s count named back by its goods: "jadi", "aja", "cuma", "tambah 1"', at, tenant,
    steps: [
      { say: 'laku indomie goreng 2, pop mie 1, kopi 1', reply: ['Pop Mie Ayam 1 cup'] },
      { say: 'pop mie nya tambah 1', reply: ['Sudah dibatalkan', 'Pop Mie Ayam 2 cup × Rp6.000 = Rp12.000', 'Total Rp21.000'], not: ['stok masuk'] },
      { say: 'laku gula 2 kg, kopi 3', reply: ['Kopi Kapal Api 3 sachet'] },
      { say: 'kopinya jadi 2', reply: ['Sudah dibatalkan', 'Kopi Kapal Api 2 sachet', 'Total Rp40.000'], not: ['Rp2.000 = Rp2.000'] },
      { say: 'kopinya 4 aja', reply: ['Sudah dibatalkan', 'Kopi Kapal Api 4 sachet', 'Total Rp44.000'], not: ['Mau mengubah'] },
      { say: 'gulanya cuma 1 kilo', reply: ['Sudah dibatalkan', 'Gula Pasir 1 kg', 'Total Rp26.000'] },
      // More of goods with "lagi" and no "-nya" is a sale of its own, as before.
      { say: 'tambah lagi kopi 1', reply: ['Kopi Kapal Api 1 sachet'], not: ['Sudah dibatalkan'] },
    ],
    rows: [{ sql: lines('Pop Mie Ayam'), rows: [
      { qty: 1, unit_price: 6000, total: 6000, kind: 'sale', payment: 'cash', status: 'voided' },
      { qty: 2, unit_price: 6000, total: 12000, kind: 'sale', payment: 'cash', status: 'posted' },
    ] }, { sql: lines('Kopi Kapal Api'), rows: [
      { qty: 1, unit_price: 2000, total: 2000, kind: 'sale', payment: 'cash', status: 'voided' },
      { qty: 1, unit_price: 2000, total: 2000, kind: 'sale', payment: 'cash', status: 'posted' },
      { qty: 3, unit_price: 2000, total: 6000, kind: 'sale', payment: 'cash', status: 'voided' },
      { qty: 2, unit_price: 2000, total: 4000, kind: 'sale', payment: 'cash', status: 'voided' },
      { qty: 4, unit_price: 2000, total: 8000, kind: 'sale', payment: 'cash', status: 'voided' },
      { qty: 4, unit_price: 2000, total: 8000, kind: 'sale', payment: 'cash', status: 'posted' },
      { qty: 1, unit_price: 2000, total: 2000, kind: 'sale', payment: 'cash', status: 'posted' },
    ] }],
  },
  {
    // "tambah gula sekilo" right after a sale booked a stock delivery of a kilo (corrections try); after a sale on a tab it is
    // asked like "sama …"; with "stok" it stays a delivery.
    name: '"tambah" and goods right after a sale are more goods for it, not a stock delivery', at, tenant,
    steps: [
      { say: 'laku kopi 2', reply: ['Kopi Kapal Api 2 sachet'] },
      { say: 'tambah gula sekilo', reply: ['Penjualan Gula Pasir 1 kg'], not: ['stok masuk'] },
      { say: 'bu yati ngutang telur 1 kg', reply: ['(bon Bu Yati) Telur Ayam 1 kg'] },
      { say: 'tambah gula 1 kg', reply: ['Dicatat sebagai penjualan gula 1 kg'], not: ['stok masuk', 'tercatat ✅'] },
      { say: 'tidak', reply: ['tidak jadi dicatat'] },
      { say: 'stok gula tambah 5 kg', reply: ['stok masuk', 'Gula Pasir +5 kg'] },
    ],
    rows: [{ sql: lines('Gula Pasir'), rows: [{ qty: 1, unit_price: 18000, total: 18000, kind: 'sale', payment: 'cash', status: 'posted' }] }],
  },
];
