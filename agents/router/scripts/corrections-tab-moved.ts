// A sale moved between cash and a tab after other entries (the thirty-eighth session's corrections tries): "gula tadi bukan
// cash, ngutang pak darto" booked a second sale on his tab beside the cash one (the sugar counted twice; "pak" was read as a
// pack, so no name was left); "eh bu yati ga jadi ngutang, bayar qris" offered to undo the sale and "ya" lost its money;
// "gula yg cash tadi hapus aja" then offered Pak Darto's tab; "gula tadi ngutang pak darto" about a sale of gula and kopi put
// both on his tab.
import { debts, lines } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const tenant = { timezone: 'Asia/Jakarta' as const, products: basicProducts };
const at = '2026-11-21T05:00:00Z';

export const tabMovedScripts: Script[] = [
  {
    name: 'an earlier cash sale put on a tab with "bukan cash", a tab paid by QRIS or transfer after all, an undo said by payment', at, tenant,
    steps: [
      { say: 'jual gula 1 kg cash', reply: ['Gula Pasir 1 kg'] },
      { say: 'laku kopi 1', reply: ['Kopi Kapal Api 1 sachet'] },
      { say: 'gula tadi bukan cash, ngutang pak darto', reply: ['Sudah dibatalkan', '(bon Pak Darto) Gula Pasir 1 kg', 'Total utang Pak Darto sekarang Rp18.000'] },
      { say: 'gula yg cash tadi hapus aja', reply: ['tidak ketemu'], not: ['Batalkan catatan ini'] },
      { say: 'jual telur 1 kg ngutang bu yati', reply: ['(bon Bu Yati) Telur Ayam 1 kg'] },
      { say: 'eh bu yati ga jadi ngutang, bayar qris', reply: ['Sudah dibatalkan', '(Bu Yati) Telur Ayam 1 kg', 'QRIS'], not: ['Batalkan catatan ini'] },
      { say: 'jual telur 1 kg ngutang bu yati', reply: ['(bon Bu Yati) Telur Ayam 1 kg'] },
      { say: 'laku kopi 2', reply: ['Kopi Kapal Api 2 sachet'] },
      { say: 'jual telur 1 kg ngutang bu yati', reply: ['(bon Bu Yati) Telur Ayam 1 kg'] },
      { say: 'telurnya ga jadi ngutang, bayar pake transfer', reply: ['Sudah dibatalkan', '(Bu Yati) Telur Ayam 1 kg', 'transfer'] },
      // Only the goods named go on the tab when the sale had others (round two: the kopi went on Pak Eko's tab too).
      { say: 'laku kopi 2, gula 1 kg', reply: ['Total Rp22.000'] },
      { say: 'laku aqua 1', reply: ['Aqua 600 ml 1 btl'] },
      { say: 'gula tadi ngutang pak eko', reply: ['(bon Pak Eko) Gula Pasir 1 kg', 'Penjualan Kopi Kapal Api 2 sachet', 'Total utang Pak Eko sekarang Rp18.000'] },
    ],
    rows: [{ sql: lines('Gula Pasir'), rows: [
      { qty: 1, unit_price: 18000, total: 18000, kind: 'sale', payment: 'cash', status: 'voided' },
      { qty: 1, unit_price: 18000, total: 18000, kind: 'sale', payment: 'credit', status: 'posted' },
      { qty: 1, unit_price: 18000, total: 18000, kind: 'sale', payment: 'cash', status: 'voided' },
      { qty: 1, unit_price: 18000, total: 18000, kind: 'sale', payment: 'credit', status: 'posted' },
    ] }, { sql: lines('Telur Ayam'), rows: [
      { qty: 1, unit_price: 30000, total: 30000, kind: 'sale', payment: 'credit', status: 'voided' },
      { qty: 1, unit_price: 30000, total: 30000, kind: 'sale', payment: 'qris', status: 'posted' },
      { qty: 1, unit_price: 30000, total: 30000, kind: 'sale', payment: 'credit', status: 'posted' },
      { qty: 1, unit_price: 30000, total: 30000, kind: 'sale', payment: 'credit', status: 'voided' },
      { qty: 1, unit_price: 30000, total: 30000, kind: 'sale', payment: 'transfer', status: 'posted' },
    ] }, { sql: debts, rows: [
      { name: 'Pak Darto', kind: 'customer', direction: 'receivable', amount: 18000, paid: 0, status: 'open' },
      { name: 'Bu Yati', kind: 'customer', direction: 'receivable', amount: 30000, paid: 0, status: 'void' },
      { name: 'Bu Yati', kind: 'customer', direction: 'receivable', amount: 30000, paid: 0, status: 'open' },
      { name: 'Bu Yati', kind: 'customer', direction: 'receivable', amount: 30000, paid: 0, status: 'void' },
      { name: 'Pak Eko', kind: 'customer', direction: 'receivable', amount: 18000, paid: 0, status: 'open' },
    ] }],
  },
];
