import { describe, expect, it } from 'vitest';
import { readCounterparty } from './counterparty.ts';
import { parse } from './index.ts';
import { normalizeText, tokenize } from './normalize.ts';

const read = (s: string) => readCounterparty(tokenize(normalizeText(s)));

describe('readCounterparty', () => {
  it.each([
    ['bu sri ngutang 25rb', 'bu sri'], ['Bu Wati bayar', 'bu wati'], ['pak darto nyicil', 'pak darto'],
    ['mas joko beli rokok', 'mas joko'], ['mbak rini kasbon', 'mbak rini'], ['mba yuni bon kopi', 'mba yuni'],
    ['kang dedi nyicil', 'kang dedi'], ['teh euis ngahutang sabun', 'teh euis'], ['ceu imas meuli', 'ceu imas'],
    ['koh liong kirim', 'koh liong'], ['bang udin ngebon', 'bang udin'], ['mang ujang bayar', 'mang ujang'],
    ['lik parmi ngutang', 'lik parmi'], ['yu darmi nyaur', 'yu darmi'], ['mbok sumi tuku', 'mbok sumi'],
    ['pak rt bayar utang', 'pak rt'], ['tf ke pak haji', 'pak haji'], ['ngutang ke toko makmur 660rb', 'toko makmur'],
    ['dr ud sinar jaya', 'ud sinar jaya'], ['belanja di alfamart', 'alfamart'], ['ka toko sinar', 'toko sinar'],
    ['bayar ke mas anto 50rb', 'mas anto'], ['teh euis 20rb', 'teh euis'], ['cici mei ambil beras', 'cici mei'], ['mbakyu sri ngutang 20rb', 'mbakyu sri'], ['mbak yu sri ngutang 20rb', 'mbak yu sri'],
    // Owner try: a short name that is also chat filler ("min") after a person's honorific.
    ['mbah min utang rokok surya 1 bungkus', 'mbah min'], ['pak ji bayar utang 50rb', 'pak ji'], ['mas tok ambil aqua 2 botol', 'mas tok'],
    // A bare name closing the message after "dari"/"ti" (no honorific, no shop word).
    ['beli minyak bimoli 2 liter 38rb dari sinar jaya', 'sinar jaya'], ['meser gula 5 kilo 85rb ti makmur', 'makmur'],
  ])('%s → %s', (text, want) => {
    expect(read(text)?.name).toBe(want);
  });

  it.each([
    ['laku es teh 5 gelas'], ['teh pucuk 1 @4rb'], ['beli plastik 1 pak 8rb'], ['kulakan di pasar'], ['dari agen'],
    ['makasih kak'], ['pagi min'], ['makasih kak min'], ['kak min laku indomie 2 bks'], ['laku indomie 5'], ['stok teh 2 dus'], ['bu'],
    ['laku indomie 5 bks dari tadi'], ['beli beras dari pasar'], ['ambil dari gudang gula'],
  ])('no counterparty in %s', (text) => {
    expect(read(text)).toBeNull();
  });

  it('tells a supplier ("ke") from a source ("dari")', () => {
    expect(read('utang ke koh ahong')).toMatchObject({ toward: true, from: false });
    expect(read('kiriman dari toko makmur')).toMatchObject({ toward: false, from: true, shop: true });
    expect(read('bu sri ngutang')).toMatchObject({ toward: false, from: false, shop: false });
  });
});

describe('words around the goods that are not goods (owner tries)', () => {
  // Owner try: "nang" (jv: at, to) was read as a second product, "Harga beli Nang berapa?".
  it.each([
    ['isuk mau kulakan beras 2 karung @310rb nang toko pak haji', 'purchase', ['beras'], 'pak haji'],
    ['tuku gulo 5 kilo 80rb soko toko makmur', 'purchase', ['gulo'], 'toko makmur'],
    ['mbayar utang nang pak karyo 200rb', 'debt_pay', [], 'pak karyo'],
    // Owner try (city): "ke kantor sebelah" is where the goods went, not a new product "kantor".
    ['td jual aqua 600ml 1 dus 45rb ke kantor sebelah', 'sale', ['aqua 600ml'], null],
    ['laku nasi bungkus 10 ke proyek 100rb', 'sale', ['nasi bungkus'], null],
    // "utang disik" (jv: on credit for now) booked a new product "Disik" beside the eggs.
    ['mbak yuli tuku endog sekilo utang disik', 'sale', ['endog'], 'mbak yuli'],
    ['sugeng enjing, mau bu yati tuku beras 3 kg, utang sik', 'sale', ['beras'], 'bu yati'],
    ['sek, laku aqua 2 botol', 'sale', ['aqua'], null],
    // "kas hari ini brp" was not understood.
    ['kas hari ini brp', 'report', [], null],
    ['uang kas minggu ini', 'report', [], null],
    // "what sold today" in Sundanese and Javanese: "naon" and "opo" were products.
    ['naon wae nu laku poe ieu', 'report', [], null],
    ['opo wae sing payu dino iki', 'report', [], null],
    // "isuk2" (early this morning, jv/su) asked for a price of a new product "isuk".
    ['isuk2 geus payu kopi kapal api 6 saset', 'sale', ['kopi kapal api'], null],
    ['esuk-esuk payu endog sekilo', 'sale', ['endog'], null],
    ['beurang2 meuli es batu 3 bungkus 6rb', 'purchase', ['es batu'], null],
    ['wingi bengi payu rokok surya 2 bks', 'sale', ['rokok surya'], null],
    // "geus seep" (su: already gone) asked about a new product "sabun lifebuoy geus".
    ['sabun lifebuoy geus seep', 'stock_set', ['sabun lifebuoy'], null],
    ['beas geus beak', 'stock_set', ['beas'], null],
    ['gula mpun telas', 'stock_set', ['gula'], null],
    // "es batu 2 plastik" was booked as an expense for bags ("Plastik Rp10.000"), the ice lost.
    ['kemaren beli es batu 2 plastik 10rb lupa nyatet', 'purchase', ['es batu'], null],
    ['laku es batu 3 plastik 6rb', 'sale', ['es batu'], null],
    ['beli 2 kresek 4rb', 'expense', ['kresek'], null],
    ['beli plastik 2 pak 10rb', 'expense', ['plastik'], null],
  ])('%s', (text, intent, products, who) => {
    const f = parse(text);
    expect(f.intent).toBe(intent);
    expect(f.items.map((i) => i.product)).toEqual(products);
    expect(f.counterparty).toBe(who);
  });
});
