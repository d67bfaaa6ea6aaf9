// Corrections said later in the day, the goods named first and then which entry (the thirty-third session's tries): each was
// booked as a new sale beside the entry it corrected.
import { lines } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const wib = { timezone: 'Asia/Jakarta' as const, products: basicProducts };
const at = '2026-11-21T05:00:00Z';

export const laterCorrectionScripts: Script[] = [
  {
    name: 'goods named first, then "the one sold earlier" by its count or its time, correct that entry', at, tenant: wib,
    steps: [
      { say: 'laku indomie goreng 6 bungkus 21rb', reply: ['Indomie Goreng 6 bks × Rp3.500'] },
      { say: 'laku beras 2 kg 28rb', reply: ['Beras Medium 2 kg'] },
      { say: 'laku kopi 2 sachet 5rb', reply: ['Kopi Kapal Api 2 sachet'] },
      { say: 'laku gula 1 kg 18rb', reply: ['Gula Pasir 1 kg'] },
      { say: 'indomie goreng yang 6 bungkus tadi harganya 3rb aja', reply: ['Sudah dibatalkan', 'Indomie Goreng 6 bks × Rp3.000 = Rp18.000'] },
      // Makassar "ji" closes the count.
      { say: 'beras yang terjual tadi pagi 3 kg ji, bukan 2', reply: ['Sudah dibatalkan', 'Beras Medium 3 kg × Rp14.000 = Rp42.000'] },
      // jv "mau" is "tadi".
      { say: 'kopi mau harusnya 6rb', reply: ['Sudah dibatalkan', 'Kopi Kapal Api 2 sachet × Rp3.000 = Rp6.000'] },
      { say: 'laku aqua 2 botol 8rb', reply: ['Aqua 600 ml 2 btl'] },
      { say: 'laku telur 1 kg 30rb', reply: ['Telur Ayam 1 kg'] },
      { say: 'aqua yang 2 botol tadi 3 aja', reply: ['Sudah dibatalkan', 'Aqua 600 ml 3 btl × Rp4.000 = Rp12.000'] },
    ],
    rows: [
      { sql: `select count(*)::int as n, sum(total)::int as total from transactions where tenant_id = $1 and kind = 'sale' and status = 'posted'`,
        rows: [{ n: 6, total: 18000 + 42000 + 6000 + 18000 + 12000 + 30000 }] },
      { sql: lines('Beras Medium'), rows: [
        { qty: 2, unit_price: 14000, total: 28000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 3, unit_price: 14000, total: 42000, kind: 'sale', payment: 'cash', status: 'posted' },
      ] },
    ],
  },
];
