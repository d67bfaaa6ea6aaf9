// Owner tries of the twenty-fourth session: each message booked a wrong number or was not understood before its fix.
import { describe, expect, it } from 'vitest';
import { parse } from './index.ts';
import { readsAt } from './reads.ts';

const now = new Date('2026-12-06T10:00:00+07:00');
const reads = readsAt(now);

describe('owner tries (twenty-fourth session): another line named by "yang …"', () => {
  // "yang le minerale 3 botol" was booked as three more Aqua.
  it('a brand of its own after "yang" is other goods, not a variant of the line before', () => {
    reads('laku aqua 2 botol 8rb, yang le minerale 3 botol 10.500', {
      intent: 'sale', amount: 18500,
      items: [{ product: 'aqua', qty: 2, total: 8000 }, { product: 'le minerale', qty: 3, unit: 'botol', total: 10500 }],
    });
    reads('laku indomie goreng 3, yang sedaap 2', { items: [{ product: 'indomie goreng', qty: 3 }, { product: 'sedaap', qty: 2 }] });
    reads('laku indomie soto 3 yang indomie goreng 2', { items: [{ product: 'indomie soto', qty: 3 }, { product: 'indomie goreng', qty: 2 }] });
    // A plain variant word still takes the rest of the name before.
    reads('laku mie sedap soto 3, sing goreng 2', { items: [{ product: 'mie sedap soto', qty: 3 }, { product: 'mie sedap goreng', qty: 2 }] });
  });
  // "yang 16 sebungkus 38rb" was dropped: Rp38.000 of takings lost.
  it('"yang 16" after "surya 12" is the other size of the same cigarettes', () => {
    reads('laku surya 12 2 bks 50rb, yang 16 sebungkus 38rb', {
      intent: 'sale', amount: 88000,
      items: [{ product: 'surya 12', qty: 2, total: 50000 }, { product: 'surya 16', qty: 1, unit: 'bungkus', total: 38000 }],
    });
    reads('laku surya 16 3 bks yg 12 2', { items: [{ product: 'surya 16', qty: 3 }, { product: 'surya 12', qty: 2 }] });
  });
});

describe('owner tries (twenty-fourth session): counts and payments said after the price', () => {
  // "beras sekilo 14rb laku 3" booked 1 kg for Rp14.000.
  it('a count after the price of one "se" unit is how many were traded', () => {
    reads('beras sekilo 14rb laku 3', { intent: 'sale', amount: 42000, items: [{ product: 'beras', qty: 3, unit: 'kg', unit_price: 14000, total: 42000 }] });
    reads('telur sekilo 28rb, laku 2', { intent: 'sale', amount: 56000, items: [{ product: 'telur', qty: 2, unit: 'kg', total: 56000 }] });
    reads('beras sekilo 14rb', { intent: 'sale', amount: 14000, items: [{ product: 'beras', qty: 1, unit: 'kg' }] });
  });
  // "bu tini bayar 20rb" after a Rp42.000 sale was booked paid in full: Rp22.000 owed was lost.
  it('the buyer named paying less than the goods cost owes the rest', () => {
    reads('jual beras 3kg 42rb, bu tini bayar 20rb', { intent: 'sale', amount: 42000, counterparty: 'bu tini', payment: 'credit', paid_now: 20000, items: [{ product: 'beras', total: 42000 }] });
    reads('laku gula 2 kg 34rb, pak budi bayar 20rb', { intent: 'sale', amount: 34000, payment: 'credit', paid_now: 20000, items: [{ product: 'gula', total: 34000 }] });
    // Paying all of it, or more, owes nothing.
    reads('bu tini beli beras 3 kg 42rb bayar 42rb', { intent: 'sale', amount: 42000, payment: null, items: [{ product: 'beras', total: 42000 }] });
    reads('jual beras 3kg 42rb, bu tini bayar 50rb', { intent: 'sale', amount: 42000, payment: null, items: [{ product: 'beras', total: 42000 }] });
  });
});

describe('owner tries (twenty-fourth session): the size of what a pack holds names the goods', () => {
  // "1 dus isi 6 pouch 2 liter" bought six 1 L bottles; "stok minyak sania 2 liter berapa" answered the 1 L ones.
  it('a size after the contents is part of the name', () => {
    reads('kulakan minyak sania 1 dus isi 6 pouch 2 liter 230rb', { intent: 'purchase', items: [{ product: 'minyak sania 2 liter', qty: 1, unit: 'dus', pack_size: 6, total: 230000 }] });
    reads('beli aqua 2 dus isi 24 botol 600 ml 90rb', { intent: 'purchase', items: [{ product: 'aqua 600 ml', qty: 2, pack_size: 24, total: 90000 }] });
    // A name with its size already keeps it once.
    reads('kulakan minyak 1 liter 2 dus isi 12 botol 1 liter 420rb', { intent: 'purchase', items: [{ product: 'minyak 1 liter', qty: 2, total: 420000 }] });
  });
  it('a stock question keeps the size said, so the goods of that size answer', () => {
    reads('stok minyak sania 2 liter berapa', { intent: 'stock_check', items: [{ product: 'minyak sania', qty: 2, unit: 'liter' }] });
    reads('stok beras masih brp?', { intent: 'stock_check', items: [{ product: 'beras', qty: null }] });
  });
});

describe('owner tries (twenty-fourth session): a number taken back, as voice notes say it', () => {
  // Each left a filler word as a new product ("maksudnya", "ding", "bukan bukan", "pulu").
  it('a marker after the second number goes with it', () => {
    reads('laku minyak kita dua liter eh dua botol maksudnya', { intent: 'sale', items: [{ product: 'minyak kita', qty: 2, unit: 'botol' }] });
    reads('laku indomie goreng tiga eh empat bungkus maksudnya', { intent: 'sale', items: [{ product: 'indomie goreng', qty: 4, unit: 'bungkus' }] });
    reads('laku teh 2 delapan ribu eh sembilan ribu ding', { intent: 'sale', amount: 9000, items: [{ product: 'teh', qty: 2, total: 9000 }] });
  });
  it('"bukan bukan" after one of a unit takes it back', () => {
    reads('laku gula sekilo bukan bukan dua kilo', { intent: 'sale', items: [{ product: 'gula', qty: 2, unit: 'kg' }] });
    reads('laku gula 2 setengah kilo eh 3 kilo', { intent: 'sale', items: [{ product: 'gula', qty: 3, unit: 'kg' }] });
  });
  it('"pulu" is "puluh" typed short', () => {
    reads('laku beras 2 kg dua pulu delapan rebu', { intent: 'sale', amount: 28000, items: [{ product: 'beras', qty: 2, total: 28000 }] });
  });
});

describe('owner tries (twenty-fourth session): money slang, units and payers from Aceh, Medan, Jakarta', () => {
  // "ceban dua rebu" was Rp10.000, "ceban gopek" Rp10.000.
  it('a slang ten-thousand with thousands or a smaller slang amount after it adds them', () => {
    reads('laku aqua 3 botol ceban dua rebu', { intent: 'sale', amount: 12000, items: [{ product: 'aqua', qty: 3, total: 12000 }] });
    reads('bu ani bayar ceban gopek', { intent: 'debt_pay', amount: 10500, counterparty: 'bu ani' });
    // A count after slang money stays a count.
    reads('gorengan ceban dapet 3', { intent: 'sale', amount: 10000, items: [{ product: 'gorengan', qty: 3, total: 10000 }] });
  });
  // "boto" (Aceh, Malay) was a product carrying the money: the sale was booked twice.
  it('"boto" is a bottle', () => {
    reads('laku aqua 3 boto 12rb', { intent: 'sale', amount: 12000, items: [{ product: 'aqua', qty: 3, unit: 'botol', total: 12000 }] });
  });
  // "bayar stengah dolo" was paid in full: Rp72.000 owed to the supplier lost.
  it('half paid, typed short', () => {
    reads('kulakan aqua 2 dus 144rb dari sinar jaya, bayar stengah dolo', { intent: 'purchase', amount: 144000, payment: 'credit', paid_share: 0.5, items: [{ product: 'aqua', total: 144000 }] });
  });
  // "dari sinar jaya tunai" made the supplier goods; the purchase was dropped.
  it('how it was paid after the supplier closes the name', () => {
    reads('kulakan sampoerna 5 slop 1,7jt dari sinar jaya tunai', { intent: 'purchase', amount: 1700000, counterparty: 'sinar jaya', payment: 'cash', items: [{ product: 'sampoerna', qty: 5 }] });
  });
  // "nyong beli gas" and "adek beli gas" were the owner's purchases: stock up, takings down.
  it('a word for a person alone before "beli" is a customer buying', () => {
    reads('nyong beli gas 1 tabung 23rb', { intent: 'sale', amount: 23000, items: [{ product: 'gas', qty: 1 }] });
    reads('adek beli gas 1 tabung 23rb', { intent: 'sale', amount: 23000, items: [{ product: 'gas', qty: 1 }] });
    reads('beli gas 1 tabung 23rb', { intent: 'purchase', amount: 23000, items: [{ product: 'gas', qty: 1 }] });
  });
});

describe('owner tries (twenty-fourth session): the warung owing a shop', () => {
  // Each was booked as the shop's debt TO the warung; paying it then counted as money in.
  it('credit taken at a shop or from a supplier is owed by the warung', () => {
    reads('ambil barang dari toko ko ahong belum bayar 500rb', { intent: 'debt_add', amount: 500000, counterparty: 'ko ahong', direction: 'payable' });
    reads('ngebon di toko bu lina 300rb belum dibayar', { intent: 'debt_add', counterparty: 'bu lina', direction: 'payable' });
    reads('belanja di agen pak joko 250rb belum dibayar', { intent: 'debt_add', counterparty: 'pak joko', direction: 'payable' });
    reads('bu ani ngutang 20rb', { intent: 'debt_add', counterparty: 'bu ani', direction: 'receivable' });
  });
  // "bayar sinar jaya 70rb" named nobody (an expense); "bayar utang sinar jaya" asked who.
  it('a bare name right after paying is the one paid, the open debt telling which way', () => {
    reads('bayar sinar jaya 70rb', { intent: 'expense', amount: 70000, counterparty: 'sinar jaya' });
    reads('bayar utang sinar jaya 72rb', { intent: 'debt_pay', amount: 72000, counterparty: 'sinar jaya', direction: null });
    reads('bayar utang bu ani 20rb', { intent: 'debt_pay', counterparty: 'bu ani', direction: 'receivable' });
    // Bills are no names.
    reads('bayar listrik 200rb', { intent: 'expense', counterparty: null, category: 'listrik' });
    reads('bayar parkir 2rb', { intent: 'expense', counterparty: null });
  });
});

describe('owner tries (twenty-fourth session): a Surabaya day', () => {
  // Both were the warung's transport expenses (Gojek, Grab) of the whole order.
  it('a delivery app order is a sale less the app cut, paid by transfer', () => {
    reads('gofood indomie telur 2 porsi 24rb total, dipotong gojek 20%', {
      intent: 'sale', amount: 19200, discount: 4800, payment: 'transfer', items: [{ product: 'indomie telur', qty: 2, total: 24000 }],
    });
    reads('grabfood nasi telur 3 porsi 45rb, grab motong 20%', { intent: 'sale', amount: 36000, discount: 9000, items: [{ product: 'nasi telur', qty: 3 }] });
    reads('bayar gojek 20rb', { intent: 'expense', category: 'transport' });
  });
  // "sisanya cash" made the sale a stock count of 10: stock from 72 to 10.
  it('the rest paid some way is no count left', () => {
    reads('laku indomie goreng 10 bks, 2 bks dibayar qris sisanya cash', { intent: 'sale', items: [{ product: 'indomie goreng', qty: 10 }] });
    reads('indomie goreng sisa 10 bks', { intent: 'stock_set', items: [{ product: 'indomie goreng', qty: 10 }] });
  });
});

describe('owner tries (twenty-fourth session): money lent and names taken back', () => {
  // The money lent never left the drawer; "bu sri eh bu ani" put Bu Ani's debt on the owner and sold "ani" (Rinso).
  it('money itself lent or borrowed says it moved through the drawer; goods on credit do not', () => {
    reads('pak harun pinjam uang 50rb', { intent: 'debt_add', counterparty: 'pak harun', direction: 'receivable', payment: 'credit', cash_moved: 'cash' });
    reads('bu ani kasbon duit 50rb buat ongkos anaknya', { intent: 'debt_add', amount: 50000, cash_moved: 'cash' });
    reads('pinjam uang dari pak rt 500rb', { intent: 'debt_add', direction: 'payable', cash_moved: 'cash' });
    expect(parse('bu ani ngutang 20rb', { now }).cash_moved).toBeUndefined();
  });
  it('a person named again after "eh" is the one meant', () => {
    reads('bu sri eh bu ani kasbon 15rb', { intent: 'debt_add', amount: 15000, counterparty: 'bu ani' });
  });
  // "goceng?? eh salah harga 4rb/btl jadi 8rb" kept Rp5.000 against Rp4.000 a bottle.
  it('a price taken back after question marks, with "harga" opening the new one', () => {
    reads('tadi teh pucuk 2 botol goceng?? eh salah harga 4rb/btl jadi 8rb', { intent: 'sale', amount: 8000, items: [{ product: 'teh pucuk', qty: 2, unit_price: 4000, total: 8000 }] });
  });
});

describe('owner tries (twenty-fourth session): e-wallet top-ups with a fee', () => {
  // An expense of Rp102.000; a product "topup" of Rp50.000 paid by QRIS; the day's report.
  it('a wallet topped up for a customer is sold for the amount and the fee, paid as said', () => {
    reads('topup dana 100rb, admin 2rb, dibayar cash', { intent: 'sale', amount: 102000, payment: 'cash', items: [{ product: 'topup dana 100rb', total: 102000 }] });
    reads('gopay topup pelanggan 50rb, saya dapet admin 1.500, uangnya cash', { intent: 'sale', amount: 51500, payment: 'cash', items: [{ product: 'topup gopay 50rb', total: 51500 }] });
    reads('isi saldo gopay pelanggan 50rb + admin 1.500', { intent: 'sale', amount: 51500, payment: null, items: [{ product: 'topup gopay 50rb' }] });
    // Paying by a wallet stays a payment.
    reads('bayar pake gopay 20rb', { payment: 'qris' });
  });
});

describe('owner tries (twenty-fourth session): debts paid in full, said without the amount', () => {
  // "Bayar ke siapa?" and a balance shown with nothing booked.
  it('"lunasin utang ke X" names X; "bayar sisa utangnya semua" pays all that is owed', () => {
    reads('lunasin utang ke sinar jaya', { intent: 'debt_pay', counterparty: 'sinar jaya', direction: 'payable' });
    reads('mbak rini bayar sisa utangnya semua', { intent: 'debt_pay', counterparty: 'mbak rini', amount: null, ask: [] });
    reads('mbak rini sisa utangnya berapa', { intent: 'debt_query', counterparty: 'mbak rini' });
    // Second round: with no money at all ("Atas nama siapa?" before).
    reads('bayar utang sinar jaya', { intent: 'debt_pay', counterparty: 'sinar jaya', direction: null });
    reads('bayar dulu', { counterparty: null });
  });
});

describe('owner tries (twenty-fourth session): second round, Madura, Minang, Betawi, Makassar', () => {
  it('a count after the price of one unit, said with "1 kg" or in words', () => {
    reads('telor 1 kg 30rb laku 2', { intent: 'sale', amount: 60000, items: [{ product: 'telor', qty: 2, unit: 'kg', total: 60000 }] });
    reads('aqua sebotol 4rb laku lima', { intent: 'sale', amount: 20000, items: [{ product: 'aqua', qty: 5, total: 20000 }] });
  });
  it('the buyer named giving or having paid part owes the rest', () => {
    reads('laku rinso 2 bks 52rb, bu yati baru ngasih 30rb', { intent: 'sale', amount: 52000, payment: 'credit', paid_now: 30000, items: [{ product: 'rinso', total: 52000 }] });
    reads('laku gula dua kilo 37rb, bu yati sudah bayar 20rb', { intent: 'sale', amount: 37000, payment: 'credit', paid_now: 20000, items: [{ product: 'gula', total: 37000 }] });
    // Sundanese, the buyer named opening the message (a try of this session's own: booked paid in full).
    reads('bu tini meuli gula 2 kg 36rb, mayar 20rb', { intent: 'sale', amount: 36000, payment: 'credit', paid_now: 20000, items: [{ product: 'gula', total: 36000 }] });
    reads('bu tini beli gula 2 kg 36rb bayar 50rb', { intent: 'sale', payment: null, items: [{ product: 'gula', total: 36000 }] });
  });
  it('"gopek" after thousands adds five hundred', () => {
    reads('laku korek 3 biji goceng gopek', { intent: 'sale', amount: 5500, items: [{ product: 'korek', qty: 3, total: 5500 }] });
    reads('laku terigu 2 bungkus dua puluh tujuh rebu gopek', { intent: 'sale', amount: 27500, items: [{ product: 'terigu', qty: 2, total: 27500 }] });
  });
  it('"eh bukan" takes a number back; so does "bukan bukan" before one of a unit', () => {
    reads('laku indomie soto 3 bks eh bukan 4 bks', { intent: 'sale', items: [{ product: 'indomie soto', qty: 4, unit: 'bungkus' }] });
    reads('laku bawang merah setengah kilo bukan bukan sekilo 45rb', { intent: 'sale', amount: 45000, items: [{ product: 'bawang merah', qty: 1, unit: 'kg' }] });
  });
  it('borrowing with no goods is money lent; Betawi "belon" and Makassar "belum pi" are not paid yet', () => {
    reads('mbak rini pinjem 25rb buat ongkos', { intent: 'debt_add', amount: 25000, cash_moved: 'cash' });
    reads('ambil barang dari toko makmur belon dibayar 200rb', { intent: 'debt_add', direction: 'payable', counterparty: 'toko makmur' });
    reads('kulakan ki telur 2 rak 110rb dari toko makmur, belum pi dibayar', { intent: 'purchase', payment: 'credit', items: [{ product: 'telur', qty: 2 }] });
    reads('bang darto ngebon rokok gg 2 bungkus, belon bayar', { intent: 'sale', payment: 'credit', counterparty: 'bang darto', items: [{ product: 'rokok gg', qty: 2 }] });
  });
});
