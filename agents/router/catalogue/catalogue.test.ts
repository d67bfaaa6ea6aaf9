// Every product of the demo catalogue (supabase/seed.sql), by its name and by each alias, in a sale, a
// purchase, a stock question and a price change. Generated from the seeded catalogue itself.
// Frames: the router and the agents alone (the frame the parser should give); text: the whole path
// through the parser, where the phrasings the parser does not read yet are listed (agents/language owns them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../../core/db/testing.ts';
import { withService } from '../../../core/db/tenant.ts';
import type { ParseResult } from '../../../core/frame.ts';
import { voidBooked } from '../../finance/index.ts';
import { parse } from '../../language/index.ts';
import { registry } from '../handle-message.ts';
import { createHandleMessage } from '../router.ts';
import { DEMO_TENANT, OWNER, routerChat, type RouterChat } from '../testing.ts';

interface Row { id: string; name: string; aliases: string[]; unit: string; sell_price: number; avg_cost: number }
type Intent = 'sale' | 'purchase' | 'stock_check' | 'price_set';
const intents: Intent[] = ['sale', 'purchase', 'stock_check', 'price_set'];

const frameFor = (intent: Intent, name: string, p: Row): ParseResult => ({
  intent, amount: null, counterparty: null, direction: null, category: null, date: null, period: null, max_unit_price: null,
  payment: null, confidence: 0.9, ask: [],
  items: [{
    product: name, qty: intent === 'stock_check' || intent === 'price_set' ? null : 2, unit: null,
    unit_price: intent === 'price_set' ? p.sell_price + 500 : null,
    total: intent === 'purchase' ? Math.round(p.avg_cost) * 2 : null,
  }],
});
const textFor = (intent: Intent, name: string, p: Row): string => ({
  sale: `laku ${name} 2`,
  purchase: `kulakan ${name} 2 ${Math.round(p.avg_cost) * 2}`,
  stock_check: `stok ${name}`,
  price_set: `harga ${name} jadi ${p.sell_price + 500}`,
})[intent];

/** What the reply and the rows must show for the product. */
async function check(say: (t: string) => Promise<string>, q: (sql: string, a: unknown[]) => Promise<unknown[]>, intent: Intent, p: Row, message: string): Promise<string | null> {
  const before = await q(`select count(*)::int as n from transaction_lines where product_id = $1`, [p.id]);
  const reply = await say(message);
  if (!reply.includes(p.name)) return `${message} → ${reply}`;
  if (intent === 'sale' || intent === 'purchase') {
    if (!reply.includes('tercatat')) return `${message} → ${reply}`;
    const after = await q(`select count(*)::int as n from transaction_lines where product_id = $1`, [p.id]);
    if ((after[0] as { n: number }).n !== (before[0] as { n: number }).n + 1) return `${message} → no line for ${p.name}`;
  }
  if (intent === 'price_set') {
    const [row] = await q(`select sell_price::int as price from products where id = $1`, [p.id]) as { price: number }[];
    if (row.price !== p.sell_price + 500) return `${message} → price ${row.price}`;
    await q(`update products set sell_price = $2 where id = $1`, [p.id, p.sell_price]);
  }
  return null;
}

/**
 * Phrasings of the demo catalogue the parser does not read yet, by cause (agents/language owns them;
 * the router side of every name is covered by the frame table). This list may only shrink.
 */
const parserGaps: [RegExp, string][] = [];
const gap = (message: string) => parserGaps.find(([re]) => re.test(message))?.[1] ?? null;

describe.each(dbKinds)('the demo catalogue, every name and alias, on %s', (kind) => {
  // One database per test: each chat numbers its inbox ids from the same start (idempotency keys).
  let dbs: TestDb[];
  let products: Row[];
  const query = (db: TestDb) => (sql: string, a: unknown[]) => withService(db, async (tx) => (await tx.query(sql, a)).rows);
  beforeAll(async () => {
    dbs = [await freshDb(kind, { seeded: true })];
    products = (await query(dbs[0])(`select id, name, aliases, unit, sell_price::int, avg_cost::float8 from products where tenant_id = $1 order by name`, [DEMO_TENANT])) as Row[];
  });
  afterAll(async () => { for (const db of dbs ?? []) await db.close(); });

  const cases = (p: Row) => [p.name.toLowerCase(), ...p.aliases];

  it('by frame: the router and the agents find and book each one', async () => {
    const [db] = dbs;
    const q = query(db);
    const frames = new Map<string, ParseResult>();
    const chat: RouterChat = routerChat(db, {
      now: new Date('2026-11-21T03:00:00Z'),
      handle: createHandleMessage({ parse: (t, o) => frames.get(t) ?? parse(t, o), registry, voidBooked }),
    });
    const say = async (t: string) => (await chat.say(OWNER, t)).join('\n');
    const failed: string[] = [];
    let n = 0;
    for (const p of products) for (const name of cases(p)) for (const intent of intents) {
      const key = `#${n++}`;
      frames.set(key, frameFor(intent, name, p));
      const bad = await check(say, q, intent, p, key);
      if (bad) failed.push(`${intent} "${name}": ${bad}`);
    }
    expect(products.length).toBeGreaterThanOrEqual(40);
    expect(failed).toEqual([]);
  }, 240_000);

  // The parser is the same on both engines: the text pass runs once.
  it.runIf(kind === 'pglite')('by text: through the parser', async () => {
    const db = await freshDb(kind, { seeded: true });
    dbs.push(db);
    const q = query(db);
    const chat = routerChat(db, { now: new Date('2026-11-21T05:00:00Z') });
    const say = async (t: string) => (await chat.say(OWNER, t)).join('\n');
    const failed: string[] = [];
    let n = 0;
    for (const p of products) for (const name of cases(p)) for (const intent of intents) {
      const message = textFor(intent, name, p);
      n++;
      const bad = await check(say, q, intent, p, message);
      if (bad) {
        failed.push(bad);
        await say('tidak'); // drop any question it left open
      }
    }
    const known = failed.filter((m) => gap(m.split(' → ')[0]));
    if (process.env.GAPS) console.log(known.join("\n"));
    console.log(`catalogue by text: ${known.length} of ${n} phrasings wait for the parser (parserGaps)`);
    expect(failed.filter((m) => !gap(m.split(' → ')[0]))).toEqual([]);
  }, 240_000);
});
