// "salah, harusnya …": what was booked last by this sender (or an earlier entry it names) is corrected.
import { debts, level, lines } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const wib = { timezone: 'Asia/Jakarta' as const, products: basicProducts, cashier: true };
const at = '2026-11-21T05:00:00Z';

export const correctionScripts: Script[] = [
  {
    name: 'correction of a quantity: "salah, harusnya 5 bukan 3"', at, tenant: wib,
    steps: [
      { say: 'laku indomie goreng 3 bks', reply: ['tercatat', 'Indomie Goreng 3 bks'] },
      { say: 'salah, harusnya 5 bukan 3', reply: ['dibatalkan', 'Indomie Goreng 5 bks × Rp3.500 = Rp17.500'] },
    ],
    rows: [
      { sql: lines('Indomie Goreng'), rows: [
        { qty: 3, unit_price: 3500, total: 10500, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 5, unit_price: 3500, total: 17500, kind: 'sale', payment: 'cash', status: 'posted' },
      ] },
      { sql: level('Indomie Goreng'), rows: [{ level: 35 }] },
    ],
  },
  {
    name: 'a correction in Sundanese, with a sorry and "the one before" first (owner try: "hapunten, nu tadi salah, gasna 4 tabung" was not understood)',
    at, tenant: wib,
    steps: [
      { say: 'meuli beas 5 kilo 65rb', reply: ['tercatat', 'Beras Medium 5 kg'] },
      { say: 'hapunten, nu tadi salah, beasna 4 kilo', reply: ['Totalnya tetap Rp65.000, atau jadi Rp52.000'] },
      { say: 'tetep', reply: ['dibatalkan', 'Beras Medium 4 kg × Rp16.250 = Rp65.000'] },
    ],
    rows: [{ sql: level('Beras Medium'), rows: [{ level: 54 }] }],
  },
  {
    // Owner tries (Medan, Bandung, Banyumas): "bah, salah, gulanya sekilo" and "lepat, berasna dua kilo" were not
    // understood (a count in words), and after two goods the line named could not be found.
    name: 'a correction with the count in words and the goods named with a possessive, also on one line of two', at, tenant: wib,
    steps: [
      { say: 'laku telor 2 kilo', reply: ['Telur Ayam 2 kg'] },
      { say: 'salah, telore sakilo', reply: ['dibatalkan', 'Telur Ayam 1 kg × Rp30.000 = Rp30.000'] },
      { say: 'laku beras 3 kilo', reply: ['Beras Medium 3 kg'] },
      { say: 'lepat, berasna dua kilo', reply: ['dibatalkan', 'Beras Medium 2 kg × Rp14.000 = Rp28.000'] },
      { say: 'laku indomie goreng 2 sama aqua 1', reply: ['Aqua 600 ml 1 btl'] },
      { say: 'bah, salah, aquanya tiga', reply: ['dibatalkan', 'Indomie Goreng 2 bks × Rp3.500', 'Aqua 600 ml 3 btl × Rp4.000 = Rp12.000', 'Total Rp19.000'] },
      // Seen last session: a sorry and the goods with a count, without "salah" (su "hapunten, kopina tilu").
      { say: 'laku kopi 2 sachet', reply: ['Kopi Kapal Api 2 sachet'] },
      { say: 'hapunten, kopina tilu', reply: ['dibatalkan', 'Kopi Kapal Api 3 sachet × Rp2.000 = Rp6.000'], not: ['belum paham'] },
    ],
    rows: [
      { sql: level('Telur Ayam'), rows: [{ level: 9 }] }, { sql: level('Beras Medium'), rows: [{ level: 48 }] },
      { sql: level('Aqua 600 ml'), rows: [{ level: 21 }] }, { sql: level('Indomie Goreng'), rows: [{ level: 38 }] },
      { sql: level('Kopi Kapal Api'), rows: [{ level: 57 }] },
    ],
  },
  {
    // Owner try (Yogya): "lha sing aqua mau salah, 4 dus" (the goods before "salah") was not understood.
    name: 'a correction naming the goods before "salah" (jv "lha sing aqua mau salah, 4 dus"), on the last booking of two lines', at, tenant: wib,
    steps: [
      { say: 'kulakan telor 5 kg @ 27rb', reply: ['Telur Ayam 5 kg'] },
      { say: 'lha sing telor mau salah, 4 kg', reply: ['dibatalkan', 'Telur Ayam 4 kg × Rp27.000 = Rp108.000'] },
      { say: 'laku indomie goreng 2 sama kopi 3', reply: ['Kopi Kapal Api 3 sachet'] },
      { say: 'yg kopi tadi salah harusnya 4', reply: ['dibatalkan', 'Indomie Goreng 2 bks', 'Kopi Kapal Api 4 sachet × Rp2.000 = Rp8.000'] },
      // Own try (jv): "sing aqua mau dudu sedus tapi rong dus", the goods as "the one before", then not-but.
      { say: 'kulakan aqua 1 dus isi 24 72rb sama gula 2 kg 32rb', reply: ['Aqua 600 ml 1 dus'] },
      { say: 'sing aqua mau dudu sedus tapi rong dus', reply: ['dibatalkan', 'Aqua 600 ml 2 dus', 'Gula Pasir 2 kg'] },
    ],
    rows: [
      { sql: level('Telur Ayam'), rows: [{ level: 14 }] },
      { sql: level('Kopi Kapal Api'), rows: [{ level: 56 }] }, { sql: level('Indomie Goreng'), rows: [{ level: 38 }] },
      { sql: level('Gula Pasir'), rows: [{ level: 22 }] },
    ],
  },
  {
    // Sunda try: "beas 2 kilo tadi salah, kuduna 3 kilo" (the goods and their old count first) was not understood, then
    // "beas" (rice) was not found among the entries of Beras Medium.
    name: 'a correction naming the goods and their old count before "salah", in Sundanese', at, tenant: wib,
    steps: [
      { say: 'laku beras 2 kg', reply: ['Beras Medium 2 kg'] },
      { say: 'beras 2 kg tadi salah, harusnya sekilo', reply: ['dibatalkan', 'Beras Medium 1 kg × Rp14.000 = Rp14.000'] },
      { say: 'ceu enok nganjuk beas 2 kilo', reply: ['Beras Medium 2 kg'] },
      { say: 'meser kopi 2 saset 4 rebu', reply: ['Kopi Kapal Api'] },
      // An earlier entry (a credit sale) is re-booked in place, still on Ceu Enok's bon.
      { say: 'beas 2 kilo tadi salah, kuduna 3 kilo', reply: ['dibatalkan', 'Beras Medium 3 kg × Rp14.000 = Rp42.000', 'bon Ceu Enok'], not: ['tidak ketemu'] },
    ],
    rows: [
      { sql: level('Beras Medium'), rows: [{ level: 46 }] },
      { sql: debts, rows: [
        { name: 'Ceu Enok', kind: 'customer', direction: 'receivable', amount: 28000, paid: 0, status: 'void' },
        { name: 'Ceu Enok', kind: 'customer', direction: 'receivable', amount: 42000, paid: 0, status: 'open' },
      ] },
    ],
  },
  {
    // Makassar try: "eh salah ki, indomie tadi 6 bungkus bukan 5" (the sale was never booked) answered that "indomi" was
    // not found: the goods as searched (the possessive "-e" taken off), not as typed.
    name: 'a correction naming goods not booked today names them as typed', at, tenant: wib,
    steps: [
      { say: 'laku aqua 600ml 2 btl 8rb', reply: ['Aqua 600 ml 2 btl'] },
      { say: 'eh salah ki, indomie tadi 6 bungkus bukan 5', reply: ['Catatan "indomie" tidak ketemu'], not: ['"indomi"', 'dibatalkan'] },
    ],
    rows: [{ sql: `select count(*)::int as n from transactions where tenant_id = $1 and status = 'voided'`, rows: [{ n: 0 }] }],
  },
  {
    // Owner try (Bali): "koreksi, cabenya tadi 25rb bukan 30rb" after "bayar banjar 50rb" was offered to undo only.
    name: 'a price corrected on an earlier entry of several lines re-books it; one with a cash part is offered to undo', at, tenant: wib,
    steps: [
      { say: 'kulakan gula 2 kg 32rb, telur 1/2 kg 13rb', reply: ['Gula Pasir 2 kg', 'Telur Ayam 0,5 kg'] },
      { say: 'bayar banjar 50rb', reply: ['Pengeluaran Banjar Rp50.000'] },
      { say: 'koreksi, telurnya tadi 14rb bukan 13rb', reply: ['dibatalkan', 'Gula Pasir 2 kg × Rp16.000 = Rp32.000', 'Telur Ayam 0,5 kg × Rp28.000 = Rp14.000', 'Total Rp46.000'] },
      { say: 'laku beras 5 kg 70rb, bayar 50rb qris 20rb tunai', reply: ['Rp20.000 tunai'] },
      { say: 'bayar parkir 5rb', reply: ['Rp5.000'] },
      { say: 'koreksi, berasnya tadi 4 kg bukan 5 kg', reply: ['hanya catatan terakhir', 'Batalkan catatan ini'] },
      { say: 'tidak', reply: ['tidak jadi dibatalkan'] },
    ],
    rows: [
      { sql: `select total, status from transactions where tenant_id = $1 and kind = 'purchase' order by created_at`, rows: [
        { total: 45000, status: 'voided' }, { total: 46000, status: 'posted' },
      ] },
      { sql: `select total, status, cash_part from transactions where tenant_id = $1 and kind = 'sale'`, rows: [{ total: 70000, status: 'posted', cash_part: 20000 }] },
    ],
  },
  {
    // Seen last session: after "beli gula 2 kg sama beras 3 kg 80rb", "salah, gulanya 1 kg" kept gula's old share
    // (Rp37.569) as if it were its price; one total said for both lines is now shared again.
    name: 'a correction of one line of several that shared one total shares the total again', at, tenant: wib,
    steps: [
      { say: 'beli gula 2 kg sama beras 3 kg 80rb', reply: ['Total Rp80.000'] },
      { say: 'salah, gulanya 1 kg', reply: ['dibatalkan', 'Gula Pasir 1 kg', 'Total Rp80.000'], not: ['Rp37.'] },
      // A total said for several lines holds after a correction of one of its counts ("aqua 600 1" is one bottle of the
      // 600 ml: it was read as 600 bottles, and the sale was asked "Yakin?").
      { say: 'laku indomie goreng 2 sama aqua 600 1, total 10rb', reply: ['Aqua 600 ml 1 btl', 'Total Rp10.000'], not: ['Yakin'] },
      { say: 'salah, aquane 2', reply: ['Aqua 600 ml 2 btl', 'Total Rp10.000'] },
    ],
    rows: [
      // Gula's part is about half of what two kilos had (Rp37.569), the two lines still Rp80.000.
      { sql: `select sum(l.total)::int as total, sum(l.total) filter (where p.name = 'Gula Pasir' and l.qty = 1) between 20000 and 26000 as gula_halved
               from transaction_lines l join transactions t on t.id = l.transaction_id join products p on p.id = l.product_id
              where t.tenant_id = $1 and t.status = 'posted' and t.kind = 'purchase'`, rows: [{ total: 80000, gula_halved: true }] },
      { sql: `select sum(l.total)::int as total from transaction_lines l join transactions t on t.id = l.transaction_id
               where t.tenant_id = $1 and t.status = 'posted' and t.kind = 'sale'`, rows: [{ total: 10000 }] },
    ],
  },
  {
    name: 'correction of a price', at, tenant: wib,
    steps: [
      { say: 'laku telur 2 kg', reply: ['tercatat', 'Rp30.000'] },
      { say: 'salah harusnya 28rb bukan 30rb', reply: ['Telur Ayam 2 kg × Rp28.000 = Rp56.000'] },
    ],
    rows: [{ sql: lines('Telur Ayam'), rows: [
      { qty: 2, unit_price: 30000, total: 60000, kind: 'sale', payment: 'cash', status: 'voided' },
      { qty: 2, unit_price: 28000, total: 56000, kind: 'sale', payment: 'cash', status: 'posted' },
    ] }],
  },
  {
    name: 'a price said back after a sale: "telure 28 ewu sekilo" re-books that sale at 28.000 a kilo (owner try: "gulane 17 ewu sekilo" was a new sale of 1 kg)', at, tenant: wib,
    steps: [
      { say: 'wingi sore payu telur 2 kilo', reply: ['Telur Ayam 2 kg × Rp30.000'] },
      { say: 'telure 28 ewu sekilo', reply: ['dibatalkan', 'Telur Ayam 2 kg × Rp28.000 = Rp56.000'] },
      { say: 'eh salah, telurnya 27rb/kg', reply: ['dibatalkan', 'Telur Ayam 2 kg × Rp27.000 = Rp54.000'] },
    ],
    rows: [{ sql: lines('Telur Ayam'), rows: [
      { qty: 2, unit_price: 30000, total: 60000, kind: 'sale', payment: 'cash', status: 'voided' },
      { qty: 2, unit_price: 28000, total: 56000, kind: 'sale', payment: 'cash', status: 'voided' },
      { qty: 2, unit_price: 27000, total: 54000, kind: 'sale', payment: 'cash', status: 'posted' },
    ] }],
  },
  {
    name: 'a price said back by the word typed, its possessive apart: "beas na 13rb sakilo" after "nganjuk beas 2 kilo" (owner try, Sundanese: a new product "beas na")', at, tenant: wib,
    steps: [
      { say: 'ceu enok nganjuk beas 2 kilo', reply: ['Beras Medium 2 kg × Rp14.000'] },
      { say: 'beas na 13rb sakilo', reply: ['dibatalkan', 'Beras Medium 2 kg × Rp13.000 = Rp26.000'], not: ['Produk baru'] },
    ],
    rows: [{ sql: lines('Beras Medium'), rows: [
      { qty: 2, unit_price: 14000, total: 28000, kind: 'sale', payment: 'credit', status: 'voided' },
      { qty: 2, unit_price: 13000, total: 26000, kind: 'sale', payment: 'credit', status: 'posted' },
    ] }],
  },
  {
    name: 'the payment said after a sale re-books it paid that way (cashier try: "pembeli tadi bayar pake qris" got the help reply)', at, tenant: wib,
    steps: [
      { say: 'laku indomie soto 3 bks', reply: ['Indomie Soto 3 bks × Rp3.500'], not: ['QRIS'] },
      { say: 'pembeli tadi bayar pake qris', reply: ['dibatalkan', 'Indomie Soto 3 bks × Rp3.500 = Rp10.500', 'QRIS'] },
      { say: 'salah, bayarnya qris', reply: ['Sudah tercatat dibayar QRIS'], not: ['dibatalkan'] },
      { say: 'eh lewat transfer ding', reply: ['dibatalkan', 'transfer'] },
    ],
    rows: [{ sql: lines('Indomie Soto'), rows: [
      { qty: 3, unit_price: 3500, total: 10500, kind: 'sale', payment: 'cash', status: 'voided' },
      { qty: 3, unit_price: 3500, total: 10500, kind: 'sale', payment: 'qris', status: 'voided' },
      { qty: 3, unit_price: 3500, total: 10500, kind: 'sale', payment: 'transfer', status: 'posted' },
    ] }],
  },
  {
    name: 'a price after goods not in the last booking is a message of its own', at, tenant: wib,
    steps: [
      { say: 'laku telur 2 kg', reply: ['Telur Ayam 2 kg'] },
      { say: 'kopinya 2rb', reply: ['Kopi'], not: ['dibatalkan'] },
    ],
  },
  {
    name: 'correction of a product', at, tenant: wib,
    steps: [
      { say: 'laku indomie goreng 2', reply: ['tercatat'] },
      { say: 'eh salah, harusnya indomie soto', reply: ['dibatalkan', 'Indomie Soto 2 bks'] },
    ],
    rows: [
      { sql: level('Indomie Goreng'), rows: [{ level: 40 }] },
      { sql: level('Indomie Soto'), rows: [{ level: 28 }] },
    ],
  },
  {
    // Owner try: "eh bukan bu tini, bu tina" and "yang aqua harusnya qris" got the help text; "eh salah 8 bks" after
    // "10 bks 35rb" (10 at the shelf price) booked 8 at Rp4.375.
    name: 'corrections of the person, of the payment naming the goods, and of a count whose total was the shelf price', at, tenant: wib,
    steps: [
      { say: 'bu tini ngutang beras 3 kilo', reply: ['bon Bu Tini', 'Total utang Bu Tini sekarang Rp42.000'] },
      { say: 'eh bukan bu tini, bu tina', reply: ['dibatalkan', 'bon Bu Tina', 'Total utang Bu Tina sekarang Rp42.000'] },
      { say: 'laku aqua 5 btl 20rb', reply: ['Aqua 600 ml 5 btl × Rp4.000'] },
      { say: 'yang aqua harusnya qris', reply: ['dibatalkan', 'QRIS'] },
      { say: 'laku indomie goreng 10 bks 35rb', reply: ['Indomie Goreng 10 bks × Rp3.500 = Rp35.000'] },
      { say: 'eh salah 8 bks', reply: ['dibatalkan', 'Indomie Goreng 8 bks × Rp3.500 = Rp28.000'] },
    ],
    rows: [
      { sql: `${debts.replace('order by', "and d.status <> 'void' order by")}`, rows: [{ name: 'Bu Tina', kind: 'customer', direction: 'receivable', amount: 42000, paid: 0, status: 'open' }] },
      { sql: lines('Aqua 600 ml'), rows: [
        { qty: 5, unit_price: 4000, total: 20000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 5, unit_price: 4000, total: 20000, kind: 'sale', payment: 'qris', status: 'posted' },
      ] },
      { sql: level('Indomie Goreng'), rows: [{ level: 32 }] },
    ],
  },
  {
    name: 'correction of a debt amount', at, tenant: wib,
    steps: [
      { say: 'pak budi ngutang 25rb', reply: ['tercatat'] },
      { say: 'salah, harusnya 30rb', reply: ['Rp30.000'] },
    ],
    rows: [{ sql: `${debts.replace('order by', "and d.status <> 'void' order by")}`, rows: [{ name: 'Pak Budi', kind: 'customer', direction: 'receivable', amount: 30000, paid: 0, status: 'open' }] }],
  },
  {
    // Owner try (Semarang): "ding" after "the one before" was not understood, and "mie sedap soto 4" named both
    // Mie Sedaap lines of the sale (a word of each), so no line was changed. The same here with Indomie.
    name: 'jv "sing … mau 4 ding" corrects the named line of a two-line sale', at, tenant: wib,
    steps: [
      { say: 'indomie soto payu 3, sing goreng 2', reply: ['Indomie Soto 3 bks', 'Indomie Goreng 2 bks'] },
      { say: 'eh sing indomie soto mau 4 ding', reply: ['dibatalkan', 'Indomie Soto 4 bks', 'Indomie Goreng 2 bks'] },
    ],
    rows: [
      { sql: level('Indomie Soto'), rows: [{ level: 26 }] },
      { sql: level('Indomie Goreng'), rows: [{ level: 38 }] },
    ],
  },
  {
    // City owner try: "eh teh pucuknya 5 aja bukan 6" got the help reply (no "salah", no "yg tadi").
    name: 'goods and both numbers correct the last sale', at, tenant: wib,
    steps: [
      { say: 'laku indomie goreng 6', reply: ['tercatat', 'Indomie Goreng 6 bks'] },
      { say: 'eh indomie gorengnya 5 aja bukan 6', reply: ['dibatalkan', 'Indomie Goreng 5 bks'] },
    ],
    rows: [{ sql: level('Indomie Goreng'), rows: [{ level: 35 }] }],
  },
  {
    // Owner try: "5 bukan 4 indomienya" (the numbers first, the goods after) got the help reply.
    name: 'the numbers first, then the goods or none, correct the last sale', at, tenant: wib,
    steps: [
      { say: 'laku indomie goreng 4', reply: ['tercatat', 'Indomie Goreng 4 bks'] },
      { say: '5 bukan 4 indomie gorengnya', reply: ['dibatalkan', 'Indomie Goreng 5 bks'] },
      { say: 'eh 6 bks aja bukan 5', reply: ['dibatalkan', 'Indomie Goreng 6 bks'] },
    ],
    rows: [{ sql: level('Indomie Goreng'), rows: [{ level: 34 }] }],
  },
  {
    // Helper tries: "eh typo td es kopsu nya 6 bkn 7" and jv "lho kleru, 2 bks ae" got the help reply.
    name: 'a typo said as "typo", a slip of "keliru" and jv "ae" correct the last sale', at, tenant: wib,
    steps: [
      { say: 'laku indomie goreng 7', reply: ['tercatat', 'Indomie Goreng 7 bks'] },
      { say: 'eh typo td indomie goreng nya 6 bkn 7', reply: ['dibatalkan', 'Indomie Goreng 6 bks'] },
      { say: 'lho kleru, 4 bks ae', reply: ['dibatalkan', 'Indomie Goreng 4 bks'] },
    ],
    rows: [{ sql: level('Indomie Goreng'), rows: [{ level: 36 }] }],
  },
  {
    // Cashier try: "lho kok dobel, hapus yg terakhir" looked for an entry of goods "dobel", and "kedobelan, hapus 1"
    // offered entry number 1 of the day.
    name: 'an entry sent twice: "dobel" and its number point at the last one', at, tenant: wib,
    steps: [
      { say: 'laku indomie goreng 1', reply: ['tercatat'] },
      { say: 'laku aqua 2', reply: ['tercatat'] },
      { say: 'laku aqua 2', reply: ['tercatat'] },
      { say: 'lho kok dobel, hapus yg terakhir', reply: ['Batalkan catatan ini', 'Aqua 600 ml 2 btl'] },
      { say: 'tidak', reply: ['tidak jadi'] },
      { say: 'kedobelan, hapus 1', reply: ['Batalkan catatan ini', 'Aqua 600 ml 2 btl'], not: ['Indomie'] },
      { say: 'ya', reply: ['dibatalkan'] },
    ],
    rows: [{ sql: level('Aqua 600 ml'), rows: [{ level: 22 }] }],
  },
  {
    // Owner try (Medan): the numbers fitted the bawang bought last, so the gula sale named stayed at 2 kg.
    name: 'a correction naming goods and a person of an earlier entry changes that entry, not the last one', at, tenant: wib,
    steps: [
      { say: 'jual gula 2 kilo sama inang br sitorus, cash', reply: ['Penjualan (Inang Br Sitorus) Gula Pasir 2 kg'] },
      { say: 'kulakan telur 2 kg 50rb', reply: ['Pembelian Telur Ayam 2 kg'] },
      { say: 'eh salah, gula inang sitorus tadi 3 kilo bukan 2', reply: ['dibatalkan', 'Gula Pasir 3 kg × Rp18.000 = Rp54.000'], not: ['Telur Ayam 3 kg'] },
    ],
    rows: [
      { sql: level('Gula Pasir'), rows: [{ level: 17 }] }, { sql: level('Telur Ayam'), rows: [{ level: 12 }] },
      { sql: lines('Gula Pasir'), rows: [
        { qty: 2, unit_price: 18000, total: 36000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 3, unit_price: 18000, total: 54000, kind: 'sale', payment: 'cash', status: 'posted' },
      ] },
    ],
  },
  {
    // Helper's new warung: "eh salah, gula tadi 90 ribu bukan 85" found nothing ("ribu" was taken for goods) and the
    // 85 was not the Rp85.000 booked.
    name: 'a correction of an earlier entry\'s money said in thousands ("90 ribu bukan 85")', at, tenant: wib,
    steps: [
      { say: 'kulakan gula 5 kg 85rb', reply: ['Pembelian Gula Pasir 5 kg × Rp17.000 = Rp85.000'] },
      { say: 'laku aqua 2 botol', reply: ['Aqua 600 ml 2 btl'] },
      { say: 'eh salah, gula tadi 90 ribu bukan 85', reply: ['dibatalkan', 'Pembelian Gula Pasir 5 kg × Rp18.000 = Rp90.000'], not: ['tidak ketemu', 'Batalkan catatan ini'] },
    ],
    rows: [{ sql: lines('Gula Pasir'), rows: [
      { qty: 5, unit_price: 17000, total: 85000, kind: 'purchase', payment: 'cash', status: 'voided' },
      { qty: 5, unit_price: 18000, total: 90000, kind: 'purchase', payment: 'cash', status: 'posted' },
    ] }],
  },
  {
    // Helpers' tries: "harusnya 5 bks 17,5rb" (a count with its money) asked "bagian mana yang salah?"; "harusnya 3 botol
    // 12rb" looked for goods called "botol"; "harusnya 4 botol 16rb" after teh pucuk offered to undo the Aqua before it;
    // "gg bukan 1 slop, 5 bungkus 125rb" made a product "gg bukan"; "tadi yg lifebuoy salah, cuma 1" was not understood.
    name: 'a count and its money corrected together; "X bukan A, B"; "the one before" said after "tadi"', at,
    tenant: { ...wib, products: [...basicProducts, ['Teh Botol Sosro', 'btl', 5000, 4000, 24, ['teh botol']], ['Sabun Lifebuoy', 'pcs', 4500, 3800, 24, ['lifebuoy']]] },
    steps: [
      { say: 'laku indomie goreng 4 bks 14rb', reply: ['Indomie Goreng 4 bks'] },
      { say: 'tadi salah, harusnya 5 bks 17,5rb', reply: ['dibatalkan', 'Indomie Goreng 5 bks × Rp3.500 = Rp17.500'] },
      { say: 'laku aqua 2 botol 8rb', reply: ['Aqua 600 ml 2 btl'] },
      { say: 'laku teh botol 3 botol 15rb', reply: ['Teh Botol'] },
      { say: 'tadi salah, harusnya 4 botol 20rb', reply: ['dibatalkan', 'Teh Botol Sosro 4 btl × Rp5.000 = Rp20.000'], not: ['Aqua'] },
      { say: 'laku rokok surya 1 slop 280rb', reply: ['Rokok Surya 12 1 slop'] },
      { say: 'tadi salah, surya bukan 1 slop, 5 bungkus 145rb', reply: ['dibatalkan', 'Rokok Surya 12 5 bks × Rp29.000 = Rp145.000'], not: ['Produk baru'] },
      { say: 'laku lifebuoy 2 pcs 9rb', reply: ['Lifebuoy'] },
      { say: 'tadi yg lifebuoy salah, cuma 1', reply: ['dibatalkan', 'Lifebuoy', '1 pcs'] },
    ],
    rows: [
      { sql: lines('Indomie Goreng'), rows: [
        { qty: 4, unit_price: 3500, total: 14000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 5, unit_price: 3500, total: 17500, kind: 'sale', payment: 'cash', status: 'posted' },
      ] },
      { sql: level('Aqua 600 ml'), rows: [{ level: 22 }] },
      { sql: level('Rokok Surya 12'), rows: [{ level: 15 }] },
      { sql: level('Sabun Lifebuoy'), rows: [{ level: 23 }] },
    ],
  },
  {
    // Helpers' tries: "salah, telornya setengah kilo 15rb" booked 1 kg at Rp15.000; "eh salah, kurang satu" after 4 bks
    // re-booked 1 bks.
    name: 'a correction with half a unit before the money; one said by how much it was off is asked', at, tenant: wib,
    steps: [
      { say: 'laku telur 1 kg 28rb', reply: ['Telur Ayam 1 kg'] },
      { say: 'salah, telornya setengah kilo 15rb', reply: ['dibatalkan', 'Telur Ayam 0,5 kg', 'Rp15.000'] },
      { say: 'laku indomie goreng 4 bks 14rb', reply: ['Indomie Goreng 4 bks'] },
      { say: 'eh salah, kurang satu', reply: ['jumlah yang benar berapa'], not: ['dibatalkan'] },
      { say: 'laku gula 1 kg 17rb', reply: ['Gula Pasir 1 kg'] },
      { say: 'keliru, gulanya setengah kilo 8500', reply: ['dibatalkan', 'Gula Pasir 0,5 kg', 'Rp8.500'] },
      { say: 'laku telur 1 kg 28rb', reply: ['Telur Ayam 1 kg'] },
      { say: 'salah, telurnya cuma 1/2 kilo 14rb', reply: ['dibatalkan', 'Telur Ayam 0,5 kg', 'Rp14.000'] },
    ],
    rows: [
      { sql: lines('Telur Ayam'), rows: [
        { qty: 1, unit_price: 28000, total: 28000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 0.5, unit_price: 30000, total: 15000, kind: 'sale', payment: 'cash', status: 'posted' },
        { qty: 1, unit_price: 28000, total: 28000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 0.5, unit_price: 28000, total: 14000, kind: 'sale', payment: 'cash', status: 'posted' },
      ] },
      { sql: level('Indomie Goreng'), rows: [{ level: 36 }] },
      { sql: level('Gula Pasir'), rows: [{ level: 19.5 }] },
    ],
  },
  {
    // A helper's try: "salah, kurangnya 10rb" on a part-paid sale read Rp10.000 as the total, below what was paid: the new
    // entry was refused after the old one was voided, and the sale, its down payment and its debt were all gone.
    name: 'a correction of what was paid on a sale paid in part; one the books refuse leaves the entry as it was', at, tenant: wib,
    steps: [
      { say: 'pak budi beli indomie goreng 2 bks 7rb, bayare kurang 2rb', reply: ['Indomie Goreng 2 bks', 'Pak Budi'] },
      { say: 'salah, kurangnya 3rb', reply: ['dibatalkan', 'DP Rp4.000', 'Rp3.000'] },
      { say: 'salah, harusnya 1rb', reply: ['Belum saya catat', 'Catatan yang lama tidak saya ubah'], not: ['dibatalkan'] },
    ],
    rows: [
      { sql: lines('Indomie Goreng'), rows: [
        { qty: 2, unit_price: 3500, total: 7000, kind: 'sale', payment: 'credit', status: 'voided' },
        { qty: 2, unit_price: 3500, total: 7000, kind: 'sale', payment: 'credit', status: 'posted' },
      ] },
      { sql: debts, rows: [
        { name: 'Pak Budi', kind: 'customer', direction: 'receivable', amount: 7000, paid: 0, status: 'void' }, // its DP voided with it
        { name: 'Pak Budi', kind: 'customer', direction: 'receivable', amount: 7000, paid: 4000, status: 'open' },
      ] },
      { sql: level('Indomie Goreng'), rows: [{ level: 38 }] },
    ],
  },
];
