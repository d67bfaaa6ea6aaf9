// When the router must ask: numbered choices, new products, per-unit or total, missing names,
// unusual entries, and questions that expire.
import { debts, level, lines, moneyTx, product } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const wib = { timezone: 'Asia/Jakarta' as const, products: basicProducts };
const at = '2026-11-21T04:00:00Z';

export const questionScripts: Script[] = [
  {
    // Voice-note try: "beli gula pasir lima kilo harganya sembilan puluh ribu" was Rp90.000 a kilo and asked "Yakin?".
    // After "harga" and a count the price is per unit unless only the total matches the catalogue (Rp16.000/kg cost).
    name: '"harganya" after a count is the total when only that matches the catalogue', at, tenant: wib,
    steps: [
      { say: 'beli gula pasir lima kilo harganya sembilan puluh ribu', reply: ['tercatat', 'Gula Pasir 5 kg × Rp18.000 = Rp90.000'], not: ['Yakin'] },
      { say: 'beli gula 2 kg harga 16rb', reply: ['tercatat', 'Gula Pasir 2 kg × Rp16.000 = Rp32.000'], not: ['atau total'] },
    ],
  },
  {
    name: 'ambiguous product answered with a number', at, tenant: wib,
    steps: [
      { say: 'laku indomie 3 bks', reply: ['Indomie yang mana', '1. Indomie Goreng', '2. Indomie Soto'] },
      { say: '2', reply: ['tercatat', 'Indomie Soto 3 bks × Rp3.500 = Rp10.500'] },
    ],
    rows: [{ sql: lines('Indomie Soto'), rows: [{ qty: 3, unit_price: 3500, total: 10500, kind: 'sale', payment: 'cash', status: 'posted' }] }],
  },
  {
    // Owner try: "ya" to a numbered list dropped the sale.
    name: 'ambiguous product answered "ya" is asked again by number', at, tenant: wib,
    steps: [
      { say: 'laku indomie 3 bks', reply: ['Indomie yang mana'] },
      { say: 'ya', reply: ['Yang mana, Kak? Balas dengan nomornya (1–2).'], not: ['saya lewati'] },
      { say: '1', reply: ['tercatat', 'Indomie Goreng 3 bks'] },
    ],
    rows: [{ sql: level('Indomie Goreng'), rows: [{ level: 37 }] }],
  },
  {
    // Owner try: "yang sania 2 liter" and "yg 2 liter" to "Minyak yang mana?" dropped the sale (the size was read as an amount).
    name: 'ambiguous product answered with "yang" and a size', at,
    tenant: { timezone: 'Asia/Jakarta' as const, products: [
      ['Minyak Goreng Sania 1 L', 'pcs', 21000, 19000, 10, ['minyak sania']], ['Minyak Goreng Sania 2 L', 'pcs', 41000, 38000, 10, ['minyak sania']],
      ['Minyakita 1 L', 'pcs', 17500, 15500, 10, ['minyakita']],
    ] },
    steps: [
      { say: 'laku minyak 1', reply: ['Minyak yang mana'] },
      { say: 'yang sania 2 liter', reply: ['tercatat', 'Minyak Goreng Sania 2 L 1 pcs'], not: ['saya lewati'] },
      { say: 'laku minyak 1', reply: ['Minyak yang mana'] },
      { say: 'yg 2 liter', reply: ['tercatat', 'Minyak Goreng Sania 2 L 1 pcs'], not: ['saya lewati'] },
    ],
    rows: [{ sql: level('Minyak Goreng Sania 2 L'), rows: [{ level: 8 }] }],
  },
  {
    name: 'ambiguous product answered with a name', at, tenant: wib,
    steps: [
      { say: 'laku indomie 1', reply: ['Indomie yang mana'] },
      { say: 'soto', reply: ['tercatat', 'Indomie Soto 1 bks'] },
    ],
    rows: [{ sql: level('Indomie Soto'), rows: [{ level: 29 }] }],
  },
  {
    // Owner try: "surya 12" to "1. Rokok Surya 12  2. Rokok Surya 16" got "belum paham" (the 12 read as an amount).
    name: 'a product list answered with the name, its number part of the name', at,
    tenant: { ...wib, products: [...basicProducts.filter(([name]) => name !== 'Rokok Surya 12'),
      ['Rokok Surya 12', 'bks', 29000, 27000, 20, ['surya 12']], ['Rokok Surya 16', 'bks', 34000, 31000, 20, ['surya 16']]] },
    steps: [
      { say: 'laku rokok surya 1 bks', reply: ['1. Rokok Surya 12', '2. Rokok Surya 16'] },
      { say: 'surya 16', reply: ['Rokok Surya 16 1 bks', 'Rp34.000'], not: ['belum paham'] },
      // A helper's try: the other goods named with their number were not understood (the 12 read as a count).
      { say: 'salah, bukan surya 16 tapi surya 12', reply: ['dibatalkan', 'Rokok Surya 12 1 bks', 'Rp29.000'] },
    ],
    rows: [{ sql: level('Rokok Surya 16'), rows: [{ level: 20 }] }, { sql: level('Rokok Surya 12'), rows: [{ level: 19 }] }],
  },
  {
    name: 'typos resolve without a question', at, tenant: wib,
    steps: [
      { say: 'laku aqwa 2 btl', reply: ['tercatat', 'Aqua 600 ml 2 btl × Rp4.000'] },
      { say: 'laku telor 1 kg', reply: ['tercatat', 'Telur Ayam 1 kg × Rp30.000'] },
    ],
  },
  {
    name: 'new product: the price said in the sale is confirmed with ya', at, tenant: wib,
    steps: [
      { say: 'laku es teh 4 gelas 12rb', reply: ['Produk baru "es teh"', 'Rp3.000'] },
      { say: 'ya', reply: ['Es Teh disimpan', 'tercatat', 'Es Teh 4 gelas × Rp3.000 = Rp12.000'] },
    ],
    rows: [{ sql: product('Es Teh'), rows: [{ name: 'Es Teh', unit: 'gelas', sell_price: 3000 }] }],
  },
  {
    name: 'new product: the owner types the selling price', at, tenant: wib,
    steps: [
      { say: 'kulakan sabun cair 2 botol 30rb', reply: ['Produk baru "sabun cair"', 'Harga jualnya berapa'] },
      { say: '20rb', reply: ['Sabun Cair disimpan', 'tercatat', 'Sabun Cair 2 btl'] },
    ],
    rows: [
      { sql: product('Sabun Cair'), rows: [{ name: 'Sabun Cair', unit: 'btl', sell_price: 20000 }] },
      { sql: level('Sabun Cair'), rows: [{ level: 2 }] },
    ],
  },
  {
    // A helper's new warung: "jual le minerale 3rb" to the question saved the product without a price and sold a bottle.
    name: 'new product: "jual <goods> <price>" answers its selling price, nothing is sold', at, tenant: wib,
    steps: [
      { say: 'kulakan le minerale 1 dus isi 24 botol 52rb', reply: ['Produk baru "le minerale"', 'Harga jualnya berapa'] },
      { say: 'jual le minerale 3rb', reply: ['Le Minerale disimpan, harga jual Rp3.000', 'Pembelian'], not: ['Penjualan'] },
    ],
    rows: [
      { sql: product('Le Minerale'), rows: [{ name: 'Le Minerale', unit: 'btl', sell_price: 3000 }] },
      { sql: level('Le Minerale'), rows: [{ level: 24 }] },
    ],
  },
  {
    name: 'new product refused: nothing is created', at, tenant: wib,
    steps: [
      { say: 'laku kerupuk 2 bks 2rb', reply: ['Produk baru "kerupuk"'] },
      { say: 'tidak', reply: ['tidak jadi dicatat'] },
      // Helper try: "bukan" skipped the question with the help text.
      { say: 'laku kerupuk 2 bks 2rb', reply: ['Produk baru "kerupuk"'] },
      { say: 'bukan produk kak', reply: ['tidak jadi dicatat'], not: ['belum paham'] },
      // Banjarmasin try: "bukan produk baru, itu aqua 600 biasa" saved a product at Rp600, the number in the answer.
      { say: 'laku mizon 2 botol 8rb', reply: ['Produk baru "mizon"'] },
      { say: 'bukan produk baru, itu aqua 600 biasa', reply: ['Penjualan Aqua 600 ml 2 btl × Rp4.000 = Rp8.000'], not: ['Produk baru Mizon'] },
    ],
    rows: [{ sql: `select count(*)::int as n from products where tenant_id = $1 and (name ilike 'kerupuk%' or name ilike 'mizon%')`, rows: [{ n: 0 }] }],
  },
  {
    // Jakarta try: "kagak jadi, yg es teh apus aje" while "Produk baru es teh?" was open booked the sale with the
    // suggested price, then offered to undo it.
    name: 'new product: an undo naming the goods asked about calls the message off; one naming other goods does not', at, tenant: wib,
    steps: [
      { say: 'es teh laku 10 gelas, gopek segelas kagak, 3rb segelas', reply: ['Produk baru "es teh"', 'Rp3.000 per gelas'] },
      { say: 'kagak jadi, yg es teh apus aje', reply: ['tidak jadi dicatat'], not: ['tercatat', 'Batalkan'] },
      { say: 'laku aqua 2 btl', reply: ['Aqua 600 ml 2 btl'] },
      { say: 'laku kerupuk 2 bks 2rb', reply: ['Produk baru "kerupuk"'] },
      { say: 'yg aqua tadi hapus', reply: ['Batalkan catatan ini', 'Aqua 600 ml'] },
      { say: 'tidak', reply: ['tidak jadi dibatalkan'] },
    ],
    rows: [
      { sql: `select count(*)::int as n from products where tenant_id = $1 and name ilike 'es teh%'`, rows: [{ n: 0 }] },
      { sql: lines('Aqua 600 ml'), rows: [{ qty: 2, unit_price: 4000, total: 8000, kind: 'sale', payment: 'cash', status: 'posted' }] },
    ],
  },
  {
    name: 'per-unit or total: "per bungkus"', at, tenant: wib,
    steps: [
      { say: 'laku indomie goreng 5 bks 3500', reply: ['Rp3.500 itu harga per bks atau total'] },
      // A bare "ya" answers neither: asked again, not dropped (owner try).
      { say: 'ya', reply: ['Harga satuan atau total'], not: ['tercatat'] },
      { say: 'per bungkus', reply: ['tercatat', 'Indomie Goreng 5 bks × Rp3.500 = Rp17.500'] },
    ],
    rows: [{ sql: lines('Indomie Goreng'), rows: [{ qty: 5, unit_price: 3500, total: 17500, kind: 'sale', payment: 'cash', status: 'posted' }] }],
  },
  {
    name: 'per-unit or total: "total" (then unusual, confirmed)', at, tenant: wib,
    steps: [
      { say: 'laku indomie soto 6 bks 3500', reply: ['per bks atau total'] },
      { say: 'total', reply: ['Yakin', 'Rp583', 'biasanya Rp3.500'] },
      { say: 'ya', reply: ['tercatat'] },
    ],
    rows: [{ sql: lines('Indomie Soto'), rows: [{ qty: 6, unit_price: 583, total: 3500, kind: 'sale', payment: 'cash', status: 'posted' }] }],
  },
  {
    name: 'per-unit or total: one item\'s "@" does not settle the next item\'s bare price', at, tenant: wib,
    steps: [
      { say: 'td jual 3 indomie soto @3500 sama aqua 2 btl 4rb', reply: ['Rp4.000 itu harga per btl atau total'] },
      // Makassar try: "satu botolnya" (the price of one) was not understood and the sale was dropped.
      { say: 'satu botolnya', reply: ['tercatat', 'Indomie Soto 3 bks × Rp3.500 = Rp10.500', 'Aqua 600 ml 2 btl × Rp4.000 = Rp8.000'] },
    ],
    rows: [{ sql: lines('Aqua 600 ml'), rows: [{ qty: 2, unit_price: 4000, total: 8000, kind: 'sale', payment: 'cash', status: 'posted' }] }],
  },
  {
    name: 'a credit sale without a name asks whose it is', at, tenant: wib,
    steps: [
      { say: 'bon rokok surya 1 bungkus', reply: ['Atas nama siapa'] },
      { say: 'iya', reply: ['Siapa namanya'], not: ['tercatat'] },
      { say: 'mbak rini', reply: ['tercatat', 'Mbak Rini'] },
    ],
    rows: [{ sql: debts, rows: [{ name: 'Mbak Rini', kind: 'customer', direction: 'receivable', amount: 29000, paid: 0, status: 'open' }] }],
  },
  {
    name: 'unusual unit price refused', at, tenant: wib,
    steps: [
      { say: 'laku gula 1 kg @100rb', reply: ['Yakin', 'Rp100.000', 'biasanya Rp18.000'] },
      { say: 'gak jadi', reply: ['tidak jadi dicatat'] },
      // Banjar try (thirty-first session): "kada jadi, batal haja" to "per bks atau total?" was read as "total" by its "jadi"
      // (4 packs at Rp875 each).
      { say: 'laku indomie goreng 4 bks 3500', reply: ['per bks atau total'] },
      { say: 'kada jadi, batal haja', reply: ['tidak jadi dicatat'], not: ['tercatat ✅'] },
    ],
    rows: [{ sql: lines('Gula Pasir'), rows: [] }, { sql: `select count(*)::int as n from transactions where tenant_id = $1 and status = 'posted'`, rows: [{ n: 0 }] }],
  },
  {
    name: 'unusual big total confirmed', at, tenant: wib,
    steps: [
      { say: 'kulakan beras 1000 kg 13jt', reply: ['Yakin', 'Rp13.000.000', 'besar sekali'] },
      { say: 'iya', reply: ['tercatat', 'Beras Medium 1000 kg'] },
    ],
    rows: [{ sql: level('Beras Medium'), rows: [{ level: 1050 }] }],
  },
  {
    name: 'a purchase without a price: asked per unit, or given as a total; never costed silently at the average', at,
    tenant: { timezone: 'Asia/Jakarta', products: [...basicProducts, ['Kerupuk Udang', 'bks', 1000, null, 0], ['Keripik Pisang', 'bks', 5000, null, 0]] },
    steps: [
      { say: 'kulakan kerupuk udang 10 bks', reply: ['Harga beli Kerupuk Udang per', 'berapa'] },
      { say: 'ya', reply: ['Berapa harganya'], not: ['tercatat', 'Mau catat apa lagi'] },
      { say: '800', reply: ['tercatat', 'Kerupuk Udang 10 bks × Rp800 = Rp8.000'] },
      { say: 'kulakan keripik pisang 20 bks', reply: ['Harga beli Keripik Pisang per', 'berapa'] },
      { say: 'total 70rb', reply: ['tercatat', 'Keripik Pisang 20 bks × Rp3.500 = Rp70.000'] },
      // A known cost (Rp800) is no price said: asked again, not booked at the average.
      { say: 'kulakan kerupuk udang 5 bks', reply: ['Harga beli Kerupuk Udang per'], not: ['tercatat'] },
      { say: '900', reply: ['tercatat', 'Kerupuk Udang 5 bks × Rp900 = Rp4.500'] },
      { say: 'kulakan gula 2 kg', reply: ['Harga beli Gula per kg'], not: ['tercatat'] },
      { say: 'total 33rb', reply: ['tercatat', 'Gula Pasir 2 kg × Rp16.500 = Rp33.000'] },
    ],
    rows: [{ sql: level('Kerupuk Udang'), rows: [{ level: 15 }] }, { sql: level('Keripik Pisang'), rows: [{ level: 20 }] }],
  },
  {
    name: '"batal" while a question is open cancels the question, not the last entry', at, tenant: wib,
    steps: [
      { say: 'laku aqua 1', reply: ['tercatat'] },
      { say: 'laku indomie 2', reply: ['yang mana'] },
      { say: 'batal', reply: ['tidak jadi dicatat'] },
      { say: 'ya', reply: ['Mau catat apa lagi'] },
    ],
    rows: [{ sql: `select status from transactions where tenant_id = $1`, rows: [{ status: 'posted' }] }],
  },
  {
    name: 'a message missing its amount or its goods is completed by the answer', at, tenant: wib,
    steps: [
      { say: 'bayar listrik', reply: ['Berapa, Kak?'] },
      { say: '150rb', reply: ['tercatat', 'Rp150.000'] },
      { say: 'laku 17.500', reply: ['Barangnya apa'] },
      { say: 'indomie goreng', reply: ['tercatat', 'Indomie Goreng 5 bks × Rp3.500 = Rp17.500'] },
      { say: 'pak darto ngutang', reply: ['Utangnya berapa'] },
      { say: 'laku aqua 1', reply: ['tercatat', 'Aqua 600 ml'] },
    ],
    rows: [
      { sql: moneyTx('expense'), rows: [{ total: 150000, category: 'listrik', status: 'posted', payment: 'cash' }] },
      { sql: debts, rows: [] },
    ],
  },
  {
    // Owner try: "laku 150rb qris" → "Barangnya apa?" → "macem2, ga inget" made a product "Macem", 2 × Rp75.000; then
    // "ada yg belanja 80rb" was taken as that product's price.
    name: 'a sale of mixed goods is booked as its total, with no product made and no stock moved', at, tenant: wib,
    steps: [
      { say: 'laku 150rb qris', reply: ['Barangnya apa', 'balas *campur*'] },
      { say: 'macem2, ga inget', reply: ['tercatat', 'Barang Campur Rp150.000', 'QRIS', 'Stok tidak berubah'], not: ['Produk baru'] },
      { say: 'laku indomie 2', reply: ['yang mana'] },
      { say: 'ada yg belanja 80rb', reply: ['saya lewati', 'Barangnya apa'], not: ['harga jual'] },
      { say: 'campur aja', reply: ['Barang Campur Rp80.000'] },
      { say: 'tadi ada yang belanja 45rb', reply: ['Barangnya apa'] },
      // The goods after the question: the sum said first is theirs together, not the first one's price.
      { say: 'indomie goreng 3 sama aqua 2', reply: ['Indomie Goreng 3 bks', 'Aqua', 'Rp45.000'], not: ['Campur', 'Rp15.000'] },
      // Uncounted goods are in the omzet, not among the best sellers (they led Terlaris).
      { say: 'laporan hari ini', reply: ['Omzet Rp275.000', 'Terlaris', 'Indomie Goreng'], not: ['Barang Campur'] },
    ],
    rows: [
      { sql: moneyTx('sale'), rows: [
        { total: 150000, category: null, status: 'posted', payment: 'qris' },
        { total: 80000, category: null, status: 'posted', payment: 'cash' },
        { total: 45000, category: null, status: 'posted', payment: 'cash' },
      ] },
      { sql: `select count(*)::int as n from products where tenant_id = $1 and name ilike 'mace%'`, rows: [{ n: 0 }] },
      { sql: `select count(*)::int as n from transaction_lines where tenant_id = $1 and product_id is null and description ilike 'barang campur'`, rows: [{ n: 2 }] },
    ],
  },
  {
    name: 'an unanswered question expires after 30 minutes', at, tenant: wib,
    steps: [
      { say: 'laku indomie 2', reply: ['yang mana'] },
      { at: '2026-11-21T04:45:00Z' },
      { say: '1', reply: ['belum paham'] },
    ],
    rows: [{ sql: `select count(*)::int as n from transactions where tenant_id = $1`, rows: [{ n: 0 }] }],
  },
  {
    name: 'a new message instead of an answer drops the question', at, tenant: wib,
    steps: [
      { say: 'laku indomie 2', reply: ['yang mana'] },
      { say: 'laku aqua 1', reply: ['tercatat', 'Aqua 600 ml'] },
      { say: '1', reply: ['belum paham'] },
    ],
    rows: [{ sql: `select count(*)::int as n from transactions where tenant_id = $1`, rows: [{ n: 1 }] }],
  },
  {
    // Owner try: "kasbon mas yanto makan 18rb" asked the price of the new product "makan" though the 18rb was said.
    name: 'an uncounted new product on credit suggests its money as the price', at, tenant: wib,
    steps: [
      { say: 'kasbon mas yanto makan 18rb', reply: ['Produk baru "makan"', 'Rp18.000?'] },
      { say: 'ya', reply: ['Mas Yanto', 'Makan 1 pcs × Rp18.000'] },
    ],
    rows: [{ sql: debts, rows: [{ name: 'Mas Yanto', kind: 'customer', direction: 'receivable', amount: 18000, paid: 0, status: 'open' }] }],
  },
];
