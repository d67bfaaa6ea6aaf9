// Owner tries of the thirty-fifth session: each message booked a wrong number, or nothing, before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const reads = readsAt(new Date('2026-12-07T10:00:00+07:00'));

describe('owner tries (thirty-fifth session): goods the warung had none of', () => {
  // su "gorengan teu aya" (there were no fritters) made the message a stock question and the sale of coffee was lost.
  it('"…, X teu aya / gak ada / habis" after a sale or purchase is a note, not a line', () => {
    reads('punten, tadi payu kopi good day 6 sachet, gorengan teu aya', { intent: 'sale', items: [{ product: 'kopi good day', qty: 6 }] });
    reads('tadi laku aqua 3 botol 12rb, roti ga ada', { intent: 'sale', amount: 12000, items: [{ product: 'aqua', qty: 3 }] });
    reads('kulakan gula 5 kg 70rb, minyak lagi kosong', { intent: 'purchase', amount: 70000, items: [{ product: 'gula', qty: 5, unit: 'kg' }] });
  });
  it('in a count the goods said gone stay a count of none', () => {
    reads('stok indomie 5, telur habis', { intent: 'stock_set', items: [{ product: 'indomie', qty: 5 }, { product: 'telur', qty: 0 }] });
  });
});

describe('owner tries (thirty-fifth session): a customer buying, the money paid now, the words of the regions', () => {
  // Medan "ada kakak beli …", "mamak itu beli …", jv "wong lanang kuwi tumbas …" were the warung's purchases (stock up).
  it('a person word, perhaps with "ada" before and "itu/tu/kuwi" after, buying is a customer', () => {
    reads('ada kakak beli aqua botol 1 dus 84rb', { intent: 'sale', amount: 84000, counterparty: null, items: [{ product: 'aqua botol', qty: 1, unit: 'dus' }] });
    reads('mamak itu beli rinso 1', { intent: 'sale', counterparty: null, items: [{ product: 'rinso', qty: 1 }] });
    reads('wong lanang kuwi tumbas gas setabung 23rb', { intent: 'sale', amount: 23000, items: [{ product: 'gas', qty: 1 }] });
    // "abang tu" (that man) was a customer named "Abang Tu".
    reads('abang tu beli aqua 2 botol', { intent: 'sale', counterparty: null, items: [{ product: 'aqua', qty: 2 }] });
  });
  // "laku energen 4 bu ani" sold Rinso Anti Noda ("ani") beside the Energen, no buyer.
  it('an honorific and a name after a bare count is the buyer', () => {
    reads('laku energen 4 bu ani', { intent: 'sale', counterparty: 'bu ani', items: [{ product: 'energen', qty: 4 }] });
    reads('laku minyakita 2 mas bayu', { intent: 'sale', counterparty: 'mas bayu', items: [{ product: 'minyakita', qty: 2 }] });
  });
  // Makassar "bayar 20rb ji dulu": the particle hid the part paid; Rp20.000 became the goods' total and her whole debt.
  it('a particle after the money paid now keeps it the part paid', () => {
    reads('mama ani beli terigu 2 bungkus, bayar 20rb ji dulu sisanya ngutang', { intent: 'sale', counterparty: 'mama ani', payment: 'credit', paid_now: 20000, amount: null, items: [{ product: 'terigu', qty: 2, total: null }] });
  });
  // Palembang "mahal nian" (very dear), "dak usah kembalian" (no change), "dak katek" (none); Makassar "pete-pete" (the
  // minibus): each asked about a product of its words, the sale or report lost, or the fare filed under "lain-lain".
  it('Palembang and Makassar words', () => {
    reads('laku telor 2 kilo mahal nian 60rb', { intent: 'sale', amount: 60000, items: [{ product: 'telor', qty: 2, unit: 'kg' }] });
    reads('laku garam sebungkus 3rb, dak usah kembalian', { intent: 'sale', amount: 3000, items: [{ product: 'garam', qty: 1 }] });
    reads('dak katek lagi, laporan hari ini', { intent: 'report', items: [] });
    reads('bayar pete-pete ke pasar 10rb', { intent: 'expense', amount: 10000, category: 'transport' });
    reads('laku pete 2 papan 10rb', { intent: 'sale', amount: 10000, items: [{ product: 'pete', qty: 2 }] });
  });
});

describe('owner tries (thirty-fifth session): the size before the count left', () => {
  // "aqua 600 tinggal 40" set Aqua 600 ml to 600 bottles (a gain of 552 in the report).
  it('a bare size between the goods and "tinggal/kari N" is part of the name', () => {
    reads('aqua 600 tinggal 40', { intent: 'stock_set', items: [{ product: 'aqua 600', qty: 40 }] });
    reads('le minerale 600 kari 30', { intent: 'stock_set', items: [{ product: 'le minerale 600', qty: 30 }] });
  });
});

describe('owner tries (thirty-fifth session, round two): Ambon, Banyumas, Sunda', () => {
  // Ambon "beta kasi par Tanta Mery …, dia utang": the warung's purchase on credit from her (stock up, a debt the wrong way).
  it('goods given to a person are hers', () => {
    reads('beta kasi par Tanta Mery minyakita 1, dia utang 17.500', { intent: 'sale', counterparty: 'tanta mery', payment: 'credit', items: [{ product: 'minyakita', qty: 1, total: 17500 }] });
  });
  // "…, 6500 satu kotak" was the total of five boxes (Rp1.300 each); su "20rb sa dus" the same.
  it('money then "one <unit>" is the price of one', () => {
    reads('beli teh sariwangi 5 kotak dari UD Sinar Jaya, 6500 satu kotak', { intent: 'purchase', amount: 32500, items: [{ product: 'teh sariwangi', qty: 5, unit_price: 6500 }] });
    reads('meser aqua gelas 2 dus ti UD Sinar Jaya 20rb sa dus', { intent: 'purchase', amount: 40000, items: [{ product: 'aqua gelas', qty: 2, unit: 'dus', unit_price: 20000 }] });
  });
  // Banyumas "sekang" (from) was asked as a new product and the purchase dropped.
  it('Banyumas "sekang" is "dari"', () => {
    reads('kulakan gula pasir 10 kilo sekang Toko Makmur total 175rb', { intent: 'purchase', counterparty: 'toko makmur', amount: 175000, items: [{ product: 'gula pasir', qty: 10, unit: 'kg' }] });
  });
});
