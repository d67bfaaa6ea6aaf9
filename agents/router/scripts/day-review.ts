// Issue #9 end to end with the real parser: debts asked about (books nothing), a reminder drafted and
// sent after yes, today's entries numbered and "batal 3", a discount and a delivery cost said in words.
import { debts, level, moneyTx } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const at = '2026-11-21T05:00:00Z';
const tenant = { timezone: 'Asia/Jakarta' as const, products: basicProducts };
const txCount = `select count(*)::int as n from transactions where tenant_id = $1`;

export const dayReviewScripts: Script[] = [
  {
    name: 'debts asked in three ways book nothing; "tagih" drafts, asks the number once and sends after ya', at, tenant,
    steps: [
      { say: 'bu yati ngutang 25rb', reply: ['Utang Bu Yati Rp25.000'] },
      { say: 'pak joko ngutang 40rb, bayar minggu depan', reply: ['Utang Pak Joko Rp40.000', 'Jatuh tempo 28 Nov 2026'] },
      // Owner try (Garut): a debt due next week was listed as "· hari ini" (since when), not when it is due.
      { say: 'utang siapa aja yg belum lunas', reply: ['2 orang', 'Rp65.000', 'Pak Joko Rp40.000 · jatuh tempo 28 Nov 2026', 'Bu Yati Rp25.000 · sejak hari ini'], not: ['tercatat'] },
      { say: 'daftar bon', reply: ['Pak Joko', 'Bu Yati'], not: ['tercatat'] },
      { say: 'utang bu yati berapa', reply: ['Bu Yati', 'Rp25.000'], not: ['tercatat'] },
      { say: 'tagih bu yati', reply: ['Nomor WA Bu Yati'] },
      // Owner try: a bare "ya" here dropped the reminder ("Oke, Kak 👍 Mau catat apa lagi?").
      { say: 'ya', reply: ['Nomor WA Bu Yati berapa', 'Ketik nomornya'], not: ['saya lewati', 'Mau catat apa lagi'] },
      { say: '0812 7777 1234', reply: ['Rp25.000', 'ya'] },
      { say: 'ya', reply: ['Terkirim', 'Bu Yati'] },
    ],
    rows: [
      { sql: debts, rows: [
        { name: 'Bu Yati', kind: 'customer', direction: 'receivable', amount: 25000, paid: 0, status: 'open' },
        { name: 'Pak Joko', kind: 'customer', direction: 'receivable', amount: 40000, paid: 0, status: 'open' },
      ] },
      { sql: `select phone from contacts where tenant_id = $1 and name = 'Bu Yati'`, rows: [{ phone: '+6281277771234' }] },
      { sql: txCount, rows: [{ n: 0 }] },
      // The reminder itself went to Bu Yati's number, from the warung's channel.
      { sql: `select count(*)::int as n from outbox where tenant_id = $1 and chat like '%81277771234%' and body like '%Rp25.000%'`, rows: [{ n: 1 }] },
    ],
  },
  {
    // Owner try: "catatan kemarin" answered "Belum ada catatan hari ini" with yesterday's sale on the books.
    // Later try: "catatan kemarin" then "hapus no 1" looked in today's list; "batal 1 kemarin" counts in yesterday's.
    name: '"catatan kemarin" lists yesterday\'s entries and "batal N kemarin" voids one of them; longer periods point to the dashboard', at, tenant,
    steps: [
      { say: 'kemarin laku beras 2 kg', reply: ['tgl 20 Nov 2026', 'Beras Medium 2 kg'] },
      { say: 'laku indomie goreng 1', reply: ['tercatat'] },
      { say: 'catatan kemarin', reply: ['📝 Catatan kemarin:', '1. ', 'Beras Medium 2 kg', '"batal 1 kemarin"'], not: ['Indomie', 'Belum ada'] },
      { say: 'catatan hari ini', reply: ['📝 Catatan hari ini:', 'Indomie Goreng 1 bks', '"batal 1"'], not: ['Beras'] },
      // Own try: two bills in one message were listed "Sampah 1, Parkir 1".
      { say: 'bayar sampah 10rb, parkir 2rb', reply: ['Sampah Rp10.000', 'Parkir Rp2.000'] },
      { say: 'catatan hari ini', reply: ['Pengeluaran Sampah Rp10.000, Parkir Rp2.000 = Rp12.000'], not: ['Sampah 1'] },
      { say: 'catatan minggu ini', reply: ['hari ini atau kemarin', 'Transaksi'] },
      { say: 'batal 4 kemarin', reply: ['Catatan nomor 4 tidak ada', 'Kemarin ada 1 catatan'] },
      { say: 'hapus no 1 kemarin', reply: ['Batalkan catatan ini', 'Beras Medium 2 kg'], not: ['Indomie'] },
      { say: 'ya', reply: ['dibatalkan'] },
    ],
    rows: [
      { sql: txCount, rows: [{ n: 3 }] },
      { sql: `select count(*)::int as n from transactions where tenant_id = $1 and status = 'voided'`, rows: [{ n: 1 }] },
    ],
  },
  {
    name: '"catatan hari ini" numbers the day; "batal 3" voids the third after ya and books nothing new', at, tenant,
    steps: [
      { say: 'laku indomie goreng 2', reply: ['tercatat'] },
      { say: 'bayar listrik 100rb', reply: ['tercatat'] },
      { say: 'laku aqua 3', reply: ['tercatat'] },
      { say: 'catatan hari ini', reply: ['1.', '2.', '3.', 'Aqua 600 ml'] },
      { say: 'batal 3', reply: ['Batalkan catatan ini', 'Aqua 600 ml'], not: ['tercatat'] },
      { say: 'ya', reply: ['Sudah dibatalkan'] },
    ],
    rows: [
      { sql: `select kind, status, total from transactions where tenant_id = $1 order by occurred_at, total`, rows: [
        { kind: 'sale', status: 'posted', total: 7000 }, { kind: 'expense', status: 'posted', total: 100000 },
        { kind: 'sale', status: 'voided', total: 12000 },
      ] },
      { sql: level('Aqua 600 ml'), rows: [{ level: 24 }] },
    ],
  },
  {
    name: 'a discount lowers the total; a delivery cost lands on the goods, which still enter stock', at, tenant,
    steps: [
      { say: 'laku rokok surya 2 bks 58rb diskon 2rb', reply: ['tercatat', 'Rp56.000'] },
      { say: 'kulakan beras 25 kg 310rb ongkir 10rb', reply: ['tercatat', 'ongkir Rp10.000'] },
    ],
    rows: [
      { sql: moneyTx('sale'), rows: [{ total: 56000, category: null, status: 'posted', payment: 'cash' }] },
      { sql: moneyTx('purchase'), rows: [{ total: 320000, category: null, status: 'posted', payment: 'cash' }] },
      { sql: level('Beras Medium'), rows: [{ level: 75 }] },
    ],
  },
];
