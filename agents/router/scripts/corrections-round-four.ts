// The fortieth session's tries: the wrong person said in Javanese and Sundanese (jv "eh keliru wong, dudu bu yati tapi bu
// tini" and su "salah jalma, lain bu yati tapi bu tini" were not understood, and the debt stayed on the wrong neighbour), and
// jv "wong anyar", su "jalma anyar" to "Bu Tinah itu Bu Tina, atau orang baru?" (not understood: the debt was lost), and
// Pontianak "ye" to "Batalkan?" (the sale stayed booked).
import { debts, lines } from './sql.ts';
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
];
