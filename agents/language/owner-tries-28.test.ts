// Owner tries of the twenty-eighth session: each message booked a wrong number or was not understood before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const now = new Date('2026-12-06T10:00:00+07:00');
const reads = readsAt(now);

describe('owner tries (twenty-eighth session): prices', () => {
  // Booked as a sale of one dus at Rp45.000 (stock down 24 bottles, money in the drawer that never came).
  it('"harga <goods> 1 <unit> <money>" is the price of that unit, not one sold', () => {
    reads('harga aqua 1 dus 45rb', { intent: 'price_set', amount: null, items: [{ product: 'aqua', unit: 'dus', unit_price: 45000 }] });
    reads('hrg gula 1 kg 17rb', { intent: 'price_set', items: [{ product: 'gula', unit: 'kg', unit_price: 17000 }] });
    // A sale verb or a buyer still sells one.
    reads('laku aqua 1 dus 45rb', { intent: 'sale', amount: 45000, items: [{ product: 'aqua', qty: 1, unit: 'dus' }] });
  });
});

describe('owner tries (twenty-eighth session): credit said as "paid later"', () => {
  // Medan try: read as Butet paying a debt ("Si Butet belum punya catatan utang") and the rice never booked.
  it('"nanti dibayarnya" is goods on credit, not a payment', () => {
    reads('si Butet ngutang beras 5 kg, nanti dibayarnya', { intent: 'sale', payment: 'credit', items: [{ product: 'beras', qty: 5, unit: 'kg' }] });
    reads('bu ani ambil gula 2 kg nanti bayarnya', { intent: 'sale', payment: 'credit', items: [{ product: 'gula', qty: 2, unit: 'kg' }] });
  });
});

describe('owner tries (twenty-eighth session): packs and sizes', () => {
  // Medan try: "1 dus 40" (what a dus holds) became the price, 2 dus booked at Rp40.000 each instead of Rp115.000.
  it('a bare number after one of the packs counted, with the pack\'s price said, is what each holds', () => {
    reads('ambil barang dari Toko Makmur indomie goreng 2 dus, 1 dus 40, harga 115rb sedus, belum dibayar', { intent: 'purchase', payment: 'credit', amount: 230000,
      counterparty: 'toko makmur', items: [{ product: 'indomie goreng', qty: 2, unit: 'dus', unit_price: 115000, pack_size: 40 }] });
    // Without the pack's own price, "sedus 45" is still its money.
    reads('kulakan aqua 3 dus, 1 dus 45', { intent: 'purchase', amount: 135000, items: [{ product: 'aqua', qty: 3, unit: 'dus' }] });
  });
  // Dashboard try: "aqua 600 2" sold 600 bottles (Rp2.400.000, the stock at -552).
  it('a bottled drink\'s size before its count is the size', () => {
    reads('jual indomie goreng 3, aqua 600 2 tunai', { intent: 'sale', payment: 'cash', items: [{ product: 'indomie goreng', qty: 3 }, { product: 'aqua 600ml', qty: 2 }] });
  });
  // Padang try: a new supplier "Toko Makmur Sari" and goods "roti".
  it('"sari roti" after a supplier\'s name is the goods', () => {
    reads('ambo bali ka Toko Makmur sari roti 10 bungkuih 150rb, alun dibayia', { intent: 'purchase', payment: 'credit', counterparty: 'toko makmur',
      items: [{ product: 'sari roti', qty: 10, unit: 'bungkus', total: 150000 }] });
  });
});

describe('owner tries (twenty-eighth session): borrowing', () => {
  // Medan try: read as Rina owing the warung, the cash going out of the drawer.
  it('"pinjam duit sama <person>" with no one before it is the warung borrowing', () => {
    reads('pinjam duit sama kak Rina 500rb buat modal', { intent: 'debt_add', direction: 'payable', amount: 500000, counterparty: 'kak rina' });
    reads('pak budi pinjam duit 500rb', { intent: 'debt_add', direction: 'receivable', counterparty: 'pak budi' });
  });
});

describe('owner tries (twenty-eighth session): Minang, Bali, Banjar, Medan words', () => {
  // Padang try: "Etek Bali" became the customer; her payment was an expense.
  it('Minang "mak etek" is a person and "bali" after her is buying', () => {
    reads('Mak Etek bali rokok sampoerna 2 bungkuih, utang', { intent: 'sale', payment: 'credit', counterparty: 'mak etek', items: [{ product: 'rokok sampoerna', qty: 2, unit: 'bungkus' }] });
    reads('Mak Etek bayia 40rb', { intent: 'debt_pay', amount: 40000, counterparty: 'mak etek' });
    reads('Uni Des bali gulo 2 kilo, alun bayia', { intent: 'sale', payment: 'credit', counterparty: 'uni des', items: [{ product: 'gulo', qty: 2, unit: 'kg' }] });
    reads('lah tajua aqua galeh 10 galeh 10rb, qris', { intent: 'sale', payment: 'qris', amount: 10000, items: [{ product: 'aqua gelas', qty: 10 }] });
    // The island stays in a product's name.
    reads('laku kopi bali 2 bungkus 10rb', { intent: 'sale', items: [{ product: 'kopi bali', qty: 2 }] });
  });
  // Bali try: a product "Mebayah" sold to Bu Komang; "suba mebayah" became the goods' name; "kuda" a product.
  it('Balinese "mebayah" pays, "tiang" is I, "kuda stok" asks', () => {
    reads('Bu Komang mebayah 10rb', { intent: 'debt_pay', amount: 10000, counterparty: 'bu komang' });
    reads('tiang meli gula 5 kg 85rb di UD Sinar Jaya, suba mebayah', { intent: 'purchase', amount: 85000, counterparty: 'ud sinar jaya', items: [{ product: 'gula', qty: 5, unit: 'kg' }] });
    reads('kuda stok gula?', { intent: 'stock_check', items: [{ product: 'gula' }] });
  });
  // Banjarmasin try: "tajual aqua" and "kena" were asked as new products.
  it('Banjar "tajual" sold, "bayarnya kena" later', () => {
    reads('tajual aqua 2 botol 8rb qris', { intent: 'sale', payment: 'qris', items: [{ product: 'aqua', qty: 2, unit: 'botol' }] });
    reads('payu beras 2 kg, bayarnya kena, acil Imah', { intent: 'sale', payment: 'credit', counterparty: 'acil imah', items: [{ product: 'beras', qty: 2, unit: 'kg' }] });
  });
  // Medan try: "kau" and "cemana" were asked as products.
  it('Medan "kau catat" and "cemana" are no goods', () => {
    reads('laku rokok surya 16 sebungkus, kau catat qris ya', { intent: 'sale', payment: 'qris', items: [{ product: 'rokok surya 16', qty: 1 }] });
    reads('stok beras cemana', { intent: 'stock_check', items: [{ product: 'beras' }] });
  });
});

describe('owner tries (twenty-eighth session): haggling limits', () => {
  // A helper's haggle: "jaya" of the second supplier's name was goods, so the limit was Rp270.000 a kilo.
  it('a ceiling for the lot is shared out past a stray word of a supplier\'s name', () => {
    reads('cariin telur 10 kg maks 270rb ke toko makmur dan sinar jaya', { intent: 'negotiate', max_unit_price: 27000,
      items: [{ product: 'telur', qty: 10, unit: 'kg' }, { product: 'jaya' }] });
  });
});

describe('owner tries (twenty-eighth session, round two): loans', () => {
  // Lampung, Bali, Kupang, Manado tries: each booked as the warung owing, the cash into the drawer.
  it('a person named first borrowing "ke warung", "dari beta", "di kita" owes the warung', () => {
    for (const [text, who] of [['mbak sari minjem duit 100rb ke warung, nanti dibayarnya minggu depan', 'mbak sari'], ['pak made pinjam duit ke warung 150rb', 'pak made'],
      ['kaka nona pinjam doi dari beta 75rb', 'kaka nona'], ['om jemmy ada pinjam doi di kita 150rb', 'om jemmy']] as const) {
      reads(text, { intent: 'debt_add', direction: 'receivable', counterparty: who });
    }
    reads('saya pinjam uang ke bu rt 200rb', { intent: 'debt_add', direction: 'payable', counterparty: 'bu rt' });
  });
  // Aceh try: "Atas nama siapa?", then the lender booked as owing.
  it('Aceh "cut nyak", "ibu nyak" are people', () => {
    reads('pinjam uang dari cut nyak 400rb', { intent: 'debt_add', direction: 'payable', amount: 400000, counterparty: 'cut nyak' });
    reads('pinjam uang 400rb dari ibu nyak', { intent: 'debt_add', direction: 'payable', counterparty: 'ibu nyak' });
  });
});
