// Harga pasar in the browser: the demo warung's Bapanas data (Kota Bandung) in the chart and the table;
// the network median appears only once 3 warungs bought the commodity; the owner's opt-out switch on
// Pengaturan takes the warung's purchases out of it (the median disappears again), and back in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadDemoPrices } from '../../agents/market-intel/demo-data.ts';
import { withService, withTenant } from '../../core/db/tenant.ts';
import { addMember, login, newPage, OWNER, screenshot, startWebApp, TENANT, type WebApp } from './harness.ts';

let app: WebApp;
const TELUR = 'd0000000-0000-4000-8000-000000000013';
const STAFF = '+6281200000077';
const sizes = [{ width: 390, height: 844 }, { width: 1280, height: 800 }];

/** Another warung in Kota Bandung that sells eggs. */
async function otherWarung(n: number): Promise<{ id: string; telur: string }> {
  return withService(app.db, async (tx) => {
    const id = (await tx.query<{ id: string }>(`insert into tenants (name, city, regency, province) values ($1, 'Bandung', 'Kota Bandung', 'Jawa Barat') returning id`, [`Warung Rahasia ${n}`])).rows[0]!.id;
    const telur = (await tx.query<{ id: string }>(`insert into products (tenant_id, name, aliases, unit) values ($1, 'Telur Ayam Negeri', '{telor}', 'kg') returning id`, [id])).rows[0]!.id;
    return { id, telur };
  });
}
const buyTelur = (tenant: string, product: string, price: number, ref: string) => withTenant(app.db, tenant, (tx) => tx.query(`select post_transaction($1)`, [{
  kind: 'purchase', source: 'chat', source_ref: ref, counterparty_name: 'Agen Telur', lines: [{ product_id: product, qty: 10, unit_price: price }],
}]));

const latestRow = (page: Page, source: string) => page.getByTestId('latest-prices').locator(`tr[data-source="${source}"]`);
const networkCell = (page: Page) => latestRow(page, 'network').locator('td.num');

beforeAll(async () => {
  app = await startWebApp({ limits: { codePerAddress: 200, loginPerAddress: 200 } });
  expect(await loadDemoPrices(app.db)).toMatchObject({ inserted: expect.any(Number) });
}, 300_000);
afterAll(async () => app?.stop());

describe('Harga pasar', () => {
  it('shows the demo warung\'s Bapanas prices: chart, latest price with source and date, its own commodities first', async () => {
    const { context, page } = await newPage(app);
    await login(app, page, OWNER);
    await page.goto(`${app.url}/harga-pasar?k=Bawang%20Merah`);
    expect(await latestRow(page, 'official').innerText()).toMatch(/Resmi · Bapanas[\s\S]*16 Nov 2025 · Kota Bandung[\s\S]*Rp45\.000\/kg/);
    const chart = page.getByTestId('price-chart');
    expect(await chart.getAttribute('data-series')).toBe('bapanas');
    await chart.locator('.recharts-line path').first().waitFor();
    expect(await latestRow(page, 'sell').innerText()).toContain('Rp45.000/kg');
    expect(await networkCell(page).innerText()).toBe('–');
    await page.getByText('Data terbaru yang ada: 16 Nov 2025').waitFor();
    // The picker: the warung's commodities (Dagangan Anda) before the rest.
    const groups = await page.locator('#k optgroup').evaluateAll((gs) => gs.map((g) => [g.getAttribute('label'), [...g.querySelectorAll('option')].map((o) => o.value)]));
    expect(groups[0]![0]).toBe('Dagangan Anda');
    expect(groups[0]![1]).toEqual(expect.arrayContaining(['Bawang Merah', 'Telur Ayam Ras', 'Beras Medium', 'Gula Konsumsi']));
    expect(groups[1]![1]).toContain('Daging Sapi Murni');
    for (const vp of sizes) {
      await page.setViewportSize(vp);
      await screenshot(page, 'harga-pasar-bawang');
    }
    // Picking another commodity and period with the form.
    await page.locator('#k').selectOption('Cabai Merah Keriting');
    await page.locator('#hari').selectOption('30');
    await page.getByRole('button', { name: 'Lihat' }).click();
    await page.waitForURL(/k=Cabai\+Merah\+Keriting&hari=30/);
    expect(await latestRow(page, 'official').innerText()).toMatch(/16 Nov 2025[\s\S]*Rp60\.000\/kg/);
    await context.close();
  }, 120_000);

  it('2 warungs → no network figure; 3 → the median; an owner\'s opt-out on Pengaturan takes it away again', async () => {
    const [w2, w3] = [await otherWarung(2), await otherWarung(3)];
    await buyTelur(TENANT, TELUR, 28000, 'demo-telur');
    await buyTelur(w2.id, w2.telur, 29000, 'w2-telur');
    const { context, page } = await newPage(app);
    await login(app, page, OWNER);
    await page.goto(`${app.url}/harga-pasar?k=Telur%20Ayam%20Ras`);
    expect(await networkCell(page).innerText()).toBe('–');
    expect(await latestRow(page, 'network').innerText()).toContain('perlu minimal 3 warung');
    expect(await latestRow(page, 'own').innerText()).toContain('Rp28.000/kg');

    await buyTelur(w3.id, w3.telur, 31000, 'w3-telur');
    await page.reload();
    expect(await networkCell(page).getAttribute('data-value')).toBe('29000');
    expect(await latestRow(page, 'network').innerText()).toMatch(/3 warung · Kota Bandung · Rp28\.000–Rp31\.000/);
    expect(await page.getByTestId('price-chart').getAttribute('data-series')).toBe('network own');
    expect(await page.content()).not.toMatch(/Rahasia|Agen Telur/);
    for (const vp of sizes) {
      await page.setViewportSize(vp);
      await screenshot(page, 'harga-pasar-telur');
    }
    await page.setViewportSize(sizes[0]!);

    // The owner stops sharing: the demo warung's purchase leaves the network, 2 warungs remain.
    await page.goto(`${app.url}/pengaturan`);
    const box = page.getByTestId('market-share');
    expect(await box.getAttribute('data-share')).toBe('on');
    await box.getByRole('button', { name: 'Berhenti berbagi' }).click();
    await box.getByRole('button', { name: 'Ya, lanjutkan' }).click();
    await box.getByRole('status').filter({ hasText: 'tidak dibagikan lagi' }).waitFor();
    await expect.poll(() => box.getAttribute('data-share')).toBe('off');
    const share = () => withService(app.db, async (tx) => (await tx.query(`select market_share from tenants where id = $1`, [TENANT])).rows[0]!.market_share);
    expect(await share()).toBe(false);
    for (const vp of sizes) {
      await page.setViewportSize(vp);
      await screenshot(page, 'pengaturan-harga-jaringan');
    }
    await page.goto(`${app.url}/harga-pasar?k=Telur%20Ayam%20Ras`);
    expect(await networkCell(page).innerText()).toBe('–');
    expect(await latestRow(page, 'own').innerText()).toContain('Rp28.000/kg'); // its own price stays its own

    // Back in: new purchases count again.
    await page.goto(`${app.url}/pengaturan`);
    await page.getByTestId('market-share').getByRole('button', { name: 'Ikut berbagi' }).click();
    await page.getByTestId('market-share').getByRole('status').filter({ hasText: 'ikut dihitung' }).waitFor();
    expect(await share()).toBe(true);
    await buyTelur(TENANT, TELUR, 30000, 'demo-telur-2');
    await page.goto(`${app.url}/harga-pasar?k=Telur%20Ayam%20Ras`);
    expect(await networkCell(page).getAttribute('data-value')).toBe('30000');
    await context.close();
  }, 120_000);

  it('the switch is the owner\'s: a staff session sees it without a button and gets 403; a bad body is a friendly 400', async () => {
    await addMember(app.db, TENANT, STAFF, 'staff', 'Pak Udin');
    const { context, page } = await newPage(app);
    await login(app, page, STAFF);
    await page.goto(`${app.url}/pengaturan`);
    const box = page.getByTestId('market-share');
    await box.getByText('Hanya pemilik yang bisa mengubahnya.').waitFor();
    expect(await box.getByRole('button').count()).toBe(0);
    const post = async (c: typeof context, p: typeof page, data: unknown) => {
      const csrf = (await c.cookies()).find((k) => k.name.includes('csrf'))!.value;
      return p.request.post(`${app.url}/api/pengaturan/harga-jaringan`, { data, headers: { 'x-csrf-token': csrf } });
    };
    expect((await post(context, page, { share: 'off' })).status()).toBe(403);
    await context.close();
    const owner = await newPage(app);
    await login(app, owner.page, OWNER);
    const bad = await post(owner.context, owner.page, { share: 'maybe' });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).message).toContain('Pilihan tidak dikenali');
    expect(await withService(app.db, async (tx) => (await tx.query(`select market_share from tenants where id = $1`, [TENANT])).rows[0]!.market_share)).toBe(true);
    await owner.context.close();
  }, 120_000);
});
