// Owner tries of the forty-third session (Bali, Banjar, Kupang days): each message was read as the wrong kind before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const reads = readsAt(new Date('2026-12-08T10:00:00+08:00'));

describe('owner tries (forty-third session): Banjar', () => {
  it('Banjar "Galuh" names a young woman: what she "tukar" (buys) is a sale to her', () => {
    // It was a purchase ("Harga beli Bawang Putih per gram berapa?"), where "Acil Imah tukar …" was a sale.
    reads('Galuh Ani tukar bawang putih 250 gram', { intent: 'sale', counterparty: 'galuh ani', items: [{ product: 'bawang putih', qty: 250, unit: 'gram' }] });
  });
});

describe('owner tries (forty-third session): stock come in', () => {
  it('a size in the goods\' name, then a verb, then the count in packs: the packs came', () => {
    // Haggling try: "minyak goreng sania 1 l masuk 2 dus" (the bot's own suggested wording) added 1 pcs.
    reads('minyak goreng sania 1 l masuk 2 dus', { intent: 'stock_in', items: [{ product: 'minyak goreng sania 1 liter', qty: 2, unit: 'dus' }] });
    reads('aqua 600 ml masuk 2 dus', { intent: 'stock_in', items: [{ product: 'aqua 600 ml', qty: 2, unit: 'dus' }] });
  });
});

describe('owner tries (forty-third session): supplier credit', () => {
  it('"tempo" after the supplier or with "dulu"/su "heula" is bought on credit', () => {
    // Each was booked paid: the supplier owed nothing.
    reads('kulakan aqua 2 dus 160rb ti ud sinar jaya, tempo heula', { intent: 'purchase', payment: 'credit', counterparty: 'ud sinar jaya', items: [{ product: 'aqua', qty: 2 }] });
    reads('kulakan indomie 2 dus 230rb dari toko makmur tempo dulu', { intent: 'purchase', payment: 'credit', counterparty: 'toko makmur', items: [{ product: 'indomie', qty: 2 }] });
    reads('kulakan gula 10 kg 150rb dari toko makmur tempo', { intent: 'purchase', payment: 'credit', items: [{ product: 'gula', qty: 10 }] });
  });
});

