// The thirty-second session's tries on who pays what: one customer's goods part paid and part owed said right after each
// goods, a cash sale beside someone's debt of money, a debt paid for someone else, and a size said before its pack.
import { level, lines } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const wib = { timezone: 'Asia/Jakarta' as const, products: basicProducts, cashier: true };
const at = '2026-11-21T05:00:00Z';
const openDebts = `select c.name, d.amount, d.paid from debts d join contacts c on c.id = d.contact_id
  where d.tenant_id = $1 and d.status <> 'void' order by c.name, d.created_at`;

export const paidPartsScripts: Script[] = [
  {
    // Debts try: "bu iin ambil gula 1 kg kontan sama telur 1 kg ngutang" put both on credit; "…, minyakitanya bayar kontan
    // telurnya ngutang dulu" booked four lines (each goods twice), all owed; "… bayar tunai, rokok surya 1 bks ngebon" owed all.
    name: 'goods paid and goods owed said right after each are a cash sale and a credit sale', at,
    tenant: { ...wib, products: [...basicProducts, ['Minyakita 1 L', 'pcs', 17500, 15500, 24, ['minyakita']]] },
    steps: [
      { say: 'bu iin ambil gula 1 kg kontan sama telur 1 kg ngutang', reply: ['Gula Pasir 1 kg', 'bon Bu Iin', 'Telur Ayam 1 kg'] },
      { say: 'teh wati beli telur 1 kg sama minyakita 1 liter, minyakitanya bayar kontan telurnya ngutang dulu', reply: ['Minyakita 1 L 1 pcs', 'bon Teh Wati', 'Telur Ayam 1 kg × Rp30.000'] },
      { say: 'pak darto beli aqua 2 botol bayar tunai, rokok surya 1 bks ngebon', reply: ['Aqua 600 ml 2 btl', 'bon Pak Darto', 'Rokok Surya 12 1 bks'] },
      // Corrections try, round two: the person owing said last put the whole Rp36.000 on her tab.
      { say: 'laku gula 1 kg tunai, minyakita 1 ngutang bu Ani', reply: ['Penjualan Gula Pasir 1 kg × Rp18.000', '(bon Bu Ani) Minyakita 1 L 1 pcs × Rp17.500', 'Total utang Bu Ani sekarang Rp17.500'] },
    ],
    rows: [
      { sql: openDebts, rows: [{ name: 'Bu Ani', amount: 17500, paid: 0 }, { name: 'Bu Iin', amount: 30000, paid: 0 }, { name: 'Pak Darto', amount: 29000, paid: 0 }, { name: 'Teh Wati', amount: 30000, paid: 0 }] },
      { sql: level('Telur Ayam'), rows: [{ level: 8 }] },
      { sql: level('Minyakita 1 L'), rows: [{ level: 22 }] },
      { sql: lines('Gula Pasir'), rows: [{ qty: 1, unit_price: 18000, total: 18000, kind: 'sale', payment: 'cash', status: 'posted' }, { qty: 1, unit_price: 18000, total: 18000, kind: 'sale', payment: 'cash', status: 'posted' }] },
    ],
  },
  {
    // Debts try: "laku kopi 2 cash, bu yati ngutang 10rb" sold the coffee to Bu Yati on credit at Rp5.000 a sachet;
    // "bu narti bayarin utangnya teh wati 15rb" found Bu Narti had no debt (or took it off her own).
    name: 'a cash sale beside a debt of money, and a debt paid by someone else, land on the right people', at, tenant: wib,
    steps: [
      { say: 'laku kopi 2 cash, bu yati ngutang 10rb', reply: ['Kopi Kapal Api 2 sachet × Rp2.000', 'Utang Bu Yati Rp10.000'], not: ['bon Bu Yati'] },
      { say: 'teh wati ngebon telur 1 kg', reply: ['bon Teh Wati'] },
      { say: 'bu narti ngutang 12rb', reply: ['Utang Bu Narti Rp12.000'] },
      { say: 'bu narti bayarin utangnya teh wati 15rb', reply: ['Teh Wati bayar utang Rp15.000', 'Sisa utang Teh Wati Rp15.000'] },
      // Corrections try: "payu kopi 3 sama …. trus bu ani kasbon 20rb" sold the coffee to Bu Ani on credit, prices raised to fit.
      { say: 'payu kopi 3 sama indomie goreng 2. trus bu ani kasbon 20rb', reply: ['Kopi Kapal Api 3 sachet × Rp2.000', 'Indomie Goreng 2 bks × Rp3.500', 'Utang Bu Ani Rp20.000'], not: ['bon Bu Ani'] },
    ],
    rows: [{ sql: openDebts, rows: [{ name: 'Bu Ani', amount: 20000, paid: 0 }, { name: 'Bu Narti', amount: 12000, paid: 0 }, { name: 'Bu Yati', amount: 10000, paid: 0 }, { name: 'Teh Wati', amount: 30000, paid: 15000 }] }],
  },
  {
    // Sunda try: "kulakan minyak sania 2 liter 1 dus isi 6 228rb" bought into the 1 L bottles; "eh kopi tadi harganya 2500 ya"
    // asked what "1 ya" of coffee holds and kept the answer as a unit.
    name: 'a size before its pack names the goods, and a particle after a corrected price is no unit', at,
    tenant: { ...wib, products: [...basicProducts, ['Minyak Goreng Sania 1 L', 'pcs', 21000, 19000, 10, ['minyak sania']], ['Minyak Goreng Sania 2 L', 'pcs', 41000, 38000, 10, ['minyak sania']]] },
    steps: [
      { say: 'kulakan minyak sania 2 liter 1 dus isi 6 228rb', reply: ['Minyak Goreng Sania 2 L 1 dus (6 pcs)', 'Rp228.000'] },
      { say: 'laku kopi 2', reply: ['Kopi Kapal Api 2 sachet'] },
      { say: 'laku aqua 1', reply: ['Aqua 600 ml 1 btl'] },
      { say: 'eh kopi tadi harganya 2500 ya', reply: ['Kopi Kapal Api 2 sachet × Rp2.500'], not: ['isinya'] },
    ],
    rows: [
      { sql: level('Minyak Goreng Sania 2 L'), rows: [{ level: 16 }] },
      { sql: level('Minyak Goreng Sania 1 L'), rows: [{ level: 10 }] },
    ],
  },
  {
    // Makassar try: "sampoerna tadi dibayar pake qris ji" with a sale booked since asked "Berapa, Kak?", and the answer
    // booked a Rp72.000 expense paid by QRIS beside the cash sale.
    name: 'an earlier sale said paid another way is re-booked with that payment, nothing new booked', at, tenant: wib,
    steps: [
      { say: 'laku surya 2 bks', reply: ['Rokok Surya 12 2 bks'] },
      { say: 'laku kopi 2', reply: ['Kopi Kapal Api 2 sachet'] },
      { say: 'surya tadi dibayar pake qris ji', reply: ['Sudah dibatalkan', 'Rokok Surya 12 2 bks', 'Dibayar via QRIS'], not: ['Berapa', 'Pengeluaran'] },
    ],
    rows: [
      { sql: lines('Rokok Surya 12'), rows: [
        { qty: 2, unit_price: 29000, total: 58000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 2, unit_price: 29000, total: 58000, kind: 'sale', payment: 'qris', status: 'posted' },
      ] },
      { sql: `select count(*)::int as n from transactions where tenant_id = $1 and kind = 'expense'`, rows: [{ n: 0 }] },
    ],
  },
  {
    // Debts try: "bu iin ngutang rokok" → "Rokok yang mana?" → "sampoerna mild sebungkus" (not in the list) was read as a new
    // message, asked as a cash sale, and "ya" booked it so: Bu Iin's bon was lost.
    name: 'other goods of the catalogue named to "which one?" answer it, the credit kept', at,
    tenant: { ...wib, products: [...basicProducts, ['Rokok Surya 16', 'bks', 38000, 35000, 20, ['surya 16', 'rokok surya 16']], ['Sampoerna Mild 16', 'bks', 36000, 33000, 20, ['sampoerna mild', 'sampoerna']]] },
    steps: [
      { say: 'bu iin ngutang rokok', reply: ['yang mana'] },
      { say: 'sampoerna mild sebungkus', reply: ['bon Bu Iin', 'Sampoerna Mild 16 1 bks'], not: ['lewati'] },
      { say: 'laku aqua 2', reply: ['Aqua 600 ml 2 btl'] },
    ],
    rows: [{ sql: openDebts, rows: [{ name: 'Bu Iin', amount: 36000, paid: 0 }] }],
  },
];
