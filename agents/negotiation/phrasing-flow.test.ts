// With an LLM configured, the chat flow lets it word what goes to suppliers, under the guard: a faithful
// rewording is sent (and logged as sent), a reply that changes a price or promises a purchase is dropped
// for the template, a model that fails changes nothing. The owner's summary is never the model's.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withService } from '../../core/db/tenant.ts';
import type { Llm } from '../../core/ports/llm.ts';
import { startTestApp, type TestApp } from '../../bot/testing.ts';

const TENANT = 'a0000000-0000-4000-8000-000000000001';
const OWNER = '+6281200000001';
const MAKMUR = '+6281300000001';

const draftOf = (prompt: string) => /Draft:\n([\s\S]*?)\n\nReply with/.exec(prompt)![1]!;
const prompts: string[] = [];
let mode: 'reword' | 'cheat' | 'down' = 'reword';
const llm: Llm = {
  name: 'stub-writer',
  extractFrame: async () => { throw new Error('not used: every message here is one the parser is sure of'); },
  async writeText(prompt) {
    prompts.push(prompt);
    const draft = draftOf(prompt);
    if (mode === 'down') throw new Error('model down');
    if (mode === 'cheat') return 'Oke deal Rp35.000/kg, kami ambil semua ya';
    return `Permisi 🙏 ${draft}`;
  },
};

describe('LLM wording in the chat flow', () => {
  let app: TestApp;
  const chatOf = (phone: string) => withService(app.db, async (tx) => (await tx.query<{ body: string }>(
    `select body from outbox where chat = $1 and tenant_id = $2 order by created_at, seq`, [phone, TENANT])).rows.map((r) => r.body));

  beforeAll(async () => { app = await startTestApp({ stack: 'pglite', now: '2026-12-01T03:00:00Z', llm }); }, 120_000);
  afterAll(async () => app?.stop());

  test('faithful wording goes out, a changed price or a promise falls back to the template', async () => {
    const ack = (await app.say(OWNER, 'cariin telur 10 kg maks 27rb/kg')).join('\n');
    expect(ack).toContain('Saya carikan telur 10 kg'); // the owner's confirmation is ours, never the model's
    expect(ack).not.toContain('Permisi');
    const request = (await chatOf(MAKMUR)).at(-1)!;
    expect(request).toMatch(/^Permisi 🙏 Halo, Toko Makmur/);
    expect(prompts[0]).toContain('Kind of message: request');

    mode = 'cheat';
    const counter = (await app.say(MAKMUR, 'Ada pak, 28rb/kg, kirim besok')).join('\n');
    expect(counter).toMatch(/^Terima kasih, Toko Makmur\. Kalau Rp2\d\.\d00\/kg bagaimana\?/);
    expect(counter).not.toMatch(/35|deal|ambil semua/);

    mode = 'down';
    const second = (await app.say(MAKMUR, '26rb deh pak')).join('\n');
    expect(second).toMatch(/^Terima kasih, Toko Makmur\. Kalau Rp2\d\.\d00\/kg/);

    mode = 'reword';
    const accepted = (await app.say(MAKMUR, '25.500 pas, gak bisa kurang')).join('\n');
    expect(accepted).toBe('Permisi 🙏 Baik, Toko Makmur, Rp25.500/kg kami catat. Kami konfirmasi dulu ke pemilik, nanti dikabari untuk pesanannya 🙏');
    const summary = (await chatOf(OWNER)).at(-1)!;
    expect(summary).toMatch(/^Hasil tawar telur 10 kg/);

    // The log holds what was sent, with the policy's price beside it.
    const log = await withService(app.db, async (tx) => (await tx.query<{ direction: string; price: number | null; body: string }>(
      `select o.direction, o.price::int as price, o.body from negotiation_offers o join negotiations n on n.id = o.negotiation_id
        where n.tenant_id = $1 and o.direction <> 'offer' order by o.created_at, o.seq`, [TENANT])).rows);
    expect(log.map((r) => r.direction)).toEqual(['ask', 'counter', 'counter', 'accept']);
    expect(log[0]!.body).toBe(request);
    expect(log[1]!.body).toBe(counter);
    expect(log[3]).toEqual({ direction: 'accept', price: 25_500, body: accepted });
    for (const r of log) for (const m of r.body.matchAll(/Rp([\d.]+)/g)) expect(Number(m[1]!.replace(/\./g, ''))).toBe(r.price);
  });
});
