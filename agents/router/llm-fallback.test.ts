// The LLM is asked only when the parser is unsure; its answer is validated; a failing or lying LLM
// never breaks the chat (the rule result stands).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService } from '../../core/db/tenant.ts';
import type { Frame } from '../../core/frame.ts';
import type { Llm } from '../../core/ports/llm.ts';
import { FakeLlm, emptyFrame } from '../llm/fake-llm.ts';
import { OWNER, routerChat } from './testing.ts';

const saleFrame: Frame = {
  ...emptyFrame, intent: 'sale', counterparty: 'mas ujang',
  items: [{ product: 'indomie goreng', qty: 2, unit: 'bungkus', unit_price: null, total: null }],
};
// A bare name the rules cannot tell from goods ("si ujang" they now read as a person).
const unsure = 'tolong dicatet ya td ujang ambil dua indomie goreng';
const now = new Date('2026-11-21T03:00:00Z');

describe('LLM fallback (pglite)', () => {
  let db: TestDb;
  beforeAll(async () => { db = await freshDb('pglite', { seeded: true }); });
  afterAll(() => db.close());
  const lines = () => withService(db, async (tx) => (await tx.query(
    `select l.qty, l.total from transaction_lines l join products p on p.id = l.product_id where p.name = 'Indomie Goreng'`)).rows);

  it('books what the LLM extracted when the parser is unsure, with the catalogue and local time', async () => {
    const llm = new FakeLlm(() => saleFrame);
    const replies = await routerChat(db, { now, llm }).say(OWNER, unsure);
    expect(replies.join('\n')).toContain('Indomie Goreng 2 bks × Rp3.500 = Rp7.000');
    expect(llm.calls).toHaveLength(1);
    expect(llm.calls[0].text).toBe(unsure);
    expect(llm.calls[0].now).toBe('2026-11-21T10:00:00+07:00');
    expect(llm.calls[0].products).toContain('Indomie Goreng');
    expect(await lines()).toEqual([{ qty: 2, total: 7000 }]);
  });

  it('does not ask the LLM when the parser is sure', async () => {
    const llm = new FakeLlm(() => saleFrame);
    await routerChat(db, { now, llm }).say(OWNER, 'laku aqua 1 btl');
    expect(llm.calls).toHaveLength(0);
  });

  it.each<[string, Llm]>([
    ['throws', { name: 'down', extractFrame: async () => { throw new Error('timeout'); } }],
    ['returns a malformed frame', { name: 'liar', extractFrame: async () => JSON.parse('{"intent":"sale","items":"lots"}') }],
  ])('falls back to the rule result when the LLM %s', async (_what, llm) => {
    const replies = await routerChat(db, { now, llm }).say(OWNER, unsure);
    expect(replies.join('\n')).toContain('belum paham');
    expect(await lines()).toHaveLength(1); // only the booking of the first test
  });

  it('asks for the goods when the LLM names none, and creates no product called ""', async () => {
    const blank: Frame = { ...saleFrame, counterparty: null, items: [{ product: ' ', qty: 3, unit: 'kg', unit_price: 17_500, total: null }] };
    const replies = await routerChat(db, { now, llm: new FakeLlm(() => blank) }).say(OWNER, unsure);
    expect(replies.join('\n')).toContain('Barangnya apa');
    const named = await withService(db, async (tx) => (await tx.query(`select count(*)::int as n from products where btrim(name) = ''`)).rows[0]);
    expect(named).toEqual({ n: 0 });
  });
});
