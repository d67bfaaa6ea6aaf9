// Undo that finds the entry meant and never books anything new: "batalin pengeluaran transport 320rb",
// "batal yg 50rb tadi, gg sama diskon", and a second "batal" reaching the entry before the last.
import { moneyTx } from './sql.ts';
import { basicProducts, type ProductSeed, type Script } from './types.ts';

const at = '2026-11-21T05:00:00Z';
const products: ProductSeed[] = [...basicProducts, ['Gudang Garam Filter 12', 'bks', 25000, 23500, 10, ['gudang garam', 'gg']]];
const tenant = { timezone: 'Asia/Jakarta' as const, products };
const count = `select kind, status, total from transactions where tenant_id = $1 order by occurred_at`;

export const reviewScripts: Script[] = [
  {
    name: 'undo with details: "batalin pengeluaran transport 320rb" voids that expense, books no new one', at, tenant,
    steps: [
      { say: 'bayar transport 320rb', reply: ['tercatat'] },
      { say: 'laku aqua 1', reply: ['tercatat'] },
      { say: 'batalin pengeluaran transport 320rb', reply: ['Batalkan catatan ini', 'Rp320.000'], not: ['tercatat'] },
      { say: 'ya', reply: ['Sudah dibatalkan'] },
    ],
    rows: [{ sql: moneyTx('expense'), rows: [{ total: 320000, category: 'transport', status: 'voided', payment: 'cash' }] }],
  },
  {
    name: 'undo with details: "batal yg 50rb tadi, gg sama diskon" finds the Rp50.000 sale, books nothing', at, tenant,
    steps: [
      { say: 'laku gg 2 bks 50rb', reply: ['tercatat'] },
      { say: 'laku aqua 2', reply: ['tercatat'] },
      { say: 'batal yg 50rb tadi, gg sama diskon', reply: ['Batalkan catatan ini', 'Gudang Garam Filter 12'], not: ['tercatat'] },
      { say: 'ya', reply: ['Sudah dibatalkan'] },
    ],
    rows: [{ sql: count, rows: [{ kind: 'sale', status: 'voided', total: 50000 }, { kind: 'sale', status: 'posted', total: 8000 }] }],
  },
  {
    name: 'a second "batal" finds the entry before the last', at, tenant,
    steps: [
      { say: 'laku indomie goreng 1', reply: ['tercatat'] },
      { say: 'bayar listrik 100rb', reply: ['tercatat'] },
      { say: 'batal', reply: ['Batalkan catatan ini', 'Rp100.000'] },
      { say: 'ya', reply: ['Sudah dibatalkan'] },
      { say: 'batal', reply: ['Batalkan catatan ini', 'Indomie Goreng 1 bks'] },
      { say: 'iya', reply: ['Sudah dibatalkan'] },
      { say: 'batal', reply: ['Belum ada catatan'] },
    ],
    rows: [{ sql: count, rows: [{ kind: 'sale', status: 'voided', total: 3500 }, { kind: 'expense', status: 'voided', total: 100000 }] }],
  },
];
