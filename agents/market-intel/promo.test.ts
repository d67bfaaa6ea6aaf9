// The promo text comes from the real catalogue: every price in it equals the product's selling price.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService, withTenant } from '../../core/db/tenant.ts';
import type { Llm } from '../../core/ports/llm.ts';
import { DEMO_TENANT, OWNER, routerChat } from '../router/testing.ts';
import type { ResolvedFrame } from '../router/types.ts';
import { loadDemoPrices } from './demo-data.ts';
import { promo } from './promo.ts';

const NOW = new Date('2025-11-15T05:00:00Z');
const frame: ResolvedFrame = { intent: 'promo', items: [], amount: null, counterparty: null, direction: null, category: null, date: null, period: null, max_unit_price: null, payment: null, contactId: null };
const ask = (db: TestDb, tenant = DEMO_TENANT, name = 'Warung Bu Sri') => withTenant(db, tenant, async (tx) => (await promo(
  { tx, tenant: { id: tenant, name, timezone: 'Asia/Jakarta' }, member: { id: 'm', role: 'owner', phone: OWNER, name: null }, inboxId: '1', source: 'chat', now: NOW }, frame)).replies.map((r) => r.text));

describe.each(dbKinds)('promo on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
    await loadDemoPrices(db);
    await withTenant(db, DEMO_TENANT, async (tx) => {
      const sale = (ref: string, lines: [string, number][], day: string) => tx.query(`select post_transaction($1)`, [{
        kind: 'sale', source: 'pos', source_ref: ref, occurred_at: `${day}T04:00:00Z`,
        lines: lines.map(([no, qty]) => ({ product_id: `d0000000-0000-4000-8000-0000000000${no}`, qty })),
      }]);
      await sale('p1', [['01', 20], ['25', 12]], '2025-11-13');
      await sale('p2', [['01', 10], ['30', 15], ['13', 2]], '2025-11-14');
      await sale('p3', [['21', 30]], '2025-11-01'); // older than a week: not a best seller now
    });
  });
  afterAll(() => db?.close());

  it('best sellers, overstock and what got cheaper, with the catalogue\'s prices', async () => {
    const [intro, text] = await ask(db);
    expect(intro).toContain('Tinggal diteruskan');
    expect(text).toContain('🛒 *PROMO WARUNG BU SRI MINGGU INI* 🛒');
    expect(text).toMatch(/🔥 Paling laris:\n• Indomie Goreng — Rp3\.500\/bks\n• Kopi Kapal Api Special Mix — Rp2\.000\/sachet\n• Aqua 600 ml — Rp4\.000\/btl/);
    expect(text).toContain('📦 Stok melimpah, ayo borong:');
    // Cabai Rawit Merah: 45.000 on 7 Nov → 40.000 on 14 Nov at the Bandung panel.
    expect(text).toContain('🌶️ Harga pasar lagi turun:\n• Cabai Rawit Merah — Rp50.000/kg');
    const quoted = [...text.matchAll(/• (.+) — Rp([\d.]+)\/(\S+)/g)].map((m) => ({ name: m[1], price: Number(m[2].replaceAll('.', '')), unit: m[3] }));
    expect(quoted.length).toBeGreaterThanOrEqual(5);
    const catalogue = await withService(db, async (tx) => (await tx.query<{ name: string; price: number; unit: string }>(
      `select name, sell_price as price, unit from products where tenant_id = $1 and name = any($2)`, [DEMO_TENANT, quoted.map((q) => q.name)])).rows);
    for (const q of quoted) expect(catalogue).toContainEqual(q);
  });

  it('a price change shows in the next promo', async () => {
    await withService(db, (tx) => tx.query(`update products set sell_price = 3700 where id = 'd0000000-0000-4000-8000-000000000001'`));
    expect((await ask(db))[1]).toContain('• Indomie Goreng — Rp3.700/bks');
  });

  it('with an LLM configured, the router hands llm.writeText to the promo: its text when the prices are the catalogue\'s, else the template', async () => {
    const indomie = await withService(db, async (tx) => (await tx.query<{ p: number }>(`select sell_price p from products where id = 'd0000000-0000-4000-8000-000000000001'`)).rows[0].p);
    const rp = (n: number) => `Rp${n.toLocaleString('de-DE')}`;
    let answer = '';
    const prompts: string[] = [];
    const llm: Llm = {
      name: 'fake-writer',
      extractFrame: async () => { throw new Error('the rule parser is sure of "buatin promo"'); },
      writeText: async (prompt) => { prompts.push(prompt); return answer; },
    };
    const chat = routerChat(db, { now: NOW, llm });
    answer = `Halo tetangga! 😍 Indomie Goreng cuma ${rp(indomie)}/bks di Warung Bu Sri. Yuk mampir!`;
    expect((await chat.say(OWNER, 'buatin promo minggu ini'))[1]).toBe(answer);
    expect(prompts[0]).toContain(`• Indomie Goreng — ${rp(indomie)}/bks`);
    answer = `Indomie Goreng cuma ${rp(indomie - 500)}/bks! Telur Rp25.000/kg!`; // a changed and an invented price
    const template = (await chat.say(OWNER, 'buatin promo minggu ini'))[1];
    expect(template).toContain('🛒 *PROMO WARUNG BU SRI MINGGU INI* 🛒');
    expect(template).toContain(`• Indomie Goreng — ${rp(indomie)}/bks`);
  });

  it('an empty warung gets no made-up promo', async () => {
    const t = await withService(db, async (tx) => (await tx.query<{ id: string }>(`insert into tenants (name, city) values ('Warung Kosong', 'Bandung') returning id`)).rows[0].id);
    expect(await ask(db, t, 'Warung Kosong')).toEqual(['Belum ada bahan promo, Kak: catat dulu jualan dan harga jualnya, nanti promonya Juragan buatkan.']);
  });
});
