// Who is writing: newcomers are onboarded (city → zone), the owner manages staff, cashiers are
// limited to the counter, suppliers get a holding reply.
import { debts } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const newTenant = `select t.name, t.city, t.timezone, m.role from tenants t join members m on m.tenant_id = t.id where t.id = $1`;
const at = '2026-11-21T06:00:00Z';

export const peopleScripts: Script[] = [
  {
    // Corrections try (twenty-ninth session): "eh salah orang, yang bayar bu tina" after Pak Dirman's payment booked his
    // payment again (Bu Tina still owed it all); "eh bukan pak dirman, itu bu tina yang bayar" paid his debt twice.
    name: 'a debt payment put on the wrong person is moved to the right one', at, tenant: { timezone: 'Asia/Jakarta', products: basicProducts },
    steps: [
      { say: 'pak dirman ngutang 50rb', reply: ['Utang Pak Dirman Rp50.000'] },
      { say: 'bu tina ngutang 57rb', reply: ['Utang Bu Tina Rp57.000'] },
      { say: 'pak dirman bayar 20rb', reply: ['Pak Dirman bayar utang Rp20.000'] },
      { say: 'eh salah orang, yang bayar bu tina', reply: ['Bu Tina bayar utang Rp20.000', 'Sisa utang Bu Tina Rp37.000'] },
      { say: 'pak dirman bayar 10rb', reply: ['Pak Dirman bayar utang Rp10.000'] },
      { say: 'eh bukan pak dirman, itu bu tina yang bayar', reply: ['Bu Tina bayar utang Rp10.000', 'Sisa utang Bu Tina Rp27.000'] },
    ],
    rows: [{ sql: `select c.name, sum(d.amount)::int as amount, sum(d.paid)::int as paid from debts d join contacts c on c.id = d.contact_id where d.tenant_id = $1 and d.status <> 'void' group by c.name order by c.name`, rows: [
      { name: 'Bu Tina', amount: 57000, paid: 30000 }, { name: 'Pak Dirman', amount: 50000, paid: 0 },
    ] }],
  },
  {
    // Owner tries (twenty-ninth session): "om jemmy kita bayar 100rb" with debts both ways booked Om Jemmy paying the
    // warung; "pak long bayar cepek" booked Rp100 (the word tables' cepek) off a Rp250.000 loan.
    name: 'the warung paying is said by "kita" before the verb, and a debt paid in Rp100 slang is asked', at, tenant: { timezone: 'Asia/Jakarta', products: basicProducts },
    steps: [
      { say: 'om jemmy pinjam duit 300rb', reply: ['Utang Om Jemmy Rp300.000'] },
      { say: 'pinjam duit sama om jemmy 500rb', reply: ['Utang ke Om Jemmy Rp500.000'] },
      { say: 'om jemmy kita bayar 100rb', reply: ['Bayar utang ke Om Jemmy Rp100.000', 'Sisa utang ke Om Jemmy Rp400.000'] },
      { say: 'pak long pinjam duit 250rb', reply: ['Utang Pak Long Rp250.000'] },
      { say: 'pak long bayar cepek', reply: ['Berapa'], not: ['tercatat'] },
      { say: '100rb', reply: ['Pak Long bayar utang Rp100.000', 'Sisa utang Pak Long Rp150.000'] },
      // Medan try: with particles after the money it was an expense "Lain-lain" and the debt stayed.
      { say: 'om jemmy kita bayar 100rb dulu lah', reply: ['Bayar utang ke Om Jemmy Rp100.000', 'Sisa utang ke Om Jemmy Rp300.000'] },
    ],
    rows: [{ sql: `select c.name, d.direction, d.amount, d.paid from debts d join contacts c on c.id = d.contact_id where d.tenant_id = $1 order by c.name, d.direction`, rows: [
      { name: 'Om Jemmy', direction: 'payable', amount: 500000, paid: 200000 }, { name: 'Om Jemmy', direction: 'receivable', amount: 300000, paid: 0 },
      { name: 'Pak Long', direction: 'receivable', amount: 250000, paid: 100000 },
    ] }],
  },
  {
    // Helper try: "bu sri ngutang 25rb, pak darto bayar utang 10rb" was read as Bu Sri paying Rp25.000 (her debt went down).
    name: 'two people\'s debts in one message, each led by its person, are booked one by one', at, tenant: { timezone: 'Asia/Jakarta', products: basicProducts },
    steps: [
      { say: 'pak darto ngutang 30rb', reply: ['Pak Darto'] },
      { say: 'bu sri ngutang 25rb, pak darto bayar utang 10rb', reply: ['Utang Bu Sri Rp25.000', 'Pak Darto bayar utang Rp10.000', 'Sisa utang Pak Darto Rp20.000'] },
      { say: 'bu tini ngutang gula 1 kg, pak darto ngutang kopi 2 sachet', reply: ['bon Bu Tini', 'Gula Pasir 1 kg', 'bon Pak Darto', 'Kopi Kapal Api 2 sachet'] },
      // A person's payment beside goods not led by a person: the goods may be hers, so she is asked to send them apart.
      { say: 'bu sri bayar utang 10rb sama beli gula 1 kg 18rb', reply: ['kirim satu-satu'], not: ['tercatat'] },
    ],
    rows: [{ sql: `select c.name, sum(d.amount)::int as amount, sum(d.paid)::int as paid from debts d join contacts c on c.id = d.contact_id where d.tenant_id = $1 group by c.name order by c.name`, rows: [
      { name: 'Bu Sri', amount: 25000, paid: 0 }, { name: 'Bu Tini', amount: 18000, paid: 0 }, { name: 'Pak Darto', amount: 34000, paid: 10000 },
    ] }],
  },
  {
    // Owner tries (Bali, Medan, Lombok): "men putu ngutang baas 2 kilo" asked whose debt and offered a new product
    // "baas"; Batak and Sasak kin words did not name a person.
    name: 'kin words of Bali, Batak and Lombok name the person, and Bali\'s "baas" is the catalogue\'s rice', at, tenant: { timezone: 'Asia/Makassar', products: basicProducts },
    steps: [
      { say: 'men putu ngutang baas 2 kilo', reply: ['tercatat', 'bon Men Putu', 'Beras Medium 2 kg'], not: ['Produk baru', 'Atas nama'] },
      { say: 'lae togar ngutang telor 1 kilo', reply: ['bon Lae Togar', 'Telur Ayam 1 kg'] },
      { say: 'inaq sinah ngutang 15rb', reply: ['Inaq Sinah'], not: ['Atas nama'] },
      { say: 'men putu bayar utang 10rb', reply: ['Men Putu bayar utang Rp10.000'] },
    ],
    rows: [{ sql: `select c.name, d.amount, d.paid from debts d join contacts c on c.id = d.contact_id where d.tenant_id = $1 order by c.name`, rows: [
      { name: 'Inaq Sinah', amount: 15000, paid: 0 }, { name: 'Lae Togar', amount: 30000, paid: 0 }, { name: 'Men Putu', amount: 28000, paid: 10000 },
    ] }],
  },
  {
    // Owner try: "utang yati 20rb" asked "Produk baru "yati"? Harga jualnya Rp20.000? Balas ya" and "ya" sold goods
    // called Yati on credit, owed by no one. A debt word, a name that is no goods and money alone is her debt.
    name: 'a debt word, a bare name and money is that person\'s debt; goods so said stay a credit sale', at, tenant: { timezone: 'Asia/Jakarta', products: basicProducts },
    steps: [
      { say: 'bu yati ngutang 10rb', reply: ['Bu Yati'] },
      { say: 'utang yati 20rb', reply: ['Bu Yati', 'Rp20.000'], not: ['Produk baru'] },
      { say: 'bon rini 15rb', reply: ['Rini', 'Rp15.000'], not: ['Produk baru'] },
      { say: 'utang yati', reply: ['Bu Yati', 'Rp30.000'], not: ['Produk baru', 'tercatat'] },
      { say: 'bon rokok 29rb', reply: ['Atas nama siapa'], not: ['Rini', 'Yati'] },
      { say: 'pak darto', reply: ['bon Pak Darto', 'Rokok Surya 12'] },
      // Sundanese "pa" is Pak: the same person (it made a supplier "Utang Darto" and a purchase).
      { say: 'pa darto meser surya 12 1 bungkus, mayar 10 rebu sesana hutang', reply: ['bon Pak Darto', 'Rp19.000'] },
    ],
    rows: [{ sql: `select c.name, sum(d.amount)::int as amount from debts d join contacts c on c.id = d.contact_id where d.tenant_id = $1 group by c.name order by c.name`, rows: [
      { name: 'Bu Yati', amount: 30000 }, { name: 'Pak Darto', amount: 58000 }, { name: 'Rini', amount: 15000 },
    ] }],
  },
  {
    // Help says what each can do: a cashier was shown reports and price haggling they would be refused.
    name: 'help for the owner names suppliers and prices; a cashier\'s help only the counter', at, tenant: { timezone: 'Asia/Jakarta', products: basicProducts, cashier: true },
    steps: [
      { say: 'bantuan', reply: ['cariin telur 10 kg maks 27rb/kg', 'tambah supplier', 'laporan hari ini'] },
      { as: 'cashier', say: 'bantuan', reply: ['bu sri ngutang 25rb', 'bayar qris'], not: ['tambah supplier', 'laporan', 'cariin'] },
    ],
  },
  {
    // Owner try: "tambah supplier agen telur pak budi 0813…" got the help text; "tambah kasir mbak sari" stayed "mbak sari".
    name: 'a supplier saved from chat and listed with its number; a cashier\'s name written as a name', at,
    tenant: { timezone: 'Asia/Jakarta', products: basicProducts, cashier: true },
    steps: [
      { say: 'tambah supplier agen telur pak budi 081377778888', reply: ['Agen Telur Pak Budi (+6281377778888) disimpan sebagai pemasok'] },
      { say: 'tambah supplier agen telur pak budi 0813-7777-8888 jual telur ayam kampung', reply: ['diperbarui'] },
      { say: 'tambah kasir mbak sari 081355556666', reply: ['Mbak Sari (+6281355556666) sekarang kasir'] },
      // Owner try: "kontak" was not understood. The suppliers with their numbers; a cashier is refused.
      { say: 'kontak', reply: ['Pemasok (1):', '• Agen Telur Pak Budi: 0813-7777-8888'] },
      { say: 'no wa agen telur', reply: ['Agen Telur Pak Budi: 0813-7777-8888'] },
      { say: 'nomor toko makmur berapa', reply: ['Kontak "toko makmur" belum ada', 'tambah supplier toko makmur'] },
      { as: 'cashier', say: 'daftar supplier', reply: ['hanya bisa dilakukan pemilik'], not: ['0813'] },
    ],
    rows: [{ sql: `select name, kind, phone, note from contacts where tenant_id = $1 and phone = '+6281377778888'`,
      rows: [{ name: 'Agen Telur Pak Budi', kind: 'supplier', phone: '+6281377778888', note: 'jual telur ayam kampung' }] }],
  },
  {
    name: 'onboarding in WIB (Bandung) and a first sale', at, tenant: 'new',
    steps: [
      { as: 'newcomer', say: 'halo', reply: ['Juragan', 'nama warungnya apa'] },
      { as: 'newcomer', say: 'Warung Berkah', reply: ['Warung Berkah', 'kota mana'] },
      { as: 'newcomer', say: 'Bandung', reply: ['Selamat datang', '(WIB)', 'laku indomie goreng 5 bks 17.500', 'kulakan telur', 'ngutang'] },
      { as: 'newcomer', say: 'laku indomie goreng 2 bks 7rb', reply: ['Produk baru "indomie goreng"', 'Rp3.500'] },
      { as: 'newcomer', say: 'ya', reply: ['tercatat'] },
    ],
    rows: [
      { sql: newTenant, rows: [{ name: 'Warung Berkah', city: 'Bandung', timezone: 'Asia/Jakarta', role: 'owner' }] },
      { sql: `select count(*)::int as n from transactions where tenant_id = $1`, rows: [{ n: 1 }] },
    ],
  },
  {
    name: 'onboarding in WITA (Denpasar, Bali)', at, tenant: 'new',
    steps: [
      { as: 'newcomer', say: 'permisi', reply: ['nama warungnya apa'] },
      { as: 'newcomer', say: 'nama warungnya Toko Bu Made', reply: ['Toko Bu Made', 'kota mana'] },
      { as: 'newcomer', say: 'denpasar, bali', reply: ['(WITA)'] },
    ],
    rows: [{ sql: newTenant, rows: [{ name: 'Toko Bu Made', city: 'Denpasar, Bali', timezone: 'Asia/Makassar', role: 'owner' }] }],
  },
  {
    name: 'onboarding in WIT (Ambon)', at, tenant: 'new',
    steps: [
      { as: 'newcomer', say: 'assalamualaikum', reply: ['nama warungnya apa'] },
      { as: 'newcomer', say: 'kios pattimura', reply: ['Kios Pattimura'] },
      { as: 'newcomer', say: 'di ambon', reply: ['(WIT)'] },
    ],
    rows: [{ sql: newTenant, rows: [{ name: 'Kios Pattimura', city: 'Ambon', timezone: 'Asia/Jayapura', role: 'owner' }] }],
  },
  {
    name: 'staff: the owner adds a cashier, the cashier sells, then is removed', at,
    tenant: { timezone: 'Asia/Jakarta', products: basicProducts },
    steps: [
      { say: 'tambah kasir {newcashier} Rina', reply: ['Rina', 'sekarang kasir'] },
      { as: 'newcashier', say: 'laku aqua 2', reply: ['tercatat', 'Aqua 600 ml 2 btl'] },
      { as: 'newcashier', say: 'laporan hari ini', reply: ['hanya bisa dilakukan pemilik'] },
      { as: 'newcashier', say: 'bayar listrik 100rb', reply: ['hanya bisa dilakukan pemilik'] },
      { as: 'newcashier', say: 'harga aqua jadi 5000', reply: ['hanya bisa dilakukan pemilik'] },
      { as: 'newcashier', say: 'tambah kasir 081299999999', reply: ['hanya bisa dilakukan pemilik'] },
      { say: 'hapus kasir {newcashier}', reply: ['sudah dihapus'] },
      { as: 'newcashier', say: 'laku aqua 1', reply: ['nama warungnya apa'] },
    ],
    rows: [
      { sql: `select name, role, active from members where tenant_id = $1 and role <> 'owner'`, rows: [{ name: 'Rina', role: 'cashier', active: false }] },
      { sql: `select count(*)::int as n, sum(total)::int as total from transactions where tenant_id = $1`, rows: [{ n: 1, total: 8000 }] },
    ],
  },
  {
    name: 'a cashier may take debts and check stock', at,
    tenant: { timezone: 'Asia/Jakarta', products: basicProducts, cashier: true },
    steps: [
      { as: 'cashier', say: 'bu yati ngutang 15rb', reply: ['tercatat', 'Bu Yati'] },
      { as: 'cashier', say: 'stok gula masih brp?', reply: ['20 kg'] },
    ],
  },
  {
    name: 'a supplier gets a polite holding reply and the message is kept', at, tenant: 'demo',
    steps: [{ as: 'supplier', say: 'pak, telur naik jadi 29rb/kg mulai besok', reply: ['Terima kasih, Toko Makmur', 'diteruskan'] }],
    rows: [{ sql: `select status from inbox where sender_phone = '+6281300000001' and body like 'pak, telur naik%'`, rows: [{ status: 'done' }] }],
  },
  {
    name: 'a near name gets one question; a new person is created, a known one remembered by the answer', at,
    tenant: { timezone: 'Asia/Jakarta', products: basicProducts },
    steps: [
      { say: 'bu yati ngutang 15rb', reply: ['tercatat', 'Bu Yati'] },
      { say: 'bu yanti ngutang 20rb', reply: ['Bu Yanti itu Bu Yati, atau orang baru, Kak?'], not: ['tercatat'] },
      { say: 'orang baru', reply: ['tercatat', 'Bu Yanti', 'Rp20.000'] },
      { say: 'pak darto ngutang 10rb', reply: ['tercatat', 'Pak Darto'] },
      { say: 'pak darmo ngutang 5rb', reply: ['Pak Darmo itu Pak Darto, atau orang baru, Kak?'] },
      { say: 'iya', reply: ['tercatat', 'Pak Darto', 'Rp15.000'] },
      { say: 'pak darmo bayar 5rb', reply: ['Pak Darto', 'Rp10.000'], not: ['orang baru'] },
      // Near both: a short list, never the first one silently.
      { say: 'bu yani bayar 10rb', reply: ['Bu Yani itu siapa, Kak?', '1. Bu Yanti', '2. Bu Yati', '*baru*'] },
      { say: 'bukan', reply: ['belum punya catatan utang'] },
    ],
    rows: [{ sql: debts, rows: [
      { name: 'Bu Yati', kind: 'customer', direction: 'receivable', amount: 15000, paid: 0, status: 'open' },
      { name: 'Bu Yanti', kind: 'customer', direction: 'receivable', amount: 20000, paid: 0, status: 'open' },
      { name: 'Pak Darto', kind: 'customer', direction: 'receivable', amount: 10000, paid: 5000, status: 'open' },
      { name: 'Pak Darto', kind: 'customer', direction: 'receivable', amount: 5000, paid: 0, status: 'open' },
    ] }],
  },
  {
    // Bali and Yogya tries (thirtieth session): "utang Luh Sari" offered a new product "luh sari"; krama "sinten mawon sing
    // utang" too; "dhuwit ing laci pinten" was not understood. Corrections try: "utang ani" sold a Rinso Anti Noda on credit.
    name: 'a debt asked by a two-word name, who owes asked in krama, and the drawer asked in Javanese', at,
    tenant: { timezone: 'Asia/Makassar', products: [...basicProducts, ['Rinso Anti Noda 770 g', 'pcs', 26000, 22000, 6]] },
    steps: [
      { say: 'utang ani', reply: ['Ani belum punya catatan utang'], not: ['Atas nama', 'Rinso'] },
      { say: 'Luh Sari ngutang 35rb', reply: ['Utang Luh Sari Rp35.000'] },
      { say: 'utang Luh Sari', reply: ['Utang Luh Sari sekarang Rp35.000'], not: ['Produk baru'] },
      { say: 'sinten mawon sing utang', reply: ['Luh Sari Rp35.000'], not: ['Produk baru'] },
      { say: 'laku aqua 2', reply: ['Rp8.000'] },
      { say: 'dhuwit ing laci pinten', reply: ['Uang tunai', 'penjualan Rp8.000'] },
      // Solo try: "salah, yang ngutang pak bagus" after a purchase on credit moved the purchase to Pak Bagus.
      { say: 'kulakan gula 10 kg 160rb dari toko makmur, ngutang', reply: ['utang ke Toko Makmur'] },
      { say: 'salah, yang ngutang pak bagus', reply: [], not: ['dibatalkan'] },
      { say: 'batal', reply: ['dibatalkan'] },
    ],
    rows: [{ sql: `select c.name, d.direction, d.amount from debts d join contacts c on c.id = d.contact_id where d.tenant_id = $1 and d.status <> 'void' order by d.created_at`, rows: [
      { name: 'Luh Sari', direction: 'receivable', amount: 35000 }, { name: 'Toko Makmur', direction: 'payable', amount: 160000 },
    ] }],
  },
];
