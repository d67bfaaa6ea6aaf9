// Every booking intent once, in its everyday form, with the rows it must leave.
import { debts, level, lines, moneyTx, product } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const wib = { timezone: 'Asia/Jakarta' as const, products: basicProducts };
const at = '2026-11-21T03:00:00Z'; // Saturday 10:00 WIB

export const bookingScripts: Script[] = [
  {
    // Helpers' cashiers typed "indomie soto 2", "gula 2 ons", "telor 1/2" and got "saya belum paham" each time.
    name: 'goods counted with no verb: a cashier\'s sale, the owner asked once', at, tenant: { ...wib, cashier: true },
    steps: [
      { as: 'cashier', say: 'gula 2 ons', reply: ['Penjualan Gula Pasir 2 ons (0,2 kg) × Rp18.000/kg = Rp3.600'] },
      { as: 'cashier', say: 'indomie soto 2, aqua 1', reply: ['Indomie Soto 2 bks', 'Aqua 600 ml 1 btl'] },
      { say: 'gula setengah kilo', reply: ['Dicatat sebagai penjualan gula 0,5 kg, Kak? Balas *ya*'] },
      { say: 'ya', reply: ['Penjualan Gula Pasir 0,5 kg × Rp18.000 = Rp9.000'] },
      { say: 'telor 2', reply: ['Dicatat sebagai penjualan telor 2'] },
      // More goods counted while it waits are asked with it, not booked (an owner try booked both unasked).
      { say: 'aqua 1', reply: ['Dicatat sebagai penjualan telor 2, aqua 1'], not: ['tercatat'] },
      { say: 'tidak', reply: ['tidak jadi'] },
      { say: 'wkwkwk', reply: ['belum paham'] },
    ],
    rows: [
      { sql: level('Gula Pasir'), rows: [{ level: 19.3 }] },
      { sql: level('Telur Ayam'), rows: [{ level: 10 }] },
      { sql: `select count(*)::int as n from transactions where tenant_id = $1 and kind = 'sale'`, rows: [{ n: 3 }] },
    ],
  },
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
    // Voice try: "… bayarnya pakai uang lima puluh ribu kembaliannya berapa ya" was a stock question; then "anakku ambil
    // chitato 2 bks dipakai sendiri" after a new-product question was taken as its answer ("not for sale") and was lost.
    name: 'the change of a sale paid with a note; goods taken for home while a question is open are their own entry', at, tenant: wib,
    steps: [
      { say: 'tadi ada ibu ibu beli beras dua kilo sama gula satu kilo terus bayarnya pakai uang lima puluh ribu kembaliannya berapa ya',
        reply: ['tercatat', 'Total Rp46.000', 'Uang Rp50.000, kembalian Rp4.000'], not: ['belum ada di katalog'] },
      { say: 'laku indomie goreng 2 bayar pake uang 10rb', reply: ['Rp7.000', 'Uang Rp10.000, kembalian Rp3.000'] },
      { say: 'beli es batu 5rb buat dagangan', reply: ['Produk baru "es batu"'] },
      { say: 'anakku ambil indomie soto 2 bungkus dipakai sendiri', reply: ['dipakai sendiri tercatat', 'Indomie Soto'], not: ['Pengeluaran Es Batu'] },
    ],
    rows: [
      { sql: level('Indomie Soto'), rows: [{ level: 28 }] },
      { sql: `select count(*)::int as n from transactions where tenant_id = $1 and kind = 'expense'`, rows: [{ n: 0 }] },
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
    // Surabaya owner try: "bakule ngeterke … durung tak bayar" (the trader delivered, not paid yet) asked "Atas nama siapa?",
    // read as the owner's own name; goods bought on credit are owed to a supplier, so the question says so.
    name: 'goods delivered and not paid are a purchase on credit, asked whom it is owed to', at, tenant: wib,
    steps: [
      { say: 'bakule ngeterke endhog 10 kilo, durung tak bayar', reply: ['Harga beli Endhog per kg'] },
      { say: '26 ewu', reply: ['Utangnya ke siapa, Kak?'], not: ['Atas nama siapa'] },
      { say: 'toko makmur', reply: ['Pembelian (utang ke Toko Makmur) Telur Ayam 10 kg × Rp26.000 = Rp260.000'] },
    ],
    rows: [{ sql: debts, rows: [{ name: 'Toko Makmur', kind: 'supplier', direction: 'payable', amount: 260000, paid: 0, status: 'open' }] }],
  },
  {
    // Owner try: "hari ini tutup, libur lebaran" and "besok buka jam 7" got "saya belum paham" and the examples.
    name: 'news about opening hours books nothing and is answered kindly', at, tenant: wib,
    steps: [
      { say: 'hari ini tutup, libur lebaran', reply: ['Tidak ada yang saya catat'], not: ['belum paham'] },
      { say: 'besok buka jam 7', reply: ['Tidak ada yang saya catat'], not: ['belum paham'] },
      { say: 'sesuk prei sedino', reply: ['Tidak ada yang saya catat'] },
    ],
    rows: [{ sql: moneyTx('sale'), rows: [] }],
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
    steps: [
      { say: 'tambal ban motor 15rb', reply: ['Pengeluaran (transport) Tambal Ban Motor Rp15.000'], not: ['Penjualan'] },
      // Medan try: "servis kereta" (the motorbike) and "ganti oli" were "Lain-lain"; now the work and the thing.
      { say: 'servis kereta 50rb', reply: ['Pengeluaran (transport) Servis Kereta Rp50.000'] },
      { say: 'ganti oli 45rb', reply: ['Pengeluaran (transport) Ganti Oli Rp45.000'], not: ['Harga'] },
    ],
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
    // City owner try: a new debtor "pak rt" was stored and shown as "Pak Rt".
    name: 'a new debtor named by an abbreviation', at, tenant: wib,
    steps: [{ say: 'pak rt ambil indomie goreng 2, bayar besok', reply: ['bon Pak RT', 'utang Pak RT'] }],
    rows: [{ sql: `select name from contacts where tenant_id = $1 and name ilike 'pak rt'`, rows: [{ name: 'Pak RT' }] }],
  },
  {
    // Padang owner try: "bali galon aqua 5 dari ajo" paid in cash left the supplier out of Kontak.
    name: 'a supplier named on a cash purchase is kept as a contact, once', at, tenant: wib,
    steps: [
      { say: 'beli aqua 24 btl dari uda jo 3rb sebotol', reply: ['tercatat', 'dari Uda Jo'] },
      { say: 'kulakan gula 5 kg dari uda jo 80rb', reply: ['tercatat', 'dari Uda Jo'] },
      { say: 'daftar supplier', reply: ['Uda Jo: belum ada nomor'] },
    ],
    rows: [
      { sql: `select c.name, c.kind, count(t.id)::int as n from contacts c join transactions t on t.contact_id = c.id where c.tenant_id = $1 group by 1, 2`,
        rows: [{ name: 'Uda Jo', kind: 'supplier', n: 2 }] },
      { sql: debts, rows: [] },
    ],
  },
  {
    // Padang owner try: "si udin" was saved and shown as "Si Udin"; "si" only points at the person.
    name: 'a new debtor said with "si"', at, tenant: wib,
    steps: [
      { say: 'barusan ada yg ngutang, si udin, indomie goreng 2', reply: ['bon Udin', 'utang Udin'], not: ['Si Udin'] },
      { say: 'utang si udin brp', reply: ['Udin', 'Rp7.000'] },
    ],
    rows: [{ sql: `select name from contacts where tenant_id = $1 and name ilike '%udin'`, rows: [{ name: 'Udin' }] }],
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
    // Owner try: a chore reminder booked nothing sensible before; it is said plainly that only debts are reminded.
    name: 'reminder about a chore, not a debt', at, tenant: wib,
    steps: [{ say: 'ingetin aku besok jam 7 kulakan telor', reply: ['pengingat', 'tagihan utang'], not: ['tercatat', 'Tercatat'] }],
    rows: [
      { sql: `select count(*)::int as n from debt_reminders where tenant_id = $1`, rows: [{ n: 0 }] },
      { sql: `select count(*)::int as n from transactions where tenant_id = $1`, rows: [{ n: 0 }] },
    ],
  },
  {
    // Owner try (Jakarta): "kejual 2 aqua 1500ml" was booked as Aqua 600 ml at Rp4.000.
    name: 'goods of another size than the catalogue\'s are a new product, not the one of that size', at, tenant: wib,
    steps: [
      { say: 'laku aqua 1500ml 2', reply: ['Produk baru "aqua 1500ml"'], not: ['Aqua 600 ml'] },
      { say: '6rb', reply: ['tercatat', 'Aqua 1500ml 2 pcs × Rp6.000 = Rp12.000'] },
    ],
    rows: [{ sql: level('Aqua 600 ml'), rows: [{ level: 24 }] }],
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
      // Owner tries: the shop closing ("tutup sik yo") got "belum paham"; "mau buka, modal awal 200rb" asked for a product "buka".
      { say: 'tutup sik yo', reply: ['selamat istirahat', 'laporan hari ini'], not: ['belum paham'] },
      { say: 'mau buka, modal awal 200rb', reply: ['perpindahan uang'], not: ['Produk baru'] },
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
      // Owner try (Java): the till's money for petrol was "a move of money", not booked.
      { say: 'aku njupuk duit laci 50 ewu nggo tuku bensin', reply: ['tercatat', 'Pengeluaran (transport) Bensin Rp50.000'], not: ['perpindahan uang', 'pribadi'] },
      { say: 'setor bank 500rb', reply: ['perpindahan uang', 'tidak saya catat'] },
      { say: 'tukar duit receh 100rb', reply: ['perpindahan uang', 'tidak saya catat'], not: ['belum paham'] },
      // Medan try: "setor ke agen 500rb buat bayar nota kemarin" booked an expense "Nota" dated yesterday.
      { say: 'kulakan gula 10 kg 170rb ngutang ke toko makmur', reply: ['utang ke Toko Makmur'] },
      { say: 'setor ke agen 170rb buat bayar nota kemarin', reply: ['Bayar ke siapa, Kak?'], not: ['Pengeluaran', 'Atas nama'] },
      { say: 'toko makmur', reply: ['Bayar utang ke Toko Makmur Rp170.000', 'lunas'], not: ['Des 2026'] },
      // Owner try: money sent to the agent for stock was called a mere move of money.
      { say: 'udah transfer ke agen 1,2jt buat kulakan kemarin', reply: ['bayar kulakan', 'tulis juga barangnya', 'bayar utang ke agen'], not: ['perpindahan uang'] },
      // Owner try (city): capital from the family was asked as a new product "anak"; the bank deposit after it was
      // taken for that product's price and booked a sale of Rp1.000.000.
      { say: 'terima transferan dari anak 1jt buat modal', reply: ['perpindahan uang'], not: ['Produk baru'] },
      { say: 'laku rengginang 2 bks', reply: ['Produk baru "rengginang"'] },
      { say: 'setor ke bank 500rb', reply: ['perpindahan uang'], not: ['disimpan', 'tercatat ✅'] },
    ],
    rows: [
      { sql: lines('Kopi Kapal Api'), rows: [{ qty: 6, unit_price: 2000, total: 12000, kind: 'sale', payment: 'cash', status: 'posted' }] },
      { sql: moneyTx('expense'), rows: [
        { total: 100000, category: 'lainnya', status: 'posted', payment: 'cash' }, { total: 50000, category: 'transport', status: 'posted', payment: 'cash' },
      ] },
      { sql: product('Laci'), rows: [] },
      { sql: product('Anak'), rows: [] },
      { sql: product('Rengginang'), rows: [] },
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
      // City try: "…, untung 2rb" (its margin said) answered the report of profit instead of booking the sale.
      { say: 'pulsa 20rb laku, untung 2rb', reply: ['tercatat', 'Pulsa 20rb 1 pcs × Rp22.000'], not: ['Laporan'] },
      { say: 'laporan hari ini', reply: ['Omzet Rp66.000', 'Laba kotor Rp6.000'], not: ['modal belum tercatat'] },
    ],
    rows: [{ sql: product('Pulsa 20rb'), rows: [{ name: 'Pulsa 20rb', unit: 'pcs', sell_price: 22000 }] }],
  },
];
