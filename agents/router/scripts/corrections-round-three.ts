// The thirty-ninth session's corrections tries: a bill named back with "its" after another entry ("eh bensinnya 30rb" after
// a sale offered a new product "bensinnya" at Rp30.000; "eh yang bensin tadi 30rb" was not understood), "salah orang" before
// the wrong name ("eh salah orang, bukan bu yati tapi bu tini" was not understood) and a key pressed by mistake ("salah
// pencet, hapus aja" looked for an entry of "pencet"), and goods named with "its" on a sale of two ("salah, kopinya indomie
// soto" was not understood; "salah, indomie soto bukan kopi" asked which "soto": the "-e" of "indomie" was read as "its").
import { debts, lines, moneyTx } from './sql.ts';
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
];
