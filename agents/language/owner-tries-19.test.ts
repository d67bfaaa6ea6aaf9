// Owner tries of the nineteenth session (a Makassar warung's day, …): each message booked a wrong number or was not
// understood before its fix.
import { describe, expect, it } from 'vitest';
import { parse } from './index.ts';
import { readsAt, type Want } from './reads.ts';

const now = new Date('2026-12-05T10:00:00+07:00');

const reads = readsAt(now);

describe('owner tries (nineteenth session): Makassar', () => {
  // "beli ka telur 2 rak di pasar terong 110rb" asked the price of the eggs and of a second goods "terong".
  it('the word after "di pasar" before the money is the market when goods were counted before it', () => {
    for (const text of ['beli ka telur 2 rak di pasar terong 110rb', 'beli 2 rak telur di pasar minggu 110rb']) {
      const f = parse(text, { now });
      expect(f).toMatchObject({ intent: 'purchase', amount: 110000, items: [{ product: 'telur', qty: 2, unit: 'rak', total: 110000 }] });
      expect(f.items).toHaveLength(1);
    }
    expect(parse('kulakan beras 2 karung di pasar cabe 600rb', { now }).items).toMatchObject([{ product: 'beras', qty: 2, total: 600000 }]);
  });
  it('with nothing counted before it, the word is goods', () => {
    expect(parse('beli di pasar beras 600rb', { now }).items).toMatchObject([{ product: 'beras', total: 600000 }]);
    expect(parse('beli gula 2 kg di pasar gula 3 kg 40rb', { now }).items).toHaveLength(2);
  });
  // "kasi turun harga telur jadi 2000 sebutir" asked the new price of "Indomie Kari Ayam" (the goods "kasi").
  it('"kasi" is "kasih"', () => {
    const f = parse('kasi turun harga telur jadi 2000 sebutir', { now });
    expect(f).toMatchObject({ intent: 'price_set', items: [{ product: 'telur', unit_price: 2000 }] });
    expect(f.items).toHaveLength(1);
  });
  // "…, bayar nanti sore, namanya mace ani" asked the price of a new product "mace ani".
  it('the name after "namanya" or "atas nama" is whose debt it is', () => {
    for (const [text, who] of [
      ['ada pelanggan ambil gas 2 tabung, bayar nanti sore, namanya mace ani', 'mace ani'],
      ['ambil gas 2 tabung, bayar nanti, atas nama pak rudi', 'pak rudi'],
      ['ambil gas 2 tabung, bayar nanti, namanya ani', 'ani'],
      ['ada yang ngutang rokok 2 bks, namanya rudi, 50rb', 'rudi'],
    ]) {
      const f = parse(text, { now });
      expect(f).toMatchObject({ intent: 'sale', payment: 'credit', counterparty: who });
      expect(f.items).toHaveLength(1);
    }
  });
  // "daeng ngutang gula 2 kilo" asked the PURCHASE price: "daeng" was read as a typo of "dateng" (goods delivered).
  it('an honorific is never a typo of a cue word', () => {
    expect(parse('daeng ngutang gula 2 kilo', { now })).toMatchObject({ intent: 'sale', payment: 'credit', items: [{ product: 'gula', qty: 2 }] });
  });
  it('"pace" and "mace" start a name', () => {
    expect(parse('pace yan ngutang rokok 1 bks 25rb', { now })).toMatchObject({ intent: 'sale', payment: 'credit', counterparty: 'pace yan', amount: 25000 });
  });
  // "tutup mi, rekap hari ini" asked for a product "tutup mi".
  it('"tutup mi," closes the shop and names no goods', () => {
    expect(parse('tutup mi, rekap hari ini', { now })).toMatchObject({ intent: 'report', items: [] });
  });
});

describe('owner tries (nineteenth session): a distributor\'s salesman', () => {
  // "masuk barang dari sales wings, mie sedaap goreng 2 dus, 1 dus 40 bungkus, 110rb sedus, belum dibayar" asked whose
  // debt it was, and booked 1 dus at Rp110.000.
  it('"sales" and a brand name the supplier; "sales" alone names nobody', () => {
    expect(parse('kulakan dari sales wings mie sedaap 2 dus 220rb', { now })).toMatchObject({ counterparty: 'sales wings', items: [{ product: 'mie sedaap', qty: 2 }] });
    expect(parse('sales indofood datang, indomie goreng 2 dus 230rb', { now })).toMatchObject({ intent: 'purchase', counterparty: 'sales indofood' });
    expect(parse('beli dari sales rokok 2 slop', { now }).counterparty).toBeNull();
  });
  it('"1 dus 40 bungkus" after a comma is what a dus holds, not the count', () => {
    expect(parse('masuk barang dari sales wings, mie sedaap goreng 2 dus, 1 dus 40 bungkus, 110rb sedus, belum dibayar', { now })).toMatchObject({
      intent: 'purchase', payment: 'credit', counterparty: 'sales wings', amount: 220000,
      items: [{ product: 'mie sedaap goreng', qty: 2, unit: 'dus', pack_size: 40, pack_base_unit: 'bungkus', unit_price: 110000, total: 220000 }],
    });
    expect(parse('kulakan beras 2 karung, 1 karung isi 25 kg, 600rb', { now }).items).toMatchObject([{ qty: 2, unit: 'karung', pack_size: 25, total: 600000 }]);
    // The price of one unit is still a price.
    expect(parse('laku indomie 10 bks, 1 bks 3500', { now }).items).toMatchObject([{ qty: 10, unit_price: 3500, total: 35000 }]);
  });
});

describe('owner tries (nineteenth session): Betawi', () => {
  // "aqua gelas 2 dus, ceban sedus... eh salah, 22rb sedus" booked 2 dus for Rp22.000 in all.
  it('a price taken back after trailing dots, or after "kagak,", is replaced', () => {
    expect(parse('tadi udeh laku aqua gelas 2 dus, ceban sedus... eh salah, 22rb sedus', { now })).toMatchObject({
      intent: 'sale', amount: 44000, items: [{ product: 'aqua gelas', qty: 2, unit: 'dus', unit_price: 22000, total: 44000 }],
    });
    expect(parse('es teh laku 10 gelas, gopek segelas kagak, 3rb segelas', { now })).toMatchObject({
      amount: 30000, items: [{ product: 'es teh', qty: 10, unit_price: 3000, total: 30000 }],
    });
    expect(parse('laku telur 2 kilo... eh salah 3 kilo', { now }).items).toMatchObject([{ qty: 3, unit: 'kg' }]);
  });
  // "untung aye hari ini berapa bang" asked for a product "aye"; "kagak jadi, yg es teh apus aje" was not understood.
  it('Betawi words', () => {
    expect(parse('untung aye hari ini berapa bang', { now })).toMatchObject({ intent: 'report', items: [] });
    for (const text of ['kagak jadi, yg es teh apus aje', 'tidak jadi, yg es teh hapus saja']) {
      expect(parse(text, { now })).toMatchObject({ intent: 'undo', items: [{ product: 'es teh' }] });
      expect(parse(text, { now }).items).toHaveLength(1);
    }
    expect(parse('beli ame pak udin gula 5 kg', { now })).toMatchObject({ intent: 'purchase', counterparty: 'pak udin', items: [{ product: 'gula', qty: 5 }] });
  });
  // "bang jali nitip rokok sampoerna mild 2 slop, nanti duitnya aye bayar kalo udeh laku" asked about a product
  // "nitip rokok sampoerna mild" sold to Bang Jali.
  it('goods left on consignment are bought on credit from whoever left them', () => {
    expect(parse('bang jali nitip rokok sampoerna mild 2 slop, nanti duitnya aye bayar kalo udeh laku', { now })).toMatchObject({
      intent: 'purchase', payment: 'credit', counterparty: 'bang jali', items: [{ product: 'rokok sampoerna mild', qty: 2, unit: 'slop' }],
    });
    expect(parse('bu ani nitip keripik 10 bks', { now })).toMatchObject({ intent: 'purchase', payment: 'credit', counterparty: 'bu ani', items: [{ product: 'keripik', qty: 10 }] });
    // Not consignment: asking someone to buy, or money left.
    expect(parse('nitip beli gula 2 kg', { now }).payment).toBeNull();
    expect(parse('laku kue titipan 5 biji 10rb', { now })).toMatchObject({ intent: 'sale', items: [{ product: 'kue', qty: 5 }] });
  });
  it('"bayar kalo udah gajian" is paid later', () => {
    expect(parse('pak budi ambil rokok 2 bks bayar kalo udah gajian', { now })).toMatchObject({ intent: 'sale', payment: 'credit', counterparty: 'pak budi' });
    expect(parse('pak budi ambil rokok 2 bks bayar kalo udah gajian', { now }).items).toHaveLength(1);
  });
});

describe('owner tries (nineteenth session): Madura', () => {
  // "lako indomie 4 bungkus 14 ebu" asked about a new product "lako indomie"; "bu siti majer 10 ebu" was Rp10;
  // "berempa stok gula?" asked for a product "berempa".
  it.each([
    ['lako indomie 4 bungkus 14 ebu', { intent: 'sale', amount: 14000, items: [{ product: 'indomie', qty: 4 }] }],
    ['mellee gula 10 kilo 150 ebu', { intent: 'purchase', amount: 150000, items: [{ product: 'gula', qty: 10, unit: 'kg' }] }],
    ['bu siti majer 10 ebu', { intent: 'debt_pay', counterparty: 'bu siti', amount: 10000 }],
    ['bu siti ngotang beras 2 kilo', { intent: 'sale', payment: 'credit', counterparty: 'bu siti', items: [{ product: 'beras', qty: 2 }] }],
    ['berempa stok gula?', { intent: 'stock_check', items: [{ product: 'gula' }] }],
    ['bu siti mare majer otangnya', { intent: 'debt_pay', counterparty: 'bu siti' }],
    ['lako kopi tello sachet', { intent: 'sale', items: [{ product: 'kopi', qty: 3 }] }],
  ] as [string, Want][])('%s', reads);
  // "laku gas 3 kg 2 tabung 46rb, yang satu ditukar tabung kosong" asked about a new product "ditukar tabung".
  it('an empty cylinder handed in is no goods', () => {
    expect(parse('laku gas 3 kg 2 tabung 46rb, yang satu ditukar tabung kosong', { now })).toMatchObject({
      intent: 'sale', amount: 46000, items: [{ product: 'gas 3 kg', qty: 2, unit: 'tabung', total: 46000 }],
    });
    expect(parse('laku gas 3 kg 2 tabung 46rb, yang satu ditukar tabung kosong', { now }).items).toHaveLength(1);
  });
});

describe('owner tries (nineteenth session): Palembang', () => {
  // "cek ani ngutang minyak 2 liter, kagek dio bayar" ("she pays later") answered that Cik Ani had no debt to pay.
  it('"nanti dia bayar" is paid later', () => {
    expect(parse('cek ani ngutang minyak 2 liter, kagek dio bayar', { now })).toMatchObject({
      intent: 'sale', payment: 'credit', counterparty: 'cik ani', items: [{ product: 'minyak', qty: 2, unit: 'liter' }],
    });
    expect(parse('bu ani ambil gula 1 kg nanti dia bayar', { now })).toMatchObject({ intent: 'sale', payment: 'credit', counterparty: 'bu ani' });
  });
});

describe('owner tries (nineteenth session): a city warung', () => {
  // "refund ke customer 7rb soalnya teh pucuknya kadaluarsa" booked a SALE of a new product "Refund" to "Teh Pucuknya".
  it('money given back to a customer is money out', () => {
    for (const text of ['refund ke customer 7rb soalnya teh pucuknya kadaluarsa', 'pengeluaran refund 7rb']) {
      expect(parse(text, { now })).toMatchObject({ intent: 'expense', amount: 7000, counterparty: null, items: [] });
    }
    expect(parse('teh rina ngutang 20rb', { now }).counterparty).toBe('teh rina');
  });
  // "udahan dulu, laporan harian pls" asked for a product "udahan".
  it('"udahan dulu," before a request is no goods', () => {
    expect(parse('udahan dulu, laporan harian pls', { now })).toMatchObject({ intent: 'report', items: [] });
  });
});

describe('owner tries (nineteenth session): delivery apps and e-wallets', () => {
  // "grabfood: nasi goreng 3 porsi 45rb, dipotong komisi 20%" asked about a new product "komisi".
  it('the app\'s commission comes off the goods\' total', () => {
    expect(parse('grabfood: nasi goreng 3 porsi 45rb, dipotong komisi 20%', { now })).toMatchObject({
      intent: 'sale', amount: 36000, discount: 9000, items: [{ product: 'nasi goreng', qty: 3, total: 45000 }],
    });
    expect(parse('gofood es teh 5 gelas 25rb komisi 20%', { now })).toMatchObject({ amount: 20000, items: [{ product: 'es teh', qty: 5 }] });
  });
  // "tadi ada yg bayar pake dana 25rb beli rokok surya 12 1 bks" sold a new product "Dana" for Rp25.000 beside the cigarettes.
  it('paid "pake dana" is an e-wallet, not goods', () => {
    const f = parse('tadi ada yg bayar pake dana 25rb beli rokok surya 12 1 bks', { now });
    expect(f).toMatchObject({ intent: 'sale', payment: 'qris', amount: 25000, items: [{ product: 'rokok surya 12', qty: 1, total: 25000 }] });
    expect(f.items).toHaveLength(1);
  });
});

describe('owner tries (nineteenth session): Kupang', () => {
  // "beta su lapor, untung hari ini brapa" asked for a product "su"; "…, sonde bayar dulu" a product "sonde".
  it.each([
    ['beta su lapor, untung hari ini brapa', { intent: 'report' }],
    ['bapa yos ambe rokok 2 bungkus, sonde bayar dulu', { intent: 'sale', payment: 'credit', counterparty: 'bapa yos', items: [{ product: 'rokok', qty: 2 }] }],
    ['om ande su bayar utang 20rb', { intent: 'debt_pay', counterparty: 'om ande', amount: 20000 }],
    ['beli susu 2 kaleng', { intent: 'purchase', items: [{ product: 'susu', qty: 2 }] }],
  ] as [string, Want][])('%s', reads);
});

describe('owner tries (nineteenth session): a voice note of a cash sale, then a credit one', () => {
  // "laku indomie goreng lima bungkus terus aqua yang botol tiga terus ada bu rina ngutang gula setengah kilo …" put the
  // cash sale on Bu Rina's bon; "nanti sore katanya dibayar" was a debt paid.
  it('counts said as words and "ada" before the name still make two entries', () => {
    expect(parse('oke jadi tadi pagi itu laku indomie goreng lima bungkus terus aqua yang botol tiga terus ada bu rina ngutang gula setengah kilo sama minyak satu liter nanti sore katanya dibayar', { now }).intent).toBe('unknown');
    expect(parse('bu rina ngutang gula setengah kilo sama minyak satu liter', { now })).toMatchObject({ intent: 'sale', payment: 'credit', counterparty: 'bu rina' });
  });
  it('"nanti sore katanya dibayar" is paid later', () => {
    expect(parse('bu rina ngutang gula setengah kilo nanti sore katanya dibayar', { now })).toMatchObject({
      intent: 'sale', payment: 'credit', counterparty: 'bu rina', items: [{ product: 'gula', qty: 0.5, unit: 'kg' }],
    });
  });
});

describe('owner tries (nineteenth session): Bandung', () => {
  // "payu kopi kapal api 6 saset, sarebu hiji" booked Rp1.000 for all six; "engke mayar na" asked about goods "na";
  // "beas tinggal 12 kilo, tadi diitung" about goods "diitung".
  it.each([
    ['punten, tadi payu kopi kapal api 6 saset, sarebu hiji', { intent: 'sale', amount: 6000, items: [{ product: 'kopi kapal api', qty: 6, unit_price: 1000 }] }],
    ['ceu imas nganjuk endog sakilo, engke mayar na', { intent: 'sale', payment: 'credit', counterparty: 'ceu imas', items: [{ product: 'endog', qty: 1 }] }],
    ['beas tinggal 12 kilo, tadi diitung', { intent: 'stock_set', items: [{ product: 'beas', qty: 12, unit: 'kg' }] }],
  ] as [string, Want][])('%s', reads);
});

describe('owner tries (nineteenth session): Java', () => {
  // "…, sewu sijine ora, 28 ewu sijine" booked Rp1.000 for two packs; "sesuk dibayar jarene" and "neng pasar legi" asked
  // about goods "jarene" and "legi".
  it.each([
    ['lek, payu rokok gudang garam surya 2 bungkus, sewu sijine ora, 28 ewu sijine', { intent: 'sale', amount: 56000, items: [{ qty: 2, unit_price: 28000 }] }],
    ['mbak sri utang beras 3 kilo, sesuk dibayar jarene', { intent: 'sale', payment: 'credit', counterparty: 'mbak sri', items: [{ product: 'beras', qty: 3 }] }],
    ['tuku endog 2 kilo regane 27 ewu sakilo neng pasar legi', { intent: 'purchase', amount: 54000, items: [{ product: 'endog', qty: 2, unit_price: 27000 }] }],
  ] as [string, Want][])('%s', reads);
});
