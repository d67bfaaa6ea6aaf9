// Discounts and delivery costs through the router on a real database (both engines). The parser does
// not read "diskon"/"ongkir" yet, so these messages get their frame from a table here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService } from '../../core/db/tenant.ts';
import type { FrameItem, ParseResult } from '../../core/frame.ts';
import { addDebtReminder, voidBooked } from '../finance/index.ts';
import { parse } from '../language/index.ts';
import { registry } from './handle-message.ts';
import { createHandleMessage } from './router.ts';
import { OWNER, routerChat, type RouterChat } from './testing.ts';

const base: ParseResult = {
  intent: 'unknown', items: [], amount: null, counterparty: null, direction: null, category: null, date: null, period: null,
  max_unit_price: null, payment: null, confidence: 0.9, ask: [],
};
const it1 = (product: string, qty: number, unit: string, total: number | null): FrameItem => ({ product, qty, unit, unit_price: null, total });
const frames: Record<string, Partial<ParseResult>> = {
  'kulakan beras 1 karung 25 kg 310rb, ongkir 10rb': { intent: 'purchase', items: [it1('beras', 25, 'kg', 310_000)], amount: 310_000, delivery_cost: 10_000 },
  'laku gg 2 bks 52rb diskon 2rb': { intent: 'sale', items: [it1('gg', 2, 'bks', 52_000)], amount: 52_000, discount: 2_000 },
  'laku gg 2 bks dipotong 2rb jadi 50rb': { intent: 'sale', items: [it1('gg', 2, 'bks', 52_000)], amount: 50_000, discount: 2_000 },
};
const stubParse: typeof parse = (text, opts) => (frames[text] ? { ...base, ...frames[text] } : parse(text, opts));

describe.each(dbKinds)('discounts and delivery costs on %s', (kind) => {
  let db: TestDb;
  let chat: RouterChat;
  const q = (sql: string, params: unknown[] = []) => withService(db, async (tx) => (await tx.query(sql, params)).rows);
  const lastLine = (name: string) => q(`select l.qty::float8 as qty, l.unit_price, l.total, t.kind from transaction_lines l
      join transactions t on t.id = l.transaction_id join products p on p.id = l.product_id where p.name = $1 order by t.created_at desc limit 1`, [name]);

  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
    chat = routerChat(db, { now: new Date('2026-11-21T03:00:00Z'), handle: createHandleMessage({ parse: stubParse, registry, voidBooked, addDebtReminder }) });
  });
  afterAll(() => db.close());

  it('delivery cost lands on the goods: stock in, cost Rp12.800/kg, no transport expense', async () => {
    const [{ level: before }] = await q(`select s.level::float8 as level from stock_levels s join products p on p.id = s.product_id where p.name = 'Beras Medium'`);
    const r = (await chat.say(OWNER, 'kulakan beras 1 karung 25 kg 310rb, ongkir 10rb')).join('\n');
    expect(r).toContain('Pembelian Beras Medium 25 kg × Rp12.800 = Rp320.000');
    expect(r).toContain('Termasuk ongkir Rp10.000');
    expect(await lastLine('Beras Medium')).toEqual([{ qty: 25, unit_price: 12_800, total: 320_000, kind: 'purchase' }]);
    const [{ level: after }] = await q(`select s.level::float8 as level from stock_levels s join products p on p.id = s.product_id where p.name = 'Beras Medium'`);
    expect(Number(after) - Number(before)).toBe(25);
    expect(await q(`select count(*)::int as n from transactions where kind = 'expense'`)).toEqual([{ n: 0 }]);
  });

  it('a discount reduces the total; a net amount said is not cut twice', async () => {
    const r = (await chat.say(OWNER, 'laku gg 2 bks 52rb diskon 2rb')).join('\n');
    expect(r).toContain('Rp50.000');
    expect(r).toContain('Sudah dipotong diskon Rp2.000');
    expect(await lastLine('Gudang Garam Filter 12')).toEqual([{ qty: 2, unit_price: 25_000, total: 50_000, kind: 'sale' }]);
    await chat.say(OWNER, 'laku gg 2 bks dipotong 2rb jadi 50rb');
    expect(await lastLine('Gudang Garam Filter 12')).toEqual([{ qty: 2, unit_price: 25_000, total: 50_000, kind: 'sale' }]);
  });
});
