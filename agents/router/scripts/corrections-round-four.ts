// The fortieth session's tries: the wrong person said in Javanese and Sundanese (jv "eh keliru wong, dudu bu yati tapi bu
// tini" and su "salah jalma, lain bu yati tapi bu tini" were not understood, and the debt stayed on the wrong neighbour), and
// jv "wong anyar", su "jalma anyar" to "Bu Tinah itu Bu Tina, atau orang baru?" (not understood: the debt was lost), and
// Pontianak "ye" to "Batalkan?" (the sale stayed booked); a correction after a payment refused for want of a debt ("eh salah,
// bayarnya 25rb" moved a credit sale's down payment; "salah, 25rb" re-priced the sugar sold before), and part of a sale
// given back with the goods' "its" or with no goods named ("kopinya dibalikin 3 sachet", jv "sing 1 kg dibalekke" offered
// the whole sale's undo); Surabaya's correction and deletion of a bill ("bensin mau salah, sing bener 20rb" and "bensin sing
// 15rb iku busek ae, dobel" each booked the fuel again); "the one before" named with its count ("yang kulakan gula tadi 12 kg"
// booked a second purchase, "yang beras tadi 2 kg" was not understood) and "eh harganya 18rb sekilo" after one line ("Harga
// barang apa?" was asked); goods of one size for another ("salah barang, tadi itu minyak sania 1 liter bukan minyak sania 2
// liter" re-booked the 2 L bottle as half of one).
import { debts, level, lines, moneyTx } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const tenant = { timezone: 'Asia/Jakarta' as const, products: basicProducts };
const at = '2026-11-21T05:00:00Z';

export const roundFourScripts: Script[] = [
  {
    name: 'the wrong person said in Javanese and Sundanese', at, tenant,
    steps: [
      { say: 'bu yati ngutang 25rb', reply: ['Utang Bu Yati Rp25.000'] },
      { say: 'eh keliru wong, dudu bu yati tapi bu tini', reply: ['Sudah dibatalkan', 'Utang Bu Tini Rp25.000'] },
      { say: 'bu yati ngutang 20rb', reply: ['Utang Bu Yati Rp20.000'] },
      { say: 'salah jalma, lain bu yati tapi bu tini', reply: ['Sudah dibatalkan', 'Utang Bu Tini Rp20.000'] },
    ],
    rows: [{ sql: debts, rows: [
      { name: 'Bu Yati', kind: 'customer', direction: 'receivable', amount: 25000, paid: 0, status: 'void' },
      { name: 'Bu Tini', kind: 'customer', direction: 'receivable', amount: 25000, paid: 0, status: 'open' },
      { name: 'Bu Yati', kind: 'customer', direction: 'receivable', amount: 20000, paid: 0, status: 'void' },
      { name: 'Bu Tini', kind: 'customer', direction: 'receivable', amount: 20000, paid: 0, status: 'open' },
    ] }],
  },
  {
    name: 'someone new, said in Javanese and Sundanese', at, tenant,
    steps: [
      { say: 'bu tina ngutang 10rb', reply: ['Utang Bu Tina Rp10.000'] },
      { say: 'bu tinah ngutang 7rb', reply: ['Bu Tinah itu Bu Tina, atau orang baru'] },
      { say: 'wong anyar', reply: ['Utang Bu Tinah Rp7.000'], not: ['belum paham'] },
      { say: 'pak dadang ngutang 5rb', reply: ['Utang Pak Dadang Rp5.000'] },
      { say: 'pak dadan ngutang 4rb', reply: ['Pak Dadan itu Pak Dadang, atau orang baru'] },
      { say: 'jalma anyar', reply: ['Utang Pak Dadan Rp4.000'], not: ['belum paham'] },
    ],
    rows: [{ sql: debts, rows: [
      { name: 'Bu Tina', kind: 'customer', direction: 'receivable', amount: 10000, paid: 0, status: 'open' },
      { name: 'Bu Tinah', kind: 'customer', direction: 'receivable', amount: 7000, paid: 0, status: 'open' },
      { name: 'Pak Dadang', kind: 'customer', direction: 'receivable', amount: 5000, paid: 0, status: 'open' },
      { name: 'Pak Dadan', kind: 'customer', direction: 'receivable', amount: 4000, paid: 0, status: 'open' },
    ] }],
  },
  {
    name: 'Pontianak "ye" is yes', at, tenant,
    steps: [
      { say: 'laku aqua 1', reply: ['Aqua 600 ml 1 btl'] },
      { say: 'batal', reply: ['Batalkan catatan ini'] },
      { say: 'ye', reply: ['Sudah dibatalkan'], not: ['belum paham'] },
    ],
    rows: [{ sql: lines('Aqua 600 ml'), rows: [{ qty: 1, unit_price: 4000, total: 4000, kind: 'sale', payment: 'cash', status: 'voided' }] }],
  },
  {
    name: 'a correction after a refused payment changes nothing booked before it', at, tenant,
    steps: [
      { say: 'laku gula 1 kg', reply: ['Gula Pasir 1 kg'] },
      { say: 'bu euis bayar utang 20rb', reply: ['Bu Euis belum punya catatan utang'] },
      { say: 'salah, 25rb', reply: ['Pembayaran tadi belum tercatat'], not: ['Sudah dibatalkan'] },
      { say: 'eh salah, bayarnya 25rb', reply: ['Pembayaran tadi belum tercatat'], not: ['Sudah dibatalkan'] },
      // The next entry is corrected as ever.
      { say: 'laku aqua 1', reply: ['Aqua 600 ml 1 btl'] },
      { say: 'eh 2 aja', reply: ['Sudah dibatalkan', 'Aqua 600 ml 2 btl'] },
    ],
    rows: [
      { sql: lines('Gula Pasir'), rows: [{ qty: 1, unit_price: 18000, total: 18000, kind: 'sale', payment: 'cash', status: 'posted' }] },
      { sql: lines('Aqua 600 ml'), rows: [{ qty: 1, unit_price: 4000, total: 4000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 2, unit_price: 4000, total: 8000, kind: 'sale', payment: 'cash', status: 'posted' }] },
    ],
  },
  {
    name: 'part of a sale given back, the goods said with "its" or not at all', at, tenant,
    steps: [
      { say: 'laku kopi 10 sachet', reply: ['Kopi Kapal Api 10 sachet'] },
      { say: 'kopinya dibalikin 3 sachet', reply: ['3 sachet Kopi Kapal Api dikembalikan', 'jadi 7 sachet'] },
      { say: 'ya', reply: ['Kopi Kapal Api 7 sachet'] },
      { say: 'laku beras 4 kg', reply: ['Beras Medium 4 kg'] },
      { say: 'sing 1 kg dibalekke', reply: ['1 kg Beras Medium dikembalikan', 'jadi 3 kg'] },
      { say: 'ya', reply: ['Beras Medium 3 kg'] },
      // jv "-e" after a consonant (a live try was offered the whole sale's undo).
      { say: 'berase dibalekno 1 kg', reply: ['1 kg Beras Medium dikembalikan', 'jadi 2 kg'] },
      { say: 'ya', reply: ['Beras Medium 2 kg'] },
      { say: 'laku telur 3 kg', reply: ['Telur Ayam 3 kg'] },
      { say: 'laku kopi 1', reply: ['Kopi Kapal Api 1 sachet'] },
      { say: 'telure dibalekno 1 kg', reply: ['1 kg Telur Ayam dikembalikan', 'jadi 2 kg'] },
      { say: 'ya', reply: ['Telur Ayam 2 kg'] },
    ],
    rows: [
      { sql: lines('Kopi Kapal Api'), rows: [{ qty: 10, unit_price: 2000, total: 20000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 7, unit_price: 2000, total: 14000, kind: 'sale', payment: 'cash', status: 'posted' },
        { qty: 1, unit_price: 2000, total: 2000, kind: 'sale', payment: 'cash', status: 'posted' }] },
      { sql: lines('Beras Medium'), rows: [{ qty: 4, unit_price: 14000, total: 56000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 3, unit_price: 14000, total: 42000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 2, unit_price: 14000, total: 28000, kind: 'sale', payment: 'cash', status: 'posted' }] },
      { sql: lines('Telur Ayam'), rows: [{ qty: 3, unit_price: 30000, total: 90000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 2, unit_price: 30000, total: 60000, kind: 'sale', payment: 'cash', status: 'posted' }] },
    ],
  },
  {
    name: 'a bill put right and deleted in Surabaya Javanese', at, tenant,
    steps: [
      { say: 'bensin 15rb', reply: ['Bensin Rp15.000'] },
      { say: 'laku aqua 1', reply: ['Aqua 600 ml 1 btl'] },
      { say: 'bensin mau salah, sing bener 20rb', reply: ['Sudah dibatalkan', 'Bensin Rp20.000'] },
      { say: 'parkir 2rb', reply: ['Rp2.000'] },
      { say: 'bensin sing 20rb iku busek ae, dobel', reply: ['Batalkan catatan ini', 'Bensin Rp20.000'] },
      { say: 'iyo', reply: ['Sudah dibatalkan'] },
    ],
    rows: [{ sql: moneyTx('expense'), rows: [
      { total: 15000, category: 'transport', status: 'voided', payment: 'cash' },
      { total: 20000, category: 'transport', status: 'voided', payment: 'cash' },
      { total: 2000, category: 'transport', status: 'posted', payment: 'cash' },
    ] }],
  },
  {
    name: 'the one before named with its count, and its price each', at, tenant,
    steps: [
      { say: 'kulakan gula 10 kg 170rb', reply: ['Gula Pasir 10 kg'] },
      { say: 'laku kopi 2', reply: ['Kopi Kapal Api 2 sachet'] },
      { say: 'yang kulakan gula tadi 12 kg', reply: ['Totalnya tetap Rp170.000, atau jadi Rp204.000'], not: ['Harga beli'] },
      { say: 'tetap', reply: ['Sudah dibatalkan', 'Gula Pasir 12 kg'] },
      { say: 'laku beras 3 kg', reply: ['Beras Medium 3 kg'] },
      { say: 'laku aqua 1', reply: ['Aqua 600 ml 1 btl'] },
      { say: 'yang beras tadi 2 kg', reply: ['Sudah dibatalkan', 'Beras Medium 2 kg'] },
      { say: 'laku telur 2 kg 55rb', reply: ['Telur Ayam 2 kg'] },
      { say: 'eh harganya 28rb sekilo', reply: ['Sudah dibatalkan', 'Telur Ayam 2 kg × Rp28.000 = Rp56.000'], not: ['Harga barang apa'] },
    ],
    rows: [
      { sql: lines('Gula Pasir'), rows: [{ qty: 10, unit_price: 17000, total: 170000, kind: 'purchase', payment: 'cash', status: 'voided' },
        { qty: 12, unit_price: 14167, total: 170000, kind: 'purchase', payment: 'cash', status: 'posted' }] },
      { sql: lines('Beras Medium'), rows: [{ qty: 3, unit_price: 14000, total: 42000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 2, unit_price: 14000, total: 28000, kind: 'sale', payment: 'cash', status: 'posted' }] },
    ],
  },
  {
    name: 'goods of one size for another', at,
    tenant: { ...tenant, products: [...basicProducts, ['Minyak Sania 1 L', 'pcs', 21000, 19500, 24, ['minyak sania', 'sania 1 liter']], ['Minyak Sania 2 L', 'pcs', 41000, 38500, 12, ['sania 2 liter']]] },
    steps: [
      { say: 'laku minyak sania 2 liter 1', reply: ['Minyak Sania 2 L 1 pcs'] },
      { say: 'salah barang, tadi itu minyak sania 1 liter bukan minyak sania 2 liter', reply: ['Sudah dibatalkan', 'Minyak Sania 1 L 1 pcs × Rp21.000'] },
      { say: 'laku beras 10 kg', reply: ['Beras Medium 10 kg'] },
      { say: 'salah, beras 5 kg bukan beras 10 kg', reply: ['Sudah dibatalkan', 'Beras Medium 5 kg'] },
    ],
    rows: [{ sql: level('Minyak Sania 1 L'), rows: [{ level: 23 }] }, { sql: level('Minyak Sania 2 L'), rows: [{ level: 12 }] },
      { sql: level('Beras Medium'), rows: [{ level: 45 }] }],
  },
];
