import { describe, expect, it } from 'vitest';
import { parse } from './index.ts';

// Catalogue names that carry a size or a second word (issue 9, agents/router/catalogue/catalogue.test.ts):
// the whole name is the product, the number after it the count.
const now = new Date('2026-11-21T10:00:00+07:00');
const read = (text: string) => {
  const f = parse(text, { now, offsetMinutes: 420 });
  return [f.intent, f.items.map((i) => `${i.product}|${i.qty ?? '-'}|${i.unit ?? '-'}`).join('; ')];
};

describe('a spaced size inside the name', () => {
  it.each([
    ['laku aqua 600 ml 2', 'sale', 'aqua 600 ml|2|-'],
    ['kulakan aqua 600 ml 2 6000', 'purchase', 'aqua 600 ml|2|-'],
    ['laku minyak 1 liter 2', 'sale', 'minyak 1 liter|2|-'],
    ['laku gas 3 kg 2', 'sale', 'gas 3 kg|2|-'],
    // The sale word between the size and the count (owner try: the count and "38rb sebiji" were lost).
    ['minyak bimoli 2 liter laku 2, 38rb sebiji', 'sale', 'minyak bimoli 2 liter|2|pcs'],
    ['gas 3 kg payu 2', 'sale', 'gas 3 kg|2|-'],
    ['minyak bimoli 2 liter laku 76rb', 'sale', 'minyak bimoli|2|liter'],
    // "harga ... jadi": a price change names the sized product.
    ['harga aqua 600 ml jadi 4500', 'price_set', 'aqua 600 ml|-|-'],
    ['harga gas 3 kg jadi 23500', 'price_set', 'gas 3 kg|-|-'],
    ['naikin harga minyak 1 liter jadi 20rb', 'price_set', 'minyak|-|liter'],
    // Still a quantity: money or a pack count after the size, or nothing after it.
    ['laku gula 2 kg 30000', 'sale', 'gula|2|kg'],
    ['kulakan beras 25 kg 1 karung 300rb', 'purchase', 'beras|1|karung'],
    ['laku telur 1 kg', 'sale', 'telur|1|kg'],
  ])('%s → %s %s', (text, intent, items) => {
    expect(read(text)).toEqual([intent, items]);
  });
});

describe('a hyphen inside a word joins it', () => {
  it.each([
    ['laku coca-cola 2', 'sale', 'coca-cola|2|-'],
    ['kulakan coca-cola 390 ml 2 9600', 'purchase', 'coca-cola 390 ml|2|-'],
    // A dash between a number and a word, or spaced, still separates.
    ['beli gula 2kg-beras 5kg', 'purchase', 'gula|2|kg; beras|5|kg'],
    ['laku kopi 2 - teh 3', 'sale', 'kopi|2|-; teh|3|-'],
  ])('%s → %s %s', (text, intent, items) => {
    expect(read(text)).toEqual([intent, items]);
  });
});

describe('multi-word names whose words mean something else alone', () => {
  it.each([
    // Javanese "kari" (remaining) after a noodle brand is the flavour; opening a message it is still a count.
    ['laku indomie kari 2', 'sale', 'indomie kari|2|-'],
    ['kulakan indomi kari 2 6100', 'purchase', 'indomi kari|2|-'],
    ['indomie kari 5', 'stock_set', 'indomie|5|-'],
    ['laku minyak kita 2', 'sale', 'minyak kita|2|-'],
    // "teh" before a goods word or in a goods phrase is the tea, not the Sundanese honorific.
    ['stok teh celup', 'stock_check', 'teh celup|-|-'],
    ['harga teh celup jadi 8000', 'price_set', 'teh celup|-|-'],
    ['stok teh susu', 'stock_check', 'teh susu|-|-'],
    ['teh rina ngutang 20rb', 'debt_add', ''],
    // The bags in a box of tea are part of its name, like "surya 16".
    ['kulakan teh celup sariwangi 25 2 12400', 'purchase', 'teh celup sariwangi 25|2|-'],
    ['laku sariwangi 3', 'sale', 'sariwangi|3|-'],
  ])('%s → %s %s', (text, intent, items) => {
    expect(read(text)).toEqual([intent, items]);
  });
});
