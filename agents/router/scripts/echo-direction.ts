// Replies say back everything understood (payment method, person, a date that is not today), and the
// direction of goods follows the contact's kind: a supplier delivering is a purchase, never a credit
// sale to the supplier.
import { debts, lines, product } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const at = '2026-11-21T04:00:00Z';
const tenant = { timezone: 'Asia/Jakarta' as const, products: [...basicProducts, ['Rinso Anti Noda 770 g', 'pcs', 26000, 23000, 5, ['rinso']]] as typeof basicProducts };

export const echoDirectionScripts: Script[] = [
  {
    name: 'echo: "bayar qris" and "transfer" are said back', at, tenant,
    steps: [
      { say: 'laku rinso 1 bayar qris', reply: ['tercatat', 'Rinso Anti Noda 770 g', 'via QRIS'] },
      { say: 'laku indomie goreng 2 bks transfer', reply: ['tercatat', 'via transfer'] },
      { say: 'laku aqua 1', reply: ['tercatat'], not: ['via'] },
    ],
    rows: [{ sql: lines('Rinso Anti Noda 770 g'), rows: [{ qty: 1, unit_price: 26000, total: 26000, kind: 'sale', payment: 'qris', status: 'posted' }] }],
  },
  {
    name: 'echo: a debt written for yesterday says its date', at, tenant,
    steps: [{ say: 'kemarin bu yati ngutang 20rb', reply: ['tercatat', 'Bu Yati', 'Rp20.000', 'Tanggal 20 Nov 2026'] }],
    rows: [{ sql: debts, rows: [{ name: 'Bu Yati', kind: 'customer', direction: 'receivable', amount: 20000, paid: 0, status: 'open' }] }],
  },
  {
    // Pak Joko is an alias of UD Sinar Jaya, the demo warung's gas supplier.
    name: 'direction: a supplier delivering on credit is a purchase owed to him, not a credit sale', at, tenant: 'demo',
    steps: [{ say: 'pak joko kirim gas 5 tabung 100rb belum dibayar', reply: ['tercatat', 'Pembelian', 'utang ke UD Sinar Jaya', 'Gas Elpiji 3 kg 5 tabung'], not: ['Penjualan'] }],
    rows: [
      {
        sql: `select t.kind, t.payment, t.total, c.name, c.kind as contact_kind from transactions t join contacts c on c.id = t.contact_id
               where t.tenant_id = $1 and t.total = 100000 and c.name = 'UD Sinar Jaya'`,
        rows: [{ kind: 'purchase', payment: 'credit', total: 100000, name: 'UD Sinar Jaya', contact_kind: 'supplier' }],
      },
      {
        sql: `select d.direction, d.amount from debts d join contacts c on c.id = d.contact_id where d.tenant_id = $1 and c.name = 'UD Sinar Jaya'`,
        rows: [{ direction: 'payable', amount: 100000 }],
      },
    ],
  },
  {
    name: 'direction: a customer who owes (no delivery verb) stays a credit sale', at, tenant,
    steps: [{ say: 'pak darto ngutang kopi 3 sachet', reply: ['tercatat', 'Penjualan', 'bon Pak Darto'] }],
    rows: [{ sql: debts, rows: [{ name: 'Pak Darto', kind: 'customer', direction: 'receivable', amount: 6000, paid: 0, status: 'open' }] }],
  },
  {
    name: 'clumsy reply: an expense with no name is "Pengeluaran Lain-lain", not "Pengeluaran Pengeluaran lain"', at, tenant,
    steps: [{ say: 'bayar 10rb', reply: ['tercatat', 'Pengeluaran Lain-lain Rp10.000'], not: ['Pengeluaran Pengeluaran'] }],
  },
  {
    name: 'a bill keeps the word the owner wrote: "bayar sampah" is "Sampah", not "Lain-lain"; "gojek" is not just "Transport"', at, tenant,
    steps: [
      { say: 'bayar sampah 15rb', reply: ['tercatat', 'Pengeluaran Sampah Rp15.000'], not: ['Lain-lain'] },
      { say: 'iuran sampah sama keamanan 35rb', reply: ['tercatat', 'Pengeluaran Iuran Sampah Rp35.000'], not: ['Lain-lain'] },
      { say: 'gojek anter barang 12rb', reply: ['tercatat', 'Pengeluaran (transport) Gojek Rp12.000'] },
      { say: 'bayar pdam 85rb', reply: ['tercatat', 'Pengeluaran Air Rp85.000'], not: ['Pdam'] },
      { say: 'bayar iuran rt 20rb', reply: ['tercatat', 'Pengeluaran Iuran RT Rp20.000'] },
    ],
    rows: [{
      sql: `select l.description, t.category from transactions t join transaction_lines l on l.transaction_id = t.id
             where t.tenant_id = $1 and t.kind = 'expense' and t.total in (15000, 35000) order by t.total`,
      rows: [{ description: 'Sampah', category: 'lainnya' }, { description: 'Iuran Sampah', category: 'lainnya' }],
    }],
  },
  {
    name: 'clumsy reply: "3 sachet" stays sachet (a new product is kept per sachet)', at, tenant,
    steps: [
      { say: 'laku permen kopiko 3 sachet 1500', reply: ['Produk baru "permen kopiko"', 'per sachet'] },
      { say: 'ya', reply: ['tercatat', 'Permen Kopiko 3 sachet × Rp500 = Rp1.500'], not: ['bungkus', 'bks'] },
    ],
    rows: [{ sql: product('Permen Kopiko'), rows: [{ name: 'Permen Kopiko', unit: 'sachet', sell_price: 500 }] }],
  },
  {
    name: 'pay later: "janji nyaur sesuk" is a promise, never a payment; "bayar besok" on a sale is credit', at, tenant,
    steps: [
      { say: 'bu yati ngutang 20rb', reply: ['tercatat'] },
      { say: 'bu yati ambil rokok surya 1 bks janji nyaur sesuk', reply: ['baru janji', 'ingatkan bu yati'], not: ['tercatat', 'lunas'] },
      { say: 'laku aqua 2 btl bu yati bayar besok', reply: ['tercatat', 'bon Bu Yati'] },
    ],
    rows: [
      { sql: debts, rows: [
        { name: 'Bu Yati', kind: 'customer', direction: 'receivable', amount: 20000, paid: 0, status: 'open' },
        { name: 'Bu Yati', kind: 'customer', direction: 'receivable', amount: 8000, paid: 0, status: 'open' },
      ] },
      { sql: `select count(*)::int as n from debt_payments where tenant_id = $1`, rows: [{ n: 0 }] },
    ],
  },
];
