// Owner tries of the twenty-third session: each message booked a wrong number or was not understood before its fix.
import { describe, expect, it } from 'vitest';
import { parse } from './index.ts';
import { readsAt } from './reads.ts';

const now = new Date('2026-12-05T10:00:00+07:00');
const reads = readsAt(now);

describe('owner tries (twenty-third session): the selling price said with goods coming in', () => {
  // A new warung's "kulakan ... jual 12rb" was a SALE of the dus (Rp120.000 of takings, no stock).
  it('"kulakan X ... jual N" is a purchase whose goods sell at N', () => {
    reads('kulakan kecap bango 1 dus isi 12 btl 120rb jual 12rb', {
      intent: 'purchase', amount: 120000, items: [{ product: 'kecap bango', qty: 1, unit: 'dus', total: 120000, pack_size: 12, sell_price: 12000, sell_unit: null }],
    });
    reads('kulakan sampoerna mild 1 slop 10 bks 300rb jual 32rb', { intent: 'purchase', items: [{ product: 'sampoerna mild', unit: 'slop', total: 300000, sell_price: 32000 }] });
    reads('beli sabun lifebuoy 1 pak isi 6 pcs 18rb, harga jualnya 3500', { intent: 'purchase', items: [{ product: 'sabun lifebuoy', total: 18000, sell_price: 3500 }] });
  });
  it('opening stock with a selling price per unit, one for each goods', () => {
    reads('stok awal sarden 10 kaleng jual 9rb', { intent: 'stock_in', items: [{ product: 'sarden', qty: 10, unit: 'kaleng', sell_price: 9000 }] });
    reads('stok awal minyak goreng 12 liter jual 19rb/liter, telur 4 kg jual 29rb/kg', {
      intent: 'stock_in',
      items: [{ product: 'minyak goreng', qty: 12, sell_price: 19000, sell_unit: 'liter' }, { product: 'telur', qty: 4, sell_price: 29000, sell_unit: 'kg' }],
    });
    reads('kulakan kecap 1 dus 120rb jual 12rb sebotol', { intent: 'purchase', items: [{ product: 'kecap', total: 120000, sell_price: 12000, sell_unit: 'botol' }] });
    // "harga jual jadi 19rb" stored the purchase's Rp150.000 as the price of a kilo, and the purchase was lost.
    reads('kulakan gula 10 kilo 150rb, harga jual jadi 19rb', { intent: 'purchase', items: [{ product: 'gula', qty: 10, total: 150000, sell_price: 19000 }] });
    reads('belanja aqua 600 1 dus 60rb harga jual naik jd 4500', { intent: 'purchase', items: [{ product: 'aqua 600', total: 60000, sell_price: 4500 }] });
  });
  it('a customer buying, or a sale, keeps its selling word', () => {
    const sale = parse('pak darto beli gula 2 kg jual 36rb', { now });
    expect(sale).toMatchObject({ intent: 'sale', counterparty: 'pak darto' });
    expect(sale.items[0]?.sell_price).toBeUndefined();
    expect(parse('jual beras 2 kg 28rb', { now }).items[0]?.sell_price).toBeUndefined();
  });
});

describe('owner tries (twenty-third session): a price per what the pack holds', () => {
  // "1 karung (50 kilo) harganya 15.800 sekilo" was a karung at Rp15.800; "1 bal isi 20 bungkus @ 1.500" a bal at Rp1.500.
  it('a price per kilo or piece of a pack with its contents said is that many times the price', () => {
    reads('kulakan gula pasir 1 karung (50 kilo) harganya 15.800 sekilo', { intent: 'purchase', items: [{ product: 'gula pasir', qty: 1, unit: 'karung', unit_price: 790000, total: 790000 }] });
    reads('beli tepung terigu 1 karung 25kg, sekilonya 9rb', { items: [{ product: 'tepung terigu', unit: 'karung', unit_price: 225000, total: 225000 }] });
    // "@" says no unit: "2 dus isi 48 gelas @ 20rb" is a dus's price (read per gelas it was Rp1.920.000); the catalogue
    // or the selling price tells a bungkus's "@ 1.500" apart (router/catalogue/settle-item.ts).
    reads('kulakan aqua gelas 2 dus isi 48 gelas @ 20rb jual 1000', { items: [{ product: 'aqua gelas', qty: 2, unit: 'dus', unit_price: 20000, total: 40000, sell_price: 1000 }] });
    reads('kulakan minyak 1 dus isi 12 liter 17rb per liter', { items: [{ product: 'minyak', unit: 'dus', total: 204000 }] });
    // A pack's own price stays the pack's.
    reads('kulakan gula 2 karung @50kg 660rb', { items: [{ product: 'gula', qty: 2, total: 660000 }] });
  });
});

describe('owner tries (twenty-third session): more of the same goods after a comma', () => {
  // The half kilo was dropped: Rp15.000 lost.
  it('a count with its unit and money after a complete line is the same goods again', () => {
    reads('laku telor 1 kg 29rb, 1/2 kg 15rb', { intent: 'sale', amount: 44000, items: [{ product: 'telor', qty: 1, total: 29000 }, { product: 'telor', qty: 0.5, unit: 'kg', total: 15000 }] });
    reads('laku telor 1 kg 29rb, setengah kilo 15rb', { amount: 44000, items: [{ product: 'telor', qty: 1 }, { product: 'telor', qty: 0.5, total: 15000 }] });
    // A price alone after goods with none stays theirs.
    reads('gas 2 tabung abis, beli lagi 2 @22rb', { intent: 'purchase', items: [{ product: 'gas', qty: 2, total: 44000 }] });
  });
});

describe('owner tries (twenty-third session): paying someone named after "ke"', () => {
  // "bayar ke sinar jaya 50rb" was an expense with nobody named, the debt to the shop left open.
  it('"bayar ke/ka X N" names X as the one paid', () => {
    reads('bayar ke sinar jaya 50rb', { amount: 50000, counterparty: 'sinar jaya' });
    reads('bayar ka sinar jaya 50rb', { amount: 50000, counterparty: 'sinar jaya' });
  });
});

describe('owner tries (twenty-third session): regional words', () => {
  // Sundanese "saprapat" (a quarter) became part of a new product "bawang bodas saprapat kilo".
  it('"saprapat kilo" is a quarter kilo', () => {
    reads('laku bawang bodas saprapat kilo 10.500', { intent: 'sale', items: [{ product: 'bawang bodas', qty: 0.25, unit: 'kg', total: 10500 }] });
  });
  // Balinese "suksma" (thanks) answered a price question, then "belum paham"; Bugis "tabe" the same.
  it('"suksma" and "tabe" are greetings', () => {
    reads('suksma bli', { intent: 'greeting' });
    reads('tabe', { intent: 'greeting' });
  });
  // "beli es batu buat es teh 10rb pengeluaran" became stock (kulakan) once the owner wrote on.
  it('the owner\'s own word "pengeluaran" makes goods bought with nothing counted money spent', () => {
    reads('beli es batu buat es teh 10rb pengeluaran', { intent: 'expense', amount: 10000, items: [{ product: 'es batu' }] });
  });
});

describe('owner tries (twenty-third session): suppliers and customers named in passing', () => {
  // "dr sinar jaya 150rb ngutang" asked the price, then offered a product "sinar jaya".
  it('the shop before the money is named when how it was paid follows', () => {
    reads('beli aqua 2 dus dr sinar jaya 150rb ngutang', { intent: 'purchase', counterparty: 'sinar jaya', payment: 'credit', items: [{ product: 'aqua', qty: 2, total: 150000 }] });
    reads('beli gas 5 tabung di sinar jaya 100rb, belum dibayar', { intent: 'purchase', counterparty: 'sinar jaya', payment: 'credit', items: [{ product: 'gas', total: 100000 }] });
    reads('kamek beli gas 3 tabung kat sinar jaya 60rb tunai', { intent: 'purchase', counterparty: 'sinar jaya', items: [{ product: 'gas', total: 60000 }] });
    reads('tumbas terigu 1 bal teng makmur 150rb', { intent: 'purchase', counterparty: 'makmur', items: [{ product: 'terigu', total: 150000 }] });
  });
  // "sabun cuci piring mama lemon 1 6rb" was sold to a customer "Mama Lemon" as Sunlight.
  it('"mama lemon" is a brand, "mama rina" a person', () => {
    reads('laku sabun cuci piring mama lemon 1 6rb', { intent: 'sale', counterparty: null, items: [{ product: 'sabun cuci piring mama lemon', qty: 1, total: 6000 }] });
    reads('mama rina ngutang gula 1 kg', { counterparty: 'mama rina', payment: 'credit', items: [{ product: 'gula' }] });
  });
  // "kagek die bayar" (Palembang: he pays later) made a debt payment; "mengke dibayar" a product "mengke".
  it('paying later said in Palembang or Sundanese is credit', () => {
    reads('pak long ngutang beras 3 kilo, kagek die bayar', { intent: 'sale', counterparty: 'pak long', payment: 'credit', items: [{ product: 'beras', qty: 3 }] });
    reads('bu narti ngampil endog seprapat, 7500, mengke dibayar', { intent: 'sale', payment: 'credit', items: [{ product: 'endog', qty: 0.25, total: 7500 }] });
  });
});

describe('owner tries (twenty-third session): paid in full', () => {
  // Bugis try: "gula pasir 1 kg 18.500 lunas mi" asked "Atas nama siapa?" as if a debt were settled.
  it('counted goods with their money and "lunas", nobody named, are a sale paid at once', () => {
    reads('gula pasir 1 kg 18.500 lunas mi', { intent: 'sale', counterparty: null, items: [{ product: 'gula pasir', qty: 1, total: 18500 }] });
    reads('sabun lifebuoy 3 @4500 lunas', { intent: 'sale', items: [{ product: 'sabun lifebuoy', qty: 3, total: 13500 }] });
    reads('bu sri lunas 50rb', { intent: 'debt_pay', counterparty: 'bu sri', amount: 50000 });
  });
});

describe('owner tries (twenty-third session): the shop closing a clause', () => {
  // "… di sinar jaya, tunai" asked "Harga beli Sinar Jaya berapa?".
  it('"beli … di X, tunai" names X as where the goods were bought', () => {
    reads('kulakan aqua 1 dus 72rb sama teh pucuk 1 dus 78rb di sinar jaya, tunai', {
      intent: 'purchase', counterparty: 'sinar jaya', items: [{ product: 'aqua', total: 72000 }, { product: 'teh pucuk', total: 78000 }],
    });
    reads('beli indomie goreng 2 dus di makmur', { intent: 'purchase', counterparty: 'makmur', items: [{ product: 'indomie goreng', qty: 2 }] });
  });
});
