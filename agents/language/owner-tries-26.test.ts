// Owner tries of the twenty-sixth session: each message booked a wrong number or was not understood before its fix.
import { describe, it } from 'vitest';
import { readsAt } from './reads.ts';

const now = new Date('2026-12-06T10:00:00+07:00');
const reads = readsAt(now);

describe('owner tries (twenty-sixth session): questions', () => {
  // Asked for an amount and a name, as a new debt of the warung's.
  it('"utang saya ke supplier" asks the debts to suppliers', () => {
    reads('utang saya ke supplier', { intent: 'debt_query', direction: 'payable', amount: null });
    reads('hutang ke agen', { intent: 'debt_query', direction: 'payable' });
    reads('utangku nang agen piro', { intent: 'debt_query', direction: 'payable' });
    // With money or a name it is still a new debt.
    reads('utang ke supplier 50rb', { intent: 'debt_add', direction: 'payable', amount: 50000 });
    reads('utang ke agen berkah 200rb', { intent: 'debt_add', counterparty: 'agen berkah', amount: 200000 });
  });
});

describe('owner tries (twenty-sixth session): loans and the rest owed', () => {
  // A new loan was read as the loan paid back ("balikin"), dated last month's 10th.
  it('a loan with the day it comes back is a new loan due that day', () => {
    reads('pak darto minjem lagi 50rb, balikin tanggal 10', { intent: 'debt_add', direction: 'receivable', amount: 50000, counterparty: 'pak darto', date: '2026-12-10' });
    reads('mang ujang minjem 20rb lagi, katanya dibalikin minggu depan', { intent: 'debt_add', amount: 20000, date: '2026-12-13' });
    // Paid back is still paid back.
    reads('pak darto balikin utang 50rb', { intent: 'debt_pay', amount: 50000 });
  });
  // Set the gas stock to 1 (a count "sisanya … 10"); no sale, no debt.
  it('"bayar dulu 10rb sisanya tanggal 10" is a down payment, the rest due that day', () => {
    reads('bu yati ambil gas 1, bayar dulu 10rb sisanya tanggal 10', { intent: 'sale', counterparty: 'bu yati', payment: 'credit', paid_now: 10000, date: '2026-12-10', items: [{ product: 'gas', qty: 1 }] });
    reads('bu yati beli gas 1 23rb, bayar dulu 10rb sisanya minggu depan', { intent: 'sale', payment: 'credit', paid_now: 10000, amount: 23000, items: [{ product: 'gas', qty: 1 }] });
    reads('indomie sisa 10', { intent: 'stock_set', items: [{ product: 'indomie', qty: 10 }] });
  });
});

describe('owner tries (twenty-sixth session): sizes and suppliers', () => {
  // Booked 2 liters at Rp40.000 each (Rp80.000): "siji" after the size was read as "each".
  it('"siji" straight after a size is one piece of that size', () => {
    reads('minyak 2 liter siji 40rb', { intent: 'sale', amount: 40000, items: [{ product: 'minyak 2 liter', qty: 1, total: 40000 }] });
    reads('minyak 2 liter hiji 40 rebu', { amount: 40000, items: [{ product: 'minyak 2 liter', qty: 1 }] });
    reads('empal gentong 5 mangkok, siji 20 ewu', { amount: 100000, items: [{ product: 'empal gentong', qty: 5, unit_price: 20000 }] });
  });
  // A supplier "Ning Makmur"; "saka sinar jaya" a product.
  it('jv "ning" and "saka" before a supplier after the money say where it was bought', () => {
    reads('kulakan telor sepeti 420 ewu ning makmur, durung mbayar', { intent: 'purchase', counterparty: 'makmur', payment: 'credit', amount: 420000, items: [{ product: 'telor', qty: 1, unit: 'peti' }] });
    reads('kulakan surya 16 3 slop sejuta 80 ewu saka sinar jaya, utang', { intent: 'purchase', counterparty: 'sinar jaya', amount: 1080000, items: [{ product: 'surya 16', qty: 3, unit: 'slop' }] });
    reads('mbak ning ngutang 20rb', { intent: 'debt_add', counterparty: 'mbak ning' });
  });
});

describe('owner tries (twenty-sixth session): paid two ways', () => {
  // All of it was cash.
  it('"6 cash 4 qris": counts each way, the share paid in cash when the price is the catalogue\'s', () => {
    reads('sore laku 10 es kopi susu, 6 cash 4 qris', { intent: 'sale', payment: 'qris', tender: { cash: null, other: null, cash_share: 0.6 }, items: [{ product: 'es kopi susu', qty: 10 }] });
    reads('laku indomie 10 bks 35rb, 6 tunai 4 qris', { payment: 'qris', tender: { cash: 21000, other: 14000 }, items: [{ product: 'indomie', qty: 10 }] });
    reads('laku aqua 2 qris', { payment: 'qris', items: [{ product: 'aqua', qty: 2 }] });
  });
});

describe('owner tries (twenty-sixth session): all of a debt', () => {
  // "Berapa, Kak?": su "sadayana", jv "kabeh" are "all" as "semua" is.
  it('su "mayar sadayana", jv "nyaur kabeh" pay all that is open', () => {
    reads('ceu imas mayar sadayana', { intent: 'debt_pay', counterparty: 'ceu imas', amount: null, ask: [] });
    reads('darto nyaur kabeh', { intent: 'debt_pay', counterparty: 'darto', amount: null, ask: [] });
  });
});

describe('owner tries (twenty-sixth session): more days ahead and counts paid', () => {
  // Helpers' tries: repayments dated last month, a sale with its down payment dated the 12th of last month.
  it('"balikinnya", su "mulangkeun", "kurange", "dibayar" before a day: the day is ahead', () => {
    reads('teh rini minjem 25rb, balikinnya tanggal 20', { intent: 'debt_add', amount: 25000, date: '2026-12-20' });
    reads('teh rini nginjeum artos 25rebu, mulangkeun tanggal 20', { intent: 'debt_add', amount: 25000, date: '2026-12-20' });
    reads('pak darto kasbon 50rb, balikinnya tgl 10', { intent: 'debt_add', amount: 50000, date: '2026-12-10' });
    reads('pak darto njupuk beras 5 kilo, mbayar 30 ewu disik, kurange tanggal 12', { intent: 'sale', payment: 'credit', paid_now: 30000, date: '2026-12-12', items: [{ product: 'beras', qty: 5 }] });
    reads('pak darto bayar utang 20rb tanggal 3', { intent: 'debt_pay', amount: 20000, date: '2026-12-03' });
  });
  // All QRIS.
  it('"4 tunai sisanya qris": the rest of the count paid the other way', () => {
    reads('laku 6 le minerale 24rb, 4 tunai sisanya qris', { payment: 'qris', tender: { cash: 16000, other: 8000 }, items: [{ product: 'le minerale', qty: 6 }] });
  });
});

describe('owner tries (twenty-sixth session): slang money per unit', () => {
  // Rp1.000 a pack (goceng read as the total of five).
  it('"goceng sak bungkus" is Rp5.000 a pack', () => {
    reads('tadi payu indomie goreng 5 bks goceng sak bungkus', { intent: 'sale', amount: 25000, items: [{ product: 'indomie goreng', qty: 5, unit_price: 5000 }] });
    reads('laku aqua 2 botol goceng', { amount: 5000, items: [{ product: 'aqua', qty: 2, total: 5000 }] });
  });
});
