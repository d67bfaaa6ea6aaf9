// Negosiasi: a negotiation played through the simulator channel (the owner's request, a supplier, the
// policy's counters, the summary, the owner's "1") shows on the page with every message in order, the
// outcome and the saving against the first quote; an open one is listed as running. Staff see it too; an
// unknown id is a 404.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withService } from '../../core/db/tenant.ts';
import { addMember, login, newPage, OWNER, screenshot, startWebApp, TENANT, type WebApp } from './harness.ts';

let app: WebApp;
const MAKMUR = '+6281300000001';
const STAFF = '+6281200000078';

/** Sends through the real simulator API and waits until every message is handled and sent. */
async function say(from: string, text: string): Promise<void> {
  const res = await app.juragan.http.inject({ method: 'POST', url: '/api/simulator/messages', payload: { from, text, id: randomUUID() } });
  expect(res.statusCode).toBe(202);
  for (const until = Date.now() + 20_000; ;) {
    const open = await withService(app.db, async (tx) => Number((await tx.query<{ n: number }>(
      `select (select count(*) from inbox where status in ('pending', 'processing')) + (select count(*) from outbox where status in ('pending', 'sending')) as n`)).rows[0]!.n));
    if (open === 0) return;
    if (Date.now() > until) throw new Error('not settled');
    await new Promise((r) => setTimeout(r, 25));
  }
}

beforeAll(async () => {
  app = await startWebApp({ limits: { codePerAddress: 200, loginPerAddress: 200 } });
  await addMember(app.db, TENANT, STAFF, 'staff', 'Pak Udin');
  await say(OWNER, 'cariin telur 10 kg maks 27rb/kg');
  await say(MAKMUR, 'Ada pak, 28rb/kg, kirim besok');
  await say(MAKMUR, '26rb deh pak');
  await say(MAKMUR, '25.500 pas, gak bisa kurang');
  await say(OWNER, '1');
  await say(OWNER, 'cariin gula pasir 5 kg maks 18rb/kg');
}, 300_000);
afterAll(async () => app?.stop());

describe('Negosiasi page', () => {
  it('lists the running and the finished negotiation, and shows one with every message, the outcome and the saving', async () => {
    const { context, page } = await newPage(app);
    await login(app, page, OWNER);
    await page.goto(`${app.url}/negosiasi`);
    const open = page.getByTestId('open');
    const past = page.getByTestId('past');
    await open.getByText('gula pasir 5 kg').waitFor();
    expect(await open.textContent()).toContain('sedang ditawar');
    expect(await open.textContent()).not.toContain('telur');
    const done = await past.textContent();
    expect(done).toContain('telur 10 kg');
    expect(done).toContain('dipesan');
    expect(done).toContain('Toko Makmur');
    expect(done).toContain('Rp25.500/kg');
    expect(done).toContain('penawaran pertama Rp28.000/kg');
    expect(done).toContain('hemat Rp25.000');
    for (const vp of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      await page.setViewportSize(vp);
      await screenshot(page, 'negosiasi');
    }

    await page.setViewportSize({ width: 390, height: 844 });
    await past.getByRole('link', { name: 'telur 10 kg' }).click();
    await page.getByTestId('outcome').waitFor();
    expect(await page.getByTestId('outcome').textContent()).toContain('Dipesan dari Toko Makmur @ Rp25.500/kg');
    expect(await page.getByTestId('saving').textContent()).toBe('Hemat Rp25.000 (Rp2.500/kg) dari penawaran pertama Rp28.000/kg.');
    expect(await page.getByTestId('request').textContent()).toContain('batas Rp27.000/kg');
    const suppliers = await page.getByTestId('suppliers').textContent();
    expect(suppliers).toMatch(/Toko Makmur.*dipesan.*Rp28\.000.*Rp25\.500/);

    // Every message and offer, in the order they were written (the database's log, not the page's guess).
    const log = await withService(app.db, async (tx) => (await tx.query<{ direction: string; body: string }>(
      `select o.direction, o.body from negotiation_offers o join negotiations n on n.id = o.negotiation_id
        where n.item = 'telur' order by o.created_at, o.seq`)).rows);
    const shown = await page.getByTestId('messages').locator('.bubble').evaluateAll((els) => els.map((e) => e.getAttribute('data-direction')));
    expect(shown).toEqual(log.map((r) => r.direction));
    expect(shown[0]).toBe('ask');
    expect(shown.at(-1)).toBe('order');
    const texts = await page.getByTestId('messages').textContent();
    for (const r of log) expect(texts).toContain(r.body.slice(0, 40));
    expect(shown.filter((d) => d === 'counter').length).toBeGreaterThanOrEqual(1);
    for (const vp of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      await page.setViewportSize(vp);
      await screenshot(page, 'negosiasi-detail');
    }

    const missing = await page.goto(`${app.url}/negosiasi/${randomUUID()}`);
    expect(missing?.status()).toBe(404);
    await context.close();
  });

  it('shows staff the same page', async () => {
    const { context, page } = await newPage(app);
    await login(app, page, STAFF);
    await page.goto(`${app.url}/negosiasi`);
    await page.getByTestId('past').getByText('hemat Rp25.000').waitFor();
    await context.close();
  });
});
