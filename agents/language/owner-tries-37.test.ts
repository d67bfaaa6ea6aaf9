// Owner tries of the thirty-seventh session: each message booked a wrong number, or nothing, before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const reads = readsAt(new Date('2026-12-07T10:00:00+07:00'));

describe('owner tries (thirty-seventh session): money said in slang', () => {
  // "ceban dua ribu limaratus" was Rp12.000: the hundreds after slang thousands were dropped.
  it('hundreds after slang thousands add to them', () => {
    reads('laku kopi 2 ceban dua ribu limaratus', { intent: 'sale', amount: 12500, items: [{ product: 'kopi', qty: 2 }] });
    reads('laku kopi 2 goceng lima ratus', { intent: 'sale', amount: 5500, items: [{ product: 'kopi', qty: 2 }] });
    reads('payu kopi 2 ceban rongewu limangatus', { intent: 'sale', amount: 12500, items: [{ product: 'kopi', qty: 2 }] });
    // A count after the slang stays a count.
    reads('laku kopi goceng 2 bungkus', { intent: 'sale', amount: 5000, items: [{ product: 'kopi', qty: 2 }] });
  });
});

describe('owner tries (thirty-seventh session): goods not taken, particles', () => {
  // Each sold the goods said not taken too: a lighter, coffee, eggs (Rp30.000), or offered "tanpa gula" as a product.
  it('goods said not taken are no line', () => {
    reads('laku rokok surya 12 1 bks, ga pake korek', { intent: 'sale', items: [{ product: 'rokok surya 12', qty: 1 }] });
    reads('laku rokok surya 12 duo bungkus, dak pake korek', { intent: 'sale', items: [{ product: 'rokok surya 12', qty: 2 }] });
    reads('laku gula 1 kg, tidak pakai kopi', { intent: 'sale', items: [{ product: 'gula', qty: 1, unit: 'kg' }] });
    reads('laku indomie soto 2 bks, telurnya ga jadi', { intent: 'sale', items: [{ product: 'indomie soto', qty: 2 }] });
    reads('jual kopi 2 saset tanpa gula', { intent: 'sale', items: [{ product: 'kopi', qty: 2 }] });
    reads('beta jual kopi 3 saset, seng pake gula', { intent: 'sale', items: [{ product: 'kopi', qty: 3 }] });
    reads('laku telur 1 kg, sonde pake plastik 30rb', { intent: 'sale', amount: 30000, items: [{ product: 'telur', qty: 1, unit: 'kg' }] });
    // Round two: Banjar "kada", Papua "tra", and "no" after the goods ("sabungkus kada pakai korek, 36 ribu" sold 12 lighters).
    reads('laku rokok sampoerna mild sabungkus kada pakai korek, 36 ribu', { intent: 'sale', amount: 36000, items: [{ product: 'rokok sampoerna mild', qty: 1 }] });
    reads('jual gudang garam 1 bks korek ga usah', { intent: 'sale', items: [{ product: 'gudang garam', qty: 1 }] });
    reads('jual sampoerna mild 1 bks, korek ndak jadi', { intent: 'sale', items: [{ product: 'sampoerna mild', qty: 1 }] });
    reads('laku gudang garam 1 bks, korek kada', { intent: 'sale', items: [{ product: 'gudang garam', qty: 1 }] });
    reads('laku kopi 2, tra pake gula', { intent: 'sale', items: [{ product: 'kopi', qty: 2 }] });
    // Goods taken after the "no" clause stay.
    reads('laku kopi 2 tanpa gula, teh pucuk 1', { intent: 'sale', items: [{ product: 'kopi', qty: 2 }, { product: 'teh pucuk', qty: 1 }] });
  });
  // Makassar "mi" (already), "ji" (only), Kupang "ju" (too) after a count or money sold Mie Sedaap besides.
  it('Makassar and Kupang particles after goods counted are no goods', () => {
    reads('beras medium 3 kilo mi 42 ribu', { intent: 'sale', amount: 42000, items: [{ product: 'beras medium', qty: 3, unit: 'kg' }] });
    reads('daeng ngai ngutang telur 1 kg mi', { intent: 'sale', counterparty: 'daeng ngai', items: [{ product: 'telur', qty: 1, unit: 'kg' }] });
    reads('laku teh pucuk 2 btl mi, 8rb ji', { intent: 'sale', amount: 8000, items: [{ product: 'teh pucuk', qty: 2 }] });
    reads('jual coca cola 2 btl 12rb ju', { intent: 'sale', amount: 12000, items: [{ product: 'coca cola', qty: 2 }] });
    reads('beli 2 bungkus mi', { intent: 'purchase', items: [{ product: 'mi', qty: 2 }] });
    // Round two, Manado/Gorontalo: "le" sold a Le Minerale besides; "jo" was offered as a product (and "ya" booked it).
    reads('laku garam 2 bks le, 6 ribu no', { intent: 'sale', amount: 6000, items: [{ product: 'garam', qty: 2 }] });
    reads('so laku indomie goreng 3 bks jo, sepuluh ribu lima ratus', { intent: 'sale', amount: 10500, items: [{ product: 'indomie goreng', qty: 3 }] });
    reads('laku aqua 2 btl, le minerale 1', { intent: 'sale', items: [{ product: 'aqua', qty: 2 }, { product: 'le minerale', qty: 1 }] });
  });
  // "bayar listrik goceng ribu" was Rp5.000.000, booked unasked.
  it('"ribu" after slang thousands only says rupiah', () => {
    reads('bayar listrik goceng ribu', { intent: 'expense', amount: 5000 });
    reads('laku kopi 2 gopek ribu', { intent: 'sale', amount: 500000, items: [{ product: 'kopi', qty: 2 }] });
  });
});

describe('owner tries (thirty-seventh session): Javanese krama on the tab', () => {
  // "…, mangke mbayar" (pays later) was a debt payment asked "how much", and the goods taken were never booked; "mendhet"
  // (takes) was a product "mendhet gula".
  it('"mangke mbayar" after goods taken is a credit sale; "mendhet" is taking', () => {
    reads('Bu Darmi ngampil gendhis setunggal kilo kaliyan kopi tigang saset, mangke mbayar', { intent: 'sale', payment: 'credit', counterparty: 'bu darmi',
      items: [{ product: 'gendhis', qty: 1, unit: 'kg' }, { product: 'kopi', qty: 3 }] });
    reads('bu darmi mendhet gula 1 kg, mangke mbayar', { intent: 'sale', payment: 'credit', counterparty: 'bu darmi', items: [{ product: 'gula', qty: 1, unit: 'kg' }] });
  });
});
