// Owner tries of the twenty-seventh session: each message booked a wrong number or was not understood before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const now = new Date('2026-12-06T10:00:00+07:00');
const reads = readsAt(now);

describe('owner tries (twenty-seventh session): returns', () => {
  // Read as a purchase of "retur gula" from a supplier called "pembeli": the owner's price answer booked it.
  it('"retur" with money said is still goods given back, not bought', () => {
    reads('retur gula 1kg dr pembeli 17rb', { intent: 'unknown', amount: null });
    reads('ada yg return aqua 1 dus 48rb', { intent: 'unknown' });
  });
});

describe('owner tries (twenty-seventh session): gas and water swaps', () => {
  // Asked whether "tabung" was the flour (Tepung Terigu) or a new product.
  it('the empty cylinder handed back is no goods', () => {
    reads('laku gas 1 tabung 23rb, tabung kosong dibalikin', { intent: 'sale', amount: 23000, items: [{ product: 'gas', qty: 1, total: 23000 }] });
    reads('aqua galon 2 40rb galone kosong dituker', { intent: 'sale', amount: 40000, items: [{ product: 'aqua galon', qty: 2 }] });
  });
});

describe('owner tries (twenty-seventh session): Javanese krama and Sundanese', () => {
  // A cash purchase: the supplier debt was never written.
  it('"dereng kula bayar" (not paid yet, I) is on credit', () => {
    reads('kulakan saking toko makmur: beras medium 1 karung 640rb, dereng kula bayar', { intent: 'purchase', payment: 'credit', amount: 640000, items: [{ product: 'beras medium', qty: 1 }] });
  });
  // A purchase: the stock went up by the two packs sold.
  it('"wonten tiyang tumbas" (someone bought) is a sale', () => {
    reads('wonten tiyang tumbas rokok surya 12 kalih bungkus', { intent: 'sale', items: [{ product: 'rokok surya 12', qty: 2, unit: 'bungkus' }] });
  });
  // Booked 2 gelas for the dus: "kalih" (two, and also "and") was the next goods' count.
  it('"kalih" before goods with their own count is "and"', () => {
    reads('sampun payu beras medium 2 kilo, endhog setunggal kilo, kalih aqua gelas setunggal dus', { intent: 'sale', items: [
      { product: 'beras medium', qty: 2, unit: 'kg' }, { product: 'endhog', qty: 1, unit: 'kg' }, { product: 'aqua gelas', qty: 1, unit: 'dus' }] });
    reads('payu gula kalih kilo kalih kopi setunggal renteng', { items: [{ product: 'gula', qty: 2, unit: 'kg' }, { product: 'kopi', qty: 1, unit: 'renteng' }] });
    // Two, where no count of its own follows.
    reads('payu indomie kalih 7rb', { intent: 'sale', amount: 7000, items: [{ product: 'indomie', qty: 2 }] });
  });
  // An expense of Rp150.000 (the change given was added to the money paid).
  it('"tak susuki 50rb" is change given back', () => {
    reads('mbak rini mbayar utang 100rb, tak susuki 50rb', { intent: 'debt_pay', amount: 50000, counterparty: 'mbak rini' });
  });
  // Whole sales on credit: the money paid by QRIS or transfer was lost and taken for the goods' total.
  it('a down payment headed by its means', () => {
    reads('bang jali ambil lagi surya 16 2 bks 76rb, qris 50rb sisanya ngebon', { intent: 'sale', payment: 'credit', amount: 76000, paid_now: 50000, paid_now_via: 'qris', items: [{ product: 'surya 16', qty: 2 }] });
    reads('kulakan dr sinar jaya surya 16 3 slop 1,08jt, tf sejuta sisanya ngutang dulu', { intent: 'purchase', payment: 'credit', amount: 1080000, paid_now: 1000000, paid_now_via: 'transfer', items: [{ product: 'surya 16', qty: 3 }] });
    // E-wallets are QRIS; the means may follow the money (the Rp20.000 paid was taken for the goods' price).
    reads('mang ujang beli rokok sampoerna mild 1 bks, dibayar pake ovo 20rb sisanya ngutang', { intent: 'sale', payment: 'credit', amount: null, paid_now: 20000, paid_now_via: 'qris', items: [{ product: 'rokok sampoerna mild', qty: 1, total: null }] });
    reads('bu wati ambil telur 2 kg, gopay 20rb sisanya ngutang', { intent: 'sale', payment: 'credit', paid_now: 20000, paid_now_via: 'qris', items: [{ product: 'telur', qty: 2, total: null }] });
    reads('bu tini ambil telur 2 kg, bayar 20rb lwt qris sisanya ngutang', { intent: 'sale', counterparty: 'bu tini', payment: 'credit', paid_now: 20000, paid_now_via: 'qris', items: [{ product: 'telur', qty: 2 }] });
    // Cash and QRIS with nothing owed is still a split of the money.
    reads('laku gula 2 kg 36rb, qris 20rb sisanya cash', { intent: 'sale', payment: 'qris', amount: 36000, items: [{ product: 'gula', qty: 2 }] });
  });
});

describe('owner tries (twenty-seventh session): Sundanese names and credit words', () => {
  // A purchase from no one: stock up 2, the warung owing Rp28.000 to a supplier "Utang Darto".
  it('"pa" is Pak: the buyer named, a credit sale with a down payment', () => {
    reads('pa darto meser surya 12 dua bungkus 58 rebu, mayar 30 rebu sesana hutang', { intent: 'sale', counterparty: 'pa darto', payment: 'credit', amount: 58000, paid_now: 30000, items: [{ product: 'surya 12', qty: 2 }] });
  });
  // A cash sale of "kiridit sabun lifebuoy".
  it('"kiridit" is on credit', () => {
    reads('teh rini kiridit sabun lifebuoy 1 opat rebu lima ratus', { intent: 'sale', counterparty: 'teh rini', payment: 'credit', amount: 4500, items: [{ product: 'sabun lifebuoy', qty: 1 }] });
  });
  // A new product "gula sakmenika".
  it('krama "sakmenika" (now) is no goods', () => {
    reads('stok gula sakmenika 18 kg', { intent: 'stock_set', items: [{ product: 'gula', qty: 18, unit: 'kg' }] });
  });
});

describe('owner tries (twenty-seventh session): Makassar and Ambon', () => {
  // A sale of the sack just bought (omzet up, 25 kg off the stock).
  it('"ambe mi stok" (stock fetched for the shop) is a purchase', () => {
    reads('ambe mi stok beras 25kg 1 karung, 350rb', { intent: 'purchase', amount: 350000, items: [{ product: 'beras', qty: 1, unit: 'karung' }] });
    reads('ambil stok beras 1 karung 350rb', { intent: 'purchase', amount: 350000, items: [{ product: 'beras', qty: 1 }] });
  });
  // Each asked "Produk baru …?" for a word of the chat and dropped the sale.
  it('chat words are no goods: "doi pas", "iyo su bayar", "smua", "su busuk", "dp lewat transferan"', () => {
    reads('laku beras 2 kg doi pas', { intent: 'sale', items: [{ product: 'beras', qty: 2, unit: 'kg' }] });
    reads('laku pinang 20 biji 20rb, iyo su bayar cash', { intent: 'sale', amount: 20000, payment: 'cash', items: [{ product: 'pinang', qty: 20 }] });
    reads('neng sari beli sabun lifebuoy 3 sama sampo sunsilk 5, byr qris smua', { intent: 'sale', items: [{ product: 'sabun lifebuoy', qty: 3 }, { product: 'sampo sunsilk', qty: 5 }] });
    reads('ikan asar 1 ekor su busuk, buang', { intent: 'stock_out', items: [{ product: 'ikan asar', qty: 1, unit: 'ekor' }] });
    reads('pak rt beli gas 1 tabung, dp lewat transferan 20rb sisanya bon', { intent: 'sale', payment: 'credit', paid_now: 20000, paid_now_via: 'transfer', items: [{ product: 'gas', qty: 1 }] });
  });
});

describe('owner tries (twenty-seventh session): second wave', () => {
  // A credit sale to "Agen": stock 20 → 0, the transfer counted as money in.
  it('goods taken from a supplier place on part credit are bought', () => {
    reads('ambil rokok surya 12 2 slop dari agen 560rb, tf 500rb sisanya ngutang', { intent: 'purchase', payment: 'credit', amount: 560000, paid_now: 500000, paid_now_via: 'transfer', items: [{ product: 'rokok surya 12', qty: 2, unit: 'slop' }] });
  });
  // A debt payment of Rp20.000 and the gas dropped; with two goods the money paid was their price.
  it('goods on a bon with part paid and the rest owed are a sale with a down payment', () => {
    reads('bang jali kasbon gas 1, bayar 20rb sisanya utang', { intent: 'sale', counterparty: 'bang jali', payment: 'credit', amount: null, paid_now: 20000, items: [{ product: 'gas', qty: 1, total: null }] });
    reads('pa asep kiridit gas 1, mayar 10rb sesana hutang', { intent: 'sale', payment: 'credit', paid_now: 10000, items: [{ product: 'gas', qty: 1 }] });
    reads('lek darmi utang gula sekilo, mbayar 10rb sisane utang', { intent: 'sale', payment: 'credit', amount: null, paid_now: 10000, items: [{ product: 'gula', qty: 1, unit: 'kg', total: null }] });
    reads('mpok ipah kasbon gas 1 sama le minerale 2, qris 20rb sisanya utang', { intent: 'sale', payment: 'credit', amount: null, paid_now: 20000, paid_now_via: 'qris', items: [{ product: 'gas', qty: 1 }, { product: 'le minerale', qty: 2 }] });
    // A debt paid is still a debt paid.
    reads('bang jali bayar utang 20rb', { intent: 'debt_pay', amount: 20000 });
  });
  // A purchase: gula stock up 2.
  it('su "nu meser" (someone bought) is a sale', () => {
    reads('nu meser gula 2 kilo 36rb', { intent: 'sale', amount: 36000, items: [{ product: 'gula', qty: 2, unit: 'kg' }] });
  });
  // Two 1 L bottles: the size was the count when "one" is krama.
  it('"setunggal" after a size is one piece of that size', () => {
    reads('bu tini tumbas minyak sania 2 liter setunggal', { intent: 'sale', items: [{ product: 'minyak sania 2 liter', qty: 1 }] });
    reads('bu tini tumbas minyak sania 2 liter setunggal 41rb', { amount: 41000, items: [{ product: 'minyak sania 2 liter', qty: 1 }] });
  });
  // 2 gelas for the 10 said.
  it('"kalih" before goods with a bare count is "and"', () => {
    reads('pak karto tumbas gas 1 kalih aqua gelas 10, mbayar 20rb sisane utang', { intent: 'sale', paid_now: 20000, items: [{ product: 'gas', qty: 1 }, { product: 'aqua gelas', qty: 10 }] });
  });
});
