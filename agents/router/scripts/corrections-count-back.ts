// Corrections of the thirty-eighth session's tries: goods of the last entry named back with a new count and a word that
// says it replaces ("kopinya jadi 2" sold one more coffee at Rp2.000; "kopinya 2 aja" asked what was meant), or one more
// on that line ("pop mie nya tambah 1" booked a stock delivery of one cup, and the sale stayed at one); "tambah gula sekilo"
// after a sale.
import { lines } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const products = [...basicProducts, ['Pop Mie Ayam', 'cup', 6000, 4800, 24, ['pop mie', 'popmie']],
  ['Gas Elpiji 3 kg', 'tabung', 22000, 19000, 10, ['gas elpiji', 'gas']],
  ['Minyak Goreng Sania 1 L', 'pcs', 21000, 19000, 24, ['sania', 'minyak sania']], ['Minyakita 1 L', 'pcs', 17500, 15500, 24, ['minyakita']]] as typeof basicProducts;
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
      // More of goods the sale has, with "lagi" and no "-nya": that line grows too.
      { say: 'tambah lagi kopi 1', reply: ['Sudah dibatalkan', 'Kopi Kapal Api 5 sachet', 'Total Rp28.000'] },
      // While "per tabung atau total?" waits, the count named back changes the message asked about ("jadi" was read as
      // "total": 2 tubes at Rp12.500 each were booked).
      { say: 'laku gas elpiji 2 tabung 25rb', reply: ['per tabung atau total'] },
      { say: 'gasnya jadi 1', reply: ['gas elpiji jadi 1 tabung', 'Gas Elpiji 3 kg 1 tabung × Rp25.000'], not: ['Rp12.500'] },
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
      { qty: 4, unit_price: 2000, total: 8000, kind: 'sale', payment: 'cash', status: 'voided' },
      { qty: 5, unit_price: 2000, total: 10000, kind: 'sale', payment: 'cash', status: 'posted' },
    ] }],
  },
  {
    // "eh salah, minyaknya minyakita bukan sania" right after a Sania sale was not understood (the Sania sale stayed).
    name: 'other goods said against the goods booked, with no count', at, tenant,
    steps: [
      { say: 'laku minyak sania 2', reply: ['Minyak Goreng Sania 1 L 2 pcs'] },
      { say: 'eh salah, minyaknya minyakita bukan sania', reply: ['Sudah dibatalkan', 'Minyakita 1 L 2 pcs × Rp17.500 = Rp35.000'] },
      { say: 'laku gula 1 kg', reply: ['Gula Pasir 1 kg'] },
      // Goods no entry of today has are said so; nothing changes.
      { say: 'eh salah, minyakita bukan telur', reply: ['tidak ketemu'], not: ['Sudah dibatalkan'] },
    ],
    rows: [{ sql: lines('Minyakita 1 L'), rows: [{ qty: 2, unit_price: 17500, total: 35000, kind: 'sale', payment: 'cash', status: 'posted' }] },
      { sql: lines('Minyak Goreng Sania 1 L'), rows: [{ qty: 2, unit_price: 21000, total: 42000, kind: 'sale', payment: 'cash', status: 'voided' }] }],
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
      // More of goods the last sale has, at the owner's price: that line grows (a try booked a kilo apart at the shelf price).
      { say: 'laku gula 1 kg 17rb', reply: ['Gula Pasir 1 kg × Rp17.000'] },
      { say: 'tambah gula sekilo', reply: ['Sudah dibatalkan', 'Gula Pasir 2 kg × Rp17.000 = Rp34.000'] },
    ],
    rows: [{ sql: lines('Gula Pasir'), rows: [
      { qty: 1, unit_price: 18000, total: 18000, kind: 'sale', payment: 'cash', status: 'posted' },
      { qty: 1, unit_price: 17000, total: 17000, kind: 'sale', payment: 'cash', status: 'voided' },
      { qty: 2, unit_price: 17000, total: 34000, kind: 'sale', payment: 'cash', status: 'posted' },
    ] }],
  },
];
