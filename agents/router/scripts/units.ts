// Units and packs: grams of a product kept per kg, packs sold and bought (a trade default, a size asked
// once and remembered), corrections said in other units, and a correction a paid debt refuses whole.
import { debts, level } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const wib = { timezone: 'Asia/Jakarta' as const, products: basicProducts, cashier: true };
const at = '2026-11-21T04:00:00Z';

/** Lines with what was said beside the base quantity. */
const said = (product: string) =>
  `select l.qty::float8 as qty, l.said_qty::float8 as said_qty, l.said_unit, l.unit_price, l.total, t.kind, t.status from transaction_lines l
     join transactions t on t.id = l.transaction_id join products p on p.id = l.product_id
    where t.tenant_id = $1 and p.name = '${product}' order by t.created_at, l.line_no`;
const packUnits = `select p.name as product, u.name, u.size::float8 as size from product_units u join products p on p.id = u.product_id where u.tenant_id = $1`;
const avgBetween = (product: string, lo: number, hi: number) =>
  `select avg_cost between ${lo} and ${hi} as ok from products where tenant_id = $1 and name = '${product}'`;
const messagesRetried = `select count(*)::int as n from inbox where tenant_id = $1 and (attempts > 1 or status <> 'done')`;

export const unitScripts: Script[] = [
  {
    // Owner try: "beli telur 2 rak isi 30" of eggs kept per kg booked 60 kg at Rp1.833 a kg (30 eggs read as 30 kg).
    name: 'a rak\'s bare content of eggs kept per kg is pieces: the rak\'s weight is asked, then kept', at: '2026-11-21T06:00:00Z', tenant: { timezone: 'Asia/Jakarta', products: basicProducts },
    steps: [
      { say: 'beli telur 2 rak isi 30, 1 rak 55rb', reply: ['1 rak Telur Ayam isinya berapa kg'], not: ['tercatat', '60 kg'] },
      { say: '1,8 kg', reply: ['Telur Ayam 2 rak (3,6 kg)', 'Rp110.000'] },
      { say: 'beli telor 1 rak 56rb', reply: ['Telur Ayam 1 rak (1,8 kg)', 'Rp56.000'] },
    ],
    rows: [{ sql: `select l.qty::float8 as qty, l.total::int as total from transaction_lines l join transactions t on t.id = l.transaction_id where t.tenant_id = $1 order by t.created_at`, rows: [
      { qty: 3.6, total: 110000 }, { qty: 1.8, total: 56000 },
    ] }],
  },
  {
    name: 'grams and ons of a product kept per kg, at a price per kg', at, tenant: wib,
    steps: [
      { say: 'laku gula 250 gram @18rb per kg', reply: ['tercatat', 'Gula Pasir 250 gram (0,25 kg) × Rp18.000/kg = Rp4.500'], not: ['Yakin'] },
      { say: 'laku gula 2 ons', reply: ['Gula Pasir 2 ons (0,2 kg) × Rp18.000/kg = Rp3.600'] },
    ],
    rows: [
      { sql: said('Gula Pasir'), rows: [
        { qty: 0.25, said_qty: 250, said_unit: 'gram', unit_price: 18000, total: 4500, kind: 'sale', status: 'posted' },
        { qty: 0.2, said_qty: 2, said_unit: 'ons', unit_price: 18000, total: 3600, kind: 'sale', status: 'posted' },
      ] },
      { sql: level('Gula Pasir'), rows: [{ level: 19.55 }] },
    ],
  },
  {
    // Owner try: "laku rokok surya 3 batang" booked 3 packs (Rp87.000); "2 bks 1 batang" dropped the stick.
    name: 'cigarettes by the stick: a part of the pack, the stick\'s price asked once and remembered', at,
    tenant: { ...wib, products: [...basicProducts, ['Rokok Kretek', 'bks', 20000, 18000, 10, ['kretek']]] },
    steps: [
      { say: 'laku rokok surya 3 batang', reply: ['Harga jual Rokok Surya 12 per batang berapa', 'Saya ingat'], not: ['Rp87.000'] },
      { say: '2500', reply: ['tercatat', 'Rokok Surya 12 3 batang (0,25 bks) × Rp2.500 = Rp7.500', 'Stok sisa 19,75 bks'] },
      { say: 'laku rokok surya 2 bks 1 batang', reply: ['Rokok Surya 12 2 bks × Rp29.000', 'Rokok Surya 12 1 batang (0,083 bks) × Rp2.500 = Rp2.500', 'Total Rp60.500'] },
      // A brand whose name says no count: how many sticks a pack holds is asked once.
      { say: 'laku kretek 4 batang 6rb', reply: ['1 bks Rokok Kretek isi berapa batang'] },
      { say: '12', reply: ['tercatat', 'Rokok Kretek 4 batang (0,333 bks)', 'Rp6.000'] },
    ],
    rows: [
      { sql: level('Rokok Surya 12'), rows: [{ level: 17.667 }] },
      { sql: `select u.name, u.sell_price from product_units u join products p on p.id = u.product_id where u.tenant_id = $1 and u.name = 'batang' order by p.name`,
        rows: [{ name: 'batang', sell_price: 1500 }, { name: 'batang', sell_price: 2500 }] },
    ],
  },
  {
    name: 'a slop sold is 10 packs out of stock, at the price said', at, tenant: wib,
    steps: [{ say: 'jual rokok surya 1 slop 280rb', reply: ['Rokok Surya 12 1 slop (10 bks) × Rp280.000 = Rp280.000', 'Stok sisa 10 bks'] }],
    rows: [
      { sql: said('Rokok Surya 12'), rows: [{ qty: 10, said_qty: 1, said_unit: 'slop', unit_price: 28000, total: 280000, kind: 'sale', status: 'posted' }] },
      { sql: level('Rokok Surya 12'), rows: [{ level: 10 }] },
    ],
  },
  {
    // Solo owner try: a staple's Javanese name with no alias offered a new product ("lenga goreng").
    name: 'a staple said by its regional name finds the catalogue product', at, tenant: wib,
    steps: [
      { say: 'tuku gendis 2 kilo 34 ewu', reply: ['tercatat', 'Gula Pasir 2 kg'], not: ['Produk baru'] },
      { say: 'kulakan tigan 5 kilo 135 ewu', reply: ['tercatat', 'Telur Ayam 5 kg'], not: ['Produk baru'] },
    ],
    rows: [{ sql: level('Gula Pasir'), rows: [{ level: 22 }] }],
  },
  {
    // Owner try: "1 liter = 0,8 kg" (the question said back) was not understood; "800 gram" would have been 800 kg.
    name: 'a pack size answered with the question said back, or in another measure', at, tenant: wib,
    steps: [
      { say: 'td laku beras 3 liter', reply: ['1 liter Beras Medium isinya berapa kg'] },
      { say: '1 liter = 800 gram', reply: ['1 liter Beras Medium = 0,8 kg', 'Beras Medium 3 liter (2,4 kg)'] },
    ],
    rows: [{ sql: packUnits, rows: [{ product: 'Beras Medium', name: 'liter', size: 0.8 }] }],
  },
  {
    name: 'a dus of unknown size: one question, the answer remembered, then sold by the dus', at, tenant: wib,
    steps: [
      { say: 'kulakan aqua 2 dus 140rb', reply: ['1 dus Aqua 600 ml isinya berapa btl, Kak?'] },
      { say: '24', reply: ['1 dus Aqua 600 ml = 24 btl', 'Aqua 600 ml 2 dus (48 btl) × Rp70.000 = Rp140.000', 'Stok sekarang 72 btl'] },
      { say: 'laku aqua 1 dus', reply: ['Aqua 600 ml 1 dus (24 btl) × Rp96.000 = Rp96.000'], not: ['isinya'] },
    ],
    rows: [
      { sql: said('Aqua 600 ml'), rows: [
        { qty: 48, said_qty: 2, said_unit: 'dus', unit_price: 2917, total: 140000, kind: 'purchase', status: 'posted' },
        { qty: 24, said_qty: 1, said_unit: 'dus', unit_price: 4000, total: 96000, kind: 'sale', status: 'posted' },
      ] },
      { sql: level('Aqua 600 ml'), rows: [{ level: 48 }] },
      { sql: packUnits, rows: [{ product: 'Aqua 600 ml', name: 'dus', size: 24 }] },
      // 24 at 3.000 + 48 at 2.916,67: the cost per bottle, not per dus
      { sql: avgBetween('Aqua 600 ml', 2940, 2950), rows: [{ ok: true }] },
    ],
  },
  {
    // Sunda try: "sabun 2 lusin @ 2.500" (soap at Rp3.700 a piece) was Rp2.500 a dozen, then "Yakin?".
    name: 'a price said with packs is per piece when that fits the usual cost, per pack otherwise', at, tenant: wib,
    steps: [
      { say: 'kulakan aqua 2 dus isi 24 @ 2.900', reply: ['Aqua 600 ml 2 dus (48 btl) × Rp69.600 = Rp139.200'], not: ['Yakin'] },
      { say: 'kulakan aqua 1 dus @ 70rb', reply: ['Aqua 600 ml 1 dus (24 btl) × Rp70.000 = Rp70.000'], not: ['Yakin'] },
    ],
    rows: [{ sql: level('Aqua 600 ml'), rows: [{ level: 96 }] }],
  },
  {
    name: 'pieces of goods kept by weight are asked as pieces in a kilo (owner try: "1 butir Telur Ayam isinya berapa kg?")', at, tenant: wib,
    steps: [
      { say: 'laku telur 8 butir 16rb', reply: ['1 kg Telur Ayam isi berapa butir, Kak?'], not: ['isinya berapa kg'] },
      { say: '16', reply: ['1 kg Telur Ayam = 16 butir, saya ingat', 'Telur Ayam 8 butir (0,5 kg)', 'Rp16.000'] },
      { say: 'telor pecah 4 butir', reply: ['Telur Ayam −4 butir (0,25 kg), stok sekarang 9,25 kg'], not: ['isi berapa'] },
      // Priced on 5/16 kg, not on the 0.313 kg the ledger keeps (owner try: Rp9.390).
      { say: 'laku telur 5 butir', reply: ['Telur Ayam 5 butir (0,313 kg)', '= Rp9.375'] },
    ],
    rows: [{ sql: level('Telur Ayam'), rows: [{ level: 8.937 }] }, { sql: packUnits, rows: [{ product: 'Telur Ayam', name: 'pcs', size: 0.0625 }] }],
  },
  {
    name: 'corrections in other units change what was corrected and keep the money said', at, tenant: wib,
    steps: [
      { say: 'jual rokok surya 1 slop 280rb', reply: ['1 slop (10 bks)'] },
      { say: 'salah, harusnya 10 bks bukan 1 slop', reply: ['dibatalkan', 'Rokok Surya 12 10 bks × Rp28.000 = Rp280.000'], not: ['10 slop'] },
      { say: 'kulakan aqua 2 dus 140rb', reply: ['isinya berapa btl'] },
      { say: '24', reply: ['2 dus (48 btl)'] },
      { say: 'salah, harusnya 48 bukan 2', reply: ['dibatalkan', 'Aqua 600 ml 48 btl', 'Rp140.000'], not: ['48 dus', 'Rp3.360.000'] },
    ],
    rows: [
      { sql: said('Rokok Surya 12'), rows: [
        { qty: 10, said_qty: 1, said_unit: 'slop', unit_price: 28000, total: 280000, kind: 'sale', status: 'voided' },
        { qty: 10, said_qty: null, said_unit: null, unit_price: 28000, total: 280000, kind: 'sale', status: 'posted' },
      ] },
      { sql: level('Rokok Surya 12'), rows: [{ level: 10 }] },
      { sql: level('Aqua 600 ml'), rows: [{ level: 72 }] },
      { sql: avgBetween('Aqua 600 ml', 2900, 3000), rows: [{ ok: true }] },
    ],
  },
  {
    name: 'correcting a partly paid debt is refused whole, with the way forward', at, tenant: wib,
    steps: [
      { say: 'pak darto ngutang 25rb', reply: ['tercatat', 'Rp25.000'] },
      { as: 'cashier', say: 'pak darto bayar 10rb', reply: ['Rp15.000'] },
      { say: 'salah, harusnya 30rb', reply: ['sudah dibayar Rp10.000', 'pak darto ngutang 5rb'], not: ['ada gangguan'] },
      { say: 'pak darto ngutang 5rb', reply: ['Rp20.000'] },
    ],
    rows: [
      { sql: debts, rows: [
        { name: 'Pak Darto', kind: 'customer', direction: 'receivable', amount: 25000, paid: 10000, status: 'open' },
        { name: 'Pak Darto', kind: 'customer', direction: 'receivable', amount: 5000, paid: 0, status: 'open' },
      ] },
      { sql: messagesRetried, rows: [{ n: 0 }] },
    ],
  },
  {
    // Owner tries: "kulakan aqua 1 dus … 80rb", "4rb sebotol" kept Aqua per dus at Rp4.000, and "1 botol Aqua isinya berapa
    // dus?" took "sedus isi 24 botol" as 24 dus a bottle (Rp288.000 for 3 bottles); "1 slop isi 10 bks" beside a price
    // booked the price as an expense.
    name: 'a new product bought by the pack and priced by the piece is counted by the piece', at, tenant: wib,
    steps: [
      { say: 'kulakan kerupuk udang 1 dus 80rb', reply: ['Produk baru "kerupuk udang"'] },
      { say: '5rb sebungkus', reply: ['harga jual Rp5.000', '1 dus Kerupuk Udang isinya berapa bks'] },
      { say: '20', reply: ['Kerupuk Udang 1 dus (20 bks) × Rp80.000 = Rp80.000'] },
      { say: 'laku kerupuk udang 3 bungkus', reply: ['Kerupuk Udang 3 bks × Rp5.000 = Rp15.000'] },
      { say: 'kulakan sirup marjan 1 dus 150rb', reply: ['Produk baru "sirup marjan"'] },
      { say: '28rb sebotol, sedus isi 6 botol', reply: ['harga jual Rp28.000', 'Sirup Marjan 1 dus (6 btl) × Rp150.000'], not: ['Pengeluaran'] },
      { say: 'laku rokok marlboro 1 slop 400rb', reply: ['Produk baru "rokok marlboro"'] },
      { say: 'sebungkus 42rb, 1 slop isi 10 bks', reply: ['harga jual Rp42.000', 'Rokok Marlboro 1 slop (10 bks) × Rp400.000'], not: ['Pengeluaran'] },
      // A helper's new warung: a karung's price per kilo, and a bare price of what a dus holds, were a whole pack's
      // (2 kg of sugar booked at Rp720, 5 bungkus of indomie at Rp438).
      { say: 'kulakan tepung ketan 1 karung isi 25 kg 300rb', reply: ['Produk baru "tepung ketan"'] },
      { say: '15rb sekilo', reply: ['Tepung Ketan 1 karung (25 kg) × Rp300.000'] },
      { say: 'laku tepung ketan 2 kilo', reply: ['Tepung Ketan 2 kg × Rp15.000 = Rp30.000'] },
      { say: 'kulakan mi gaga 3 dus isi 40 354rb', reply: ['Produk baru "mi gaga"'] },
      { say: '3500', reply: ['Mi Gaga 3 dus (120 pcs) × Rp118.000 = Rp354.000'] },
      { say: 'laku mi gaga 5 bungkus', reply: ['Mi Gaga 5 pcs × Rp3.500 = Rp17.500'] },
      // Makassar try: the size named after the pack was dropped and the price booked as an expense.
      { say: 'kulakan mi sakura 2 dus 200rb', reply: ['Produk baru "mi sakura"'] },
      { say: '3500 satu bungkus, isinya 40 satu dus', reply: ['harga jual Rp3.500', 'Mi Sakura 2 dus (80 bks) × Rp100.000 = Rp200.000'], not: ['Pengeluaran'] },
      // New-warung try: the answer said as a price set for the same goods saved the sack without a price, then priced it
      // Rp18.000 a karung.
      { say: 'kulakan gula aren 1 karung 650rb', reply: ['Produk baru "gula aren"'] },
      { say: 'harga gula aren 18rb sekilo', reply: ['harga jual Rp18.000', '1 karung Gula Aren isinya berapa kg'], not: ['belum ada'] },
      { say: '50', reply: ['Gula Aren 1 karung (50 kg) × Rp650.000'] },
    ],
    rows: [
      { sql: level('Kerupuk Udang'), rows: [{ level: 17 }] },
      { sql: level('Sirup Marjan'), rows: [{ level: 6 }] },
      { sql: `${packUnits} order by 1, 2`, rows: [
        { product: 'Gula Aren', name: 'karung', size: 50 }, { product: 'Kerupuk Udang', name: 'dus', size: 20 }, { product: 'Mi Gaga', name: 'dus', size: 40 }, { product: 'Mi Sakura', name: 'dus', size: 40 },
        { product: 'Rokok Marlboro', name: 'slop', size: 10 },
        { product: 'Sirup Marjan', name: 'dus', size: 6 }, { product: 'Tepung Ketan', name: 'karung', size: 25 },
      ] },
    ],
  },
  {
    // A helper's new warung: "kulakan kecap bango 1 dus isi 12 btl 120rb jual 12rb" was a SALE of the dus; "1 pak isi 6
    // pcs" was one pack in stock, and "laku lifebuoy 2 pcs" took 2 packs out at Rp3.500.
    name: 'goods coming in with their selling price: the product made with it, counted in what the pack holds', at, tenant: wib,
    steps: [
      { say: 'kulakan kecap bango 1 dus isi 12 btl 120rb jual 12rb', reply: ['Produk baru Kecap Bango disimpan, harga jual Rp12.000 per btl', 'Pembelian Kecap Bango 1 dus (12 btl) × Rp120.000'], not: ['Penjualan'] },
      { say: 'beli sabun lifebuoy 1 pak isi 6 pcs 18rb jual 3500', reply: ['harga jual Rp3.500 per pcs', 'Sabun Lifebuoy 1 pak (6 pcs) × Rp18.000'] },
      { say: 'laku lifebuoy 2 pcs', reply: ['Sabun Lifebuoy 2 pcs × Rp3.500 = Rp7.000', 'Stok sisa 4 pcs'] },
      { say: 'stok awal sarden 10 kaleng jual 9rb', reply: ['harga jual Rp9.000 per kaleng', 'Sarden +10 kaleng'] },
      // Goods already in the catalogue take the new selling price, said back.
      { say: 'kulakan gula pasir 10 kg 150rb jual 19rb', reply: ['Pembelian Gula Pasir 10 kg', 'Harga jual Gula Pasir per kg Rp18.000 → Rp19.000'] },
      // One pack coming in: its number is one piece's when the selling price says so (a Manado warung's indomie came in
      // at Rp70 a piece; a bal of crackers at Rp1.500).
      { say: 'stok awal kopi bubuk 1 dus isi 40 modal 2800 jual 3500', reply: ['harga jual Rp3.500 per pcs', '+40 pcs (modal Rp2.800/pcs)'] },
      { say: 'kulakan kerupuk ikan 1 bal isi 20 bungkus @ 1.500', reply: ['Produk baru "kerupuk ikan"'] },
      { say: '2000', reply: ['Kerupuk Ikan 1 bal (20 bks) × Rp30.000 = Rp30.000'] },
    ],
    rows: [
      { sql: level('Kecap Bango'), rows: [{ level: 12 }] },
      { sql: level('Sabun Lifebuoy'), rows: [{ level: 4 }] },
      { sql: `select name, sell_price from products where tenant_id = $1 and name in ('Kecap Bango', 'Sarden', 'Gula Pasir') order by name`, rows: [
        { name: 'Gula Pasir', sell_price: 19000 }, { name: 'Kecap Bango', sell_price: 12000 }, { name: 'Sarden', sell_price: 9000 },
      ] },
      { sql: `select count(*)::int as n from transactions where tenant_id = $1 and kind = 'sale'`, rows: [{ n: 1 }] },
    ],
  },
  {
    // New-warung try: "harga beras 14rb sekilo" of rice kept per karung priced the karung Rp14.000; 3 kg sold for Rp840.
    name: 'a price per kilo of goods kept per karung is the kilo\'s, the karung\'s size asked once', at, tenant: wib,
    steps: [
      { say: 'kulakan jagung pipil 1 karung 650rb', reply: ['Produk baru "jagung pipil"'] },
      { say: '700rb', reply: ['Jagung Pipil 1 karung × Rp650.000'] },
      { say: 'harga jagung pipil 14rb sekilo', reply: ['1 karung Jagung Pipil isi berapa kg'] },
      { say: '50', reply: ['harga Jagung Pipil per kg (1 karung = 50 kg) jadi Rp14.000'] },
      { say: 'laku jagung pipil 3 kg', reply: ['Jagung Pipil 3 kg (0,06 karung) × Rp14.000/kg = Rp42.000'] },
      { say: 'laku jagung pipil 5 ons', reply: ['Jagung Pipil 5 ons (0,01 karung) × Rp14.000/kg = Rp7.000'] },
      { say: 'laku jagung pipil 1 karung', reply: ['Jagung Pipil 1 karung × Rp700.000 = Rp700.000'] },
    ],
    rows: [{ sql: said('Jagung Pipil'), rows: [
      { qty: 1, said_qty: null, said_unit: null, unit_price: 650000, total: 650000, kind: 'purchase', status: 'posted' },
      { qty: 0.06, said_qty: 3, said_unit: 'kg', unit_price: 700000, total: 42000, kind: 'sale', status: 'posted' },
      { qty: 0.01, said_qty: 5, said_unit: 'ons', unit_price: 700000, total: 7000, kind: 'sale', status: 'posted' },
      { qty: 1, said_qty: null, said_unit: null, unit_price: 700000, total: 700000, kind: 'sale', status: 'posted' },
    ] }],
  },
  {
    name: 'pieces of goods kept by the pack are asked as pieces in a pack, and a pack size said the other way round is read so', at, tenant: wib,
    steps: [
      { say: 'laku rokok djarum super 1 slop 280rb', reply: ['Produk baru "rokok djarum super"'] },
      { say: 'ya', reply: ['Rokok Djarum Super 1 slop × Rp280.000'] },
      // A slop holds 10 packs by trade default, so nothing is asked.
      { say: 'laku djarum super 2 bungkus', reply: ['Rokok Djarum Super 2 bungkus (0,2 slop) × Rp28.000 = Rp56.000'], not: ['isinya berapa slop'] },
      { say: 'kulakan kopi sachet 1 dus 80rb', reply: ['Produk baru "kopi sachet"'] },
      { say: '100rb sedus', reply: ['Kopi Sachet 1 dus × Rp80.000'] },
      { say: 'laku kopi sachet 3 bungkus', reply: ['1 dus Kopi Sachet isi berapa bungkus, Kak?'], not: ['isinya berapa dus'] },
      { say: '1 dus isi 40 bungkus', reply: ['1 dus Kopi Sachet = 40 bungkus', 'Kopi Sachet 3 bungkus (0,075 dus)'] },
      { say: 'kulakan kopi sachet 2 renteng 30rb', reply: ['1 renteng Kopi Sachet isinya berapa dus, Kak?'] },
      { say: '1 dus isi 4 renteng', reply: ['1 dus Kopi Sachet = 4 renteng', 'Kopi Sachet 2 renteng (0,5 dus)'], not: ['= 4 dus'] },
    ],
    rows: [{ sql: `${packUnits} and p.name = 'Kopi Sachet' order by u.size`, rows: [
      { product: 'Kopi Sachet', name: 'bungkus', size: 0.025 }, { product: 'Kopi Sachet', name: 'renteng', size: 0.25 },
    ] }],
  },
  {
    // Helper's new warung: "1 kg Gula Pasir isinya berapa karung?", and "2 ons" asked again after the karung's kilos were known.
    name: 'a measure of goods kept by the pack is asked as the measure in a pack, then converted through it', at, tenant: wib,
    steps: [
      { say: 'kulakan gula aren 1 karung 500rb', reply: ['Produk baru "gula aren"'] },
      { say: '600rb', reply: ['Gula Aren 1 karung × Rp500.000'] },
      { say: 'laku gula aren 2 kg', reply: ['1 karung Gula Aren isi berapa kg, Kak?'], not: ['isinya berapa karung'] },
      { say: 'isi 25', reply: ['1 karung Gula Aren = 25 kg', 'Gula Aren 2 kg (0,08 karung) × Rp24.000/kg = Rp48.000'] },
      { say: 'laku gula aren 5 ons', reply: ['Gula Aren 5 ons (0,02 karung) × Rp24.000/kg = Rp12.000'], not: ['isi berapa'] },
    ],
    rows: [{ sql: level('Gula Aren'), rows: [{ level: 0.9 }] }],
  },
  {
    // The ledger property test (thirtieth session): "kulakan … 1 dus total 6000" of a 2-piece dus sold at Rp5.000 a piece was
    // read as Rp6.000 a piece (Rp12.000): one pack's number near a piece's price is a piece's, unless "total" is said.
    name: 'one pack bought with "total" said is that total, even near the price of one piece', at: '2026-11-21T03:00:00Z',
    tenant: { timezone: 'Asia/Jakarta', products: [...basicProducts, ['Susu Kotak', 'pcs', 5000, null, 0]] },
    steps: [
      { say: 'kulakan susu kotak 1 dus total 6000', reply: ['isinya berapa pcs'] },
      { say: '2', reply: ['Susu Kotak 1 dus (2 pcs) × Rp6.000 = Rp6.000'] },
    ],
  },
];
