// The last entry named back with no "salah" (the thirty-fifth session's corrections tries): by its noun ("eh bayarnya
// 30rb"), by "itu" ("eh itu ngutang"), by its goods and "tadi" ("eh telur tadi 12 kilo, totalnya 324rb"), or paid in cash
// after all ("eh yang beras tadi udah dibayar cash kok"). Each was booked as a new entry beside the one it corrected.
import { debts, level } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const wib = { timezone: 'Asia/Jakarta' as const, products: basicProducts };
const at = '2026-11-21T05:00:00Z';

export const namedBackScripts: Script[] = [
  {
    name: 'a debt payment\'s money named back, a cash sale put on the buyer\'s tab, a tab paid in cash after all', at, tenant: wib,
    steps: [
      { say: 'bu sri ngutang 50rb', reply: ['Utang Bu Sri Rp50.000'] },
      { say: 'bu sri bayar 20rb', reply: ['Sisa utang Bu Sri Rp30.000'] },
      // An expense of Rp30.000 was booked and the payment stayed Rp20.000.
      { say: 'eh bayarnya 30rb', reply: ['Sudah dibatalkan', 'Bu Sri bayar utang Rp30.000', 'Sisa utang Bu Sri Rp20.000'], not: ['Pengeluaran'] },
      // With a sale after it, "eh bayar utang bu Sri tadi 35rb" was a second payment.
      { say: 'laku kopi 1', reply: ['Kopi Kapal Api 1 sachet'] },
      { say: 'eh bayar utang bu Sri tadi 35rb', reply: ['Sudah dibatalkan', 'Bu Sri bayar utang Rp35.000', 'Sisa utang Bu Sri Rp15.000'] },
      { say: 'laku kopi 5 sachet bu ani', reply: ['(Bu Ani) Kopi Kapal Api 5 sachet'] },
      // "Utangnya berapa?" was asked and a second debt booked beside the cash sale.
      { say: 'eh itu ngutang', reply: ['Sudah dibatalkan', '(bon Bu Ani) Kopi Kapal Api 5 sachet', 'Total utang Bu Ani sekarang Rp10.000'], not: ['berapa'] },
      { say: 'pak eko ngebon rokok surya 1 bks', reply: ['(bon Pak Eko) Rokok Surya 12 1 bks'] },
      // "Berapa, Kak?" was asked and the answer booked as an expense.
      { say: 'ga jadi, dia bayar cash', reply: ['Sudah dibatalkan', 'Penjualan (Pak Eko) Rokok Surya 12 1 bks'], not: ['Berapa'] },
      // The buyer after a count with no unit was goods ("ani" matched another product, Rinso Anti Noda).
      { say: 'laku kopi 2 bu ani', reply: ['(Bu Ani) Kopi Kapal Api 2 sachet'], not: ['katalog', 'Produk baru'] },
    ],
    rows: [
      { sql: debts, rows: [
        { name: 'Bu Sri', kind: 'customer', direction: 'receivable', amount: 50000, paid: 35000, status: 'open' },
        { name: 'Bu Ani', kind: 'customer', direction: 'receivable', amount: 10000, paid: 0, status: 'open' },
        { name: 'Pak Eko', kind: 'customer', direction: 'receivable', amount: 29000, paid: 0, status: 'void' },
      ] },
      { sql: level('Rokok Surya 12'), rows: [{ level: 19 }] },
    ],
  },
  {
    name: 'a purchase on credit paid in cash after all, its count and total said again, a sale\'s half kilo named back', at, tenant: wib,
    steps: [
      { say: 'kulakan beras 10 kg 120rb ke toko makmur ngutang', reply: ['(utang ke Toko Makmur) Beras Medium 10 kg'] },
      { say: 'eh yang beras tadi udah dibayar cash kok', reply: ['Sudah dibatalkan', 'Pembelian (dari Toko Makmur) Beras Medium 10 kg × Rp12.000 = Rp120.000'], not: ['Berapa'] },
      { say: 'kulakan telur 10 kg 270rb ke toko makmur ngutang', reply: ['(utang ke Toko Makmur) Telur Ayam 10 kg'] },
      // A sale of 12 kg was booked beside the purchase (stock down 12, the debt left at Rp270.000).
      { say: 'eh telur tadi 12 kilo, totalnya 324rb', reply: ['Sudah dibatalkan', 'Pembelian (utang ke Toko Makmur) Telur Ayam 12 kg × Rp27.000 = Rp324.000'], not: ['Penjualan'] },
      { say: 'laku telur 1 kg', reply: ['Telur Ayam 1 kg'] },
      // Offered as a new sale of half a kilo.
      { say: 'eh telurnya setengah kilo', reply: ['Sudah dibatalkan', 'Telur Ayam 0,5 kg × Rp30.000 = Rp15.000'] },
      // Ambon "seng, …" (no), the count in words: a new sale of a kilo was booked beside the half.
      { say: 'seng, telur tadi satu kilo, 30 ribu', reply: ['Sudah dibatalkan', 'Telur Ayam 1 kg × Rp30.000 = Rp30.000'] },
      // Regions try: the entry said again whole with other goods kept the sugar ("1 dus Gula Pasir isinya berapa kg?").
      { say: 'kulakan gula 5 kg 85rb', reply: ['Pembelian Gula Pasir 5 kg'] },
      { say: 'eh salah, kulakan kopi 10 sachet 15rb', reply: ['Sudah dibatalkan', 'Pembelian Kopi Kapal Api 10 sachet × Rp1.500 = Rp15.000'], not: ['isinya'] },
    ],
    rows: [
      { sql: level('Gula Pasir'), rows: [{ level: 20 }] },
      { sql: level('Kopi Kapal Api'), rows: [{ level: 70 }] },
      { sql: level('Beras Medium'), rows: [{ level: 60 }] },
      { sql: level('Telur Ayam'), rows: [{ level: 21 }] },
      { sql: debts, rows: [
        { name: 'Toko Makmur', kind: 'supplier', direction: 'payable', amount: 120000, paid: 0, status: 'void' },
        { name: 'Toko Makmur', kind: 'supplier', direction: 'payable', amount: 270000, paid: 0, status: 'void' },
        { name: 'Toko Makmur', kind: 'supplier', direction: 'payable', amount: 324000, paid: 0, status: 'open' },
      ] },
    ],
  },
  {
    // Corrections try: su "eta mah ngutang", jv "eh kuwi utang, durung bayar", "itu dibon ya" after a cash sale to a named buyer
    // changed nothing (a product "eta", a debt question, the help text).
    name: 'the last cash sale put on its buyer\'s tab in Sundanese, Javanese and with "dibon"', at, tenant: wib,
    steps: [
      { say: 'laku kopi 2 sachet bu ani', reply: ['(Bu Ani) Kopi Kapal Api 2 sachet'] },
      { say: 'eta mah ngutang', reply: ['Sudah dibatalkan', 'Total utang Bu Ani sekarang Rp4.000'] },
      { say: 'laku kopi 3 sachet pak budi', reply: ['(Pak Budi) Kopi Kapal Api 3 sachet'] },
      { say: 'eh kuwi utang, durung bayar', reply: ['Sudah dibatalkan', 'Total utang Pak Budi sekarang Rp6.000'] },
      { say: 'laku gula 1 kg bu sri', reply: ['(Bu Sri) Gula Pasir 1 kg'] },
      { say: 'itu dibon ya', reply: ['Sudah dibatalkan', 'Total utang Bu Sri sekarang Rp18.000'] },
      // Corrections try: "eh bukan renceng, 2 sachet" was not understood, the 2 renteng stayed sold.
      { say: 'laku kopi 2 renteng isi 10', reply: ['Kopi Kapal Api 2 renteng (20 sachet)'] },
      { say: 'eh bukan renceng, 2 sachet', reply: ['Sudah dibatalkan', 'Kopi Kapal Api 2 sachet × Rp2.000 = Rp4.000'] },
      // Corrections tries, round two: "tadi itu bon bu Tini ya" asked the debt's amount and booked a second debt.
      { say: 'laku beras 3 kg', reply: ['Beras Medium 3 kg'] },
      { say: 'tadi itu bon bu Tini ya', reply: ['Sudah dibatalkan', '(bon Bu Tini) Beras Medium 3 kg', 'Total utang Bu Tini sekarang Rp42.000'], not: ['berapa'] },
      // The total said again with a reason after it: each was an expense of that much.
      { say: 'laku telur 2 kg', reply: ['Telur Ayam 2 kg × Rp30.000 = Rp60.000'] },
      { say: 'eh totalnya 55rb aja, tak kasih diskon', reply: ['Sudah dibatalkan', 'Telur Ayam 2 kg × Rp27.500 = Rp55.000'], not: ['Pengeluaran'] },
      { say: 'kulakan gula 10 kg 170rb', reply: ['Pembelian Gula Pasir 10 kg'] },
      { say: 'laku kopi 1', reply: ['Kopi Kapal Api 1 sachet'] },
      { say: 'eh total kulakan gula tadi 175rb, ada ongkos', reply: ['Sudah dibatalkan', 'Pembelian Gula Pasir 10 kg × Rp17.500 = Rp175.000'], not: ['Pengeluaran'] },
      // "oh iya, …", Banjar "bujur, …" before the goods named back: offered or booked as a second sale.
      { say: 'laku kopi 2 sachet', reply: ['Kopi Kapal Api 2 sachet'] },
      { say: 'oh iya, kopinya 3 sachet', reply: ['Sudah dibatalkan', 'Kopi Kapal Api 3 sachet × Rp2.000 = Rp6.000'] },
      // Regions try: su "hoyong ngoreksi: …" (I want to correct) made the coffee sold after the parking Rp2.000.
      { say: 'bayar parkir 5rb', reply: ['Parkir Rp5.000'] },
      { say: 'laku kopi 1', reply: ['Kopi Kapal Api 1 sachet × Rp2.000'] },
      { say: 'hoyong ngoreksi: parkir 2rb sanes 5rb', reply: ['Sudah dibatalkan', 'Parkir Rp2.000'], not: ['Kopi'] },
    ],
    rows: [
      { sql: level('Kopi Kapal Api'), rows: [{ level: 48 }] },
      { sql: level('Gula Pasir'), rows: [{ level: 29 }] },
      { sql: level('Telur Ayam'), rows: [{ level: 8 }] },
    ],
  },
];
