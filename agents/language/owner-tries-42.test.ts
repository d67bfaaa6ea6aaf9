// Owner tries of the forty-second session: each message booked the wrong money or the wrong person before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const reads = readsAt(new Date('2026-12-07T10:00:00+07:00'));

describe('owner tries (forty-second session): debts said money first', () => {
  it('money said before goods, some counted and some not, is theirs together', () => {
    // The cigarettes took the Rp35.000 and the lighter its shelf price: Rp38.000 on the debt.
    reads('om ongky utang 35rb, ambil rokok 1 bks deng korek', {
      intent: 'sale', payment: 'credit', counterparty: 'om ongky', amount: 35000,
      items: [{ product: 'rokok', qty: 1, unit: 'bungkus', total: null }, { product: 'korek', qty: null, total: null }],
    });
  });

  it('a bare name right after "kasbon" is who took it', () => {
    // A product "atan pulsa 20rb" was sold, on nobody's debt.
    reads('kasbon Atan pulsa 20rb, jual 22rb', { intent: 'sale', payment: 'credit', counterparty: 'atan', amount: 22000, items: [{ product: 'pulsa 20rb', total: 22000 }] });
    reads('kasbon atan 22rb', { intent: 'debt_add', counterparty: 'atan', amount: 22000 });
    reads('ngebon udin rokok 2 bks', { intent: 'sale', payment: 'credit', counterparty: 'udin', items: [{ product: 'rokok', qty: 2 }] });
    // Goods after "kasbon" stay goods.
    reads('kasbon indomie 2 bks', { intent: 'sale', payment: 'credit', counterparty: null, items: [{ product: 'indomie', qty: 2 }] });
    reads('utang gula 2 kg', { intent: 'sale', payment: 'credit', counterparty: null, items: [{ product: 'gula', qty: 2 }] });
  });
});

describe('owner tries (forty-second session): Surabaya, Bandung, Manado', () => {
  it('jv "tak dol" is selling: a new selling price', () => {
    // "Produk baru dol?" was asked, and the price answered the question open before it.
    reads('gulo saiki tak dol 19rb sekilo', { intent: 'price_set', items: [{ product: 'gulo', unit: 'kg', unit_price: 19000 }] });
  });

  it('Manado "orang da bli" is someone buying', () => {
    reads('ada orang da bli mie sedaap goreng 4 bks', { intent: 'sale', items: [{ product: 'mie sedaap goreng', qty: 4, unit: 'bungkus' }] });
    reads('bli wayan ngutang 29rb', { intent: 'debt_add', counterparty: 'bli wayan', amount: 29000 });
  });

  it('"<entry> teu jadi" and jv "ojo dicatet" take an entry back', () => {
    reads('gula Bu Entin teu jadi', { intent: 'undo', counterparty: 'bu entin', items: [{ product: 'gula' }] });
    reads('ora, iku kulakan sing mau, ojo dicatet maneh', { intent: 'undo', items: [] });
  });

  it('jv "sak bungkus" after goods with a number in their name is one pack', () => {
    reads('Cak Mat utang surya 16 sak bungkus, durung bayar', { intent: 'sale', payment: 'credit', counterparty: 'cak mat', items: [{ product: 'surya 16', qty: 1, unit: 'bungkus' }] });
    reads('telur 26500 sak kilone', { intent: 'price_set', items: [{ product: 'telur', unit: 'kg', unit_price: 26500 }] });
  });
});

describe('owner tries (forty-second session): a count in one measure, a price in another', () => {
  it('the measure the price is per is kept beside the count', () => {
    // "beli daging 5 ons 120rb/kg" made a product kept per ons and booked Rp600.000 (5 ons at Rp120.000 each).
    reads('beli daging 5 ons 120rb/kg', { intent: 'purchase', items: [{ product: 'daging', qty: 5, unit: 'ons', unit_price: 120000, price_unit: 'kg' }] });
    reads('beli minyak 500 ml 20rb/liter', { intent: 'purchase', items: [{ product: 'minyak', qty: 500, unit: 'ml', price_unit: 'liter' }] });
    reads('laku gula 2 kg 18rb/kg', { intent: 'sale', amount: 36000, items: [{ product: 'gula', qty: 2, unit: 'kg', unit_price: 18000 }] });
  });
});

describe('owner tries (forty-second session): Makassar, Padang, Betawi', () => {
  it('what one pack holds, said after the count, keeps the count', () => {
    // Each bought 1 dus (Rp110.000 of Rp220.000).
    reads('beli ka di Toko Makmur indomie goreng 2 dus, isi 40 bks sedus, 110rb per dus',
      { intent: 'purchase', amount: 220000, items: [{ product: 'indomie goreng', qty: 2, unit: 'dus', pack_size: 40, pack_base_unit: 'bungkus' }] });
    reads('bali dari UD Sinar Jaya minyakita 2 dus, sadus isi 12, 195rb sadus', { intent: 'purchase', amount: 390000, items: [{ product: 'minyakita', qty: 2, unit: 'dus', pack_size: 12 }] });
    reads('beli sampo sunsilk 2 renteng, serenteng 12 sachet, ceban serenteng', { intent: 'purchase', amount: 20000, items: [{ product: 'sampo sunsilk', qty: 2, unit: 'renteng', pack_size: 12 }] });
  });

  it('goods not for sale, for the shop\'s own use, are an expense', () => {
    // "Produk baru es batu?", then the next message sold it.
    reads('es batu goceng, buat minum sendiri kagak dijual', { intent: 'expense', amount: 5000, items: [{ product: 'es batu', total: 5000 }] });
    reads('es batu 5rb buat dipakai sendiri', { intent: 'expense', amount: 5000, items: [{ product: 'es batu', total: 5000 }] });
  });
});

describe('owner tries (forty-second session): Semarang, Medan, Bali', () => {
  it('krama "kalih" before a unit is two', () => {
    reads('kulakan indomie soto kalih dus, sedus isi 40, sedus 108 ewu', { intent: 'purchase', amount: 216000, items: [{ product: 'indomie soto', qty: 2, unit: 'dus', pack_size: 40 }] });
  });

  it('goods the owner paid for, no sale said, are a purchase', () => {
    // Each was sold, the stock going under nought.
    reads('beras premium 1 karung 25 kg 400rb udah kubayar', { intent: 'purchase', amount: 400000, items: [{ product: 'beras premium', qty: 1, unit: 'karung' }] });
    reads('indomie kari 1 dus isi 40 udah kubayar 110rb', { intent: 'purchase', amount: 110000, items: [{ product: 'indomie', qty: 1, unit: 'dus', pack_size: 40 }] });
  });

  it('jv "kanggo dhewe" is the shop\'s own use', () => {
    reads('es batu limang ewu kanggo dhewe', { intent: 'expense', amount: 5000, items: [{ product: 'es batu', total: 5000 }] });
  });
});
