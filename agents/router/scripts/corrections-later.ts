// Corrections said later in the day, the goods named first and then which entry (the thirty-third session's tries): each was
// booked as a new sale beside the entry it corrected.
import { debts, level, lines } from './sql.ts';
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
      // Round two: "the one" said before the goods and a price word.
      { say: 'yang telur tadi totalnya 28rb', reply: ['Sudah dibatalkan', 'Telur Ayam 1 kg × Rp28.000 = Rp28.000'] },
    ],
    rows: [
      { sql: `select count(*)::int as n, sum(total)::int as total from transactions where tenant_id = $1 and kind = 'sale' and status = 'posted'`,
        rows: [{ n: 6, total: 18000 + 42000 + 6000 + 18000 + 12000 + 28000 }] },
      { sql: lines('Beras Medium'), rows: [
        { qty: 2, unit_price: 14000, total: 28000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 3, unit_price: 14000, total: 42000, kind: 'sale', payment: 'cash', status: 'posted' },
      ] },
    ],
  },
  {
    // Corrections try: "bon rokok surya 1 bks" asked "Atas nama siapa?", then "eh kopi tadi 3, bukan 2" made the rokok 3
    // packs on the tab of the name given next (Rp87.000 owed for Rp29.000), and the coffee stayed.
    name: 'an earlier entry corrected while a question waits: that entry changes, the question stays for its answer', at, tenant: wib,
    steps: [
      { say: 'laku kopi 2', reply: ['Kopi Kapal Api 2 sachet'] },
      { say: 'bon rokok surya 1 bks', reply: ['Atas nama siapa'] },
      { say: 'eh kopi tadi 3, bukan 2', reply: ['Sudah dibatalkan', 'Kopi Kapal Api 3 sachet', 'masih menunggu'], not: ['Rokok Surya 12 3'] },
      { say: 'pak dede', reply: ['bon Pak Dede', 'Rokok Surya 12 1 bks × Rp29.000'] },
    ],
    rows: [
      { sql: lines('Kopi Kapal Api'), rows: [
        { qty: 2, unit_price: 2000, total: 4000, kind: 'sale', payment: 'cash', status: 'voided' },
        { qty: 3, unit_price: 2000, total: 6000, kind: 'sale', payment: 'cash', status: 'posted' },
      ] },
      { sql: `select c.name, d.amount from debts d join contacts c on c.id = d.contact_id where d.tenant_id = $1 and d.status <> 'void'`,
        rows: [{ name: 'Pak Dede', amount: 29000 }] },
    ],
  },
  {
    // Helpers' tries (0 in 9 understood): the person of an earlier entry, named by its goods or by the wrong person, with
    // other entries since. New products "made", "imas", "punya" were offered, or a second sale booked for "Komang Bukan Made".
    name: 'the person of an earlier credit sale corrected by its goods or its wrong name moves the debt', at, tenant: wib,
    steps: [
      { say: 'made ngutang gula 1 kg', reply: ['bon Made'] },
      { say: 'laku kopi 2', reply: ['Kopi Kapal Api 2 sachet'] },
      { say: 'eh yang ngutang gula tadi bukan Made, Komang', reply: ['Sudah dibatalkan', 'bon Komang'], not: ['Produk baru'] },
      { say: 'bu iis ngutang beras 2 kg', reply: ['bon Bu Iis'] },
      { say: 'laku aqua 1', reply: ['Aqua 600 ml 1 btl'] },
      { say: 'yang ngutang beras tadi bukan bu Iis, tapi bu Imas', reply: ['Sudah dibatalkan', 'bon Bu Imas'] },
      { say: 'mpok minah ngutang telur 1 kg', reply: ['bon Mpok Minah'] },
      { say: 'laku kopi 1', reply: ['Kopi Kapal Api 1 sachet'] },
      { say: 'eh bon mpok minah tadi salah orang, itu punya mpok Romlah', reply: ['Sudah dibatalkan', 'bon Mpok Romlah'], not: ['Produk baru'] },
      { say: 'pakde harno ngutang indomie goreng 2', reply: ['bon Pakde Harno'] },
      { say: 'laku kopi 1', reply: ['Kopi Kapal Api 1 sachet'] },
      { say: 'kliru, sing utang indomie mau Pakde Harjo dudu Pakde Harno', reply: ['Sudah dibatalkan', 'bon Pakde Harjo'] },
      // Round two (Medan, Bandung): the wrong person said first, "salah orang, harusnya …"; su "nu … sanes …, tapi …".
      { say: 'butet ngutang surya 1 bks', reply: ['bon Butet'] },
      { say: 'laku aqua 1', reply: ['Aqua 600 ml 1 btl'] },
      { say: 'yang bon Butet tadi salah orang, harusnya Ucok', reply: ['Sudah dibatalkan', 'bon Ucok'] },
      { say: 'teh euis ngutang beras 1 kg', reply: ['bon Teh Euis'] },
      { say: 'laku aqua 1', reply: ['Aqua 600 ml 1 btl'] },
      { say: 'eh nu beras tadi sanes Teh Euis, tapi Bu Iis nu hutang', reply: ['Sudah dibatalkan', 'bon Bu Iis'], not: ['Produk baru'] },
    ],
    rows: [
      { sql: `select c.name, d.amount from debts d join contacts c on c.id = d.contact_id where d.tenant_id = $1 and d.status <> 'void' order by c.name`,
        rows: [{ name: 'Bu Iis', amount: 14000 }, { name: 'Bu Imas', amount: 28000 }, { name: 'Komang', amount: 18000 }, { name: 'Mpok Romlah', amount: 30000 },
          { name: 'Pakde Harjo', amount: 7000 }, { name: 'Ucok', amount: 29000 }] },
      { sql: `select count(*)::int as n from transactions where tenant_id = $1 and kind = 'sale' and status = 'posted'`, rows: [{ n: 12 }] },
    ],
  },
  {
    // Corrections try: "utang pak ujang bukan 13rb tapi 3rb, dia bayar 20rb" after a credit sale with Rp10.000 down booked a
    // payment of his whole Rp13.000 ("lunas"). Not read, it is asked about; nothing is booked.
    name: '"not N but M" of a debt that no pattern reads is asked about, never paid', at, tenant: wib,
    steps: [
      { say: 'pak ujang ambil beras 2 kg, bayar 10rb sisanya ngebon', reply: ['sisa Rp18.000 jadi bon'] },
      { say: 'utang pak ujang bukan 18rb tapi 8rb, dia bayar 20rb', reply: ['bagian mana yang salah'], not: ['lunas', 'tercatat'] },
    ],
    rows: [{ sql: `select d.amount, d.paid from debts d where d.tenant_id = $1 and d.status <> 'void'`, rows: [{ amount: 28000, paid: 10000 }] }],
  },
  {
    // Round-two tries: "indomie kari 4 tadi teh hutang, Bu Iis oge" booked a second sale beside the cash one; "gula 2 kilo tadi
    // ternyata ngutang, si Rina yang ambil" offered a product "ternyata" and the debt was lost.
    name: 'an earlier cash sale said to be on someone\'s tab after all moves onto it, nothing sold twice', at, tenant: wib,
    steps: [
      { say: 'laku indomie soto 4 bks 14rb', reply: ['Indomie Soto 4 bks'] },
      { say: 'laku aqua 1', reply: ['Aqua 600 ml 1 btl'] },
      { say: 'indomie soto 4 tadi teh hutang, Bu Iis oge', reply: ['Sudah dibatalkan', 'bon Bu Iis', 'Indomie Soto 4 bks'] },
      { say: 'laku gula 2 kilo 36rb', reply: ['Gula Pasir 2 kg'] },
      { say: 'laku kopi 1', reply: ['Kopi Kapal Api 1 sachet'] },
      { say: 'gula 2 kilo tadi ternyata ngutang, mbak Rina yang ambil', reply: ['Sudah dibatalkan', 'bon Mbak Rina'], not: ['Produk baru'] },
    ],
    rows: [
      { sql: `select c.name, d.amount from debts d join contacts c on c.id = d.contact_id where d.tenant_id = $1 and d.status <> 'void' order by c.name`,
        rows: [{ name: 'Bu Iis', amount: 14000 }, { name: 'Mbak Rina', amount: 36000 }] },
      { sql: `select count(*)::int as n from transactions where tenant_id = $1 and kind = 'sale' and status = 'posted'`, rows: [{ n: 4 }] },
    ],
  },
  {
    // Thirty-fourth session's tries: other goods for an earlier entry ("indomie goreng indomie soto" was searched for and not
    // found) and the right person said with "harusnya" alone ("sri tini" was searched for).
    name: 'other goods or the right person for an earlier entry, said with "harusnya", re-book that entry', at, tenant: wib,
    steps: [
      { say: 'laku indomie goreng 4 bks', reply: ['Indomie Goreng 4 bks'] },
      { say: 'laku aqua 1', reply: ['Aqua 600 ml 1 btl'] },
      { say: 'yang indomie goreng tadi salah, harusnya indomie soto', reply: ['Sudah dibatalkan', 'Indomie Soto 4 bks × Rp3.500 = Rp14.000'] },
      { say: 'bon bu sri gula 1 kg', reply: ['bon Bu Sri'] },
      { say: 'laku kopi 1', reply: ['Kopi Kapal Api 1 sachet'] },
      { say: 'yang bu sri tadi salah, harusnya bu tini', reply: ['Sudah dibatalkan', 'bon Bu Tini', 'Gula Pasir 1 kg'] },
      // "tadi" first, the goods with their number, then the price (600 bottles were offered); the old count after a comma
      // (a new sale was offered); count and money said again (not understood).
      { say: 'laku aqua 600 3 botol', reply: ['Aqua 600 ml 3 btl'] },
      { say: 'laku kopi 2', reply: ['Kopi Kapal Api 2 sachet'] },
      { say: 'tadi aqua 600 harganya 5rb sebotol, bukan 4rb', reply: ['Sudah dibatalkan', 'Aqua 600 ml 3 btl × Rp5.000 = Rp15.000'] },
      { say: 'laku telur 1 kg', reply: ['Telur Ayam 1 kg'] },
      { say: 'eh tadi kopi bukan 2, 3 sachet nya', reply: ['Sudah dibatalkan', 'Kopi Kapal Api 3 sachet × Rp2.000 = Rp6.000'] },
      { say: 'laku aqua 1', reply: ['Aqua 600 ml 1 btl'] },
      { say: 'yang telur tadi 2 kg 56rb', reply: ['Sudah dibatalkan', 'Telur Ayam 2 kg × Rp28.000 = Rp56.000'] },
    ],
    rows: [
      { sql: level('Indomie Goreng'), rows: [{ level: 40 }] },
      { sql: level('Indomie Soto'), rows: [{ level: 26 }] },
      { sql: level('Aqua 600 ml'), rows: [{ level: 19 }] },
      { sql: `select count(*)::int as n, sum(total)::int as total from transactions where tenant_id = $1 and kind = 'sale' and status = 'posted'`,
        rows: [{ n: 8, total: 14000 + 4000 + 18000 + 2000 + 15000 + 6000 + 56000 + 4000 }] },
      { sql: `select c.name, d.amount from debts d join contacts c on c.id = d.contact_id where d.tenant_id = $1 and d.status <> 'void'`,
        rows: [{ name: 'Bu Tini', amount: 18000 }] },
    ],
  },
  {
    // Thirty-fourth session's corrections try: a goods swap with its count changed the aqua sold after it; a payment's person
    // corrected with the money said again booked the wrong person again; "itu tadi ngebon" asked the amount; a credit sale
    // paid in cash after all was asked "Bayar berapa?"; bare "bukan X, Y" of goods was not understood.
    name: 'goods swapped with a count, a payment\'s right person with its money, a tab or cash said of the last sale', at, tenant: wib,
    steps: [
      { say: 'laku indomie goreng 3', reply: ['Indomie Goreng 3 bks'] },
      { say: 'laku aqua 2 botol 8rb', reply: ['Aqua 600 ml 2 btl'] },
      { say: 'salah barang, tadi itu indomie soto 4 bukan indomie goreng', reply: ['Sudah dibatalkan', 'Indomie Soto 4 bks × Rp3.500 = Rp14.000'], not: ['Aqua 600 ml 3'] },
      { say: 'laku kopi 2', reply: ['Kopi Kapal Api 2 sachet'] },
      { say: 'bukan kopi, telur', reply: ['Sudah dibatalkan', 'Telur Ayam 2 kg'] },
      { say: 'pak budi ngutang 20rb', reply: ['Utang Pak Budi Rp20.000'] },
      { say: 'bu sri ngutang 10rb', reply: ['Utang Bu Sri Rp10.000'] },
      { say: 'pak budi bayar 5rb', reply: ['Pak Budi bayar utang Rp5.000'] },
      { say: 'eh salah, bukan pak budi, bu sri yang bayar 5rb', reply: ['Sudah dibatalkan', 'Bu Sri bayar utang Rp5.000'] },
      { say: 'bu sri bayar 2rb', reply: ['Bu Sri bayar utang Rp2.000'] },
      { say: 'kliru, dudu bu sri, pak budi sing nyaur 3rb', reply: ['Sudah dibatalkan', 'Pak Budi bayar utang Rp3.000'] },
      { say: 'laku gula 1 kg', reply: ['Gula Pasir 1 kg'] },
      { say: 'eh itu tadi ngebon bu ani', reply: ['Sudah dibatalkan', 'bon Bu Ani', 'Gula Pasir 1 kg'] },
      { say: 'pak slamet ngutang beras 2 kg', reply: ['bon Pak Slamet'] },
      { say: 'eh dudu utang, pak slamet mbayar kontan', reply: ['Sudah dibatalkan', 'Penjualan (Pak Slamet) Beras Medium 2 kg'] },
    ],
    rows: [
      { sql: level('Indomie Goreng'), rows: [{ level: 40 }] },
      { sql: level('Aqua 600 ml'), rows: [{ level: 22 }] },
      { sql: level('Kopi Kapal Api'), rows: [{ level: 60 }] },
      { sql: `select c.name, d.amount - d.paid as owed from debts d join contacts c on c.id = d.contact_id where d.tenant_id = $1 and d.status <> 'void' order by c.name`,
        rows: [{ name: 'Bu Ani', owed: 18000 }, { name: 'Bu Sri', owed: 5000 }, { name: 'Pak Budi', owed: 17000 }] },
    ],
  },
  {
    // Makassar try: "minyakita 3 biji, 17500" was asked per piece or total; "eh … 2 ji, bukan 3" then booked 2 at Rp5.833, the
    // number said shared over the old count.
    name: 'a count corrected while money is asked keeps the money asked; jv "batal sing mau" calls the question off', at, tenant: wib,
    steps: [
      { say: 'telur 3 kg, 28rb', reply: ['Rp28.000 itu harga per kg atau total'] },
      { say: 'eh yang telur tadi 2 kg, bukan 3', reply: ['telur jadi 2 kg', 'Rp28.000 itu harga per kg atau total'], not: ['@Rp'] },
      { say: 'per kg', reply: ['Telur Ayam 2 kg × Rp28.000 = Rp56.000'] },
      // Surabaya try: jv "batal sing mau" (cancel that one) skipped the question and offered to undo the entry before it.
      { say: 'telur 2 kg, 29rb', reply: ['Rp29.000 itu harga per kg atau total'] },
      { say: 'batal sing mau', reply: ['pertanyaan tadi dibatalkan'], not: ['Batalkan catatan ini'] },
      // jv "kliru, regane 90rb" while a purchase's money is asked changed the sale before it, and the purchase was dropped.
      { say: 'kulakan aqua 2 dus isi 24 80rb dari toko makmur', reply: ['Rp80.000 itu harga per dus atau total'] },
      { say: 'kliru, regane 90rb', reply: ['Pembelian', 'Aqua 600 ml 2 dus', 'Rp90.000'], not: ['Sudah dibatalkan'] },
      // su "eh lepat, ngan 3 wungkul" to "Dicatat sebagai penjualan …?" changed the purchase before it.
      { say: 'indomie soto 4 bungkus', reply: ['Dicatat sebagai penjualan indomie soto 4'] },
      // Asked again as corrected, booked on a yes (thirty-seventh session: held goods corrected were booked unasked).
      { say: 'eh lepat, ngan 3 wungkul', reply: ['indomie soto jadi 3', 'Dicatat sebagai penjualan indomie soto 3'], not: ['Sudah dibatalkan', 'Aqua', 'tercatat ✅'] },
      { say: 'muhun', reply: ['Indomie Soto 3 bks'] },
      // A lookup while "Batalkan catatan ini?" waits keeps the question: "iya" after it undoes (the sale stayed booked).
      { say: 'laku kopi 3', reply: ['Kopi Kapal Api 3 sachet'] },
      { say: 'hapus yang terakhir', reply: ['Batalkan catatan ini'] },
      { say: 'stok kopi', reply: ['Kopi Kapal Api', 'masih menunggu'], not: ['saya lewati'] },
      { say: 'iya', reply: ['Sudah dibatalkan', 'Kopi Kapal Api 3 sachet'] },
    ],
    rows: [
      { sql: level('Aqua 600 ml'), rows: [{ level: 24 + 48 }] },
      { sql: level('Indomie Soto'), rows: [{ level: 27 }] },
      { sql: level('Kopi Kapal Api'), rows: [{ level: 60 }] },
    ],
  },
  {
    // Thirty-fourth session, round two: jv "dudu mbak yuli, bu har sing utang beras" booked a new credit sale of "har"; su "sanes
    // ceu enok, teh imas nu ngahutang" offered a product "teh imas"; su "sanes 100rb, 120rb listrik teh" summed the two into a new
    // expense; a correction while "Dicatat sebagai penjualan …?" waited dropped the sale; su "muhun" to it was a product.
    name: 'the right person with the goods said again, a bare "sanes N, M", a held sale kept beside a correction, "muhun"', at, tenant: wib,
    steps: [
      { say: 'mbak yuli utang beras 5 kilo', reply: ['bon Mbak Yuli'] },
      { say: 'eh dudu mbak yuli, bu har sing utang beras', reply: ['Sudah dibatalkan', 'bon Bu Har', 'Beras Medium 5 kg'] },
      // Said both ways ("Mbak Yuli tidak punya utang" read, for a supplier, as the supplier owing nothing).
      { say: 'utang mbak yuli', reply: ['Tidak ada utang antara warung dan Mbak Yuli'] },
      { say: 'ceu enok ngutang kopi 2', reply: ['bon Ceu Enok'] },
      { say: 'sanes ceu enok, teh imas nu ngahutang', reply: ['Sudah dibatalkan', 'bon Teh Imas'], not: ['Produk baru'] },
      // su "eh … eta teh ngahutang" (a cash sale on her tab after all) offered a product "eta".
      { say: 'laku kopi 3', reply: ['Kopi Kapal Api 3 sachet'] },
      { say: 'eh ceu enok eta teh ngahutang', reply: ['Sudah dibatalkan', 'bon Ceu Enok', 'Kopi Kapal Api 3 sachet'], not: ['Produk baru'] },
      { say: 'mayar listrik 100rb', reply: ['Listrik Rp100.000'] },
      { say: 'sanes 100rb, 120rb listrik teh', reply: ['Sudah dibatalkan', 'Listrik Rp120.000'], not: ['Rp220.000'] },
      { say: 'laku telur 2 kg 58rb', reply: ['Telur Ayam 2 kg'] },
      { say: 'aqua 2', reply: ['Dicatat sebagai penjualan aqua 2'] },
      { say: 'eh telurnya tadi totalnya 60rb', reply: ['Telur Ayam 2 kg × Rp30.000', 'masih menunggu'], not: ['saya lewati'] },
      { say: 'muhun', reply: ['Aqua 600 ml 2 btl'], not: ['Produk baru'] },
      // Manado try: a purchase that was a customer's buying, said with the goods and "we" first, booked a sale beside it.
      { say: 'kulakan aqua 12 botol 36rb', reply: ['Pembelian Aqua 600 ml 12 btl'] },
      { say: 'tadi aqua 12 itu orang beli, bukan kita kulakan', reply: ['Sudah dibatalkan', 'Penjualan Aqua 600 ml 12 btl'] },
      // A question about a person, skipped, names the person ("yang tadi" was said).
      { say: 'mbak yuni nyaur 5rb', reply: ['Mbak Yuni itu Mbak Yuli'] },
      { say: 'skip', reply: ['"mbak yuni" saya lewati'] },
    ],
    rows: [
      { sql: `select c.name, d.amount from debts d join contacts c on c.id = d.contact_id where d.tenant_id = $1 and d.status <> 'void' order by c.name`,
        rows: [{ name: 'Bu Har', amount: 70000 }, { name: 'Ceu Enok', amount: 6000 }, { name: 'Teh Imas', amount: 4000 }] },
      { sql: `select sum(total)::int as total from transactions where tenant_id = $1 and kind = 'expense' and status = 'posted'`, rows: [{ total: 120000 }] },
      { sql: level('Aqua 600 ml'), rows: [{ level: 10 }] },
    ],
  },
  {
    // Round-two tries: the goods before "harusnya" with a number in their name asked "1 harusnya … isinya berapa?"; Minang
    // "bungkuih" with the goods and "tadi" after "salah" offered to undo the purchase after; jv "eh kopine mung 3", su "eh aqua
    // nu tadi 2 wungkul", jv "kliru, dudu …, …" were not understood.
    name: 'corrections with the goods before "harusnya", Minang "bungkuih", jv "kopine mung N", su "nu tadi N wungkul", "kliru, dudu"', at, tenant: wib,
    steps: [
      { say: 'laku rokok surya 2 bungkus 50rb', reply: ['Rokok Surya 12 2 bks × Rp25.000'] },
      { say: 'salah, rokok surya 12 harusnya 29 ribu', reply: ['Sudah dibatalkan', 'Rokok Surya 12 2 bks × Rp29.000 = Rp58.000'], not: ['isinya'] },
      { say: 'laku indomie goreng 5 bks', reply: ['Indomie Goreng 5 bks'] },
      { say: 'kulakan gula 10 kg 165rb', reply: ['Pembelian Gula Pasir 10 kg'] },
      { say: 'eh salah, indomie goreng tadi 6 bungkuih, bukan 5', reply: ['Sudah dibatalkan', 'Indomie Goreng 6 bks'], not: ['Batalkan catatan ini'] },
      { say: 'laku kopi 4', reply: ['Kopi Kapal Api 4 sachet'] },
      { say: 'eh kopine mung 3', reply: ['Sudah dibatalkan', 'Kopi Kapal Api 3 sachet'] },
      { say: 'laku aqua 3', reply: ['Aqua 600 ml 3 btl'] },
      { say: 'eh aqua nu tadi 2 wungkul', reply: ['Sudah dibatalkan', 'Aqua 600 ml 2 btl'] },
      { say: 'laku indomie goreng 2', reply: ['Indomie Goreng 2 bks'] },
      { say: 'kliru, dudu indomie goreng, indomie soto', reply: ['Sudah dibatalkan', 'Indomie Soto 2 bks'] },
      // su "batalkeun nu panungtung" (cancel the last one) with no question open found no entry "panungtung".
      { say: 'laku telur 1 kg', reply: ['Telur Ayam 1 kg'] },
      { say: 'batalkeun nu panungtung', reply: ['Batalkan catatan ini', 'Telur Ayam 1 kg'] },
      { say: 'muhun', reply: ['Sudah dibatalkan', 'Telur Ayam 1 kg'] },
    ],
    rows: [
      { sql: level('Indomie Goreng'), rows: [{ level: 34 }] },
      { sql: level('Gula Pasir'), rows: [{ level: 30 }] },
      { sql: level('Kopi Kapal Api'), rows: [{ level: 57 }] },
    ],
  },
  {
    // Helpers' tries (thirty-fifth session): "salah, pak niko cuma ambil 1 gula" asked "1 gula Gula Pasir isinya berapa kg?";
    // jv "sunsilk mau salah, mung 6 sachet" booked a second sale; "batal sing sampoerna mau" offered the Sunsilk shampoo too.
    name: 'goods after the corrected count are no unit; jv "X mau salah" corrects X; "sampoerna" names no "sampo"', at,
    tenant: { ...wib, products: [...basicProducts, ['Sampo Sunsilk Sachet', 'sachet', 1000, 800, 48, ['sunsilk', 'sampo']], ['Sampoerna Mild 16', 'bks', 36000, 34000, 20, ['sampoerna']]] },
    steps: [
      { say: 'pak niko ngutang gula 2 kg', reply: ['Gula Pasir 2 kg'] },
      { say: 'salah, pak niko cuma ambil 1 gula', reply: ['Sudah dibatalkan', 'Gula Pasir 1 kg × Rp18.000 = Rp18.000'], not: ['isinya'] },
      { say: 'laku sunsilk 12 sachet 11rb', reply: ['Sampo Sunsilk Sachet 12 sachet'] },
      { say: 'sunsilk mau salah, mung 6 sachet 6rb', reply: ['Sudah dibatalkan', 'Sampo Sunsilk Sachet 6 sachet × Rp1.000 = Rp6.000'] },
      { say: 'laku sampoerna 2 bks', reply: ['Sampoerna Mild 16 2 bks'] },
      { say: 'batal sing sampoerna mau', reply: ['Batalkan catatan ini', 'Sampoerna Mild 16 2 bks'], not: ['Sunsilk'] },
      { say: 'ya', reply: ['Sudah dibatalkan', 'Sampoerna Mild 16'] },
      // jv "sing keri" (the last one), Ambon "seng jadi" (not after all) named no entry: "tidak ketemu".
      { say: 'laku kopi 2', reply: ['Kopi Kapal Api 2 sachet'] },
      { say: 'batalna sing keri', reply: ['Batalkan catatan ini', 'Kopi Kapal Api 2 sachet'], not: ['tidak ketemu'] },
      { say: 'ya', reply: ['Sudah dibatalkan'] },
      { say: 'laku kopi 3', reply: ['Kopi Kapal Api 3 sachet'] },
      { say: 'batalkan yang barusan, seng jadi', reply: ['Batalkan catatan ini', 'Kopi Kapal Api 3 sachet'], not: ['tidak ketemu'] },
      { say: 'ya', reply: ['Sudah dibatalkan'] },
    ],
    rows: [
      { sql: level('Gula Pasir'), rows: [{ level: 19 }] },
      { sql: level('Sampo Sunsilk Sachet'), rows: [{ level: 42 }] },
      { sql: level('Sampoerna Mild 16'), rows: [{ level: 20 }] },
      { sql: debts, rows: [
        { name: 'Pak Niko', kind: 'customer', direction: 'receivable', amount: 36000, paid: 0, status: 'void' },
        { name: 'Pak Niko', kind: 'customer', direction: 'receivable', amount: 18000, paid: 0, status: 'open' },
      ] },
    ],
  },
];
