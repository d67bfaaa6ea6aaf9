// The negotiate intent from frames the parser does not produce yet (Sundanese "pangmeserkeun", a budget
// for the lot), built directly, through the wired registry and a stub parser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService } from '../../core/db/tenant.ts';
import type { ParseResult } from '../../core/frame.ts';
import { emptyFrame } from '../llm/fake-llm.ts';
import { registry } from '../router/handle-message.ts';
import { addDebtReminder, voidBooked } from '../finance/index.ts';
import { createHandleMessage } from '../router/router.ts';
import { OWNER, routerChat } from '../router/testing.ts';
import { handleSupplierMessage, ownerNegotiationMessage } from './index.ts';

const frames: Record<string, ParseResult> = {
  'pangmeserkeun endog 10 kg maks 27rb/kg': {
    ...emptyFrame, intent: 'negotiate', max_unit_price: 27_000, confidence: 0.9, ask: [],
    items: [{ product: 'endog', qty: 10, unit: 'kg', unit_price: null, total: null }],
  },
  'tolong tawar beras 2 karung': {
    ...emptyFrame, intent: 'negotiate', max_unit_price: null, confidence: 0.9, ask: [],
    items: [{ product: 'beras', qty: 2, unit: 'karung', unit_price: null, total: null }],
  },
};
const parse = (text: string): ParseResult => frames[text] ?? { ...emptyFrame, confidence: 0, ask: ['intent'] };
const handle = createHandleMessage({ parse, registry, voidBooked, addDebtReminder, supplierMessage: handleSupplierMessage, ownerNegotiation: ownerNegotiationMessage });

describe.each(dbKinds)('starting a negotiation on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => { db = await freshDb(kind, { seeded: true }); });
  afterAll(() => db.close());

  it('says back what it understood and asks every supplier when none covers the item', async () => {
    const chat = routerChat(db, { now: new Date('2026-12-01T03:00:00Z'), handle });
    const replies = await chat.send(OWNER, 'pangmeserkeun endog 10 kg maks 27rb/kg');
    expect(replies[0]!.text).toContain('Saya carikan endog 10 kg, batas Rp27.000/kg');
    expect(replies[0]!.text).toContain('paling lambat jam 12.00 WIB');
    expect(replies[0]!.text).toContain('Saya tanya ke: Toko Makmur, UD Sinar Jaya.');
    expect(replies.slice(1).map((r) => r.toPhone)).toEqual(['+6281300000001', '+6281300000002']);
    for (const r of replies.slice(1)) expect(r.text).not.toMatch(/27|Rp/);
    const rows = await withService(db, async (tx) => (await tx.query(
      `select n.max_price::int as max, n.status, (select count(*)::int from negotiation_suppliers s where s.negotiation_id = n.id) as suppliers
         from negotiations n where n.item = 'endog'`)).rows);
    expect(rows).toEqual([{ max: 27_000, status: 'open', suppliers: 2 }]);
  });

  it('asks for the missing limit instead of guessing one', async () => {
    const chat = routerChat(db, { now: new Date('2026-12-01T03:00:00Z'), handle });
    expect((await chat.say(OWNER, 'tolong tawar beras 2 karung')).join('\n')).toContain('Batas harganya berapa per karung');
  });

  it('the limit or the count asked, the answer starts the request (the real parser)', async () => {
    const chat = routerChat(db, { now: new Date('2026-12-01T03:00:00Z') });
    // Owner try: "pesenin gula 1 karung ke toko makmur" got the generic "Sebutkan barang, jumlah, dan batas harganya".
    expect((await chat.say(OWNER, 'pesenin gula 1 karung ke toko makmur')).join('\n')).toContain('Batas harganya berapa per karung');
    expect((await chat.say(OWNER, '650rb')).join('\n')).toContain('Saya carikan gula 1 karung, batas Rp650.000/karung');
    // Owner try: "cariin minyak goreng" without a count got the generic "Sebutkan barang, jumlah, dan batas harganya".
    expect((await chat.say(OWNER, 'cariin minyak goreng')).join('\n')).toContain('Minyak goreng berapa banyak, dan batas harganya');
    expect((await chat.say(OWNER, '5 dus maks 190rb/dus')).join('\n')).toContain('Saya carikan minyak goreng 5 dus, batas Rp190.000/dus');
  });
});
