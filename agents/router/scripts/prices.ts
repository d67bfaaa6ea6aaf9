// Selling prices set by chat: a new price, one moved by an amount, one for every product of a name, one said per unit
// with no verb, and a price far from the old one confirmed first. Split from bookings.ts.
import { product } from './sql.ts';
import { basicProducts, type Script } from './types.ts';

const wib = { timezone: 'Asia/Jakarta' as const, products: basicProducts };
const at = '2026-11-21T03:00:00Z'; // Saturday 10:00 WIB

export const priceScripts: Script[] = [
  {
    // Sunda try: "cengek dijual sarebu" set the chilli's price per kg from Rp50.000 to Rp1.000 unasked, and the next sale
    // of an ons was booked at Rp500. A new price a fifth or less (or five times or more) of the old one is confirmed.
    name: 'a new selling price far from the old one is confirmed before it is set', at: '2026-11-21T06:00:00Z', tenant: { timezone: 'Asia/Jakarta', products: basicProducts },
    steps: [
      { say: 'telur dijual 2rb', reply: ['Yakin, Kak?', 'Harga baru Telur Ayam Rp2.000', 'Rp30.000'], not: ['✅'] },
      { say: 'tidak', reply: ['tidak jadi'] },
      { say: 'harga telur jadi 32rb', reply: ['Telur Ayam', 'Rp32.000'], not: ['Yakin'] },
      // Corrections try (thirty-first session): a price under the cost was set unasked ("keripik 5rb sebungkus" took the
      // chips under their cost, and every later sale lost money).
      { say: 'gula 15rb sekilo', reply: ['Yakin, Kak?', 'Gula Pasir', 'modalnya Rp16.000'], not: ['✅'] },
      { say: 'tidak', reply: ['tidak jadi'] },
      { say: 'harga gula 17rb', reply: ['Gula Pasir', 'Rp17.000'], not: ['Yakin'] },
    ],
    rows: [
      { sql: `select sell_price::int as price from products where tenant_id = $1 and name = 'Telur Ayam'`, rows: [{ price: 32000 }] },
      { sql: `select sell_price::int as price from products where tenant_id = $1 and name = 'Gula Pasir'`, rows: [{ price: 17000 }] },
    ],
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
    // Owner try: "harga indomie jadi 4000" listed the Indomies, and "semua" was not understood.
    name: 'one price for every product of a name: "semua" to the list, and "batal" puts every one back', at, tenant: wib,
    steps: [
      { say: 'harga indomie jadi 4000', reply: ['Indomie yang mana', '3. Semua di atas'] },
      { say: 'semua', reply: ['harga jual diganti', 'Indomie Goreng per bks Rp3.500 → Rp4.000', 'Indomie Soto per bks Rp3.500 → Rp4.000'] },
      { say: 'laku indomie soto 2', reply: ['Indomie Soto 2 bks × Rp4.000 = Rp8.000'] },
      { say: 'harga indomie jadi 4500', reply: ['Semua di atas'] },
      { say: '3', reply: ['Indomie Goreng per bks Rp4.000 → Rp4.500', 'Indomie Soto per bks Rp4.000 → Rp4.500'] },
      { say: 'batal', reply: ['Batalkan catatan ini'] },
      { say: 'ya', reply: ['Sudah dibatalkan', 'Harga kembali seperti sebelumnya'] },
      { say: 'harga indomie jadi 5000', reply: ['Indomie yang mana'] },
      { say: '1', reply: ['Indomie Goreng per bks Rp4.000 → Rp5.000'], not: ['Indomie Soto'] },
    ],
    rows: [
      { sql: product('Indomie Goreng'), rows: [{ name: 'Indomie Goreng', unit: 'bks', sell_price: 5000 }] },
      { sql: product('Indomie Soto'), rows: [{ name: 'Indomie Soto', unit: 'bks', sell_price: 4000 }] },
    ],
  },
  {
    // Owner try: "harga telor naik 2rb" set the eggs to Rp2.000.
    name: 'a price said by how much it moves ("naik 2rb", jv "mundhak sewu"); "naik jadi" and an amount near the price state it', at, tenant: wib,
    steps: [
      { say: 'harga telor naik 2rb', reply: ['Telur Ayam', 'Rp30.000 → Rp32.000'], not: ['Rp2.000'] },
      { say: 'rego gula mundhak sewu', reply: ['Gula Pasir', 'Rp18.000 → Rp19.000'] },
      { say: 'harga beras turun 500 perak', reply: ['Beras Medium', 'Rp14.000 → Rp13.500'] },
      { say: 'harga indomie goreng naik 4000', reply: ['Indomie Goreng', 'Rp3.500 → Rp4.000'] },
      { say: 'harga kopi naik jadi 2500', reply: ['Kopi Kapal Api', 'Rp2.000 → Rp2.500'] },
    ],
    rows: [
      { sql: product('Telur Ayam'), rows: [{ name: 'Telur Ayam', unit: 'kg', sell_price: 32000 }] },
      { sql: product('Beras Medium'), rows: [{ name: 'Beras Medium', unit: 'kg', sell_price: 13500 }] },
    ],
  },
  {
    // New warung try: "es batu 1000 seplastik" → "ya" booked a sale of one bag (Rp1.000 of takings never made).
    name: 'a price per one unit with nothing counted and no verb tells the price; a new product is saved, nothing sold', at, tenant: wib,
    steps: [
      { say: 'es batu 1000 seplastik', reply: ['Produk baru "es batu"? Harga jualnya Rp1.000 per plastik?'] },
      { say: 'ya', reply: ['Produk baru Es Batu disimpan, harga jual Rp1.000 per plastik'], not: ['Penjualan', 'tetap'] },
      { say: 'gorengan 1500 sebiji', reply: ['Produk baru "gorengan"?'] },
      // The price typed to the question is the price (the message's Rp1.500 was set after it).
      { say: '2000', reply: ['Produk baru Gorengan disimpan, harga jual Rp2.000'], not: ['Rp1.500', 'Penjualan'] },
      { say: 'indomie goreng 4000 sebungkus', reply: ['Indomie Goreng per bks Rp3.500 → Rp4.000'], not: ['Penjualan'] },
      { say: 'es teh segelas 3rb', reply: ['Produk baru "es teh"'] },
      { say: 'ya', reply: ['Penjualan Es Teh 1 gelas'] },
    ],
    rows: [
      { sql: product('Gorengan'), rows: [{ name: 'Gorengan', unit: 'pcs', sell_price: 2000 }] },
      { sql: `select count(*)::int as n from transactions where tenant_id = $1`, rows: [{ n: 1 }] },
    ],
  },
  {
    // Yogya and Bali tries (thirtieth session): "mbayar 30rb, susuk pinten?" booked Rp30.000 with the prices raised to fit;
    // "rongewu sijine" (Rp2.000 each) was asked per bottle or total; "bensin gocap" booked Rp50.
    name: 'money handed over with the change asked, a price said each in Javanese, and petrol said in Rp50 slang', at, tenant: wib,
    steps: [
      { say: 'Bu Parmi tuku gula 1 kg karo indomie soto 3, mbayar 30rb, susuk pinten?', reply: ['Total Rp28.500', 'Uang Rp30.000, kembalian Rp1.500'] },
      { say: 'payu aqua 2 botol, rongewu sijine', reply: ['Aqua 600 ml 2 btl × Rp2.000 = Rp4.000'], not: ['atau total'] },
      // Semarang and Bandung tries: "…, bayar 60 ewu" for Rp57.000 of goods raised the prices to fit; a total said so stays.
      { say: 'payu telur setengah kilo karo beras 3 kg, bayar 60 ewu', reply: ['Total Rp57.000', 'Uang Rp60.000, kembalian Rp3.000'] },
      { say: 'laku gula 2 kilo, bayar 35rb', reply: ['Gula Pasir 2 kg × Rp17.500 = Rp35.000'], not: ['kembalian'] },
      { say: 'bensin gocap', reply: ['Berapa'], not: ['tercatat'] },
      { say: '50rb', reply: ['Bensin Rp50.000'] },
    ],
    rows: [{ sql: `select kind, total from transactions where tenant_id = $1 order by created_at`, rows: [
      { kind: 'sale', total: 28500 }, { kind: 'sale', total: 4000 }, { kind: 'sale', total: 57000 }, { kind: 'sale', total: 35000 },
      { kind: 'expense', total: 50000 },
    ] }],
  },
];
