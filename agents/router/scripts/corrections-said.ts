// Corrections of the twenty-sixth session's tries: said as "I meant" or "should be", after a complaint, as other goods
// ("bukan X tapi Y"), and the sale just booked switched to credit or to paid.
import { debts, level, lines, product } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const wib = { timezone: 'Asia/Jakarta' as const, products: basicProducts, cashier: true };
const at = '2026-11-21T05:00:00Z';

export const saidCorrectionScripts: Script[] = [
  {
    // Corrections try (twenty-ninth session): "eh bukan jual, itu kulakan 5 kg 60rb" sold a product "Bukan" and the beras
    // sale stayed (stock -5 where +5 was meant).
    name: 'a sale said to be a purchase, or a purchase a sale, is re-booked as that', at, tenant: wib,
    steps: [
      { say: 'jual beras 5 kg', reply: ['Penjualan Beras Medium 5 kg'] },
      { say: 'eh bukan jual, itu kulakan 5 kg 60rb', reply: ['Pembelian Beras Medium 5 kg', 'Rp60.000'], not: ['Bukan', 'Barangnya apa'] },
      { say: 'beli gula 2 kg 32rb', reply: ['Pembelian Gula Pasir 2 kg'] },
      { say: 'yang gula tadi jual, bukan beli', reply: ['Penjualan Gula Pasir 2 kg'] },
    ],
    rows: [{ sql: level('Beras Medium'), rows: [{ level: 55 }] }, { sql: level('Gula Pasir'), rows: [{ level: 18 }] }],
  },
  {
    // Corrections try (twenty-ninth session): "itu utang bukan tunai" after a cash purchase offered a product "bukan", then
    // sold it on credit to the supplier (the supplier owing the warung Rp45.000).
    name: 'a cash purchase said to be owed after all is owed to its supplier', at, tenant: wib,
    steps: [
      { say: 'beli aqua 1 dus isi 24 45rb tunai dari toko makmur', reply: ['Pembelian', 'Aqua 600 ml 1 dus'] },
      { say: 'eh itu utang bukan tunai', reply: ['utang ke Toko Makmur', 'Rp45.000'], not: ['Produk baru', 'bon Toko Makmur'] },
    ],
    rows: [{ sql: debts, rows: [{ name: 'Toko Makmur', kind: 'supplier', direction: 'payable', amount: 45000, paid: 0, status: 'open' }] }],
  },
  {
    // Corrections try (twenty-ninth session), each booked wrong money with no question: "eh bukan 1 dus, 12 btl" booked 12
    // dus; "utang bu sri tadi harusnya 35rb" a second debt; "ralat, bukan sampoerna tapi surya 16" 16 packs; "eh
    // indomienya 4" after a sale of several goods offered a new sale (and "ya" sold 4 more); "salah ketik, 2" and "cancel 2
    // terakhir" offered to void entry number 2.
    name: 'corrections with the unit after the comma, a debt named before "tadi harusnya", goods with a number, a count after the goods, "salah ketik, N"',
    at, tenant: { ...wib, products: [...basicProducts, ['Sampoerna Mild 16', 'bks', 34000, 32000, 20, ['sampoerna']], ['Surya 16', 'bks', 31000, 29000, 20, ['surya 16']]] },
    steps: [
      { say: 'laku aqua 1 dus isi 24', reply: ['Aqua 600 ml 1 dus'] },
      { say: 'eh bukan 1 dus, 12 btl', reply: ['Aqua 600 ml 12 btl'], not: ['12 dus'] },
      { say: 'bu sri ngutang 30rb', reply: ['Utang Bu Sri Rp30.000'] },
      { say: 'utang bu sri tadi harusnya 35rb', reply: ['Utang Bu Sri Rp35.000', 'Total utang Bu Sri sekarang Rp35.000'] },
      { say: 'laku sampoerna 2 bks', reply: ['Sampoerna Mild 16 2 bks'] },
      { say: 'ralat, bukan sampoerna tapi surya 16', reply: ['Surya 16 2 bks'], not: ['16 bks'] },
      { say: 'laku gula 2 kg, kopi 3', reply: ['Gula Pasir 2 kg', 'Kopi Kapal Api 3 sachet'] },
      { say: 'eh kopinya 4', reply: ['Kopi Kapal Api 4 sachet'], not: ['Dicatat sebagai'] },
      { say: 'laku gula 1 kg', reply: ['Gula Pasir 1 kg'] },
      { say: 'salah ketik, 3', reply: ['Gula Pasir 3 kg'], not: ['Batalkan catatan ini'] },
      // Several at once is not done: the last is offered, one at a time (entry number 2 was offered).
      { say: 'cancel 2 terakhir', reply: ['Satu per satu', 'Gula Pasir 3 kg'], not: ['Bu Sri'] },
      { say: 'tidak', reply: ['tidak jadi dibatalkan'] },
      // Corrections try (thirty-first session): after the first "ya" the second was never offered (the reply promised it).
      { say: 'batal 2 terakhir', reply: ['Satu per satu', 'Gula Pasir 3 kg'] },
      { say: 'ya', reply: ['Sudah dibatalkan', 'Gula Pasir 3 kg', 'Batalkan catatan ini', 'Kopi Kapal Api 4 sachet'] },
      { say: 'ya', reply: ['Sudah dibatalkan', 'Kopi Kapal Api 4 sachet'], not: ['Batalkan catatan ini'] },
    ],
    rows: [
      { sql: level('Aqua 600 ml'), rows: [{ level: 12 }] },
      { sql: level('Surya 16'), rows: [{ level: 18 }] },
      { sql: level('Sampoerna Mild 16'), rows: [{ level: 20 }] },
      { sql: level('Kopi Kapal Api'), rows: [{ level: 60 }] },
      { sql: level('Gula Pasir'), rows: [{ level: 20 }] },
      { sql: debts, rows: [{ name: 'Bu Sri', kind: 'customer', direction: 'receivable', amount: 30000, paid: 0, status: 'void' }, { name: 'Bu Sri', kind: 'customer', direction: 'receivable', amount: 35000, paid: 0, status: 'open' }] },
    ],
  },
  {
    // Owner tries (twenty-ninth session): "eh salah, teh pucuk nya 2 nya bukan 3" asked "1 nya Teh Pucuk isinya berapa?",
    // and a question of a correction skipped said "3 barang di pesan itu belum ada yang tercatat. Kirim ulang" although the
    // sale stood: sent again, it was booked twice.
    name: 'a possessive after the count is no unit, and a skipped question of a correction says the old entry stands', at, tenant: wib,
    steps: [
      { say: 'laku indomie goreng 3, kopi 2', reply: ['Indomie Goreng 3 bks', 'Kopi Kapal Api 2 sachet'] },
      { say: 'eh salah, indomie goreng nya 2 nya bukan 3', reply: ['Indomie Goreng 2 bks'], not: ['isinya berapa'] },
      { say: 'eh salah, kopi 1 renteng bukan 2', reply: ['1 renteng Kopi Kapal Api isinya berapa'] },
      { say: 'bayar parkir 2rb', reply: ['catatan yang lama tetap'], not: ['belum ada yang tercatat', 'Kirim ulang'] },
    ],
    rows: [{ sql: level('Indomie Goreng'), rows: [{ level: 38 }] }, { sql: level('Kopi Kapal Api'), rows: [{ level: 58 }] }],
  },
  {
    // Owner tries (twenty-ninth session): "eh salah, surya 12 4 bungkus bukan 3" booked 12 packs (the 12 of the name);
    // "harusnya sampoerna 3 slop, 1020 ribu" after a purchase booked a sale; "… 3 slop bukan 2, 1020 ribu" kept Rp680.000.
    name: 'a correction keeps the number of the goods\' name out of the count, and "harusnya <goods> …" or money after "bukan N" corrects the last entry',
    at, tenant: { ...wib, products: [...basicProducts, ['Sampoerna Mild 16', 'bks', 34000, 32000, 20, ['sampoerna']]] },
    steps: [
      { say: 'laku surya 12 3 bungkus', reply: ['Rokok Surya 12 3 bks'] },
      { say: 'eh salah, surya 12 4 bungkus bukan 3', reply: ['Rokok Surya 12 4 bks', 'Rp116.000'], not: ['12 bks'] },
      { say: 'beli sampoerna 2 slop 680rb, tunai', reply: ['Pembelian', 'Rp680.000'] },
      { say: 'harusnya sampoerna 3 slop, 1020 ribu', reply: ['Pembelian', '3 slop', 'Rp1.020.000'], not: ['Penjualan'] },
      { say: 'eh salah, sampoerna tadi 2 slop bukan 3, 690 ribu', reply: ['Pembelian', '2 slop', 'Rp690.000'] },
    ],
    rows: [
      { sql: level('Rokok Surya 12'), rows: [{ level: 16 }] },
      { sql: level('Sampoerna Mild 16'), rows: [{ level: 40 }] },
    ],
  },
  {
    // Owner tries (twenty-ninth session): "bukan 3 korek tapi 2" asked "bagian mana yang salah?", "salah, korek bukan 3
    // tapi 2" offered a sale of "korek bukan 3", "eh bukan 30 ribu, 40 ribu ji bensinnya" a new product "bukan", and
    // "eh salah, indomie gorengnya 1 aja" made "aja" a unit.
    name: 'corrections said "bukan X tapi Y" with the goods anywhere, and "N aja" after the goods', at, tenant: wib,
    steps: [
      { say: 'laku indomie soto 3 @3500', reply: ['Indomie Soto 3 bks'] },
      { say: 'bukan 3 indomie soto tapi 2', reply: ['Indomie Soto 2 bks', 'Rp7.000'], not: ['bagian mana'] },
      { say: 'laku kopi 5 @2rb', reply: ['Kopi Kapal Api 5 sachet'] },
      { say: 'salah, kopi bukan 5 tapi 4', reply: ['Kopi Kapal Api 4 sachet', 'Rp8.000'], not: ['Dicatat sebagai'] },
      { say: 'laku gula 2 kg 36rb', reply: ['Gula Pasir 2 kg'] },
      { say: 'eh bukan 36 ribu, 38 ribu ji gulanya', reply: ['Gula Pasir 2 kg', 'Rp38.000'], not: ['Produk baru'] },
      { say: 'laku indomie goreng 2 bks 7rb', reply: ['Indomie Goreng 2 bks'] },
      { say: 'eh salah, indomie gorengnya 1 aja', reply: ['Indomie Goreng 1 bks'], not: ['isinya berapa'] },
    ],
    rows: [
      { sql: lines('Indomie Soto'), rows: [{ qty: 3, unit_price: 3500, total: 10500, kind: 'sale', payment: 'cash', status: 'voided' }, { qty: 2, unit_price: 3500, total: 7000, kind: 'sale', payment: 'cash', status: 'posted' }] },
      { sql: level('Kopi Kapal Api'), rows: [{ level: 56 }] },
    ],
  },
  {
    // Helpers' tries: "eh maksudnya 7rb" made a new product "maksudnya"; "harusnya 3 bks" was not understood; "lho kok 80rb,
    // salah, …" booked a second sale; "salah, omset tadi 1.530.000" after a debt paid paid Rp1.530.000 of it.
    name: 'corrections said as "I meant", "should be" alone or after a complaint; the takings named are no correction of a debt paid', at, tenant: wib,
    steps: [
      { say: 'laku indomie goreng 2 bks', reply: ['Indomie Goreng 2 bks'] },
      { say: 'eh maksudnya 3 bks', reply: ['dibatalkan', 'Indomie Goreng 3 bks'], not: ['Produk baru'] },
      { say: 'harusnya 4 bks', reply: ['dibatalkan', 'Indomie Goreng 4 bks'] },
      { say: 'lho kok 4, salah, indomie goreng 5 bks', reply: ['dibatalkan', 'Indomie Goreng 5 bks'] },
      { say: 'pak darto ngutang 28rb', reply: ['Utang Pak Darto Rp28.000'] },
      { say: 'pak darto bayar 5rb', reply: ['Pak Darto bayar utang Rp5.000'] },
      { say: 'salah, omset tadi 1.530.000', reply: [], not: ['Rp1.530.000', 'dibatalkan'] },
    ],
    rows: [
      { sql: lines('Indomie Goreng'), rows: [
        { qty: 2, unit_price: 3500, total: 7000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 3, unit_price: 3500, total: 10500, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 4, unit_price: 3500, total: 14000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 5, unit_price: 3500, total: 17500, kind: 'sale', payment: 'cash', status: 'posted' },
      ] },
      { sql: level('Indomie Goreng'), rows: [{ level: 35 }] },
    ],
  },
  {
    // Helpers' tries: "eh itu bu yati ngutang" after a cash sale asked an amount and booked a second debt beside it (the
    // money counted in the drawer and owed); "eh udah dibayar cash ding" after a credit sale asked "Berapa?" and booked
    // an expense.
    name: 'a sale just booked switched to credit for someone, or back to paid', at, tenant: wib,
    steps: [
      { say: 'laku indomie goreng 2 bks', reply: ['Indomie Goreng 2 bks'] },
      { say: 'eh itu bu yati ngutang', reply: ['dibatalkan', 'Bu Yati', 'Rp7.000'], not: ['berapa'] },
      { say: 'laku gula pasir 1 kg ngutang pak darto', reply: ['Gula Pasir', 'Pak Darto'] },
      { say: 'eh udah dibayar cash ding', reply: ['dibatalkan', 'Gula Pasir'], not: ['Berapa', 'Pengeluaran'] },
    ],
    rows: [
      { sql: lines('Indomie Goreng'), rows: [
        { qty: 2, unit_price: 3500, total: 7000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 2, unit_price: 3500, total: 7000, kind: 'sale', payment: 'credit', status: 'posted' },
      ] },
      { sql: lines('Gula Pasir'), rows: [
        { qty: 1, unit_price: 18000, total: 18000, kind: 'sale', payment: 'credit', status: 'voided' },
        { qty: 1, unit_price: 18000, total: 18000, kind: 'sale', payment: 'cash', status: 'posted' },
      ] },
      { sql: debts, rows: [
        { name: 'Bu Yati', kind: 'customer', direction: 'receivable', amount: 7000, paid: 0, status: 'open' },
        { name: 'Pak Darto', kind: 'customer', direction: 'receivable', amount: 18000, paid: 0, status: 'void' },
      ] },
    ],
  },
  {
    // A helper's try: "salah, bukan kapal api tapi good day" was not understood.
    name: 'other goods said as "bukan X tapi Y" with no number', at, tenant: wib,
    steps: [
      { say: 'laku indomie goreng 2 bks', reply: ['Indomie Goreng 2 bks'] },
      { say: 'eh bukan indomie goreng, indomie soto', reply: ['dibatalkan', 'Indomie Soto 2 bks'] },
      { say: 'salah, bukan indomie soto tapi indomie goreng', reply: ['dibatalkan', 'Indomie Goreng 2 bks'] },
    ],
    rows: [
      { sql: level('Indomie Soto'), rows: [{ level: 30 }] },
      { sql: level('Indomie Goreng'), rows: [{ level: 38 }] },
    ],
  },
  {
    // Helpers' tries: jv "eh sing tuku mau pak darto, ngebon" asked an amount; "eh ternyata udah lunas bayar cash" asked whose.
    name: 'the sale just booked switched to credit or paid, in more words', at, tenant: wib,
    steps: [
      { say: 'laku rokok surya 1 bks', reply: ['Rokok Surya 12 1 bks'] },
      { say: 'eh sing tuku mau pak darto, ngebon', reply: ['dibatalkan', 'Pak Darto'], not: ['berapa'] },
      { say: 'eh ternyata udah lunas bayar cash', reply: ['dibatalkan', 'Rokok Surya 12'], not: ['Atas nama siapa'] },
    ],
    rows: [
      { sql: lines('Rokok Surya 12'), rows: [
        { qty: 1, unit_price: 29000, total: 29000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 1, unit_price: 29000, total: 29000, kind: 'sale', payment: 'credit', status: 'voided' },
        { qty: 1, unit_price: 29000, total: 29000, kind: 'sale', payment: 'cash', status: 'posted' },
      ] },
    ],
  },
  {
    // Medan try (twenty-eighth session): the supplier named and "salah harga" read as a new selling price of Rp180.000 a
    // kilo (every later sale of a kilo was Rp180.000) while the purchase stayed at Rp170.000.
    name: 'a purchase corrected by its supplier and "salah harga" is the purchase, not the selling price', at, tenant: wib,
    steps: [
      { say: 'kulakan gula 10 kg 170rb dari toko makmur', reply: ['Pembelian (dari Toko Makmur) Gula Pasir 10 kg × Rp17.000 = Rp170.000'] },
      { say: 'yg gula dari toko makmur tadi salah harga, harusnya 180rb', reply: ['dibatalkan', 'Gula Pasir 10 kg × Rp18.000 = Rp180.000'], not: ['harga Gula Pasir per kg'] },
      // Round two: "salah harga gula tadi, …" after another booking re-booked that one (a debt payment at the sugar's price).
      { say: 'laku indomie goreng 1 bks', reply: ['Indomie Goreng 1 bks'] },
      { say: 'salah harga gula tadi, harusnya 190rb', reply: ['Gula Pasir 10 kg × Rp19.000 = Rp190.000'], not: ['Indomie'] },
    ],
    rows: [
      { sql: lines('Gula Pasir'), rows: [
        { qty: 10, unit_price: 17000, total: 170000, kind: 'purchase', payment: 'cash', status: 'voided' },
        { qty: 10, unit_price: 18000, total: 180000, kind: 'purchase', payment: 'cash', status: 'voided' },
        { qty: 10, unit_price: 19000, total: 190000, kind: 'purchase', payment: 'cash', status: 'posted' },
      ] },
      { sql: lines('Indomie Goreng'), rows: [{ qty: 1, unit_price: 3500, total: 3500, kind: 'sale', payment: 'cash', status: 'posted' }] },
      { sql: product('Gula Pasir'), rows: [{ name: 'Gula Pasir', unit: 'kg', sell_price: 18000 }] },
    ],
  },
  {
    // Corrections try (thirtieth session): each of these booked wrong money. "eh salah mbak, surya 12" sold 12 packs of Surya
    // 16; "gula tadi salah harga, sekilo 19rb" sold another kilo; "telur tadi ngutang bu tini, bukan cash" sold another kilo on
    // credit beside the cash sale; "eh salah, 2 doang" asked what a "doang" holds and booked 4; "kopi harusnya 4" offered
    // (and booked) a second sale.
    name: 'corrections said with the goods and "tadi" first, a product whose name is the number, "doang", and "harusnya" alone',
    at, tenant: { ...wib, products: [...basicProducts, ['Rokok Surya 16', 'bks', 38000, 36000, 20, ['surya 16']]] },
    steps: [
      { say: 'laku rokok surya 16 1', reply: ['Rokok Surya 16 1 bks'] },
      { say: 'eh salah mbak, surya 12', reply: ['dibatalkan', 'Rokok Surya 12 1 bks × Rp29.000'] },
      { say: 'laku gula 3 kilo', reply: ['Gula Pasir 3 kg'] },
      { say: 'laku beras 5 kilo', reply: ['Beras Medium 5 kg'] },
      { say: 'gula tadi salah harga, sekilo 19rb', reply: ['dibatalkan', 'Gula Pasir 3 kg × Rp19.000 = Rp57.000'] },
      { say: 'laku telur 2 kilo', reply: ['Telur Ayam 2 kg'] },
      { say: 'telur tadi ngutang bu tini, bukan cash', reply: ['dibatalkan', 'bon Bu Tini', 'Telur Ayam 2 kg × Rp30.000 = Rp60.000'] },
      { say: 'laku indomie goreng 3', reply: ['Indomie Goreng 3 bks'] },
      { say: 'eh salah, 2 doang', reply: ['dibatalkan', 'Indomie Goreng 2 bks × Rp3.500 = Rp7.000'], not: ['isinya'] },
      { say: 'laku kopi 5', reply: ['Kopi Kapal Api 5 sachet'] },
      { say: 'kopi harusnya 4', reply: ['dibatalkan', 'Kopi Kapal Api 4 sachet × Rp2.000 = Rp8.000'], not: ['Dicatat sebagai'] },
    ],
    rows: [
      { sql: `select p.name, l.qty::float8 as qty, l.total, t.payment from transaction_lines l join transactions t on t.id = l.transaction_id
          join products p on p.id = l.product_id where t.tenant_id = $1 and t.status = 'posted' order by t.created_at`, rows: [
        { name: 'Rokok Surya 12', qty: 1, total: 29000, payment: 'cash' }, { name: 'Beras Medium', qty: 5, total: 70000, payment: 'cash' },
        { name: 'Gula Pasir', qty: 3, total: 57000, payment: 'cash' }, { name: 'Telur Ayam', qty: 2, total: 60000, payment: 'credit' },
        { name: 'Indomie Goreng', qty: 2, total: 7000, payment: 'cash' }, { name: 'Kopi Kapal Api', qty: 4, total: 8000, payment: 'cash' },
      ] },
      { sql: level('Rokok Surya 16'), rows: [{ level: 20 }] },
      { sql: level('Telur Ayam'), rows: [{ level: 8 }] },
    ],
  },
  {
    // Corrections try (thirtieth session): "salah, itu bayar air bukan listrik" asked "Berapa?" and booked a second expense;
    // "kulakan minyakita tadi pagi harganya 17rb per pcs, bukan 17.500" set the selling price to the cost.
    name: 'an expense said to be another bill is re-booked under it with the same money, and a purchase\'s price said after "tadi"', at, tenant: wib,
    steps: [
      { say: 'kulakan gula 10 kg 160rb', reply: ['Gula Pasir 10 kg'] },
      { say: 'kulakan gula tadi pagi harganya 15.500 per kg, bukan 16rb', reply: ['dibatalkan', 'Gula Pasir 10 kg × Rp15.500 = Rp155.000'] },
      { say: 'bayar listrik 150rb', reply: ['Listrik Rp150.000'] },
      { say: 'salah, itu bayar air bukan listrik', reply: ['dibatalkan', 'Pengeluaran Air Rp150.000'], not: ['Berapa'] },
      { say: 'bayar token listrik 100rb', reply: ['Rp100.000'] },
      { say: 'bukan listrik, itu air', reply: ['dibatalkan', 'Air Rp100.000'] },
    ],
    rows: [
      { sql: `select kind, category, total from transactions where tenant_id = $1 and status = 'posted' order by created_at`, rows: [
        { kind: 'purchase', category: null, total: 155000 }, { kind: 'expense', category: 'air', total: 150000 }, { kind: 'expense', category: 'air', total: 100000 },
      ] },
      { sql: product('Gula Pasir'), rows: [{ name: 'Gula Pasir', unit: 'kg', sell_price: 18000 }] },
    ],
  },
  {
    // Cirebon try (thirtieth session): "salah, indomie goreng harusna 4 bungkus" (Sunda "harusna") changed the Aqua sale after it.
    name: 'a correction naming an earlier entry\'s goods with Sundanese "harusna" changes that entry, not the last', at, tenant: wib,
    steps: [
      { say: 'laku indomie goreng 3', reply: ['Indomie Goreng 3 bks'] },
      { say: 'laku aqua 10', reply: ['Aqua 600 ml 10 btl'] },
      { say: 'salah, indomie goreng harusna 4 bungkus', reply: ['dibatalkan', 'Indomie Goreng 4 bks'], not: ['Aqua 600 ml 4'] },
    ],
    rows: [{ sql: `select p.name, l.qty::float8 as qty from transaction_lines l join transactions t on t.id = l.transaction_id
        join products p on p.id = l.product_id where t.tenant_id = $1 and t.status = 'posted' order by p.name`, rows: [
      { name: 'Aqua 600 ml', qty: 10 }, { name: 'Indomie Goreng', qty: 4 },
    ] }],
  },
  {
    // Corrections try (thirty-first session), Javanese: "mau" (earlier) with the price ("rego") or the total ("totale") said
    // booked a new sale of a kilo or found nothing; "eh ora ding, 160rb" ("no wait") sold a product "Ding"; "mau sing tak
    // bayar … 45rb dudu 50" booked a second payment.
    name: 'Javanese corrections of an earlier entry, of the last one with "ora ding", and of a payment', at, tenant: wib,
    steps: [
      { say: 'payu gula 2 kilo 36rb', reply: ['Gula Pasir 2 kg', 'Rp36.000'] },
      { say: 'payu telur 3 kilo 90rb', reply: ['Telur Ayam 3 kg', 'Rp90.000'] },
      { say: 'gula mau salah rego, sakilo 17rb', reply: ['Gula Pasir 2 kg × Rp17.000 = Rp34.000'], not: ['1 kg'] },
      { say: 'telur mau totale 87rb, dudu 90rb', reply: ['Telur Ayam 3 kg × Rp29.000 = Rp87.000'], not: ['tidak ketemu'] },
      { say: 'kulakan gula 10 kg 150rb', reply: ['Pembelian Gula Pasir 10 kg', 'Rp150.000'] },
      { say: 'eh ora ding, 160rb', reply: ['Pembelian Gula Pasir 10 kg × Rp16.000 = Rp160.000'], not: ['Produk baru', 'Ding'] },
      { say: 'bu sri ngutang 100rb', reply: ['Utang Bu Sri Rp100.000'] },
      { say: 'bu sri bayar 50rb', reply: ['Rp50.000'] },
      { say: 'eh ora ding, mau sing mbayar bu sri 45rb dudu 50', reply: ['Rp45.000', 'Rp55.000'] },
    ],
    rows: [
      { sql: level('Gula Pasir'), rows: [{ level: 28 }] },
      { sql: debts, rows: [{ name: 'Bu Sri', kind: 'customer', direction: 'receivable', amount: 100000, paid: 45000, status: 'open' }] },
      { sql: `select count(*)::int as n from transactions where tenant_id = $1 and status = 'posted' and kind = 'sale'`, rows: [{ n: 2 }] },
    ],
  },
  {
    // Corrections try (thirty-first session): "only paid" said of a payment booked a second payment, or an expense, and once
    // the payment was no longer the last entry it re-priced the sale after it; "eh aqua tadi cuma 1, 4rb" a new sale.
    name: 'a payment said to be only so much is corrected, also after another entry; goods "tadi cuma N" are that entry', at, tenant: wib,
    steps: [
      { say: 'pak agus ngutang 23rb', reply: ['Utang Pak Agus Rp23.000'] },
      { say: 'pak agus bayar 15rb', reply: ['Sisa utang Pak Agus Rp8.000'] },
      { say: 'eh pak agus bayarnya cuma 10rb', reply: ['Sudah dibatalkan', 'Sisa utang Pak Agus Rp13.000'] },
      { say: 'mang ujang ngutang 70rb', reply: ['Utang Mang Ujang Rp70.000'] },
      { say: 'mang ujang nyicil 20rb', reply: ['Sisa utang Mang Ujang Rp50.000'] },
      { say: 'laku kopi 2 4rb', reply: ['Kopi Kapal Api 2 sachet', 'Rp4.000'] },
      { say: 'eh mang ujang nyicilnya cuma 10rb', reply: ['Sisa utang Mang Ujang Rp60.000'], not: ['Kopi'] },
      { say: 'kulakan gula 20 kg 300rb dari toko makmur utang', reply: ['utang ke Toko Makmur', 'Rp300.000'] },
      { say: 'bayar toko makmur 100rb', reply: ['Sisa utang ke Toko Makmur Rp200.000'] },
      { say: 'eh ternyata bayar toko makmur nya cuma 80rb', reply: ['Sisa utang ke Toko Makmur Rp220.000'], not: ['Pengeluaran'] },
      { say: 'laku aqua 2 8rb', reply: ['Aqua 600 ml 2 btl'] },
      { say: 'laku indomie goreng 1 3500', reply: ['Indomie Goreng 1 bks'] },
      { say: 'eh aqua tadi cuma 1, 4rb', reply: ['Aqua 600 ml 1 btl', 'Rp4.000'] },
    ],
    rows: [
      { sql: debts, rows: [
        { name: 'Pak Agus', kind: 'customer', direction: 'receivable', amount: 23000, paid: 10000, status: 'open' },
        { name: 'Mang Ujang', kind: 'customer', direction: 'receivable', amount: 70000, paid: 10000, status: 'open' },
        { name: 'Toko Makmur', kind: 'supplier', direction: 'payable', amount: 300000, paid: 80000, status: 'open' },
      ] },
      { sql: lines('Kopi Kapal Api'), rows: [{ qty: 2, unit_price: 2000, total: 4000, kind: 'sale', payment: 'cash', status: 'posted' }] },
      { sql: level('Aqua 600 ml'), rows: [{ level: 23 }] },
      { sql: `select count(*)::int as n from transactions where tenant_id = $1 and status = 'posted' and kind = 'expense'`, rows: [{ n: 0 }] },
    ],
  },
  {
    // Corrections try (thirty-first session): "salah, itu bon ke toko makmur" asked the debt's amount and booked the cash
    // purchase again; "yg bayar mang ujang bukan bu yati" asked "Berapa?" and then booked an expense or a second payment.
    name: 'a purchase said to be "bon" after "salah" is owed; a payment moved to the right payer said first', at, tenant: wib,
    steps: [
      { say: 'kulakan gula 10 kg 160rb dari toko makmur', reply: ['Pembelian', 'Rp160.000'] },
      { say: 'salah, itu bon ke toko makmur', reply: ['utang ke Toko Makmur', 'Rp160.000'], not: ['berapa'] },
      { say: 'mang ujang ngutang 50rb', reply: ['Utang Mang Ujang Rp50.000'] },
      { say: 'bu tini ngutang 20rb', reply: ['Utang Bu Tini Rp20.000'] },
      { say: 'bu tini bayar 5rb', reply: ['Sisa utang Bu Tini Rp15.000'] },
      { say: 'eh keliru, sing mbayar mang ujang dudu bu tini', reply: ['Mang Ujang bayar utang Rp5.000', 'Rp45.000'], not: ['Berapa'] },
      { say: 'bu tini bayar 10rb', reply: ['Sisa utang Bu Tini Rp10.000'] },
      { say: 'eh salah, yg bayar mang ujang bukan bu tini', reply: ['Mang Ujang bayar utang Rp10.000', 'Rp35.000'], not: ['Berapa'] },
    ],
    rows: [{ sql: `select c.name, d.direction, d.amount, d.paid, d.status from debts d join contacts c on c.id = d.contact_id
        where d.tenant_id = $1 order by c.name`, rows: [
      { name: 'Bu Tini', direction: 'receivable', amount: 20000, paid: 0, status: 'open' },
      { name: 'Mang Ujang', direction: 'receivable', amount: 50000, paid: 15000, status: 'open' },
      { name: 'Toko Makmur', direction: 'payable', amount: 160000, paid: 0, status: 'open' },
    ] }],
  },
  {
    // Corrections try (thirty-first session): other goods for an earlier entry were only offered to undo (the rice sale was
    // lost once the sugar was voided).
    name: 'other goods said for an earlier entry re-book it with them', at, tenant: wib,
    steps: [
      { say: 'laku gula 2 kg', reply: ['Gula Pasir 2 kg'] },
      { say: 'laku aqua 5', reply: ['Aqua 600 ml 5 btl'] },
      { say: 'yg gula tadi salah, bukan gula tapi beras', reply: ['Sudah dibatalkan', 'Penjualan Beras Medium 2 kg'], not: ['Yang mana'] },
      // City try: "bukan telur tapi gula" after a coffee sale re-booked the coffee as 10 kg of sugar.
      { say: 'laku telur 1 kg', reply: ['Telur Ayam 1 kg'] },
      { say: 'laku kopi 10 sachet', reply: ['Kopi Kapal Api 10 sachet'] },
      { say: 'eh salah, bukan telur tapi gula', reply: ['Penjualan Gula Pasir 1 kg'], not: ['Kopi', '10 kg'] },
      // City try: the entry named by its old count ("yang 8 gelas") was booked again at 8.
      { say: 'laku indomie goreng 8', reply: ['Indomie Goreng 8 bks'] },
      { say: 'salah, indomie goreng yang 8 bks harusnya 10', reply: ['tercatat ✅ Penjualan Indomie Goreng 10 bks'] },
    ],
    rows: [
      { sql: level('Gula Pasir'), rows: [{ level: 19 }] }, { sql: level('Beras Medium'), rows: [{ level: 48 }] }, { sql: level('Aqua 600 ml'), rows: [{ level: 19 }] },
      { sql: level('Telur Ayam'), rows: [{ level: 10 }] }, { sql: level('Kopi Kapal Api'), rows: [{ level: 50 }] },
      { sql: level('Indomie Goreng'), rows: [{ level: 30 }] },
    ],
  },
];
