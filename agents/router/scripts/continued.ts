// A message opened by "and" / "then" goes on with the entry before it (the thirty-third session's purchases try: "kulak indomie
// goreng 2 dus @110rb" then "sama gula 10 kg 165rb" sold the sugar out of the stock just bought, 4 times in 4).
import { level } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

export const continuedScripts: Script[] = [
  {
    name: '"sama …" and "terus …" after a purchase buy more; after a sale they sell more; a debt said so stays a debt',
    at: '2026-11-21T05:00:00Z', tenant: { timezone: 'Asia/Jakarta', products: basicProducts },
    steps: [
      { say: 'kulak indomie goreng 2 dus @110rb, 1 dus isi 40', reply: ['Pembelian Indomie Goreng 2 dus'] },
      { say: 'sama gula 10 kg 165rb', reply: ['Pembelian Gula Pasir 10 kg × Rp16.500 = Rp165.000'], not: ['Penjualan'] },
      { say: 'terus kopi 1 renteng isi 10 17rb', reply: ['Pembelian Kopi Kapal Api 1 renteng'], not: ['Penjualan'] },
      { say: 'laku aqua 2', reply: ['Penjualan Aqua 600 ml 2 btl'] },
      { say: 'sama gula 1 kg', reply: ['Penjualan Gula Pasir 1 kg'], not: ['Balas *ya*'] },
      { say: 'sama bu yati ngutang 10rb', reply: ['Utang Bu Yati Rp10.000'], not: ['Pembelian', 'Penjualan'] },
      // Round two: the supplier goes on; su "teras"; counted tubes of gas are stock, not the shop's own gas.
      { say: 'kulak dari grosir pak sinaga, telur 5 kg 27rb sekilo', reply: ['Pembelian (dari Pak Sinaga) Telur Ayam 5 kg'] },
      { say: 'teras beras 10 kg 125rb', reply: ['Pembelian (dari Pak Sinaga) Beras Medium 10 kg'] },
    ],
    rows: [
      { sql: level('Gula Pasir'), rows: [{ level: 29 }] },
      { sql: level('Kopi Kapal Api'), rows: [{ level: 70 }] },
      { sql: `select kind, count(*)::int as n from transactions where tenant_id = $1 and status = 'posted' group by kind order by kind`,
        rows: [{ kind: 'purchase', n: 5 }, { kind: 'sale', n: 2 }] },
    ],
  },
];
