// Debts asked about, reminders sent to customers, the day's entries and undo that finds the entry meant,
// through the router on a real database (both engines). Messages the parser does not read yet
// ("utang siapa aja?", "tagih bu yati", "catatan hari ini", "batal 3", "batalin … 320rb") get their frame
// from a table here, as the parser will give it; everything else goes through the real parser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService } from '../../core/db/tenant.ts';
import type { ParseResult } from '../../core/frame.ts';
import { addDebtReminder, voidBooked } from '../finance/index.ts';
import { parse } from '../language/index.ts';
import { registry } from './handle-message.ts';
import { createHandleMessage } from './router.ts';
import { CASHIER, DEMO_TENANT, OWNER, routerChat, type RouterChat } from './testing.ts';

const base: ParseResult = {
  intent: 'unknown', items: [], amount: null, counterparty: null, direction: null, category: null, date: null, period: null,
  max_unit_price: null, payment: null, confidence: 0.9, ask: [],
};
const frames: Record<string, Partial<ParseResult>> = {
  'utang siapa aja?': { intent: 'debt_query' },
  'daftar bon': { intent: 'debt_query' },
  'utang saya ke siapa aja': { intent: 'debt_query', direction: 'payable' },
  'utang bu yati berapa': { intent: 'debt_query', counterparty: 'bu yati' },
  'tagih bu yati': { intent: 'debt_remind', counterparty: 'bu yati' },
  'tagih pak darto': { intent: 'debt_remind', counterparty: 'pak darto' },
  'catatan hari ini': { intent: 'entries' },
  'batal 2': { intent: 'undo', target: 2 },
  'batal 9': { intent: 'undo', target: 9 },
  'batalin pengeluaran transport 320rb': { intent: 'undo', category: 'transport', amount: 320_000 },
  'batal aqua tadi': { intent: 'undo', items: [{ product: 'aqua', qty: null, unit: null, unit_price: null, total: null }] },
  'batal indomie tadi': { intent: 'undo', items: [{ product: 'indomie', qty: null, unit: null, unit_price: null, total: null }] },
  'hapus yg 50rb tadi': { intent: 'undo', amount: 50_000 },
};
const stubParse: typeof parse = (text, opts) => (frames[text] ? { ...base, ...frames[text] } : parse(text, opts));

type Q = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

describe.each(dbKinds)('debts, entries and undo in chat on %s', (kind) => {
  let db: TestDb;
  let chat: RouterChat;
  let q: Q;
  const say = (text: string, phone = OWNER) => chat.talk(phone, text);
  const count = async () => (await q<{ t: number; d: number; p: number }>(`select
      (select count(*)::int from transactions where tenant_id = $1) as t,
      (select count(*)::int from debts where tenant_id = $1) as d,
      (select count(*)::int from debt_payments where tenant_id = $1) as p`, [DEMO_TENANT]))[0];

  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
    const handle = createHandleMessage({ parse: stubParse, registry, voidBooked, addDebtReminder });
    chat = routerChat(db, { now: new Date('2026-10-10T03:00:00Z'), handle });
    q = (sql, params = []) => withService(db, async (tx) => (await tx.query(sql, params)).rows);
  });
  afterAll(() => db.close());

  it('lists who owes what, overdue first, and one person with their last entries; books nothing', async () => {
    expect(await say('pak darto ngutang 20rb')).toContain('tercatat');
    chat.now = new Date('2026-11-21T03:00:00Z');
    expect(await say('bu yati ngutang 45rb')).toContain('tercatat');
    expect(await say('bu yati bayar 5rb')).toContain('tercatat');
    expect(await say('utang ke toko makmur 300rb')).toContain('tercatat');
    const before = await count();
    const list = await say('utang siapa aja?');
    expect(list).toContain('2 orang, total Rp60.000');
    expect(list).toMatch(/1\. Pak Darto Rp20\.000 · 42 hari ⚠️ telat\n2\. Bu Yati Rp40\.000 · sejak hari ini/);
    expect(await say('daftar bon')).toContain('Pak Darto');
    const payable = await say('utang saya ke siapa aja');
    expect(payable).toContain('Toko Makmur Rp300.000');
    expect(payable).not.toContain('Bu Yati');
    const one = await say('utang bu yati berapa');
    expect(one).toContain('Utang Bu Yati sekarang Rp40.000');
    expect(one).toMatch(/Catatan terakhir:\n• 21 Nov 2026: bayar Rp5\.000\n• 21 Nov 2026: ngutang Rp45\.000/);
    expect(await count()).toEqual(before);
  });

  it('"tagih bu yati": asks her number once, shows the draft, sends it from the warung after yes', async () => {
    const ask = await say('tagih bu yati');
    expect(ask).toContain('Nomor WA Bu Yati berapa');
    const draft = await say('0812-5555-0001');
    expect(draft).toContain('Ini pesan untuk Bu Yati (0812-5555-0001)');
    expect(draft).toContain('Rp40.000');
    const sent = await chat.send(OWNER, 'ya');
    expect(sent[0]!.text).toContain('Terkirim');
    expect(sent[1]).toMatchObject({ toPhone: '+6281255550001' });
    expect(sent[1]!.text).toContain('Rp40.000');
    expect(await q(`select phone from contacts where name = 'Bu Yati'`)).toEqual([{ phone: '+6281255550001' }]);
    expect(await q(`select count(*)::int as n from debt_reminders where sent_at is not null`)).toEqual([{ n: 1 }]);
    // Kept: the next reminder does not ask again; "tidak" sends nothing.
    expect(await say('tagih bu yati')).toContain('Kirim sekarang');
    expect(await say('tidak')).toContain('tidak jadi dikirim');
    expect(await say('tagih bu yati', CASHIER)).toContain('hanya bisa dilakukan pemilik');
  });

  it('the reminder and undo questions are dropped by a complete request, like every other question', async () => {
    expect(await say('tagih pak darto')).toContain('Nomor WA Pak Darto berapa');
    const r = await say('laku aqua 600 1 btl');
    expect(r).toContain('(Pertanyaan soal tagihan Pak Darto saya lewati, Kak.)');
    expect(r).toContain('tercatat');
    expect(await q(`select phone from contacts where name = 'Pak Darto'`)).toEqual([{ phone: null }]);
    await say('laku aqua 600 1 btl');
    expect(await say('batal aqua tadi')).toContain('Ada 2 catatan yang cocok');
    expect(await say('laku indomie goreng 1 bks')).toContain('(Pertanyaan soal pembatalan saya lewati, Kak.)');
    expect(await q(`select count(*)::int as n from transactions where status = 'voided'`)).toEqual([{ n: 0 }]);
  });

  it('"catatan hari ini" numbers the day; "batal 2" voids that one after a yes and books nothing new', async () => {
    chat.now = new Date('2026-11-22T02:00:00Z');
    expect(await say('laku indomie goreng 2 bks')).toContain('tercatat');
    expect(await say('bayar transport 320rb')).toContain('tercatat');
    expect(await say('laku aqua 600 1 btl')).toContain('tercatat');
    const list = await say('catatan hari ini');
    expect(list).toMatch(/1\. \d\d\.\d\d Penjualan Indomie Goreng 2 bks[^\n]*\n2\. \d\d\.\d\d Pengeluaran[^\n]*Rp320\.000\n3\. /);
    const before = await count();
    expect(await say('batal 2')).toContain('Rp320.000');
    expect(await say('ya')).toContain('Sudah dibatalkan');
    expect(await q(`select status from transactions where kind = 'expense' and total = 320000`)).toEqual([{ status: 'voided' }]);
    expect(await count()).toEqual(before);
    expect(await say('catatan hari ini')).toMatch(/2\. [^\n]*❌ dibatalkan\n3\. /);
    expect(await say('batal 2')).toContain('sudah dibatalkan sebelumnya');
    expect(await say('batal 9')).toContain('tidak ada');
  });

  it('"batal" with details finds the entry meant; several fits are listed to choose from', async () => {
    chat.now = new Date('2026-11-23T02:00:00Z');
    await say('bayar transport 320rb');
    await say('laku indomie goreng 3 bks');
    await say('laku indomie soto 2 bks');
    await say('laku aqua 600 1 btl');
    const before = await count();
    // The last entry is Aqua; the details point at the transport expense.
    expect(await say('batalin pengeluaran transport 320rb')).toContain('Pengeluaran');
    expect(await say('ya')).toContain('Sudah dibatalkan');
    const which = await say('batal indomie tadi');
    expect(which).toMatch(/Ada 2 catatan yang cocok[\s\S]*1\. Penjualan Indomie Soto[\s\S]*2\. Penjualan Indomie Goreng/);
    // The number picked from the list is the yes (a helper needed a "ya" to the same entry again).
    expect(await say('2')).toContain('Sudah dibatalkan');
    expect(await say('hapus yg 50rb tadi')).toContain('tidak ketemu');
    expect(await count()).toEqual(before);
    expect(await q(`select l.description, t.status from transactions t join transaction_lines l on l.transaction_id = t.id
        where t.occurred_at >= '2026-11-22T17:00:00Z' order by t.occurred_at`)).toEqual([
      { description: 'Transport', status: 'voided' },
      { description: 'Indomie Goreng', status: 'voided' },
      { description: 'Indomie Soto', status: 'posted' },
      { description: 'Aqua 600 ml', status: 'posted' },
    ]);
    // The count said picks among entries of the same goods (a helper's "batalkan yg kopi 10 sachet" listed the 8 too).
    await say('laku aqua 600 3 btl');
    expect(await say('batalkan yg aqua 3 btl tadi')).toMatch(/^Batalkan catatan ini, Kak\?\nPenjualan Aqua 600 ml 3 btl/);
    expect(await say('tidak')).toContain('tidak jadi dibatalkan');
  });

  it('"batal yang kopi" read as a bare undo still finds the entry its words name', async () => {
    chat.now = new Date('2026-11-26T02:00:00Z');
    await say('laku kopi kapal api 2 sachet');
    await say('bayar listrik 100rb');
    await say('laku aqua 600 1 btl');
    expect(await say('batal yang kopi')).toMatch(/Batalkan catatan ini[\s\S]*Kopi Kapal Api/);
    expect(await say('ya')).toContain('Sudah dibatalkan');
    expect(await say('batal pengeluaran tadi')).toContain('Rp100.000');
    expect(await say('tidak')).toContain('tidak jadi dibatalkan');
    expect(await say('batal yang rokok')).toContain('tidak ketemu');
    expect(await say('batal aqua')).toContain('Aqua 600 ml');
    expect(await say('tidak')).toContain('tidak jadi');
    expect(await q(`select l.description, t.status from transactions t join transaction_lines l on l.transaction_id = t.id
        where t.occurred_at >= '2026-11-25T17:00:00Z' order by t.occurred_at`)).toEqual([
      { description: 'Kopi Kapal Api Special Mix', status: 'voided' },
      { description: 'Listrik', status: 'posted' },
      { description: 'Aqua 600 ml', status: 'posted' },
    ]);
  });

  it('a second "batal" finds the entry before the last', async () => {
    chat.now = new Date('2026-11-24T02:00:00Z');
    await say('laku indomie goreng 1 bks');
    await say('laku aqua 600 2 btl');
    expect(await say('batal')).toContain('Aqua 600 ml 2 btl');
    expect(await say('ya')).toContain('Sudah dibatalkan');
    expect(await say('batal')).toContain('Indomie Goreng 1 bks');
    expect(await say('ya')).toContain('Sudah dibatalkan');
    expect(await say('batal')).toContain('Belum ada catatan');
    expect(await q(`select status from transactions where occurred_at >= '2026-11-23T17:00:00Z' and occurred_at < '2026-11-24T17:00:00Z'`)).toEqual([{ status: 'voided' }, { status: 'voided' }]);
  });

  it('"batal" while a question is open cancels the question and says how to cancel the last entry', async () => {
    chat.now = new Date('2026-11-25T02:00:00Z');
    await say('laku aqua 600 1 btl');
    expect(await say('laku indomie 2')).toContain('yang mana');
    const r = await say('batal');
    expect(r).toContain('pertanyaan tadi dibatalkan');
    expect(r).toContain('Aqua 600 ml');
    expect(r).toContain('ketik "batal" sekali lagi');
    expect(await say('batal')).toContain('Batalkan catatan ini');
    expect(await say('ya')).toContain('Sudah dibatalkan');
  });

  it('"catatan hari ini" shows a pack as said beside its base quantity', async () => {
    chat.now = new Date('2026-11-29T02:00:00Z');
    expect(await say('laku surya 12 1 slop')).toContain('1 slop (10 bks)');
    expect(await say('catatan hari ini')).toMatch(/1\. \d\d\.\d\d Penjualan Rokok Surya 12 1 slop \(10 bks\) × Rp280\.000 = Rp280\.000/);
  });
});
