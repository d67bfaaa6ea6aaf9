// Owner tries of the thirty-eighth session: each message booked a wrong number, or nothing, before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const reads = readsAt(new Date('2026-12-07T10:00:00+07:00'));

describe('owner tries (thirty-eighth session): money said in slang', () => {
  // "seceng tuju ratus lima puluh" was Rp1.700: the tens after slang thousands and spoken hundreds were dropped.
  it('tens after slang thousands and hundreds add to them', () => {
    reads('laku kopi 1 seceng tuju ratus lima puluh', { intent: 'sale', amount: 1750, items: [{ product: 'kopi', qty: 1 }] });
    reads('payu kopi 1 seceng pitung atus seket', { intent: 'sale', amount: 1750, items: [{ product: 'kopi', qty: 1 }] });
    reads('laku kopi 2 goceng gopek seket', { intent: 'sale', amount: 5550, items: [{ product: 'kopi', qty: 2 }] });
    // Without hundreds between, a small number after the slang stays a count.
    reads('laku kopi goceng 2 bungkus', { intent: 'sale', amount: 5000, items: [{ product: 'kopi', qty: 2 }] });
  });
});

describe('owner tries (thirty-eighth session): half a pack after goods with a number in their name', () => {
  // "rokok surya 16 setengah slop" was 16,5 slop of "rokok surya" (booked as Surya 12 for Rp4.620.000).
  it('the number is the goods\' own and the half is the count', () => {
    reads('laku rokok surya 16 setengah slop', { intent: 'sale', items: [{ product: 'rokok surya 16', qty: 0.5, unit: 'slop' }] });
    reads('laku aqua 600 setengah dus', { intent: 'sale', items: [{ product: 'aqua 600', qty: 0.5, unit: 'dus' }] });
    // Weighed goods keep the half with the number; a small count of packs too.
    reads('laku beras 12 setengah kilo', { intent: 'sale', items: [{ product: 'beras', qty: 12.5, unit: 'kg' }] });
    reads('laku surya 2 setengah slop', { intent: 'sale', items: [{ product: 'surya', qty: 2.5, unit: 'slop' }] });
  });
});

describe('owner tries (thirty-eighth session): who buys', () => {
  // Medan "kawan ku beli …" was a purchase ("ku" read as "I"); Tegal "nyong tuku …" (I buy) a sale of 5 tubes of gas.
  it('a friend buying is a sale; Tegal "nyong tuku" is the owner buying', () => {
    reads('kawan ku beli aqua 2 botol 8 ribu', { intent: 'sale', amount: 8000, items: [{ product: 'aqua', qty: 2 }] });
    reads('itu kawan ku beli aqua 2 botol goceng, kembalian nya seribu', { intent: 'sale', amount: 4000, items: [{ product: 'aqua', qty: 2 }] });
    reads('nyong tuku nang grosir gas elpiji 5 tabung 95 ewu', { intent: 'purchase', amount: 95000, items: [{ product: 'gas elpiji', qty: 5 }] });
    reads('nyong tuku gas elpiji 5 tabung 95 ewu', { intent: 'purchase', amount: 95000, items: [{ product: 'gas elpiji', qty: 5 }] });
    // Manado "nyong beli" (a young man buys) stays a sale.
    reads('nyong beli aqua 2', { intent: 'sale', items: [{ product: 'aqua', qty: 2 }] });
  });
  // "laku korek 1 seceng? ah bukan, 3 ribu": the money asked of oneself is taken back, the goods and count stay.
  it('a price asked of oneself and said no to is replaced by the one after', () => {
    reads('laku korek 1 seceng? ah bukan, 3 ribu', { intent: 'sale', amount: 3000, items: [{ product: 'korek', qty: 1 }] });
    reads('laku indomie 3? bukan, 4', { intent: 'sale', items: [{ product: 'indomie', qty: 4 }] });
  });
});

describe('owner tries (thirty-eighth session): "I mean" in Betawi and Javanese', () => {
  // Betawi "babeh rojali bayar cepek... eh maksudnye 20 rebu" was an expense named after the payer.
  it('the regional "maksudnya" takes the number before back', () => {
    reads('babeh rojali bayar cepek... eh maksudnye 20 rebu', { intent: 'debt_pay', amount: 20000, counterparty: 'babeh rojali' });
    reads('laku gula 2 kilo eh maksude 3 kilo', { intent: 'sale', items: [{ product: 'gula', qty: 3, unit: 'kg' }] });
  });
});

describe('owner tries (thirty-eighth session): regional words that became goods or a payment', () => {
  it('a wholesaler then goods the table knows is no wholesaler\'s name', () => {
    reads('kulak ke grosir minyakita 1 dus 190 rebu', { intent: 'purchase', amount: 190000, counterparty: null, items: [{ product: 'minyakita', qty: 1, unit: 'dus' }] });
  });
  // Sasak "bayar pas panen" (at harvest) was a debt payment, the rice never booked.
  it('paid at harvest is goods on the tab', () => {
    reads('inaq sahnun bon beras 3 kilo, bayar pas panen', { intent: 'sale', payment: 'credit', counterparty: 'inaq sahnun', items: [{ product: 'beras', qty: 3, unit: 'kg' }] });
    reads('pak tani ambil pupuk 2 karung bayar kalo udah panen', { intent: 'sale', payment: 'credit', counterparty: 'pak tani', items: [{ product: 'pupuk', qty: 2, unit: 'karung' }] });
  });
  // Each question word was asked about as a product ('Produk "berembe" belum ada').
  it('regional question words are no goods', () => {
    reads('ape stok telok masih banyak?', { intent: 'stock_check', items: [{ product: 'telur', qty: null }] });
    reads('cemana stok gula', { intent: 'stock_check', items: [{ product: 'gula', qty: null }] });
    reads('berembe stok surya 16?', { intent: 'stock_check', items: [{ product: 'surya 16', qty: null }] });
    reads('stok gula pire', { intent: 'stock_check', items: [{ product: 'gula', qty: null }] });
  });
  // Pontianak "kamek catat ye" offered a product "ye"; Betawi "katenye" a product "katenye".
  it('the owner saying they note it, and "they say", are no goods', () => {
    reads('bang alek ngebon gas 1 tabung, kamek catat ye', { intent: 'sale', payment: 'credit', items: [{ product: 'gas', qty: 1, unit: 'tabung' }] });
    reads('babeh rojali ngebon aqua gelas 1 dus, ntar sore dibayar katenye', { intent: 'sale', payment: 'credit', items: [{ product: 'aqua gelas', qty: 1, unit: 'dus' }] });
  });
});

describe('owner tries (thirty-eighth session): Javanese "lan" (and)', () => {
  // "bu darmi ngebon gula setengah kilo lan endog sekilo" offered a product "lan endog", and the credit sale was lost.
  it('joins two goods', () => {
    reads('bu darmi ngebon gula setengah kilo lan endog sekilo', { intent: 'sale', payment: 'credit', items: [{ product: 'gula', qty: 0.5 }, { product: 'endog', qty: 1 }] });
  });
});
