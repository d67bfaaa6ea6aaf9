// Corrections of the thirty-sixth session's tries: goods whose name holds a number ("surya 16 tadi 2 bks bukan 3" sold 16
// packs), an entry called off and said again ("ga jadi, sewa lapaknya 1,5jt" booked a second expense), the total said
// ("totalnya 20rb" was taken as the price of each), a bare "250" for Rp200.000 (not understood), counts in Javanese words
// ("dudu loro, telu" sold eggs, "telur"), slang money, a cash purchase owed to a supplier named only in the correction, one
// line or part of one line of a cash sale put on a tab, an earlier sale put on a tab ("eh yg kopi bu Tini tadi ngutang"),
// money alone while a purchase's price is asked, "X maksude Y", a sale turned into a purchase (each booked wrong money, or
// asked needlessly, before its fix).
import { debts, level, lines, moneyTx } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const tenant = { timezone: 'Asia/Makassar' as const, products: [...basicProducts, ['Rokok Surya 16', 'bks', 38000, 36000, 20, ['surya 16']]] as typeof basicProducts };
const at = '2026-11-21T05:00:00Z';

export const saidAgainScripts: Script[] = [
  {
    name: 'a number in the goods\' name, an entry called off and said again, a total said, counts in words', at, tenant,
    steps: [
      { say: 'rokok surya 16 laku 3 bks 114rb', reply: ['Rokok Surya 16 3 bks', 'Rp114.000'] },
      { say: 'salah, surya 16 tadi 2 bks bukan 3', reply: ['Sudah dibatalkan', 'Rokok Surya 16 2 bks', 'Rp76.000'], not: ['16 bks'] },
      { say: 'bayar sewa lapak 2,5jt', reply: ['Pengeluaran Sewa Rp2.500.000'] },
      { say: 'kada jadi, sewa lapaknya 1,5jt', reply: ['Sudah dibatalkan', 'Pengeluaran Sewa Rp1.500.000'] },
      // A bare number near the old amount is in its thousands ("bagian mana yang salah?" was asked).
      { say: 'bayar listrik 200rb', reply: ['Rp200.000'] },
      { say: 'eh salah, 250', reply: ['Sudah dibatalkan', 'Rp250.000'] },
      { say: 'laku gula 2 kg', reply: ['Gula Pasir 2 kg'] },
      { say: 'eh salah, totalnya 20rb', reply: ['Sudah dibatalkan', 'Gula Pasir 2 kg', 'Rp20.000'], not: ['Rp40.000'] },
      { say: 'payu indomie goreng 2', reply: ['Indomie Goreng 2 bks'] },
      { say: 'dudu loro, telu', reply: ['Sudah dibatalkan', 'Indomie Goreng 3 bks'], not: ['Telur'] },
      // Slang money in a correction ("goceng botol" was looked for as goods); jv "mung sekilo" (a new sale of 1 kg was offered).
      { say: 'laku aqua 2', reply: ['Aqua 600 ml 2 btl'] },
      { say: 'salah, harganya goceng sebotol', reply: ['Sudah dibatalkan', 'Aqua 600 ml 2 btl × Rp5.000 = Rp10.000'] },
      { say: 'payu beras 2 kg karo kopi 3', reply: ['Beras Medium 2 kg', 'Kopi Kapal Api 3 sachet'] },
      { say: 'eh berase mung sekilo', reply: ['Sudah dibatalkan', 'Beras Medium 1 kg'], not: ['Dicatat sebagai'] },
      // The last sale's goods named back with counts: "Dicatat sebagai penjualan …?" and "ya" booked them again.
      { say: 'berasnya 2, kopinya 1', reply: ['Mau mengubah catatan tadi'], not: ['Dicatat sebagai'] },
    ],
    rows: [
      { sql: lines('Rokok Surya 16'), rows: [
        { qty: 3, unit_price: 38000, total: 114000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 2, unit_price: 38000, total: 76000, kind: 'sale', payment: 'cash', status: 'posted' },
      ] },
      { sql: moneyTx('expense'), rows: [
        { total: 2500000, category: 'sewa', status: 'voided', payment: 'cash' },
        { total: 1500000, category: 'sewa', status: 'posted', payment: 'cash' },
        { total: 200000, category: 'listrik', status: 'voided', payment: 'cash' },
        { total: 250000, category: 'listrik', status: 'posted', payment: 'cash' },
      ] },
      { sql: lines('Gula Pasir'), rows: [
        { qty: 2, unit_price: 18000, total: 36000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 2, unit_price: 10000, total: 20000, kind: 'sale', payment: 'cash', status: 'posted' },
      ] },
      { sql: lines('Telur Ayam'), rows: [] },
    ],
  },
  {
    name: 'a cash purchase with no supplier said, owed to the one named in the correction', at, tenant,
    steps: [
      { say: 'kulakan beras 25 kg 300rb', reply: ['Beras Medium 25 kg', 'Rp300.000'] },
      { say: 'eh salah, itu ngutang ke toko Makmur', reply: ['Sudah dibatalkan', 'utang ke Toko Makmur', 'Rp300.000'], not: ['berapa'] },
      { say: 'kulakan gula 5 kg 80rb', reply: ['Gula Pasir 5 kg'] },
      // No mark of a correction: the debts are asked, nothing changes.
      { say: 'utang ke toko makmur', reply: ['Rp300.000'], not: ['Sudah dibatalkan'] },
      // One line of a two-line cash sale on a tab: a second sale of both on credit was booked beside the first (stock out twice).
      { say: 'payu telur 1 kg karo gula 2 kg', reply: ['Telur Ayam 1 kg', 'Gula Pasir 2 kg'] },
      { say: 'eh telure ngutang pak Slamet, gulane tunai', reply: ['Sudah dibatalkan', '(bon Pak Slamet) Telur Ayam 1 kg', 'Penjualan Gula Pasir 2 kg'] },
      // Money alone while a purchase's price is asked answers it (the sale before it was re-priced, the question kept).
      { say: 'kulakan indomie goreng 10 bks', reply: ['Harga beli'] },
      { say: 'eh salah totalnya tiga puluh ribu', reply: ['Pembelian Indomie Goreng 10 bks', 'Rp30.000'], not: ['Sudah dibatalkan'] },
      // jv "rong bungkus maksude telung bungkus": the same 2 packs were booked again.
      { say: 'laku indomie soto 2', reply: ['Indomie Soto 2 bks'] },
      { say: 'salah, rong bungkus maksude telung bungkus', reply: ['Sudah dibatalkan', 'Indomie Soto 3 bks'] },
      // A sale at the shelf price turned into a purchase: the buying price is asked (it was booked at the selling price).
      { say: 'laku kopi 3', reply: ['Kopi Kapal Api 3 sachet × Rp2.000'] },
      { say: 'eh itu kulakan bukan laku', reply: ['Harga beli'], not: ['Sudah dibatalkan'] },
      { say: '1500', reply: ['Sudah dibatalkan', 'Pembelian Kopi Kapal Api 3 sachet × Rp1.500 = Rp4.500'] },
      // Part of one line on a tab: the amount was asked and a bare debt booked beside the cash sale of all five.
      { say: 'laku aqua 5', reply: ['Aqua 600 ml 5 btl'] },
      { say: 'eh yang 2 ngutang bu Tini', reply: ['Sudah dibatalkan', '(bon Bu Tini) Aqua 600 ml 2 btl', 'Penjualan Aqua 600 ml 3 btl'], not: ['berapa'] },
      // An earlier sale named with "eh yg … tadi ngutang": "Utangnya berapa?" was asked.
      { say: 'bu Tini beli kopi 2', reply: ['(Bu Tini) Kopi Kapal Api 2 sachet'] },
      { say: 'laku gula 1 kg', reply: ['Gula Pasir 1 kg'] },
      { say: 'eh yg kopi bu Tini tadi ngutang', reply: ['Sudah dibatalkan', '(bon Bu Tini) Kopi Kapal Api 2 sachet'], not: ['berapa'] },
    ],
    rows: [
      { sql: debts, rows: [
        { name: 'Toko Makmur', kind: 'supplier', direction: 'payable', amount: 300000, paid: 0, status: 'open' },
        { name: 'Pak Slamet', kind: 'customer', direction: 'receivable', amount: 30000, paid: 0, status: 'open' },
        { name: 'Bu Tini', kind: 'customer', direction: 'receivable', amount: 8000, paid: 0, status: 'open' },
        { name: 'Bu Tini', kind: 'customer', direction: 'receivable', amount: 4000, paid: 0, status: 'open' },
      ] },
      { sql: level('Telur Ayam'), rows: [{ level: 9 }] },
      { sql: level('Gula Pasir'), rows: [{ level: 22 }] },
      { sql: level('Aqua 600 ml'), rows: [{ level: 19 }] },
      { sql: lines('Beras Medium'), rows: [
        { qty: 25, unit_price: 12000, total: 300000, kind: 'purchase', payment: 'cash', status: 'voided' },
        { qty: 25, unit_price: 12000, total: 300000, kind: 'purchase', payment: 'credit', status: 'posted' },
      ] },
    ],
  },
];
