// The forty-second session's owner tries: Surabaya, Bandung and Manado days each booked one message as the wrong kind of
// entry. Sundanese "meser gas 5 tabung …, tos dibayar" was an expense (the tubes never reached the stock); "bukan dijual,
// untuk pakai sendiri" to "Produk baru es batu?" searched for an entry "dijual", and the ice later became stock beside the
// expense; jv "Cak Mat utang surya 16 sak bungkus, durung bayar" asked Cak Mat's debt instead of booking it.
// Corrections tries: "eh yang bayar bu ani bukan pak budi" asked "Berapa?" and booked an expense; "eh gulanya cuma datang 7 kg"
// said after two sales added 7 kg of stock; "beli daging 5 ons 120rb/kg" booked Rp600.000 (5 ons at a kilo's price each).
// Makassar, Padang and Betawi tries: "… 45rb sekilo ji bukan 40" sold 40 kg; "yang nyicil ceban tadi Mpok Ijah, bukan Bang
// Jali" gave the payment back to Bang Jali; "es batu goceng, buat minum sendiri kagak dijual" was sold; "indomie goreng 2 dus,
// isi 40 bks sedus" bought 1 dus.
import { debts, level, lines, moneyTx, payments, product } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const tenant = {
  timezone: 'Asia/Jakarta' as const,
  products: [...basicProducts, ['Gas Elpiji 3 kg', 'tabung', 22000, 20000, 10, ['gas', 'elpiji']], ['Rokok Surya 16', 'bks', 38000, 36000, 20, ['surya 16']]] as typeof basicProducts,
};
const at = '2026-12-07T05:00:00Z';

export const ownerTries42Scripts: Script[] = [
  {
    name: 'goods bought and paid are stock, goods not for sale an expense, and a debt said with "sak bungkus" is booked', at, tenant,
    steps: [
      { say: 'meser gas 5 tabung ka UD Sinar Jaya 100rb, tos dibayar', reply: ['Gas Elpiji 3 kg 5 tabung × Rp20.000 = Rp100.000', 'Stok sekarang 15 tabung'], not: ['Pengeluaran'] },
      { say: 'beli es batu 2 plastik 10rb', reply: ['Produk baru "es batu"'] },
      { say: 'bukan dijual, untuk pakai sendiri', reply: ['Pengeluaran Es Batu Rp10.000'], not: ['tidak ketemu'] },
      { say: 'Cak Mat utang surya 16 sak bungkus, durung bayar', reply: ['Rokok Surya 16 1 bks × Rp38.000', 'Total utang Cak Mat sekarang Rp38.000'] },
    ],
    rows: [
      { sql: lines('Gas Elpiji 3 kg'), rows: [{ qty: 5, unit_price: 20000, total: 100000, kind: 'purchase', payment: 'cash', status: 'posted' }] },
      { sql: moneyTx('expense'), rows: [{ total: 10000, category: 'lainnya', status: 'posted', payment: 'cash' }] },
      { sql: lines('Es Batu'), rows: [] },
      { sql: debts, rows: [{ name: 'Cak Mat', kind: 'customer', direction: 'receivable', amount: 38000, paid: 0, status: 'open' }] },
    ],
  },
  {
    name: 'who paid put right without "salah", what came said after other entries, and ons priced by the kilo', at, tenant,
    steps: [
      { say: 'bu ani ngutang 30rb', reply: ['Total utang Bu Ani sekarang Rp30.000'] },
      { say: 'pak budi ngutang 29rb', reply: ['Total utang Pak Budi sekarang Rp29.000'] },
      { say: 'pak budi bayar 10rb', reply: ['Sisa utang Pak Budi Rp19.000'] },
      { say: 'eh yang bayar bu ani bukan pak budi', reply: ['Sudah dibatalkan', 'Bu Ani bayar utang Rp10.000. Sisa utang Bu Ani Rp20.000'], not: ['Berapa', 'Pengeluaran'] },
      { say: 'kulakan gula 10 kg 150rb', reply: ['Stok sekarang 30 kg'] },
      { say: 'laku indomie soto 2', reply: ['Indomie Soto 2 bks'] },
      { say: 'laku aqua 1', reply: ['Aqua 600 ml 1 btl'] },
      { say: 'eh gulanya cuma datang 7 kg', reply: ['Jadi 7 kg Gula Pasir', 'Totalnya tetap Rp150.000'], not: ['stok masuk'] },
      { say: 'tetap', reply: ['Gula Pasir 7 kg = Rp150.000', 'Stok sekarang 27 kg'] },
      { say: 'beli daging 5 ons 120rb/kg', reply: ['Produk baru "daging"'] },
      { say: 'jualnya 150rb/kg', reply: ['harga jual Rp150.000 per kg', 'Daging 5 ons (0,5 kg) × Rp120.000/kg = Rp60.000'] },
    ],
    rows: [
      { sql: debts, rows: [{ name: 'Bu Ani', kind: 'customer', direction: 'receivable', amount: 30000, paid: 10000, status: 'open' },
        { name: 'Pak Budi', kind: 'customer', direction: 'receivable', amount: 29000, paid: 0, status: 'open' }] },
      { sql: payments, rows: [{ amount: 10000, payment: 'cash', dp: false, voided: true }, { amount: 10000, payment: 'cash', dp: false, voided: false }] },
      { sql: moneyTx('expense'), rows: [] },
      { sql: level('Gula Pasir'), rows: [{ level: 27 }] },
      { sql: product('Daging'), rows: [{ name: 'Daging', unit: 'kg', sell_price: 150000 }] },
      { sql: lines('Daging'), rows: [{ qty: 0.5, unit_price: 120000, total: 60000, kind: 'purchase', payment: 'cash', status: 'posted' }] },
    ],
  },
  {
    name: 'a Makassar particle before "bukan", who paid with "nyicil", ice not for sale, and what a dus holds said after its count', at, tenant,
    steps: [
      { say: 'kulakan telur 5 ons 27rb sekilo', reply: ['Telur Ayam 5 ons (0,5 kg) × Rp27.000/kg = Rp13.500'] },
      { say: 'telur tadi 26rb sekilo ji bukan 27', reply: ['Sudah dibatalkan', 'Telur Ayam 5 ons (0,5 kg) × Rp26.000/kg = Rp13.000'], not: ['Penjualan'] },
      { say: 'bang jali ngutang 60rb', reply: ['Total utang Bang Jali sekarang Rp60.000'] },
      { say: 'mpok ijah ngutang 35rb', reply: ['Total utang Mpok Ijah sekarang Rp35.000'] },
      { say: 'Bang Jali nyicil ceban', reply: ['Sisa utang Bang Jali Rp50.000'] },
      { say: 'eh salah, yang nyicil ceban tadi Mpok Ijah, bukan Bang Jali', reply: ['Sudah dibatalkan', 'Mpok Ijah bayar utang Rp10.000. Sisa utang Mpok Ijah Rp25.000'] },
      { say: 'es batu goceng, buat minum sendiri kagak dijual', reply: ['Pengeluaran Es Batu Rp5.000'], not: ['Produk baru', 'Penjualan'] },
      { say: 'beli indomie goreng 2 dus, isi 40 bks sedus, 110rb per dus', reply: ['Indomie Goreng 2 dus (80 bks) × Rp110.000 = Rp220.000'] },
    ],
    rows: [
      { sql: lines('Telur Ayam'), rows: [{ qty: 0.5, unit_price: 27000, total: 13500, kind: 'purchase', payment: 'cash', status: 'voided' },
        { qty: 0.5, unit_price: 26000, total: 13000, kind: 'purchase', payment: 'cash', status: 'posted' }] },
      { sql: debts, rows: [{ name: 'Bang Jali', kind: 'customer', direction: 'receivable', amount: 60000, paid: 0, status: 'open' },
        { name: 'Mpok Ijah', kind: 'customer', direction: 'receivable', amount: 35000, paid: 10000, status: 'open' }] },
      { sql: moneyTx('expense'), rows: [{ total: 5000, category: 'lainnya', status: 'posted', payment: 'cash' }] },
      { sql: level('Indomie Goreng'), rows: [{ level: 120 }] },
    ],
  },
];
