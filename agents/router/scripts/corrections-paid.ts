// Corrections of what was paid (the thirty-second session's tries): a down payment corrected with the goods or the person
// named first, and "N, not M" that no correction pattern reads is asked about, never booked as a new entry.
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
];
