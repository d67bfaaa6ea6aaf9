// Every booking intent once, in its everyday form, with the rows it must leave.
import { debts, level, lines, moneyTx, payments, product } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const wib = { timezone: 'Asia/Jakarta' as const, products: basicProducts };
const at = '2026-11-21T03:00:00Z'; // Saturday 10:00 WIB

export const bookingScripts: Script[] = [
  {
    name: 'sale with a total', at, tenant: wib,
    steps: [{ say: 'laku indomie goreng 5 bks 17.500', reply: ['tercatat', 'Indomie Goreng 5 bks × Rp3.500 = Rp17.500', 'Stok sisa 35 bks'] }],
    rows: [
      { sql: lines('Indomie Goreng'), rows: [{ qty: 5, unit_price: 3500, total: 17500, kind: 'sale', payment: 'cash', status: 'posted' }] },
      { sql: level('Indomie Goreng'), rows: [{ level: 35 }] },
    ],
  },
  {
    name: 'a sale under its cost is booked with a warning (owner try: 1 dus of Aqua for 45rb, 24 bottles that cost 72rb, said nothing)', at, tenant: wib,
    steps: [
      { say: 'laku aqua 10 btl 25rb', reply: ['Aqua 600 ml 10 btl', '⚠️ Aqua 600 ml terjual Rp2.500/btl, di bawah modal Rp3.000/btl'] },
      { say: 'laku aqua 2 btl 8rb', reply: ['Aqua 600 ml 2 btl × Rp4.000'], not: ['di bawah modal'] },
      { say: 'laku aqua 1 btl gratis 0', reply: [], not: ['di bawah modal'] },
    ],
  },
  {
    name: 'sale with a unit price (@)', at, tenant: wib,
    steps: [{ say: 'jual kopi 3 @2rb', reply: ['tercatat', 'Kopi Kapal Api 3 sachet × Rp2.000 = Rp6.000'] }],
    rows: [{ sql: lines('Kopi Kapal Api'), rows: [{ qty: 3, unit_price: 2000, total: 6000, kind: 'sale', payment: 'cash', status: 'posted' }] }],
  },
  {
    name: 'sale priced from the catalogue, in Javanese', at, tenant: wib,
    steps: [{ say: 'payu indomie goreng loro', reply: ['tercatat', 'Indomie Goreng 2 bks × Rp3.500 = Rp7.000'] }],
    rows: [{ sql: level('Indomie Goreng'), rows: [{ level: 38 }] }],
  },
  {
    name: 'sale of two products in one message', at, tenant: wib,
    steps: [{ say: 'laku indomie goreng 2, aqua 1', reply: ['tercatat', 'Indomie Goreng', 'Aqua 600 ml'] }],
    rows: [
      { sql: lines('Indomie Goreng'), rows: [{ qty: 2, unit_price: 3500, total: 7000, kind: 'sale', payment: 'cash', status: 'posted' }] },
      { sql: lines('Aqua 600 ml'), rows: [{ qty: 1, unit_price: 4000, total: 4000, kind: 'sale', payment: 'cash', status: 'posted' }] },
    ],
  },
  {
    name: 'money said is money booked, in every form, never the catalogue price', at, tenant: wib,
    steps: [
      { say: 'laku kopi 3 x 6.000', reply: ['Kopi Kapal Api 3 sachet × Rp6.000 = Rp18.000'] },
      { say: 'laku kopi 3 @6rb', reply: ['Kopi Kapal Api 3 sachet × Rp6.000 = Rp18.000'] },
      { say: 'laku kopi 3 total 6rb', reply: ['Kopi Kapal Api 3 sachet × Rp2.000 = Rp6.000'] },
      { say: 'laku kopi 3 semuanya 5rb', reply: ['Kopi Kapal Api 3 sachet = Rp5.000'] },
    ],
    rows: [{ sql: `select l.total from transaction_lines l join transactions t on t.id = l.transaction_id where t.tenant_id = $1 order by t.created_at`,
      rows: [{ total: 18000 }, { total: 18000 }, { total: 6000 }, { total: 5000 }] }],
  },
  {
    name: 'one total said for several lines is what was booked, shared by their catalogue prices (owner try: "total 150rb" booked Rp188.000)', at, tenant: wib,
    steps: [{ say: 'barusan ada yg borong indomie goreng 10 bks sama telor 2 kilo, total 90rb',
      reply: ['Indomie Goreng 10 bks = Rp33.158', 'Telur Ayam 2 kg × Rp28.421 = Rp56.842', 'Total Rp90.000'] }],
    rows: [{ sql: moneyTx('sale'), rows: [{ total: 90000, category: null, status: 'posted', payment: 'cash' }] }],
  },
  {
    name: 'one total said for goods bought is shared by their usual cost, not asked line by line (owner try: "total 320rb" asked the price per dus)', at, tenant: wib,
    steps: [{ say: 'kulakan gula 10 kg sama telur 5 kg total 290rb dari agen', reply: ['Gula Pasir 10 kg = Rp157.288', 'Telur Ayam 5 kg = Rp132.712', 'Total Rp290.000'], not: ['Harga beli'] }],
    rows: [
      { sql: moneyTx('purchase'), rows: [{ total: 290000, category: null, status: 'posted', payment: 'cash' }] },
      { sql: level('Gula Pasir'), rows: [{ level: 30 }] },
    ],
  },
  {
    name: 'goods gone without a sale come off the stock at their cost, and "batal" puts them back (owner try: "telor pecah 3 butir, buang" was not understood)',
    at, tenant: wib,
    steps: [
      { say: 'indomie goreng rusak 2 bks, dibuang', reply: ['barang rusak/hilang tercatat', 'Indomie Goreng −2 bks, stok sekarang 38 bks', 'sekitar Rp6.000'] },
      { say: 'telor peupeus 1 kilo', reply: ['Telur Ayam −1 kg, stok sekarang 9 kg', 'Rp27.000'] },
      { say: 'batal', reply: ['Stok keluar Telur Ayam −1 kg'] },
      { say: 'ya', reply: ['Sudah dibatalkan', 'Telur Ayam sekarang 10 kg'] },
    ],
    rows: [{ sql: level('Indomie Goreng'), rows: [{ level: 38 }] }, { sql: level('Telur Ayam'), rows: [{ level: 10 }] }],
  },
  {
    // Owner tries: "stok sing entek opo wae" asked "Barang apa yang mau dicek stoknya?", "sing kudu dikulak apa wae"
    // and "naon wae nu kedah dibeuli" were not understood: no goods named asks for the goods to restock.
    name: 'the goods to restock, asked without naming any ("stok apa aja yang mau habis", jv "sing kudu dikulak apa wae")', at, tenant: wib,
    steps: [
      { say: 'stok yang menipis apa aja', reply: ['Stok masih aman semua'] },
      { say: 'laku surya 20 bks', reply: ['tercatat'] },
      { say: 'stok sing entek opo wae', reply: ['Perlu kulakan (1 barang)', '1. Rokok Surya 12: habis'], not: ['Barang apa'] },
      { say: 'naon wae nu kedah dibeuli', reply: ['Rokok Surya 12: habis'] },
      { say: 'apa aja yang dibeli bu sri', reply: [], not: ['Perlu kulakan'] },
    ],
  },
  {
    // Owner try (warung makan): "Produk baru sayur? Harga jualnya?" answered "ga dijual, buat masak" booked nothing.
    name: 'goods bought that are not sold ("ga dijual, buat masak", jv "ora didol") are the day\'s expense, not new products', at, tenant: wib,
    steps: [
      { say: 'beli sayur sama bumbu di pasar 185rb', reply: ['Produk baru "sayur"'] },
      { say: 'ga dijual, buat masak', reply: ['Pengeluaran Sayur, Bumbu Rp185.000'], not: ['Produk baru'] },
      { say: 'beli kangkung 5 ikat', reply: ['Harga beli Kangkung'] },
      { say: 'ora didol, nggo masak dewe', reply: ['Berapa, Kak?'] },
      { say: '10rb', reply: ['Pengeluaran Kangkung Rp10.000'] },
    ],
    rows: [
      { sql: moneyTx('expense'), rows: [{ total: 185000, category: 'lainnya', status: 'posted', payment: 'cash' }, { total: 10000, category: 'lainnya', status: 'posted', payment: 'cash' }] },
      { sql: moneyTx('purchase'), rows: [] },
      { sql: product('Sayur'), rows: [] },
    ],
  },
  {
    // Owner try: "payu aqua gelas 2 dus, sak dus 22 ewu" asked "Rp44.000 itu harga per dus atau total?".
    // Asked only when the total is near the catalogue's price of one (here Rp38.000 a dus): the test needs that.
    name: 'one of a unit said in Javanese or Sundanese ("sak dus", "sakilo", "regane") marks the unit price: not asked', at,
    tenant: { ...wib, products: [...basicProducts, ['Aqua Gelas 220 ml', 'dus', 38000, 30000, 10, ['aqua gelas']]] },
    steps: [
      { say: 'rek, isuk mau payu aqua gelas 2 dus, sak dus 22 ewu', reply: ['Aqua Gelas 220 ml 2 dus × Rp22.000 = Rp44.000'], not: ['atau total'] },
      { say: 'laku aqua gelas 2 dus sadus 21rb', reply: ['Aqua Gelas 220 ml 2 dus × Rp21.000 = Rp42.000'], not: ['atau total'] },
      { say: 'rek, isuk mau payu telor 2 kilo, sak kilo 27 ewu', reply: ['Telur Ayam 2 kg × Rp27.000 = Rp54.000'], not: ['atau total'] },
      { say: 'payu gula 3 kilo 17500 sakilo', reply: ['Gula Pasir 3 kg × Rp17.500 = Rp52.500'], not: ['atau total'] },
      { say: 'indomie goreng 4 bks regane 3500', reply: ['Indomie Goreng 4 bks × Rp3.500 = Rp14.000'], not: ['atau total'] },
    ],
    rows: [
      { sql: lines('Aqua Gelas 220 ml'), rows: [{ qty: 2, unit_price: 22000, total: 44000, kind: 'sale', payment: 'cash', status: 'posted' }, { qty: 2, unit_price: 21000, total: 42000, kind: 'sale', payment: 'cash', status: 'posted' }] },
      { sql: lines('Telur Ayam'), rows: [{ qty: 2, unit_price: 27000, total: 54000, kind: 'sale', payment: 'cash', status: 'posted' }] },
    ],
  },
  {
    // Owner try: "bakso 15 mangkok 12rb an" suggested Rp800 a bowl, and after "12rb" asked "per mangkok atau total?".
    name: 'a price level ("12rb-an") after a count is per unit: asked once for a new product, unasked when the catalogue agrees', at, tenant: wib,
    steps: [
      { say: 'bakso 15 mangkok 12rb an', reply: ['Produk baru "bakso"', 'Harga jualnya per mangkok berapa'], not: ['Rp800'] },
      { say: '12rb', reply: ['disimpan', 'Bakso 15 mangkok × Rp12.000 = Rp180.000'], not: ['atau total'] },
      { say: 'laku aqua 600 ml 6 btl 4rb an', reply: ['Aqua 600 ml 6 btl × Rp4.000 = Rp24.000'], not: ['atau total'] },
      // The said number shared out is typed: it was the total.
      { say: 'laku cilok 10 bks 5rb an', reply: ['Produk baru "cilok"', 'per bungkus berapa'] },
      { say: '500', reply: ['disimpan', 'Cilok 10 bks × Rp500 = Rp5.000'], not: ['atau total'] },
      { say: 'laku gorengan 10 seribuan', reply: ['Produk baru "gorengan"', 'per'], not: ['Rp100'] },
      { say: '1000', reply: ['Gorengan 10', '= Rp10.000'], not: ['atau total'] },
      { say: 'laku es lilin 12 noceng an', reply: ['Produk baru "es lilin"', 'per'], not: ['Rp167'] },
      { say: 'noceng', reply: ['Es Lilin 12', 'Rp24.000'], not: ['atau total'] },
      // A bundle price ("goceng dapet 3") does not divide: the line is the money for what was sold, rounded.
      { say: 'laku indomie goreng 10 bks ceban dapet 3', reply: ['Indomie Goreng 10 bks', 'Rp33.333'], not: ['Rp3 '] },
    ],
    rows: [
      { sql: lines('Bakso'), rows: [{ qty: 15, unit_price: 12000, total: 180000, kind: 'sale', payment: 'cash', status: 'posted' }] },
      { sql: lines('Cilok'), rows: [{ qty: 10, unit_price: 500, total: 5000, kind: 'sale', payment: 'cash', status: 'posted' }] },
      { sql: lines('Indomie Goreng'), rows: [{ qty: 10, unit_price: 3333, total: 33333, kind: 'sale', payment: 'cash', status: 'posted' }] },
    ],
  },
  {
    // Owner try: "pinjem duit koperasi 2jt" asked "Atas nama siapa?": the lender is the one owed.
    name: 'a loan from a lender named without a name is owed to the lender', at, tenant: wib,
    steps: [
      { say: 'pinjem duit koperasi 2jt buat modal', reply: ['Utang ke Koperasi Rp2.000.000'], not: ['Atas nama siapa'] },
      { say: 'bayar cicilan koperasi 250rb', reply: ['Bayar utang ke Koperasi Rp250.000', 'Sisa utang ke Koperasi Rp1.750.000'] },
    ],
    rows: [{ sql: debts, rows: [{ name: 'Koperasi', kind: 'supplier', direction: 'payable', amount: 2000000, paid: 250000, status: 'open' }] }],
  },
  {
    // Owner try (Solo): "tambal ban motor 15rb" was sold as goods "ban motor", then named only "Tambal".
    name: 'a tyre patched is a transport expense named with the tyre', at, tenant: wib,
    steps: [{ say: 'tambal ban motor 15rb', reply: ['Pengeluaran (transport) Tambal Ban Rp15.000'], not: ['Penjualan'] }],
  },
  {
    // Owner try (Bandung): "roko surya 2 bungkus, artosna 58 rebu" asked "yang mana?" though only Surya 12 costs Rp29.000.
    name: 'the money said picks the one product it is the price of', at, tenant: wib,
    steps: [
      { say: 'teras aya nu meuli roko surya 2 bungkus, artosna 58 rebu', reply: ['Rokok Surya 12 2 bks × Rp29.000 = Rp58.000'], not: ['yang mana'] },
    ],
  },
  {
    // Owner try: "stok roti kurangi 5 bks" set the stock to 5 (of a product "roti kurangi"); "balikin aqua 2 dus ke
    // agen" was a debt paid ("Berapa, Kak?").
    name: 'stock taken off the count; goods sent back, or a debt paid with goods bought, book nothing and the owner is told how', at, tenant: wib,
    steps: [
      { say: 'stok indomie goreng kurangi 2 bks', reply: ['Indomie Goreng −2 bks, stok sekarang 38 bks'] },
      { say: 'retur indomie goreng 3 bks ke sales', reply: ['Retur barang ke pemasok belum bisa saya catat', 'stok roti kurangi 5 bks'], not: ['Berapa', 'tercatat ✅'] },
      { say: 'balikin indomie goreng 1 dus ke agen, rusak', reply: ['Retur barang ke pemasok belum bisa saya catat'], not: ['Berapa', 'utang'] },
      { say: 'pembeli balikin indomie goreng 1 bks, uangnya dikembalikan 3500', reply: ['Retur dari pembeli', 'batalkan penjualannya'], not: ['pemasok'] },
      // Owner try: two entries in one message booked one wrong line (gula at Rp30.000 on credit).
      { say: 'bu sri bayar utang 30rb sama beli gula 1 kg 18rb', reply: ['ada dua catatan', 'kirim satu-satu'], not: ['tercatat ✅'] },
    ],
    rows: [{ sql: level('Indomie Goreng'), rows: [{ level: 38 }] }],
  },
  {
    name: 'change given back comes off the money handed over (owner try: "kembali 4rb" was asked about as a product)', at, tenant: wib,
    steps: [
      { say: 'laku gula 2 kg uangnya 50rb kembalian 14rb', reply: ['Gula Pasir 2 kg × Rp18.000 = Rp36.000'], not: ['embalian'] },
      { say: 'laku indomie goreng 2 sama kopi 3, bayar 20rb kembali 7rb', reply: ['Total Rp13.000'], not: ['embali'] },
    ],
    rows: [{ sql: moneyTx('sale'), rows: [{ total: 36000, category: null, status: 'posted', payment: 'cash' }, { total: 13000, category: null, status: 'posted', payment: 'cash' }] }],
  },
  {
    name: 'credit sale to a new customer creates the contact and the receivable', at, tenant: wib,
    steps: [{ say: 'bon pak darto rokok surya 2 bungkus', reply: ['tercatat', 'Pak Darto', 'Rp58.000'] }],
    rows: [
      { sql: lines('Rokok Surya 12'), rows: [{ qty: 2, unit_price: 29000, total: 58000, kind: 'sale', payment: 'credit', status: 'posted' }] },
      { sql: debts, rows: [{ name: 'Pak Darto', kind: 'customer', direction: 'receivable', amount: 58000, paid: 0, status: 'open' }] },
    ],
  },
  {
    name: 'a down payment: "bayar 20rb sisanya ngutang" is the catalogue price, 20rb paid, the rest owed; "batal" undoes both (owner try: all 20rb on credit)',
    at, tenant: wib,
    steps: [
      { say: 'bu tini beli beras 2 kilo bayar 20rb sisanya ngutang', reply: ['Beras Medium 2 kg × Rp14.000 = Rp28.000', 'DP Rp20.000 sudah dibayar, sisa Rp8.000 jadi bon', 'Total utang Bu Tini sekarang Rp8.000'] },
      { say: 'utang bu tini brp', reply: ['Utang Bu Tini sekarang Rp8.000', 'Catatan terakhir:\n• 21 Nov 2026: bayar DP Rp20.000\n• 21 Nov 2026: ngutang Rp28.000 (Beras Medium)'] },
      { say: 'catatan hari ini', reply: ['1. 10.00 Penjualan (bon Bu Tini) Beras Medium 2 kg', '2. 10.00 Bu Tini bayar DP Rp20.000'] },
      { say: 'batal 1', reply: ['Penjualan (bon Bu Tini) Beras Medium 2 kg'] },
      { say: 'ya', reply: ['Sudah dibatalkan ✅', 'Stok dikembalikan. DP Rp20.000 ikut dibatalkan.'] },
    ],
    rows: [
      { sql: debts, rows: [{ name: 'Bu Tini', kind: 'customer', direction: 'receivable', amount: 28000, paid: 0, status: 'void' }] },
      { sql: payments, rows: [{ amount: 20000, payment: 'cash', dp: true, voided: true }] },
      { sql: level('Beras Medium'), rows: [{ level: 50 }] },
    ],
  },
  {
    name: 'a down payment in Javanese and Sundanese, and one on goods bought from a supplier', at, tenant: wib,
    steps: [
      { say: 'mbak rini tuku gula 1 kg mbayar 10rb kurange utang', reply: ['Gula Pasir 1 kg × Rp18.000 = Rp18.000', 'sisa Rp8.000 jadi bon'] },
      { say: 'ceu imas meuli beas 2 kg mayar heula 20rb sesana engke', reply: ['Beras Medium 2 kg', 'sisa Rp8.000 jadi bon', 'Total utang Ceu Imas sekarang Rp8.000'] },
      { say: 'kulakan gula 10 kg 170rb dp 100rb sisanya ngutang ke toko makmur', reply: ['Gula Pasir 10 kg', 'sisa Rp70.000 jadi utang ke Toko Makmur', 'Total utang ke Toko Makmur sekarang Rp70.000'] },
    ],
    rows: [
      { sql: debts, rows: [
        { name: 'Mbak Rini', kind: 'customer', direction: 'receivable', amount: 18000, paid: 10000, status: 'open' },
        { name: 'Ceu Imas', kind: 'customer', direction: 'receivable', amount: 28000, paid: 20000, status: 'open' },
        { name: 'Toko Makmur', kind: 'supplier', direction: 'payable', amount: 170000, paid: 100000, status: 'open' },
      ] },
    ],
  },
  {
    name: 'a sale with a down payment is corrected with its down payment (owner try: the correction was refused as paid)', at, tenant: wib,
    steps: [
      { say: 'pak darto ambil beras 3 kg bayar 20rb sisanya ngutang', reply: ['Rp42.000', 'sisa Rp22.000 jadi bon'] },
      { say: 'salah, harusnya 2 kg', reply: ['Beras Medium 2 kg × Rp14.000 = Rp28.000', 'sisa Rp8.000 jadi bon', 'Total utang Pak Darto sekarang Rp8.000'] },
      { say: 'pak darto bayar utang 3rb', reply: ['Rp3.000', 'Rp5.000'] },
    ],
    rows: [
      { sql: debts, rows: [
        { name: 'Pak Darto', kind: 'customer', direction: 'receivable', amount: 42000, paid: 0, status: 'void' },
        { name: 'Pak Darto', kind: 'customer', direction: 'receivable', amount: 28000, paid: 23000, status: 'open' },
      ] },
      { sql: payments, rows: [
        { amount: 20000, payment: 'cash', dp: true, voided: true },
        { amount: 20000, payment: 'cash', dp: true, voided: false },
        { amount: 3000, payment: 'cash', dp: false, voided: false },
      ] },
    ],
  },
  {
    name: 'a down payment that covers the total books nothing and says so; "batal" right after a down payment undoes both', at, tenant: wib,
    steps: [
      { say: 'bu tini beli beras 2 kg bayar 30rb sisanya ngutang', reply: ['Yang dibayar Rp30.000, padahal totalnya Rp28.000', 'Belum saya catat'] },
      { say: 'pak darto ambil rokok surya 2 bungkus dp 20rb', reply: ['Rp58.000', 'sisa Rp38.000 jadi bon'] },
      { say: 'batal', reply: ['Penjualan (bon Pak Darto, DP Rp20.000) Rokok Surya 12 2 bks'] },
      { say: 'ya', reply: ['Sudah dibatalkan ✅', 'DP Rp20.000 ikut dibatalkan'] },
    ],
    rows: [
      { sql: debts, rows: [{ name: 'Pak Darto', kind: 'customer', direction: 'receivable', amount: 58000, paid: 0, status: 'void' }] },
      { sql: level('Beras Medium'), rows: [{ level: 50 }] },
    ],
  },
  {
    name: 'selling more than the stock is booked and flagged', at, tenant: wib,
    steps: [{ say: 'laku telur 12 kg', reply: ['tercatat', 'Telur Ayam 12 kg', '⚠️'] }],
    rows: [{ sql: level('Telur Ayam'), rows: [{ level: -2 }] }],
  },
  {
    name: 'purchase moves stock in', at, tenant: wib,
    steps: [{ say: 'kulakan telur 5 kg 135rb', reply: ['tercatat', 'Telur Ayam 5 kg × Rp27.000 = Rp135.000'] }],
    rows: [
      { sql: lines('Telur Ayam'), rows: [{ qty: 5, unit_price: 27000, total: 135000, kind: 'purchase', payment: 'cash', status: 'posted' }] },
      { sql: level('Telur Ayam'), rows: [{ level: 15 }] },
    ],
  },
  {
    name: 'purchase on credit from a new supplier creates a payable', at, tenant: wib,
    steps: [{ say: 'kulakan gula 10 kg 170rb ngutang ke toko makmur', reply: ['tercatat', 'Gula Pasir 10 kg', 'Rp170.000'] }],
    rows: [
      { sql: debts, rows: [{ name: 'Toko Makmur', kind: 'supplier', direction: 'payable', amount: 170000, paid: 0, status: 'open' }] },
      { sql: level('Gula Pasir'), rows: [{ level: 30 }] },
    ],
  },
  {
    name: 'expense with its category', at, tenant: wib,
    steps: [{ say: 'bayar listrik 150rb', reply: ['tercatat', 'Rp150.000'] }],
    rows: [{ sql: moneyTx('expense'), rows: [{ total: 150000, category: 'listrik', status: 'posted', payment: 'cash' }] }],
  },
  {
    name: 'debt added, paid in part, then in full', at, tenant: wib,
    steps: [
      { say: 'bu sri ngutang 25rb', reply: ['tercatat', 'Bu Sri', 'Rp25.000'] },
      { say: 'bu sri bayar utang 10rb', reply: ['Rp10.000', 'Rp15.000'] },
      { say: 'bu sri lunasin utang 15rb', reply: ['Rp15.000', 'lunas'] },
    ],
    rows: [{ sql: debts, rows: [{ name: 'Bu Sri', kind: 'customer', direction: 'receivable', amount: 25000, paid: 25000, status: 'paid' }] }],
  },
  {
    name: 'half of a debt: "teh euis mayar satengahna", "bayar setengahnya" pay half of what is open (owner try: it asked "Berapa?")', at, tenant: wib,
    steps: [
      { say: 'teh euis ngutang 58rb', reply: ['tercatat', 'Rp58.000'] },
      { say: 'teh euis mayar satengahna', reply: ['Teh Euis bayar utang Rp29.000', 'Sisa utang Teh Euis Rp29.000'], not: ['Berapa'] },
      { say: 'teh euis bayar setengahnya', reply: ['Rp14.500', 'Sisa utang Teh Euis Rp14.500'] },
    ],
    rows: [{ sql: debts, rows: [{ name: 'Teh Euis', kind: 'customer', direction: 'receivable', amount: 58000, paid: 43500, status: 'open' }] }],
  },
  {
    name: 'debt reminder for a day later this month', at, tenant: wib,
    steps: [
      { say: 'bu sri ngutang 25rb', reply: ['tercatat'] },
      { say: 'ingatkan bu sri tgl 30', reply: ['30 Nov 2026', 'Bu Sri', 'Rp25.000'] },
    ],
    rows: [{ sql: `select to_char(remind_on, 'YYYY-MM-DD') as day from debt_reminders where tenant_id = $1`, rows: [{ day: '2026-11-30' }] }],
  },
  {
    // Owner try: "diskon 5rb ke bu rt" booked a purchase from Bu RT (stock went up), and the dashboard listed her as
    // "bu rt" while the chat said "Bu RT".
    name: 'a discount given to a buyer, her name as shown', at, tenant: wib,
    steps: [{ say: 'diskon 5rb ke bu rt, beli beras 10 kg 140rb', reply: ['Penjualan (Bu RT)', 'Rp135.000', 'diskon Rp5.000'], not: ['Pembelian'] }],
    rows: [{ sql: `select kind, total, counterparty_name from transactions where tenant_id = $1`, rows: [{ kind: 'sale', total: 135000, counterparty_name: 'Bu RT' }] }],
  },
  {
    // Owner try: the day first, a Javanese verb, and what the warung owes ("Berapa, Kak?" was asked).
    name: 'reminder to pay a supplier', at, tenant: wib,
    steps: [
      { say: 'koh acong kirim gula 10 kg, nota 170rb, bayar minggu depan', reply: ['utang ke Koh Acong', 'Rp170.000'] },
      { say: 'mbak, sesuk tolong ingetke bayar koh acong', reply: ['22 Nov 2026', 'bayar utang ke Koh Acong', 'Rp170.000'], not: ['Berapa'] },
    ],
    rows: [{ sql: `select to_char(remind_on, 'YYYY-MM-DD') as day, direction from debt_reminders where tenant_id = $1`, rows: [{ day: '2026-11-22', direction: 'payable' }] }],
  },
  {
    name: 'stock check', at, tenant: wib,
    steps: [{ say: 'stok beras masih brp?', reply: ['Beras Medium', '50 kg'] }],
  },
  {
    // Owner try: "stok indomie sisa berapa ya" asked "Indomie yang mana?" before answering.
    name: 'a stock check of a name several products share answers for each', at, tenant: wib,
    steps: [
      { say: 'stok indomie sisa berapa ya', reply: ['Stok Indomie Goreng tinggal 40 bks', 'Stok Indomie Soto tinggal 30 bks'], not: ['yang mana'] },
      { say: 'stok indomie sama gula brp', reply: ['Indomie Goreng', 'Indomie Soto', 'Stok Gula Pasir tinggal 20 kg'], not: ['yang mana'] },
    ],
  },
  {
    name: 'stock in without money', at, tenant: wib,
    steps: [{ say: 'tambah stok gula 10 kg', reply: ['Gula Pasir', '30 kg'] }],
    rows: [{ sql: level('Gula Pasir'), rows: [{ level: 30 }] }],
  },
  {
    name: 'stock count (opname) books the difference', at, tenant: wib,
    steps: [{ say: 'stok gula sekarang 12 kg', reply: ['Gula Pasir', '12 kg'] }],
    rows: [
      { sql: level('Gula Pasir'), rows: [{ level: 12 }] },
      { sql: `select m.qty::float8 as qty from stock_movements m join products p on p.id = m.product_id where p.tenant_id = $1 and p.name = 'Gula Pasir' and m.kind = 'opname'`, rows: [{ qty: -8 }] },
    ],
  },
  {
    name: 'sold out ("habis") sets the stock to zero', at, tenant: wib,
    steps: [{ say: 'rokok surya habis', reply: ['Rokok Surya 12'] }],
    rows: [{ sql: level('Rokok Surya 12'), rows: [{ level: 0 }] }],
  },
  {
    name: 'price change applies to the next sale', at, tenant: wib,
    steps: [
      { say: 'harga indomie goreng jadi 4000', reply: ['Indomie Goreng', 'Rp4.000'] },
      { say: 'laku indomie goreng 2', reply: ['tercatat', 'Indomie Goreng 2 bks × Rp4.000 = Rp8.000'] },
    ],
    rows: [{ sql: product('Indomie Goreng'), rows: [{ name: 'Indomie Goreng', unit: 'bks', sell_price: 4000 }] }],
  },
  {
    name: 'a sale dated yesterday', at, tenant: wib,
    steps: [{ say: 'kemarin laku beras 2 kg', reply: ['tercatat', 'Beras Medium 2 kg'] }],
    rows: [{ sql: `select to_char(occurred_at at time zone 'Asia/Jakarta', 'YYYY-MM-DD') as day from transactions where tenant_id = $1`, rows: [{ day: '2026-11-20' }] }],
  },
  {
    name: 'help, greeting, thanks and unknown messages always get an answer', at, tenant: wib,
    steps: [
      { say: 'bisa apa aja?', reply: ['laku indomie', 'laporan hari ini', 'batal'] },
      { say: 'pagi', reply: ['Halo', 'laku indomie'] },
      { say: 'makasih ya', reply: ['Sama-sama'] },
      { say: 'wkwkwk', reply: ['belum paham', 'laku indomie'] },
    ],
    rows: [{ sql: `select count(*)::int as n from transactions where tenant_id = $1`, rows: [{ n: 0 }] }],
  },
  {
    name: 'negotiation needs suppliers; market prices say plainly when there is no data', at, tenant: wib,
    steps: [
      { say: 'cariin telur 10 kg maks 27rb/kg', reply: ['Belum ada nomor supplier'] },
      { say: 'harga cabe rawit hari ini brp?', reply: ['Belum ada data harga Cabai Rawit Merah'] },
    ],
  },
  {
    // Owner try: "wong" became a product, the drawer ("laci") was sold for Rp100.000, a bank deposit was "not understood".
    name: 'people counted in a sale, the till\'s money taken home, a deposit to the bank', at, tenant: wib,
    steps: [
      { say: '3 wong tuku kopi, masing2 2 sachet', reply: ['tercatat', 'Kopi Kapal Api 6 sachet × Rp2.000 = Rp12.000'], not: ['wong'] },
      { say: 'ambil duit laci 100rb kanggo blonjo omah', reply: ['tercatat', 'Pengeluaran Ambil uang pribadi Rp100.000'], not: ['laci', 'Laci'] },
      { say: 'setor bank 500rb', reply: ['perpindahan uang', 'tidak saya catat'] },
      // Owner try: money sent to the agent for stock was called a mere move of money.
      { say: 'udah transfer ke agen 1,2jt buat kulakan kemarin', reply: ['bayar kulakan', 'tulis juga barangnya', 'bayar utang ke agen'], not: ['perpindahan uang'] },
    ],
    rows: [
      { sql: lines('Kopi Kapal Api'), rows: [{ qty: 6, unit_price: 2000, total: 12000, kind: 'sale', payment: 'cash', status: 'posted' }] },
      { sql: moneyTx('expense'), rows: [{ total: 100000, category: 'lainnya', status: 'posted', payment: 'cash' }] },
      { sql: product('Laci'), rows: [] },
    ],
  },
  {
    // Owner try: "bayar listrik 150rb sama air 50rb" booked Listrik Rp200.000.
    name: 'two bills in one message are two lines, under lainnya when their categories differ; ingredients bought are money out', at, tenant: wib,
    steps: [
      { say: 'bayar listrik 150rb sama air 50rb', reply: ['tercatat', 'Listrik Rp150.000', 'Air Rp50.000', 'Total Rp200.000'] },
      { say: 'bayar token listrik 100rb', reply: ['tercatat'] },
      { say: 'beli sayur buat masak dagangan 45rb', reply: ['tercatat', 'Pengeluaran Sayur Rp45.000'], not: ['Produk baru'] },
    ],
    rows: [{ sql: moneyTx('expense'), rows: [
      { total: 200000, category: 'lainnya', status: 'posted', payment: 'cash' },
      { total: 100000, category: 'listrik', status: 'posted', payment: 'cash' },
      { total: 45000, category: 'lainnya', status: 'posted', payment: 'cash' },
    ] }],
  },
  {
    // Owner try: phone credit was a product "pulsa" asked for its price, and its sales were all profit.
    name: 'phone credit sold at the counter: the denomination names it and is its cost', at, tenant: wib,
    steps: [
      { say: 'pulsa 20rb terjual 22rb', reply: ['Produk baru "pulsa 20rb"', 'Harga jualnya Rp22.000?'] },
      { say: 'ya', reply: ['Pulsa 20rb disimpan', 'tercatat', 'Pulsa 20rb 1 pcs × Rp22.000 = Rp22.000'], not: ['Stok sisa'] },
      { say: 'laku pulsa 20rb 22rb', reply: ['tercatat', 'Pulsa 20rb 1 pcs × Rp22.000'] },
      { say: 'laporan hari ini', reply: ['Omzet Rp44.000', 'Laba kotor Rp4.000'], not: ['modal belum tercatat'] },
    ],
    rows: [{ sql: product('Pulsa 20rb'), rows: [{ name: 'Pulsa 20rb', unit: 'pcs', sell_price: 22000 }] }],
  },
];
