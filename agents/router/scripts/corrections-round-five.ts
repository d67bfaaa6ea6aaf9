// The forty-first session's tries: a count corrected after a total was said ("laku surya 2 50rb" then "eh 3 bungkus"; a
// purchase "kulakan aqua 2 dus 160rb" then "eh salah 3 dus") kept the total for the new count without a word (3 packs at
// Rp50.000, under cost). Whether the money stays or follows the count is asked; nothing changes before the answer. So is
// the money said for goods named wrong ("laku telur 1 kg 28rb", "eh bukan telur, beras" booked the beras at its own Rp14.000).
// Yogya krama "eh mboten, gula wau 2 kg" and chat's "eh slh, indomi tdi 6 bks" booked a second sale; a haggle's arrival
// corrected as "kulakan beras tadi bukan 20 kg tapi 10 kg" was bought again; "laku nasi uduk 15 bungkus goceng" offered
// Rp333 a bungkus as a new product's price.
import { lines, product } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const tenant = { timezone: 'Asia/Jakarta' as const, products: basicProducts };
const at = '2026-12-07T05:00:00Z';

export const roundFiveScripts: Script[] = [
  {
    name: 'a count corrected after a total said: the total follows the count, or stays, as answered', at, tenant,
    steps: [
      { say: 'laku surya 2 50rb', reply: ['Rokok Surya 12 2 bks × Rp25.000 = Rp50.000'] },
      { say: 'eh 3 bungkus', reply: ['Totalnya tetap Rp50.000, atau jadi Rp75.000 (Rp25.000/bungkus)', '*75rb*'], not: ['dibatalkan', 'tercatat'] },
      { say: '75rb', reply: ['Sudah dibatalkan', 'Rokok Surya 12 3 bks × Rp25.000 = Rp75.000'] },
      { say: 'kulakan aqua 2 dus isi 24 160rb', reply: ['Aqua 600 ml 2 dus (48 btl) × Rp80.000 = Rp160.000'] },
      { say: 'eh salah 3 dus', reply: ['Totalnya tetap Rp160.000, atau jadi Rp240.000'] },
      // A yes says neither: asked again, still nothing changed.
      { say: 'iya', reply: ['Balas *tetap*'], not: ['dibatalkan'] },
      { say: 'tetap', reply: ['Sudah dibatalkan', 'Aqua 600 ml 3 dus (72 btl) = Rp160.000'] },
    ],
    rows: [
      { sql: lines('Rokok Surya 12'), rows: [{ qty: 2, unit_price: 25000, total: 50000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 3, unit_price: 25000, total: 75000, kind: 'sale', payment: 'cash', status: 'posted' }] },
      { sql: lines('Aqua 600 ml'), rows: [{ qty: 48, unit_price: 3333, total: 160000, kind: 'purchase', payment: 'cash', status: 'voided' },
        { qty: 72, unit_price: 2222, total: 160000, kind: 'purchase', payment: 'cash', status: 'posted' }] },
    ],
  },
  {
    name: 'a count corrected after a total said: a no, or another message, leaves the entry as it was', at, tenant,
    steps: [
      { say: 'kulakan gula 5 kg 80rb', reply: ['Gula Pasir 5 kg × Rp16.000 = Rp80.000'] },
      { say: 'salah, harusnya 6 kg', reply: ['Totalnya tetap Rp80.000, atau jadi Rp96.000'] },
      { say: 'gak', reply: ['tidak diubah'], not: ['dibatalkan'] },
      { say: 'salah, harusnya 6 kg', reply: ['Totalnya tetap Rp80.000, atau jadi Rp96.000'] },
      { say: 'total 90rb', reply: ['Sudah dibatalkan', 'Gula Pasir 6 kg × Rp15.000 = Rp90.000'] },
      // The other total from the total said, not from a rounded price of one (Rp6.668).
      { say: 'laku kopi 3 5rb', reply: ['Kopi Kapal Api 3 sachet'] },
      { say: 'eh 4 sachet', reply: ['atau jadi Rp6.667'] },
      { say: 'tetap', reply: ['Kopi Kapal Api 4 sachet × Rp1.250 = Rp5.000'] },
      { say: 'laku telur 2 kg 50rb', reply: ['Telur Ayam 2 kg'] },
      { say: 'eh 3 kg', reply: ['Totalnya tetap Rp50.000, atau jadi Rp75.000'] },
      { say: 'laku kopi 2', reply: ['Kopi Kapal Api 2 sachet'], not: ['Telur Ayam 3 kg'] },
    ],
    rows: [
      { sql: lines('Gula Pasir'), rows: [{ qty: 5, unit_price: 16000, total: 80000, kind: 'purchase', payment: 'cash', status: 'voided' },
        { qty: 6, unit_price: 15000, total: 90000, kind: 'purchase', payment: 'cash', status: 'posted' }] },
      { sql: lines('Telur Ayam'), rows: [{ qty: 2, unit_price: 25000, total: 50000, kind: 'sale', payment: 'cash', status: 'posted' }] },
    ],
  },
  {
    name: 'goods named wrong after the money was said: the money stays, or the goods\' own price, as answered', at, tenant,
    steps: [
      { say: 'laku telur 1 kg 28rb', reply: ['Telur Ayam 1 kg × Rp28.000'] },
      { say: 'eh bukan telur, beras', reply: ['Totalnya tetap Rp28.000, atau pakai harga Beras Medium: Rp14.000'], not: ['dibatalkan'] },
      { say: '14rb', reply: ['Sudah dibatalkan', 'Beras Medium 1 kg × Rp14.000 = Rp14.000'] },
      // Without money said, the goods' own price, unasked.
      { say: 'laku indomie goreng 2', reply: ['Indomie Goreng 2 bks'] },
      { say: 'salah, harusnya indomie soto', reply: ['Sudah dibatalkan', 'Indomie Soto 2 bks × Rp3.500 = Rp7.000'] },
    ],
    rows: [
      { sql: lines('Beras Medium'), rows: [{ qty: 1, unit_price: 14000, total: 14000, kind: 'sale', payment: 'cash', status: 'posted' }] },
      { sql: lines('Telur Ayam'), rows: [{ qty: 1, unit_price: 28000, total: 28000, kind: 'sale', payment: 'cash', status: 'voided' }] },
    ],
  },
  {
    name: 'corrections in krama, in chat short forms, and goods said again with "not N but M"', at, tenant,
    steps: [
      { say: 'payu gula 1 kg', reply: ['Gula Pasir 1 kg'] },
      { say: 'eh mboten, gula wau 2 kg', reply: ['Sudah dibatalkan', 'Gula Pasir 2 kg × Rp18.000 = Rp36.000'], not: ['Dicatat sebagai'] },
      { say: 'laku indomie goreng 3 bks', reply: ['Indomie Goreng 3 bks'] },
      { say: 'eh slh, indomi tdi 6 bks', reply: ['Sudah dibatalkan', 'Indomie Goreng 6 bks × Rp3.500 = Rp21.000'] },
      { say: 'kulakan beras 20 kg 250rb', reply: ['Beras Medium 20 kg × Rp12.500'] },
      { say: 'kulakan beras tadi bukan 20 kg tapi 10 kg', reply: ['Totalnya tetap Rp250.000, atau jadi Rp125.000'], not: ['Harga beli'] },
      { say: '125rb', reply: ['Sudah dibatalkan', 'Beras Medium 10 kg × Rp12.500 = Rp125.000'] },
    ],
    rows: [
      { sql: lines('Gula Pasir'), rows: [{ qty: 1, unit_price: 18000, total: 18000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 2, unit_price: 18000, total: 36000, kind: 'sale', payment: 'cash', status: 'posted' }] },
      { sql: lines('Beras Medium'), rows: [{ qty: 20, unit_price: 12500, total: 250000, kind: 'purchase', payment: 'cash', status: 'voided' },
        { qty: 10, unit_price: 12500, total: 125000, kind: 'purchase', payment: 'cash', status: 'posted' }] },
    ],
  },
  {
    name: 'a new product\'s money that would be a share under Rp500 a piece: asked whether it is one\'s price or the total', at, tenant,
    steps: [
      { say: 'laku nasi uduk 15 bungkus goceng', reply: ['Rp5.000 itu harga per bungkus, atau total 15 bungkus'], not: ['Rp333'] },
      { say: 'satuan', reply: ['harga jual Rp5.000', 'Nasi Uduk 15 bks × Rp5.000 = Rp75.000'] },
      { say: 'laku bakwan 4 biji 10rb', reply: ['Harga jualnya Rp2.500 per biji'] },
      { say: 'ya', reply: ['Bakwan 4 biji × Rp2.500 = Rp10.000'] },
    ],
    rows: [{ sql: product('Nasi Uduk'), rows: [{ name: 'Nasi Uduk', unit: 'bks', sell_price: 5000 }] }],
  },
  {
    // Corrections try, round two: "eh surya 3 bungkus" (the goods back, no "its") offered a second sale; "yg 75", "ikut harga",
    // Makassar "tetapji" to the question were not read (the question was dropped, the old entry kept); "eh aqua tadi 4 botol"
    // while the Indomie was asked about booked the Aqua again with the Indomie's money.
    name: 'the count corrected with the goods named back, the question answered in other words, a correction beside a question', at, tenant,
    steps: [
      { say: 'laku surya 2 50rb', reply: ['Rokok Surya 12 2 bks'] },
      { say: 'eh surya 3 bungkus', reply: ['Totalnya tetap Rp50.000, atau jadi Rp75.000'], not: ['Dicatat sebagai'] },
      { say: 'yg 75', reply: ['Sudah dibatalkan', 'Rokok Surya 12 3 bks × Rp25.000 = Rp75.000'] },
      { say: 'laku telur 1 kg 28rb', reply: ['Telur Ayam 1 kg'] },
      { say: 'eh bukan telur, beras', reply: ['atau pakai harga Beras Medium: Rp14.000'] },
      { say: 'ikut harga', reply: ['Sudah dibatalkan', 'Beras Medium 1 kg × Rp14.000 = Rp14.000'], not: ['harga pasar'] },
      { say: 'laku gula 2 kg 34rb', reply: ['Gula Pasir 2 kg'] },
      { say: 'salah ki, 3 kg', reply: ['Totalnya tetap Rp34.000, atau jadi Rp51.000'] },
      { say: 'tetapji', reply: ['Sudah dibatalkan', 'Gula Pasir 3 kg = Rp34.000'] },
      { say: 'laku aqua 3', reply: ['Aqua 600 ml 3 btl'] },
      { say: 'laku indomie 4 14rb', reply: ['Indomie yang mana'] },
      { say: 'eh aqua tadi 4 botol', reply: ['Sudah dibatalkan', 'Aqua 600 ml 4 btl × Rp4.000 = Rp16.000', 'masih menunggu'] },
      { say: '1', reply: ['Indomie Goreng 4 bks'] },
    ],
    rows: [
      { sql: lines('Rokok Surya 12'), rows: [{ qty: 2, unit_price: 25000, total: 50000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 3, unit_price: 25000, total: 75000, kind: 'sale', payment: 'cash', status: 'posted' }] },
      { sql: lines('Aqua 600 ml'), rows: [{ qty: 3, unit_price: 4000, total: 12000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 4, unit_price: 4000, total: 16000, kind: 'sale', payment: 'cash', status: 'posted' }] },
    ],
  },
  {
    // Corrections tries: "batal yang sebelum itu" searched goods "sebelum"; Betawi "kagak, 3 biji" and "eh kebanyakan, cuman 2
    // biji" were not understood.
    name: 'the entry before the last undone; "no" or "too many" then the count', at, tenant,
    steps: [
      { say: 'laku gula 1 kg', reply: ['Gula Pasir 1 kg'] },
      { say: 'laku telur 1 kg', reply: ['Telur Ayam 1 kg'] },
      { say: 'batal yang sebelum itu', reply: ['Batalkan catatan ini', 'Gula Pasir 1 kg'], not: ['Telur'] },
      { say: 'ya', reply: ['Sudah dibatalkan', 'Gula Pasir'] },
      { say: 'laku aqua 4 botol', reply: ['Aqua 600 ml 4 btl'] },
      { say: 'kagak, 3 biji', reply: ['Sudah dibatalkan', 'Aqua 600 ml 3 btl × Rp4.000 = Rp12.000'], not: ['belum paham'] },
      { say: 'laku indomie goreng 3 bks', reply: ['Indomie Goreng 3 bks'] },
      { say: 'eh kebanyakan, cuman 2 biji', reply: ['Sudah dibatalkan', 'Indomie Goreng 2 bks × Rp3.500 = Rp7.000'], not: ['belum paham'] },
    ],
    rows: [
      { sql: lines('Gula Pasir'), rows: [{ qty: 1, unit_price: 18000, total: 18000, kind: 'sale', payment: 'cash', status: 'voided' }] },
      { sql: lines('Telur Ayam'), rows: [{ qty: 1, unit_price: 30000, total: 30000, kind: 'sale', payment: 'cash', status: 'posted' }] },
    ],
  },
];
