// The thirty-ninth session's tries: a customer who owes, named first with no title, paying by transfer ("kevin tf 50rb" was
// a sale of a new product "Kevin"); corrections: a bill named back with "its" after another entry ("eh bensinnya 30rb" after
// a sale offered a new product "bensinnya" at Rp30.000; "eh yang bensin tadi 30rb" was not understood), "salah orang" before
// the wrong name ("eh salah orang, bukan bu yati tapi bu tini" was not understood) and a key pressed by mistake ("salah
// pencet, hapus aja" looked for an entry of "pencet"), and goods named with "its" on a sale of two ("salah, kopinya indomie
// soto" was not understood; "salah, indomie soto bukan kopi" asked which "soto": the "-e" of "indomie" was read as "its"),
// a line's price by goods of two words ("teh pucuknya 3500" sold one more bottle), more of a sale with the buyer named or
// "kelewat" first (both a stock delivery), goods given back ("ga jadi, rokok surya 16 tadi dibalikin" re-booked the last sale
// as 16 packs), and the person of a payment asked about ("eh salah, bu ani yang bayar, 20rb" moved the debt booked before).
import { debts, level, lines, moneyTx, product } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const tenant = { timezone: 'Asia/Jakarta' as const, products: basicProducts };
const at = '2026-11-21T05:00:00Z';

export const roundThreeScripts: Script[] = [
  {
    name: 'a bill named back after another entry', at, tenant,
    steps: [
      { say: 'bensin 25rb', reply: ['Bensin Rp25.000'] },
      { say: 'laku aqua 1', reply: ['Aqua 600 ml 1 btl'] },
      { say: 'eh bensinnya 30rb', reply: ['Sudah dibatalkan', 'Bensin Rp30.000'], not: ['Produk baru'] },
      { say: 'bayar listrik 100rb', reply: ['Rp100.000'] },
      { say: 'laku kopi 2', reply: ['Kopi Kapal Api 2 sachet'] },
      { say: 'eh yang listrik tadi 120rb', reply: ['Sudah dibatalkan', 'Rp120.000'] },
    ],
    rows: [{ sql: moneyTx('expense'), rows: [
      { total: 25000, category: 'transport', status: 'voided', payment: 'cash' },
      { total: 30000, category: 'transport', status: 'posted', payment: 'cash' },
      { total: 100000, category: 'listrik', status: 'voided', payment: 'cash' },
      { total: 120000, category: 'listrik', status: 'posted', payment: 'cash' },
    ] }],
  },
  {
    name: '"salah orang" before the wrong name, and a key pressed by mistake', at, tenant,
    steps: [
      { say: 'bu yati ngutang 20rb', reply: ['Utang Bu Yati Rp20.000'] },
      { say: 'eh salah orang, bukan bu yati tapi bu tini', reply: ['Sudah dibatalkan', 'Utang Bu Tini Rp20.000'] },
      { say: 'laku aqua 2', reply: ['Aqua 600 ml 2 btl'] },
      { say: 'salah pencet, hapus aja', reply: ['Batalkan catatan ini', 'Aqua 600 ml 2 btl'], not: ['tidak ketemu'] },
      { say: 'ya', reply: ['Sudah dibatalkan'] },
      { say: 'laku aqua 1', reply: ['Aqua 600 ml 1 btl'] },
      { say: 'kepencet', reply: ['Batalkan catatan ini', 'Aqua 600 ml 1 btl'] },
      { say: 'ga', reply: [] },
    ],
    rows: [
      { sql: debts, rows: [{ name: 'Bu Yati', kind: 'customer', direction: 'receivable', amount: 20000, paid: 0, status: 'void' },
        { name: 'Bu Tini', kind: 'customer', direction: 'receivable', amount: 20000, paid: 0, status: 'open' }] },
      { sql: lines('Aqua 600 ml'), rows: [{ qty: 2, unit_price: 4000, total: 8000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 1, unit_price: 4000, total: 4000, kind: 'sale', payment: 'cash', status: 'posted' }] },
    ],
  },
  {
    name: 'one line of a sale of two swapped for other goods', at, tenant,
    steps: [
      { say: 'laku indomie goreng 3, kopi 2', reply: ['Total Rp14.500'] },
      { say: 'salah, kopinya indomie soto', reply: ['Sudah dibatalkan', 'Indomie Goreng 3 bks', 'Indomie Soto 2 bks', 'Total Rp17.500'] },
      { say: 'laku aqua 1', reply: ['Aqua 600 ml 1 btl'] },
      { say: 'laku kopi 1', reply: ['Kopi Kapal Api 1 sachet'] },
      { say: 'salah, indomie soto bukan kopi', reply: ['Sudah dibatalkan', 'Indomie Soto 1 bks'], not: ['yang mana'] },
    ],
    rows: [{ sql: lines('Indomie Soto'), rows: [{ qty: 2, unit_price: 3500, total: 7000, kind: 'sale', payment: 'cash', status: 'posted' },
      { qty: 1, unit_price: 3500, total: 3500, kind: 'sale', payment: 'cash', status: 'posted' }] },
    { sql: lines('Kopi Kapal Api'), rows: [{ qty: 2, unit_price: 2000, total: 4000, kind: 'sale', payment: 'cash', status: 'voided' },
      { qty: 1, unit_price: 2000, total: 2000, kind: 'sale', payment: 'cash', status: 'voided' }] }],
  },
  {
    name: 'a customer who owes, named first with no title, pays by transfer', at,
    tenant: { ...tenant, products: [...basicProducts, ['Rinso Anti Noda 770 g', 'pcs', 24000, 21000, 10, ['rinso']]] as typeof basicProducts },
    steps: [
      { say: 'kevin ngutang 76rb', reply: ['Utang Kevin Rp76.000'] },
      { say: 'kevin tf 50rb', reply: ['Kevin bayar utang Rp50.000', 'Sisa utang Kevin Rp26.000'], not: ['Produk baru'] },
      { say: 'kevin transfer 10rb buat bayar utang', reply: ['Kevin bayar utang Rp10.000'], not: ['Atas nama siapa'] },
      // Regional titles, and a name that starts a product's ("ani tf 30rb" sold a Rinso Anti Noda at once).
      { say: 'ito rosma ngutang 140rb', reply: ['Utang Ito Rosma Rp140.000'] },
      { say: 'rosma tf 50rb', reply: ['Ito Rosma bayar utang Rp50.000'] },
      { say: 'mama yuli ngutang 80rb', reply: ['Utang Mama Yuli Rp80.000'] },
      { say: 'mama yuli qris 30rb', reply: ['Mama Yuli bayar utang Rp30.000', 'QRIS'] },
      { say: 'ani ngutang 60rb', reply: ['Utang Ani Rp60.000'] },
      { say: 'ani tf 30rb', reply: ['Ani bayar utang Rp30.000'], not: ['Rinso'] },
      // Money promised for later is no payment ("bayar besok 20rb" was booked as paid).
      { say: 'ani bayar besok 20rb', reply: ['baru janji'], not: ['tercatat'] },
      // Retests: "Mak" is a title, "transferan" a transfer (a product "ros" was offered; "Atas nama siapa?").
      { say: 'mak ros ngutang 50rb', reply: ['Utang Mak Ros Rp50.000'] },
      { say: 'ros qris 15rb', reply: ['Mak Ros bayar utang Rp15.000'] },
      { say: 'ros transferan 5rb buat bayar utang', reply: ['Mak Ros bayar utang Rp5.000'] },
    ],
    rows: [{ sql: debts, rows: [{ name: 'Kevin', kind: 'customer', direction: 'receivable', amount: 76000, paid: 60000, status: 'open' },
      { name: 'Ito Rosma', kind: 'customer', direction: 'receivable', amount: 140000, paid: 50000, status: 'open' },
      { name: 'Mama Yuli', kind: 'customer', direction: 'receivable', amount: 80000, paid: 30000, status: 'open' },
      { name: 'Ani', kind: 'customer', direction: 'receivable', amount: 60000, paid: 30000, status: 'open' },
      { name: 'Mak Ros', kind: 'customer', direction: 'receivable', amount: 50000, paid: 20000, status: 'open' }] },
      { sql: `select count(*)::int as n from products where tenant_id = $1 and name ilike 'kevin%'`, rows: [{ n: 0 }] }],
  },
  {
    name: 'a line priced by goods of two words, more of a sale with the buyer or "kelewat", goods given back', at,
    tenant: { ...tenant, products: [...basicProducts, ['Teh Pucuk Harum', 'btl', 4000, 3000, 24, ['teh pucuk']],
      ['Rokok Surya 16', 'bks', 38000, 35000, 20, ['surya 16']]] as typeof basicProducts },
    steps: [
      { say: 'laku teh pucuk 2, aqua 2', reply: ['Total Rp16.000'] },
      { say: 'teh pucuknya 3500', reply: ['Sudah dibatalkan', 'Teh Pucuk Harum 2 btl × Rp3.500', 'Total Rp15.000'] },
      { say: 'laku kopi 2 ke mang udin', reply: ['Kopi Kapal Api 2 sachet'] },
      { say: 'kopina mang udin tambah hiji', reply: ['Sudah dibatalkan', 'Kopi Kapal Api 3 sachet × Rp2.000'], not: ['stok masuk'] },
      { say: 'laku indomie goreng 2', reply: ['Indomie Goreng 2 bks'] },
      { say: 'kelewat, indomie goreng tambah 2 lagi', reply: ['Sudah dibatalkan', 'Indomie Goreng 4 bks'], not: ['stok masuk'] },
      { say: 'laku surya 16 2', reply: ['Rokok Surya 16 2 bks'] },
      { say: 'laku aqua 1', reply: ['Aqua 600 ml 1 btl'] },
      { say: 'ga jadi, surya 16 tadi dibalikin', reply: ['Batalkan catatan ini', 'Rokok Surya 16 2 bks'], not: ['16 btl'] },
      { say: 'ya', reply: ['Sudah dibatalkan'] },
      // Medan: an oath first ("pala kau, salah itu, …" booked a second sale).
      { say: 'laku telur 1 kg', reply: ['Telur Ayam 1 kg'] },
      { say: 'pala kau, salah itu, telurnya 2 kilo', reply: ['Sudah dibatalkan', 'Telur Ayam 2 kg'] },
    ],
    rows: [
      { sql: lines('Teh Pucuk Harum'), rows: [{ qty: 2, unit_price: 4000, total: 8000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 2, unit_price: 3500, total: 7000, kind: 'sale', payment: 'cash', status: 'posted' }] },
      { sql: level('Kopi Kapal Api'), rows: [{ level: 57 }] },
      { sql: level('Indomie Goreng'), rows: [{ level: 36 }] },
      { sql: level('Rokok Surya 16'), rows: [{ level: 20 }] },
      { sql: level('Telur Ayam'), rows: [{ level: 8 }] },
      { sql: lines('Aqua 600 ml'), rows: [{ qty: 2, unit_price: 4000, total: 8000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 2, unit_price: 4000, total: 8000, kind: 'sale', payment: 'cash', status: 'posted' },
        { qty: 1, unit_price: 4000, total: 4000, kind: 'sale', payment: 'cash', status: 'posted' }] },
    ],
  },
  {
    name: 'the person of a payment asked about is corrected with the money', at, tenant,
    steps: [
      { say: 'bu ani ngutang surya 1', reply: ['Total utang Bu Ani sekarang Rp29.000'] },
      { say: 'bu yati ngutang 10rb', reply: ['Utang Bu Yati Rp10.000'] },
      { say: 'bu yati bayar utang', reply: ['Bayar berapa'] },
      { say: 'eh salah, bu ani yang bayar, 20rb', reply: ['Bu Ani bayar utang Rp20.000', 'Sisa utang Bu Ani Rp9.000'], not: ['Sudah dibatalkan'] },
    ],
    rows: [{ sql: debts, rows: [{ name: 'Bu Yati', kind: 'customer', direction: 'receivable', amount: 10000, paid: 0, status: 'open' },
      { name: 'Bu Ani', kind: 'customer', direction: 'receivable', amount: 29000, paid: 20000, status: 'open' }] }],
  },
  {
    // Corrections tries: "eh 2 aja" and "eh 1,5 kg" after one line, "eh sekilonya 27rb" after a purchase, Betawi "eh salah tuh,
    // bukan empat, tiga doang": none was understood.
    name: 'a bare count after one line, the price of one on a purchase, "salah tuh"', at, tenant,
    steps: [
      { say: 'laku aqua 3', reply: ['Aqua 600 ml 3 btl'] },
      { say: 'eh 2 aja', reply: ['Sudah dibatalkan', 'Aqua 600 ml 2 btl'] },
      { say: 'laku gula 1 kg', reply: ['Gula Pasir 1 kg'] },
      { say: 'eh 1,5 kg', reply: ['Sudah dibatalkan', 'Gula Pasir 1,5 kg'] },
      { say: 'laku kopi 4', reply: ['Kopi Kapal Api 4 sachet'] },
      { say: 'eh salah tuh, bukan empat, tiga doang', reply: ['Sudah dibatalkan', 'Kopi Kapal Api 3 sachet'] },
      { say: 'kulak telur 5 kg 140rb', reply: ['Telur Ayam 5 kg × Rp28.000'] },
      { say: 'eh sekilonya 27rb', reply: ['Sudah dibatalkan', 'Telur Ayam 5 kg × Rp27.000 = Rp135.000'] },
    ],
    rows: [{ sql: moneyTx('purchase'), rows: [{ total: 140000, category: null, status: 'voided', payment: 'cash' },
      { total: 135000, category: null, status: 'posted', payment: 'cash' }] },
    { sql: level('Gula Pasir'), rows: [{ level: 18.5 }] }],
  },
  {
    // Retests: part of a sale given back was offered as the whole sale's undo (one "ya" took all ten bottles' money), the goods
    // with "its" listed other sales and undid the sale's other line, jv "siji" was an entry's number; jv "sesok mbayar 30rb" and
    // "janji bayar 50rb minggu depan" were booked; Makassar "… tambah satu lagi di'" was a stock delivery.
    name: 'goods given back in part or by one line, promises in Javanese and with "janji", a closing "di"', at, tenant,
    steps: [
      { say: 'laku aqua 10', reply: ['Aqua 600 ml 10 btl'] },
      { say: 'aqua dibalekno 2 botol', reply: ['2 btl Aqua 600 ml dikembalikan', 'jadi 8 btl'], not: ['Batalkan catatan ini'] },
      { say: 'ya', reply: ['Sudah dibatalkan', 'Aqua 600 ml 8 btl × Rp4.000 = Rp32.000'] },
      { say: 'laku aqua 2, kopi 1', reply: ['Total Rp10.000'] },
      { say: 'laku gula 1 kg', reply: ['Gula Pasir 1 kg'] },
      { say: 'aquanya dikembalikan', reply: ['Hapus Aqua 600 ml 2 btl saja'], not: ['Yang mana'] },
      { say: 'ya', reply: ['Kopi Kapal Api 1 sachet'] },
      { say: 'gulane dibalekno siji', reply: ['Batalkan catatan ini', 'Gula Pasir 1 kg'], not: ['nomor 1'] },
      { say: 'ya', reply: ['Sudah dibatalkan'] },
      { say: 'bu yati ngutang 100rb', reply: ['Utang Bu Yati Rp100.000'] },
      { say: 'bu yati sesok mbayar 30rb', reply: ['baru janji'], not: ['tercatat'] },
      { say: 'bu yati janji bayar 50rb minggu depan', reply: ['baru janji'], not: ['tercatat'] },
      { say: 'laku telur 1 kg ke daeng rudi', reply: ['Telur Ayam 1 kg'] },
      { say: "telurna daeng rudi tambah satu lagi di'", reply: ['Sudah dibatalkan', 'Telur Ayam 2 kg'], not: ['stok masuk'] },
    ],
    rows: [
      { sql: level('Aqua 600 ml'), rows: [{ level: 16 }] },
      { sql: level('Gula Pasir'), rows: [{ level: 20 }] },
      { sql: level('Telur Ayam'), rows: [{ level: 8 }] },
      { sql: debts, rows: [{ name: 'Bu Yati', kind: 'customer', direction: 'receivable', amount: 100000, paid: 0, status: 'open' }] },
    ],
  },
  {
    // Retests: jv "eh regane kecap mau 12 ewu sak biji" and "eh harga kopi tadi 2500 sebiji" changed the shelf price and kept
    // the sale; "bayar 20rb" booked as a bill, then "eh salah, bu ani yang bayar, 20rb" booked the same bill again.
    name: 'the price of the goods just sold, and a bill that was a customer paying', at, tenant,
    steps: [
      { say: 'laku kopi 2', reply: ['Kopi Kapal Api 2 sachet'] },
      { say: 'eh harga kopi tadi 2500 sebiji', reply: ['Sudah dibatalkan', 'Kopi Kapal Api 2 sachet × Rp2.500 = Rp5.000'], not: ['→'] },
      { say: 'laku gula 2 kg', reply: ['Gula Pasir 2 kg'] },
      { say: 'eh regane gula mau 17 ewu sak kilo', reply: ['Sudah dibatalkan', 'Gula Pasir 2 kg × Rp17.000'], not: ['→'] },
      { say: 'bu ani ngutang 80rb', reply: ['Utang Bu Ani Rp80.000'] },
      { say: 'bayar 20rb', reply: ['Pengeluaran'] },
      { say: 'eh salah, bu ani yang bayar, 20rb', reply: ['Sudah dibatalkan', 'Bu Ani bayar utang Rp20.000'], not: ['tercatat ✅ Pengeluaran'] },
    ],
    rows: [
      { sql: product('Kopi Kapal Api'), rows: [{ name: 'Kopi Kapal Api', unit: 'sachet', sell_price: 2000 }] },
      { sql: moneyTx('expense'), rows: [{ total: 20000, category: 'lainnya', status: 'voided', payment: 'cash' }] },
      { sql: debts, rows: [{ name: 'Bu Ani', kind: 'customer', direction: 'receivable', amount: 80000, paid: 20000, status: 'open' }] },
    ],
  },
  {
    // Retest: su "gasna tadi 23rb atuh" after two sales booked a new sale of gas.
    name: 'one of goods bought, named back with its money after other entries', at,
    tenant: { ...tenant, products: [...basicProducts, ['Gas Elpiji 3 kg', 'tabung', 22000, 19000, 10, ['gas elpiji', 'gas']]] as typeof basicProducts },
    steps: [
      { say: 'beli gas 3kg 22rb', reply: ['Pembelian Gas Elpiji 3 kg 1 tabung'] },
      { say: 'laku kopi 1', reply: ['Kopi Kapal Api 1 sachet'] },
      { say: 'laku aqua 1', reply: ['Aqua 600 ml 1 btl'] },
      { say: 'gasna tadi 23rb atuh', reply: ['Sudah dibatalkan', 'Pembelian Gas Elpiji 3 kg 1 tabung × Rp23.000'], not: ['Penjualan Gas'] },
    ],
    rows: [{ sql: level('Gas Elpiji 3 kg'), rows: [{ level: 11 }] }, { sql: moneyTx('purchase'), rows: [
      { total: 22000, category: null, status: 'voided', payment: 'cash' }, { total: 23000, category: null, status: 'posted', payment: 'cash' }] }],
  },
];
