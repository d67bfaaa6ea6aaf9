// Corrections of what was paid (the thirty-second session's tries): a down payment corrected with the goods or the person
// named first, and "N, not M" that no correction pattern reads is asked about, never booked as a new entry.
import { debts, lines } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const wib = { timezone: 'Asia/Jakarta' as const, products: basicProducts, cashier: true };
const at = '2026-11-21T05:00:00Z';

export const paidCorrectionScripts: Script[] = [
  {
    // Owner try: "eh sorry tadi cust beras bayarnya 25rb bukan 20rb" after a credit sale with Rp20.000 down was booked as a
    // new Rp45.000 expense (both amounts summed); "eh gulanya bayarnya 30rb bukan 20rb" searched for an entry "gula bayarnya".
    name: 'a down payment corrected with the goods or a sorry said first changes the down payment, nothing else', at, tenant: wib,
    steps: [
      { say: 'laku beras 2 kg bayar 20rb sisanya utang pak agus', reply: ['DP Rp20.000', 'sisa Rp8.000 jadi bon'] },
      { say: 'eh sorry tadi cust beras bayarnya 25rb bukan 20rb', reply: ['DP Rp25.000', 'sisa Rp3.000 jadi bon'], not: ['Pengeluaran', 'tidak ketemu'] },
      { say: 'bu yati ambil gula 2 kg, bayar 20rb sisanya ngebon', reply: ['DP Rp20.000', 'sisa Rp16.000 jadi bon'] },
      { say: 'eh gulanya bayarnya 30rb bukan 20rb', reply: ['DP Rp30.000', 'sisa Rp6.000 jadi bon'], not: ['tidak ketemu'] },
      { say: 'laku kopi 2', reply: ['Kopi Kapal Api 2 sachet'] },
      { say: 'eh sorry tadi pembeli yg gula itu bayarnya 50rb bukan 20rb', reply: ['Kak'], not: ['Pengeluaran', 'tercatat'] },
    ],
    rows: [{
      sql: `select c.name, d.amount, d.paid, d.status from debts d join contacts c on c.id = d.contact_id where d.tenant_id = $1 and d.status <> 'void' order by c.name`,
      rows: [{ name: 'Bu Yati', amount: 36000, paid: 30000, status: 'open' }, { name: 'Pak Agus', amount: 28000, paid: 25000, status: 'open' }],
    }, {
      sql: `select count(*)::int as n from transactions where tenant_id = $1 and kind = 'expense'`, rows: [{ n: 0 }],
    }],
  },
  {
    // Debts try: "payu teh pucuk 5 botol @3500", another sale, then "yang teh pucuk tadi salah, harusnya 4 botol" shared the
    // Rp17.500 over 4 bottles (Rp4.375 each): an earlier entry read back from the books lost that the price was each.
    name: 'an earlier entry priced each, corrected in count, keeps its price each', at,
    tenant: { ...wib, products: [...basicProducts, ['Teh Pucuk Harum', 'btl', 4000, 3000, 30, ['teh pucuk']]] },
    steps: [
      { say: 'payu teh pucuk 5 botol @3500', reply: ['Teh Pucuk Harum 5 btl × Rp3.500'] },
      { say: 'laku aqua 1 btl', reply: ['Aqua 600 ml 1 btl'] },
      { say: 'yang teh pucuk tadi salah, harusnya 4 botol', reply: ['Teh Pucuk Harum 4 btl × Rp3.500 = Rp14.000'], not: ['Rp4.375'] },
      { say: 'laku indomie goreng 10 bks 35rb', reply: ['Indomie Goreng 10 bks'] },
      { say: 'laku kopi 2', reply: ['Kopi Kapal Api 2 sachet'] },
      { say: 'yang indomie tadi salah, harusnya 8 bks', reply: ['Indomie Goreng 8 bks × Rp3.500 = Rp28.000'] },
    ],
    rows: [{ sql: lines('Teh Pucuk Harum'), rows: [
      { qty: 5, unit_price: 3500, total: 17500, kind: 'sale', payment: 'cash', status: 'voided' },
      { qty: 4, unit_price: 3500, total: 14000, kind: 'sale', payment: 'cash', status: 'posted' },
    ] }],
  },
  {
    // Corrections tries (thirty-seventh session): "eh bu ani ga jadi ngutang, bayar cash" voided her credit sale (Rp28.000 of
    // sales lost, nothing booked in cash); "ternyata dibayar lunas barusan" made a debtor "Ternyata"; "eh pak Budi bayar tunai
    // ternyata" asked "Berapa, Kak?". Another person named is not about the entry.
    name: 'a sale on the tab paid after all, its buyer named first, is booked in cash', at, tenant: wib,
    steps: [
      { say: 'bu ani bon gula 2 kg', reply: ['bon Bu Ani', 'Gula Pasir 2 kg'] },
      { say: 'eh bu ani ga jadi ngutang, bayar cash', reply: ['Sudah dibatalkan', 'Penjualan (Bu Ani) Gula Pasir 2 kg'], not: ['Batalkan catatan ini'] },
      { say: 'mas joko ngutang gula 1 kg', reply: ['bon Mas Joko'] },
      { say: 'ternyata dibayar lunas barusan', reply: ['Sudah dibatalkan', 'Penjualan (Mas Joko) Gula Pasir 1 kg'], not: ['Ternyata belum'] },
      { say: 'pak budi ngebon gula 1 kg', reply: ['bon Pak Budi'] },
      { say: 'eh pak Budi bayar tunai ternyata', reply: ['Sudah dibatalkan', 'Penjualan (Pak Budi) Gula Pasir 1 kg'], not: ['Berapa'] },
      // Round two: "eh pak budi bukan ngutang, dia bayar qris" asked "Bayar berapa?".
      { say: 'pak budi ngebon gula 1 kg', reply: ['bon Pak Budi'] },
      { say: 'eh pak budi bukan ngutang, dia bayar qris', reply: ['Sudah dibatalkan', 'Penjualan (Pak Budi) Gula Pasir 1 kg', 'QRIS'], not: ['Berapa'] },
      { say: 'bu yati ngebon gula 1 kg', reply: ['bon Bu Yati'] },
      { say: 'bu ani bayar cash ternyata', reply: ['Berapa'], not: ['Sudah dibatalkan'] },
      { say: 'ga jadi', reply: [] },
    ],
    rows: [{ sql: debts, rows: [
      { name: 'Bu Ani', kind: 'customer', direction: 'receivable', amount: 36000, paid: 0, status: 'void' },
      { name: 'Mas Joko', kind: 'customer', direction: 'receivable', amount: 18000, paid: 0, status: 'void' },
      { name: 'Pak Budi', kind: 'customer', direction: 'receivable', amount: 18000, paid: 0, status: 'void' },
      { name: 'Pak Budi', kind: 'customer', direction: 'receivable', amount: 18000, paid: 0, status: 'void' },
      { name: 'Bu Yati', kind: 'customer', direction: 'receivable', amount: 18000, paid: 0, status: 'open' },
    ] }],
  },
];
