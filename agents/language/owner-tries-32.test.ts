// Owner tries of the thirty-second session (Semarang, Tasikmalaya, Jakarta): each message booked a wrong number before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const reads = readsAt(new Date('2026-12-06T10:00:00+07:00'));

describe('owner tries (thirty-second session): Betawi money handed over', () => {
  // "dibayar ceban kembali 2rb" sold to a customer "Ceban Kembali" at Rp1.000 a bottle; "dibayar gocap" named "Gocap".
  it('slang money after "dibayar" is money, not the payer', () => {
    reads('laku aqua 600 2 botol, dibayar ceban kembali 2rb', { intent: 'sale', counterparty: null, amount: 8000, items: [{ product: 'aqua 600', qty: 2, total: 8000 }] });
    reads('laku aqua 2 botol dibayar ceban', { intent: 'sale', counterparty: null, amount: 10000, items: [{ product: 'aqua', qty: 2 }] });
  });
  // Rp25 a pack was booked: the change in thousands says the gocap is Rp50.000.
  it('"gocap kembali 43rb" is Rp50.000 handed over', () => {
    reads('laku indomie goreng 2 bks, gocap kembali 43rb', { intent: 'sale', amount: 7000, items: [{ product: 'indomie goreng', qty: 2, total: 7000 }] });
    reads('laku aqua 2, goceng kembali seceng', { intent: 'sale', amount: 4000, items: [{ product: 'aqua', qty: 2, total: 4000 }] });
  });
});

describe('owner tries (thirty-second session): paid said last without a comma', () => {
  // A kilo of sugar was booked at Rp50.000: the money paid said last is the note handed over or the total, as with a comma.
  it('"laku gula 1 kg bayar 50rb" marks the Rp50.000 as handed over', () => {
    reads('laku gula 1 kg bayar 50rb', { intent: 'sale', tendered: 50000, items: [{ product: 'gula', qty: 1, unit: 'kg' }] });
    reads('laku indomie goreng 3 bks bayar 20rb', { intent: 'sale', tendered: 20000, items: [{ product: 'indomie goreng', qty: 3 }] });
  });
});

describe('owner tries (thirty-second session): whose debt, and Sunda sizes', () => {
  // Bu Narti's own debt was paid (or she was told she had none): the debt named after "utangnya" is the one paid.
  it('"bu narti bayarin utangnya teh wati 15rb" pays Teh Wati\'s debt', () => {
    reads('bu narti bayarin utangnya teh wati 15rb', { intent: 'debt_pay', counterparty: 'teh wati', amount: 15000, items: [] });
    reads('bu narti bayar utang 15rb', { intent: 'debt_pay', counterparty: 'bu narti', amount: 15000, items: [] });
  });
  // The oil was bought into the 1 L bottles (the 2 liter read as what the dus holds); "eusi 6" became a product.
  it('a size before a pack with "isi" names the goods; su "eusi", "sakilona"', () => {
    reads('kulakan minyak sania 2 liter 1 dus isi 6 228rb', { intent: 'purchase', items: [{ product: 'minyak sania 2 liter', qty: 1, unit: 'dus', pack_size: 6, total: 228000 }] });
    reads('meuli minyak sania 2 liter 1 dus eusi 6, hargana 228 rebu', { intent: 'purchase', items: [{ product: 'minyak sania 2 liter', qty: 1, unit: 'dus', pack_size: 6, total: 228000 }] });
    reads('kajual beas 3 kilo, sakilona 14 rebu', { intent: 'sale', amount: 42000, items: [{ product: 'beas', qty: 3, unit: 'kg', unit_price: 14000 }] });
  });
});

describe('owner tries (thirty-second session): a greeting first, "yaudah"', () => {
  // Answered with a greeting only; the stock asked was lost.
  it('a greeting and a comma before the message are no part of it', () => {
    reads('sugeng enjing, stok indomie goreng', { intent: 'stock_check', items: [{ product: 'indomie goreng' }] });
    reads('pagi bos, stok rokok', { intent: 'stock_check', items: [{ product: 'rokok' }] });
    reads('selamat pagi', { intent: 'greeting', items: [] });
  });
  // A product "yaudah" was offered at Rp16.100, and the next message's "ya" created it.
  it('"yaudah" (never mind, fine) is no goods', () => {
    reads('yaudah laku indomie 2', { intent: 'sale', items: [{ product: 'indomie', qty: 2 }] });
    reads('yaudah ambil yg sinar jaya 16.100', { intent: 'unknown', items: [] });
  });
});

describe('owner tries (thirty-second session): the money handed, a pack\'s price (Surabaya, Medan)', () => {
  // Booked as the goods' total: 3 sachets of coffee for Rp10.000, a pack of Surya for Rp50.000.
  it('"duwite", "duitnya", "uangnya" said last is the money handed over', () => {
    reads('kopi kapal api 3 sachet payu, duwite 10rb', { intent: 'sale', tendered: 10000, items: [{ product: 'kopi kapal api', qty: 3 }] });
    reads('laku surya 1 bks, duitnya 50rb', { intent: 'sale', tendered: 50000, items: [{ product: 'surya', qty: 1 }] });
  });
  // Rp17.000 was read as the whole of 5 renteng (the router then booked Rp34.000 a renteng).
  it('"5 renteng, 1 renteng 10 sachet 17rb": the price of one pack', () => {
    reads('kulakan kopi kapal api 5 renteng, 1 renteng 10 sachet 17rb', { intent: 'purchase', amount: 85000, items: [{ product: 'kopi kapal api', qty: 5, unit: 'renteng', unit_price: 17000, pack_size: 10 }] });
  });
});

describe('owner tries (thirty-second session): someone else\'s debt paid, said in Surabaya, Makassar, Medan', () => {
  // Each offered a new product ("mat", "tata", "butar-butar") at the money paid.
  it('"mbayari utange", "bayarkan utangnya" pay the debt named after them', () => {
    reads('cak Dul mbayari utange cak Mat 29rb', { intent: 'debt_pay', counterparty: 'cak mat', amount: 29000, items: [] });
    reads('Pak Rahman bayarkan utangnya Daeng Tata 10rb', { intent: 'debt_pay', counterparty: 'daeng tata', amount: 10000, items: [] });
    reads('bayarkan listrik 100rb', { intent: 'expense', category: 'listrik', amount: 100000, items: [] });
  });
});
