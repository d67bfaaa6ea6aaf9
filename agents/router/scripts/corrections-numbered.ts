// Corrections of the thirty-seventh session's tries: goods whose name holds a number corrected after another entry ("koreksi,
// aqua 600 nya 3 aja" after a sale of Aqua Gelas booked 600 glasses), "koreksi koreksi, …" and a count in words, parts of a
// kilo said in words ("eh bukan 2 kilo, setengah kilo" was not understood), and a correction sent while "Dicatat sebagai
// penjualan …?" waits (joined to the held goods, it booked them); held goods corrected are asked again, not booked.
import { lines } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const products = [...basicProducts, ['Aqua Gelas 220 ml', 'gelas', 1000, 700, 48, ['aqua gelas']],
  ['Rokok Surya 16', 'bks', 38000, 36000, 20, ['surya 16']]] as typeof basicProducts;
const tenant = { timezone: 'Asia/Jakarta' as const, products };
const at = '2026-11-21T05:00:00Z';

export const numberedCorrectionScripts: Script[] = [
  {
    name: 'goods with a number in their name corrected after another entry, counts and parts of a kilo said in words', at, tenant,
    steps: [
      { say: 'laku aqua 600 4 btl', reply: ['Aqua 600 ml 4 btl'] },
      { say: 'laku kopi 1, aqua gelas 2', reply: ['Aqua Gelas 220 ml 2 gelas'] },
      { say: 'koreksi, aqua 600 nya 3 aja', reply: ['Sudah dibatalkan', 'Aqua 600 ml 3 btl'], not: ['600 gelas', '600 btl'] },
      { say: 'ehh koreksi koreksi, aqua 600 nya dua aja bukan tiga', reply: ['Sudah dibatalkan', 'Aqua 600 ml 2 btl'], not: ['Dicatat sebagai', '600 btl'] },
      { say: 'laku gula 2 kg', reply: ['Gula Pasir 2 kg'] },
      { say: 'eh bukan 2 kilo, setengah kilo', reply: ['Sudah dibatalkan', 'Gula Pasir 0,5 kg'] },
      { say: 'laku kopi 2', reply: ['Kopi Kapal Api 2 sachet'] },
      // Held goods corrected are asked again, booked on a yes only ("eh koreksi, 1 aja" booked them at once; "eh salah, surya
      // 16 nya" booked 16 packs of Surya 12).
      { say: 'surya 12 2', reply: ['Dicatat sebagai penjualan surya 12 2'] },
      { say: 'eh salah, surya 16 nya', reply: ['barangnya jadi surya 16', 'Dicatat sebagai penjualan surya 16 2'], not: ['tercatat ✅'] },
      { say: 'ya', reply: ['Rokok Surya 16 2 bks'] },
      { say: 'surya 16 3', reply: ['Dicatat sebagai penjualan surya 16 3'] },
      { say: 'eh koreksi, 1 aja', reply: ['Dicatat sebagai penjualan surya 16 1'], not: ['tercatat ✅'] },
      { say: 'ya', reply: ['Rokok Surya 16 1 bks'] },
      // Held goods, then a correction of something else: the question is dropped, nothing booked.
      { say: 'aqua 2', reply: ['Dicatat sebagai penjualan aqua 2'] },
      { say: 'yang teh tadi kebanyakan', reply: ['lewati'], not: ['tercatat ✅'] },
    ],
    rows: [{ sql: lines('Aqua 600 ml'), rows: [
      { qty: 4, unit_price: 4000, total: 16000, kind: 'sale', payment: 'cash', status: 'voided' },
      { qty: 3, unit_price: 4000, total: 12000, kind: 'sale', payment: 'cash', status: 'voided' },
      { qty: 2, unit_price: 4000, total: 8000, kind: 'sale', payment: 'cash', status: 'posted' },
    ] }, { sql: lines('Rokok Surya 16'), rows: [
      { qty: 2, unit_price: 38000, total: 76000, kind: 'sale', payment: 'cash', status: 'posted' },
      { qty: 1, unit_price: 38000, total: 38000, kind: 'sale', payment: 'cash', status: 'posted' },
    ] }, { sql: lines('Rokok Surya 12'), rows: [] }, { sql: lines('Aqua Gelas 220 ml'), rows: [
      { qty: 2, unit_price: 1000, total: 2000, kind: 'sale', payment: 'cash', status: 'posted' },
    ] }],
  },
];
