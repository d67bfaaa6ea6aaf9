// The ledger's reference model (core/ledger-model) against the whole chat path: random sequences of
// what an owner types — purchases and sales in loose units and in packs, "batal" + "ya", debts and
// payments (over-payments too) — go through the real parser, router and agents, and after every step
// the database must equal the model driven by what was SAID: stock, average cost, value, cost of
// goods, the person's debt and deposit. (supabase/tests/ledger-property.test.ts runs many more
// sequences straight through the SQL functions; this is the chat's sample of it.)
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AVG, Books, QTY, stockValue, toNumber } from '../../core/ledger-model/index.ts';
import { withService } from '../../core/db/tenant.ts';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { DEMO_TENANT, OWNER, routerChat } from './testing.ts';

const PRICE = 5000;
const RUNS = Number(process.env.LEDGER_CHAT_RUNS ?? 3);
const big = (n: number) => BigInt(n) * QTY;

type Op =
  | { op: 'buy'; qty: number; packs: boolean; unit: number }
  | { op: 'sell'; qty: number; packs: boolean }
  | { op: 'undo' }
  | { op: 'debt'; amount: number }
  | { op: 'pay'; amount: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('buy' as const), qty: fc.integer({ min: 1, max: 4 }), packs: fc.boolean(), unit: fc.integer({ min: 30, max: 45 }).map((n) => n * 100) }),
  fc.record({ op: fc.constant('sell' as const), qty: fc.integer({ min: 1, max: 6 }), packs: fc.boolean() }),
  fc.constant({ op: 'undo' as const }),
  fc.record({ op: fc.constant('debt' as const), amount: fc.integer({ min: 1, max: 9 }).map((n) => n * 5000) }),
  fc.record({ op: fc.constant('pay' as const), amount: fc.integer({ min: 1, max: 9 }).map((n) => n * 5000) }),
);

describe.each(dbKinds)('the chat against the ledger model on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => { db = await freshDb(kind, { seeded: true }); });
  afterAll(() => db?.close());
  const q = async <R>(sql: string, args: unknown[]) => withService(db, async (tx) => (await tx.query(sql, args)).rows as R[]);

  it('equals the model after every message', async () => {
    let runs = 0;
    // One chat for all sequences: its message ids (the bookings' idempotency keys) keep counting up.
    const chat = routerChat(db, { now: new Date() });
    await fc.assert(fc.asyncProperty(fc.integer({ min: 2, max: 12 }), fc.array(opArb, { minLength: 6, maxLength: 14 }), async (size, ops) => {
      // Letters only, and far apart from run to run: a near name would be asked about (defect 6).
      const letters = () => randomUUID().replace(/-/g, '').slice(0, 10).replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!)
        .replace(/(.)\1+/g, '$1'); // the parser folds repeated letters ("bangeeet")
      const word = letters();
      const person = `bu ${letters()}`;
      const [p] = await q<{ id: string }>(`insert into products (tenant_id, name, aliases, unit, sell_price) values ($1, $2, $3, 'pcs', $4) returning id`,
        [DEMO_TENANT, `Barang ${word}`, [word], PRICE]);
      await q(`select set_product_unit($1, $2, 'dus', $3)`, [DEMO_TENANT, p!.id, size]);
      // Each sequence starts a fresh conversation (no question or last entry left from the one before).
      await q(`delete from conversation_state where tenant_id = $1`, [DEMO_TENANT]);
      const say = async (text: string) => (await chat.say(OWNER, text)).join('\n');
      const m = new Books();
      let contact: string | null = null;
      let last: string | null = null; // the transaction "batal" would undo
      let level = 0;

      let reply = '';
      for (const o of ops) {
        if (o.op === 'buy' || o.op === 'sell') {
          const qty = o.packs ? o.qty * size : o.qty;
          if (o.op === 'sell' && qty > level) continue; // selling short is its own subject (the SQL model test)
          const said = o.packs ? `${o.qty} dus` : `${o.qty} pcs`;
          const total = o.op === 'buy' ? qty * o.unit : qty * PRICE;
          reply = await say(o.op === 'buy' ? `kulakan ${word} ${said} total ${total}` : `laku ${word} ${said}`);
          expect(reply, reply).toContain('tercatat');
          const [t] = await q<{ id: string; total: number }>(`select t.id, t.total from transactions t join transaction_lines l on l.transaction_id = t.id
            where l.product_id = $1 and not (t.id = any($2::uuid[]))`, [p!.id, [...m.txs.keys()]]);
          expect(t?.total, reply).toBe(total);
          m.post({ id: t!.id, kind: o.op === 'buy' ? 'purchase' : 'sale', payment: 'cash', contactId: null, debtId: null,
            lines: [{ productId: p!.id, qty: big(qty), total: BigInt(total) }] });
          level += o.op === 'buy' ? qty : -qty;
          last = t!.id;
        } else if (o.op === 'undo') {
          if (!last) continue;
          expect(await say('batal')).toContain('Batalkan');
          expect(await say('ya')).toContain('dibatalkan');
          const tx = m.txs.get(last)!;
          level -= (tx.kind === 'purchase' ? 1 : -1) * Number(tx.lines[0]!.qty / QTY);
          expect(m.voidTx(last)).toBe('voided');
          last = null;
        } else {
          reply = await say(o.op === 'debt' ? `${person} ngutang ${o.amount}` : `${person} bayar ${o.amount}`);
          if (o.op === 'pay' && !contact) continue; // nobody to pay yet: nothing is booked
          if (o.op === 'pay' && /tidak punya utang/.test(reply)) {
            // The chat books a payment only against an open debt (an overpayment on one becomes a deposit).
            expect(m.debts.balance(contact!, 'receivable').outstanding, reply).toBe(0n);
            continue;
          }
          expect(reply, reply).toMatch(/tercatat|titipan/i);
          contact ??= (await q<{ id: string }>(`select id from contacts where tenant_id = $1 and lower(name) = $2`, [DEMO_TENANT, person]))[0]!.id;
          if (o.op === 'debt') {
            // The new row: the one the model does not know yet (two rows may share a clock tick).
            const [d] = await q<{ id: string }>(`select id from debts where contact_id = $1 and not (id = any($2::uuid[]))`, [contact, [...m.debts.debts.keys()]]);
            expect(d, reply).toBeDefined();
            m.debts.add(d!.id, contact, 'receivable', BigInt(o.amount));
          } else {
            const [pay] = await q<{ id: string }>(`select id from debt_payments where contact_id = $1 and not (id = any($2::uuid[]))`, [contact, [...m.debts.payments.keys()]]);
            expect(pay, reply).toBeDefined();
            m.payDebt(pay!.id, contact, 'receivable', BigInt(o.amount), 'cash');
          }
          last = null; // "batal" would now undo the debt entry, which this sample leaves alone
        }
        // The database equals the model.
        const [s] = await q<{ level: number; avg_cost: number | null; bought: number; cogs: number }>(`select s.level, p.avg_cost,
            (select coalesce(sum(cost), 0)::bigint from cost_ledger c where c.product_id = p.id) as bought,
            (select coalesce(sum(cogs), 0)::bigint from cost_ledger c where c.product_id = p.id) as cogs
          from products p join stock_levels s on s.product_id = p.id where p.id = $1`, [p!.id]);
        const mp = m.stock.product(p!.id);
        const books = m.stock.totals(p!.id);
        expect({ level: Number(s!.level), avg: s!.avg_cost === null ? null : Number(s!.avg_cost), bought: Number(s!.bought), cogs: Number(s!.cogs) }).toEqual({
          level: toNumber(mp.level, QTY), avg: mp.avg === null ? null : toNumber(mp.avg, AVG), bought: Number(books.bought), cogs: Number(books.cogs) });
        expect(books.bought).toBe(books.cogs + stockValue(mp.avg, mp.level));
        if (contact) {
          const want = m.debts.balance(contact, 'receivable');
          const [b] = await q<{ outstanding: number; deposit: number }>(`select outstanding, deposit from debt_balances where contact_id = $1 and direction = 'receivable'`, [contact]);
          expect({ outstanding: Number(b?.outstanding ?? 0), deposit: Number(b?.deposit ?? 0) }, reply).toEqual({ outstanding: Number(want.outstanding), deposit: Number(want.deposit) });
        }
      }
      runs += 1;
    }), { numRuns: RUNS });
    expect(runs).toBe(RUNS);
  }, 300_000);
});
