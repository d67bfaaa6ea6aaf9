// Who sees what, enforced by the server and the database: a cashier cannot open Transaksi or call
// its API, one warung cannot read another's transaction by URL, staff see no cost or profit. Then every
// page of the owner at phone and desktop size (screenshots in dashboard/test-artifacts/), and the
// changes the pages make (stock count, product, payment, contact, settings, export of everything).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { withService } from '../../core/db/tenant.ts';
import { addMember, CASHIER, login, newPage, OWNER, screenshot, settle, startWebApp, TENANT, type WebApp } from './harness.ts';

let app: WebApp;
const STAFF = '+6281200000077';
const INDOMIE = 'd0000000-0000-4000-8000-000000000001';
const BU_YATI = 'c0000000-0000-4000-8000-000000000013';

async function say(from: string, text: string) {
  await fetch(`${app.url}/api/simulator/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from, text }) });
}
const firstSale = () => withService(app.db, async (tx) => (await tx.query<{ id: string }>(`select id from transactions where tenant_id = $1 and kind = 'sale' order by created_at limit 1`, [TENANT])).rows[0]!.id);

beforeAll(async () => {
  app = await startWebApp({ limits: { codePerAddress: 200, loginPerAddress: 200 } });
  await addMember(app.db, TENANT, STAFF, 'staff', 'Pak Udin');
  for (const t of ['laku indomie goreng 5 bks 17.500', 'laku telur 2 kg 60rb qris', 'bu yati ngutang 25rb', 'beli beras 10 kg 128rb', 'bayar listrik 150rb', 'stok indomie goreng']) await say(OWNER, t);
  await settle(app);
  // A stock count that finds 3 packs of Indomie missing: Ringkasan shows "Selisih stok".
  await withService(app.db, (tx) => tx.query(`select set_stock_count($1, $2, (select level from stock_levels where product_id = $2) - 3, 'test:count-1', 'hitung')`, [TENANT, INDOMIE]));
}, 300_000);
afterAll(async () => app?.stop());

describe('access', () => {
  it('sends a cashier to the POS and refuses Transaksi and its API', async () => {
    const { context, page } = await newPage(app);
    await login(app, page, CASHIER);
    expect(new URL(page.url()).pathname).toBe('/pos');
    await screenshot(page, 'pos');
    await page.goto(`${app.url}/transaksi`);
    expect(new URL(page.url()).pathname).toBe('/pos');
    const id = await firstSale();
    for (const url of ['/api/transaksi', `/api/transaksi/${id}`, '/api/transaksi/export.csv', '/api/ekspor']) {
      expect((await page.request.get(`${app.url}${url}`)).status(), url).toBe(403);
    }
    await context.close();
  });

  it('does not show one warung another warung\'s transaction by URL', async () => {
    const other = await withService(app.db, async (tx) => {
      const t = (await tx.query<{ id: string }>(`insert into tenants (name) values ('Warung Lain') returning id`)).rows[0]!.id;
      await tx.query(`insert into members (tenant_id, phone, name, role) values ($1, '+6281255550000', 'Pak Lain', 'owner')`, [t]);
      const { rows } = await tx.query<{ r: { id: string } }>('select post_transaction($1) r',
        [{ tenant_id: t, kind: 'sale', source: 'chat', source_ref: randomUUID(), total: 99000, description: 'rahasia' }]);
      return rows[0]!.r.id;
    });
    const { context, page } = await newPage(app);
    await login(app, page, OWNER);
    const res = await page.goto(`${app.url}/transaksi/${other}`);
    expect(res!.status()).toBe(404);
    expect(await page.content()).not.toContain('rahasia');
    // Said in Indonesian, with the way back (Next's own page was English).
    expect(await page.getByRole('heading', { name: 'Halaman tidak ada' }).count()).toBe(1);
    const nowhere = await page.goto(`${app.url}/laporan-yang-tidak-ada`);
    expect(nowhere!.status()).toBe(404);
    expect(await page.getByText('Kembali ke halaman utama').count()).toBe(1);
    expect(await page.content()).not.toContain('could not be found');
    expect((await page.request.get(`${app.url}/api/transaksi/${other}`)).status()).toBe(404);
    // And the other warung's owner does not see Bu Sri's.
    const b = await newPage(app);
    await login(app, b.page, '+6281255550000');
    expect((await b.page.request.get(`${app.url}/api/transaksi/${await firstSale()}`)).status()).toBe(404);
    await b.context.close();
    await context.close();
  });

  it('shows staff sales, stock and debts but no cost or profit', async () => {
    const { context, page } = await newPage(app, { width: 1280, height: 800 });
    await login(app, page, STAFF);
    await page.getByRole('heading', { name: 'Ringkasan' }).waitFor();
    expect(await page.locator('[data-stat="omzet"]').count()).toBe(1);
    expect(await page.locator('[data-stat="grossProfit"], [data-stat="netProfit"], [data-stat="stockDiff"]').count()).toBe(0);
    await screenshot(page, 'ringkasan-staff');
    await page.goto(`${app.url}/transaksi`);
    expect(await page.locator('th', { hasText: 'Laba kotor' }).count()).toBe(0);
    await page.goto(`${app.url}/stok`);
    expect(await page.locator('th', { hasText: 'Modal' }).count()).toBe(0);
    expect(await page.locator('.stock-cost-under').count()).toBe(0);
    const detail = await (await page.request.get(`${app.url}/api/transaksi/${await firstSale()}`)).json();
    expect(detail.cogs).toBeNull();
    expect(detail.lines.every((l: { cogs: unknown }) => l.cogs === null)).toBe(true);
    const csv = await (await page.request.get(`${app.url}/api/transaksi/export.csv`)).text();
    expect(csv.split('\n')[0]).not.toContain('Laba kotor');
    expect((await page.request.get(`${app.url}/api/ekspor`)).status()).toBe(403);
    await context.close();
  });
});

describe('the owner\'s pages', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await newPage(app));
    await login(app, page, OWNER);
  });

  async function shoot(path: string, name: string, ready: string) {
    for (const vp of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      await page.setViewportSize(vp);
      await page.goto(`${app.url}${path}`);
      await page.getByText(ready).first().waitFor();
      if (await page.locator('nav.nav').count()) await navUsable(vp.width);
      // No table hides a column off to the side (Stok's fourth column did on a phone).
      const sideways = await page.locator('.table-wrap').evaluateAll((wraps) => wraps.filter((w) => w.scrollWidth > w.clientWidth + 1).length);
      expect(sideways, `${path} at ${vp.width} px`).toBe(0);
      await screenshot(page, name);
    }
    await page.setViewportSize({ width: 390, height: 844 });
  }

  /**
   * Every menu item on screen, its label whole (never squeezed or cut): on a phone four and "Lainnya", which holds the rest
   * (the bar scrolled sideways, and owners never found Chat and Atur); on a wide screen all nine. The current page is marked,
   * on a phone by "Lainnya" when its item is in there.
   */
  async function navUsable(width: number) {
    await page.locator('nav.nav[data-ready]').waitFor();
    const shown = await page.locator('nav.nav > a, nav.nav summary').evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).map((e) => {
      const r = e.getBoundingClientRect();
      return { label: e.textContent, clipped: e.scrollWidth > e.clientWidth + 1, left: r.left, right: r.right, active: e.classList.contains('active') };
    }));
    expect(shown.map((i) => i.label)).toEqual(width < 900
      ? ['◔Ringkasan', '☰Transaksi', '▦Stok', '✎Utang', '⋯Lainnya']
      : ['◔Ringkasan', '☰Transaksi', '▦Stok', '✎Utang', '☺Kontak', '⇄Tawar', '↗Harga', '✉Chat', '⚙Atur']);
    expect(shown.filter((i) => i.clipped).map((i) => i.label)).toEqual([]);
    for (const i of shown) {
      expect(i.left, `${i.label} on screen`).toBeGreaterThanOrEqual(-1);
      expect(i.right, `${i.label} on screen`).toBeLessThanOrEqual(width + 1);
    }
    expect(shown.filter((i) => i.active)).toHaveLength(1);
  }

  /** "Lainnya" on a phone opens the other five above the bar, each reachable, and a pick closes it. */
  it('opens the rest of the menu from "Lainnya" on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}/`);
    await page.locator('nav.nav[data-ready]').waitFor();
    await page.locator('nav.nav summary').click();
    const more = page.locator('nav.nav .more-list a');
    expect(await more.evaluateAll((links) => links.map((a) => a.textContent))).toEqual(['☺Kontak', '⇄Tawar', '↗Harga', '✉Chat', '⚙Atur']);
    const [list, bar] = [await page.locator('nav.nav .more-list').boundingBox(), await page.locator('nav.nav').boundingBox()];
    expect(list!.y + list!.height).toBeLessThanOrEqual(bar!.y + 1);
    expect(list!.x + list!.width).toBeLessThanOrEqual(391);
    await screenshot(page, 'menu-lainnya');
    await more.filter({ hasText: 'Atur' }).click();
    await page.waitForURL(/\/pengaturan$/);
    await page.locator('nav.nav summary.active').waitFor();
    expect(await page.locator('nav.nav .more-list').isVisible()).toBe(false);
  });

  it('renders every page at phone and desktop size', async () => {
    const sale = await firstSale();
    await shoot('/', 'ringkasan-owner', 'Terlaris');
    expect(await page.locator('[data-stat="stockDiff"] .value').innerText()).toMatch(/^-Rp[\d.]+$/);
    await shoot('/transaksi', 'transaksi-daftar', 'Barang');
    await shoot(`/transaksi/${sale}`, 'transaksi-detail-owner', 'Pengaruh ke stok');
    await shoot('/stok', 'stok', 'Indomie Goreng');
    // On a phone the average cost is said under the sell price (its own column is hidden).
    const indomie = page.getByTestId('products').locator('tr').filter({ has: page.getByRole('link', { name: 'Indomie Goreng', exact: true }) });
    expect(await indomie.locator('td.num').nth(1).innerText()).toMatch(/^Rp3\.500\s+modal Rp[\d.]+$/);
    await shoot(`/stok/${INDOMIE}`, 'stok-produk', 'Riwayat stok');
    await shoot('/utang', 'utang', 'Bu Yati');
    await shoot(`/utang/${BU_YATI}`, 'utang-orang', 'Riwayat');
    await shoot('/kontak', 'kontak', 'Toko Makmur');
    await shoot('/percakapan', 'percakapan', 'Bu Sri');
    await shoot(`/percakapan/b0000000-0000-4000-8000-000000000001`, 'percakapan-chat', 'laku indomie goreng');
    await shoot('/pengaturan', 'pengaturan', 'Perangkat yang masuk');
    // An owner reads no operator's switch (a helper's try: "Jalankan dengan WHATSAPP=on").
    expect(await page.locator('main').innerText()).not.toMatch(/WHATSAPP=|Jalankan dengan/);
    await shoot('/simulator', 'simulator', 'Pilih siapa Anda');
  }, 180_000);

  it('counts stock, adds a product, records a payment, adds a contact, keeps settings', async () => {
    await page.goto(`${app.url}/stok/${INDOMIE}`);
    await page.getByLabel(/Hasil hitung stok/).fill('42');
    await page.getByRole('button', { name: 'Simpan hitungan' }).click();
    await page.getByRole('button', { name: 'Ya, lanjutkan' }).click();
    await page.getByTestId('level').filter({ hasText: '42 bks' }).waitFor();

    await page.goto(`${app.url}/stok`);
    await page.getByLabel('Nama barang').fill('Kopi Kapal Api');
    await page.getByLabel('Satuan dasar').fill('sachet');
    // Rupiah as Indonesians type it (a phone try: "3.500" was refused in English, "5.000" paid Rp5).
    await page.getByLabel('Harga jual (Rp)').fill('2.000');
    await page.getByLabel('Kemasan (mis. dus)').fill('renteng');
    await page.getByLabel('Isi per kemasan').fill('10');
    await page.getByRole('button', { name: 'Tambah barang' }).click();
    await page.getByRole('link', { name: 'Kopi Kapal Api' }).waitFor();
    // Its "added" in view too once the new row has pushed the form down (a tour saw nothing: it was under the menu).
    const done = page.getByRole('status').filter({ hasText: 'Barang ditambahkan.' });
    await expect.poll(async () => {
      const [answer, nav] = [await done.boundingBox(), await page.locator('nav.nav').boundingBox()];
      return answer != null && answer.y >= 0 && answer.y + answer.height <= nav!.y + 1;
    }).toBe(true);
    // The same name again (any case) is refused: one product, one row.
    await page.getByLabel('Nama barang').fill('kopi kapal api');
    await page.getByLabel('Satuan dasar').fill('sachet');
    await page.getByRole('button', { name: 'Tambah barang' }).click();
    const refused = page.getByRole('alert').filter({ hasText: 'Barang "kopi kapal api" sudah ada' });
    await refused.waitFor();
    // On a phone the answer is on screen, above the bottom menu (it was behind it).
    await expect.poll(async () => {
      const [answer, nav] = [await refused.boundingBox(), await page.locator('nav.nav').boundingBox()];
      return answer!.y + answer!.height <= nav!.y + 1;
    }).toBe(true);
    expect(await page.getByRole('link', { name: 'Kopi Kapal Api', exact: true }).count()).toBe(1);
    // No stock ever came in: not counted (the chat says so too), so not "0 sachet" in red nor in Stok menipis.
    const added = page.getByTestId('products').locator('tr').filter({ has: page.getByRole('link', { name: 'Kopi Kapal Api', exact: true }) });
    expect(await added.locator('td.num').first().innerText()).toBe('tidak dihitung');
    expect(await added.innerText()).toContain('Rp2.000');
    await page.getByRole('link', { name: 'Kopi Kapal Api', exact: true }).click();
    expect(await page.getByTestId('level').innerText()).toBe('tidak dihitung');
    await page.goto(`${app.url}/stok?menipis=1`);
    await page.getByTestId('products').waitFor();
    expect(await page.getByRole('link', { name: 'Kopi Kapal Api', exact: true }).count()).toBe(0);

    await page.goto(`${app.url}/utang/${BU_YATI}`);
    await page.getByLabel('Jumlah dibayar (Rp)').fill('sepuluh ribu');
    await page.getByRole('button', { name: 'Catat pembayaran' }).click();
    await page.getByRole('alert').filter({ hasText: 'Isian "jumlah" belum benar' }).waitFor();
    // More than is owed is refused, nothing booked (a helper's Rp999.999.999 against Rp25.000 was kept as a deposit).
    await page.getByLabel('Jumlah dibayar (Rp)').fill('999.999.999');
    await page.getByRole('button', { name: 'Catat pembayaran' }).click();
    await page.getByRole('alert').filter({ hasText: 'Lebih dari sisa utangnya (Rp25.000)' }).waitFor();
    expect(await page.getByTestId('rest').innerText()).toBe('Rp25.000');
    await page.getByLabel('Jumlah dibayar (Rp)').fill('10.000');
    await page.getByRole('button', { name: 'Catat pembayaran' }).click();
    await page.getByTestId('rest').filter({ hasText: 'Rp15.000' }).waitFor();
    // Paid off, it says so (it read "Masih berutang: Rp0").
    await page.getByLabel('Jumlah dibayar (Rp)').fill('15.000');
    await page.getByRole('button', { name: 'Catat pembayaran' }).click();
    await page.getByText('Lunas 🎉').waitFor();
    expect(await page.getByText('Masih berutang').count()).toBe(0);

    await page.goto(`${app.url}/kontak`);
    await page.getByLabel('Nama', { exact: true }).fill('Bu Tini');
    await page.getByLabel('Nomor WhatsApp').fill('081266667777');
    await page.getByRole('button', { name: 'Tambah kontak' }).click();
    await page.getByRole('link', { name: 'Bu Tini' }).waitFor();
    // A contact of a name already there (Bu Yati owes, with no number): her number goes to her, no second Bu Yati.
    await page.getByLabel('Nama', { exact: true }).fill('bu yati');
    await page.getByLabel('Nomor WhatsApp').fill('081277776666');
    await page.getByRole('button', { name: 'Tambah kontak' }).click();
    await page.getByRole('status').filter({ hasText: 'nomornya disimpan' }).waitFor();
    const yati = await withService(app.db, async (tx) => (await tx.query(`select id, phone from contacts where tenant_id = $1 and lower(name) = 'bu yati'`, [TENANT])).rows);
    expect(yati).toEqual([{ id: BU_YATI, phone: '+6281277776666' }]);
    // Another number under that name is refused.
    await page.getByLabel('Nama', { exact: true }).fill('Bu Yati');
    await page.getByLabel('Nomor WhatsApp').fill('081299998888');
    await page.getByRole('button', { name: 'Tambah kontak' }).click();
    await page.getByRole('alert').filter({ hasText: 'Kontak bernama Bu Yati sudah ada' }).waitFor();

    await page.goto(`${app.url}/pengaturan`);
    await page.getByLabel(/Kode QRIS/).fill('00020101021126570011ID.DANA.WWW6304ABCD');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'QRIS tidak valid' }).waitFor();
    await page.getByLabel(/Kode QRIS/).fill('');
    await page.getByLabel('Kota').fill('Cimahi');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'tersimpan' }).waitFor();
    expect(await withService(app.db, async (tx) => (await tx.query(`select city from tenants where id = $1`, [TENANT])).rows[0].city)).toBe('Cimahi');
  });

  it('exports every table of the warung as CSV files in one ZIP', async () => {
    const res = await page.request.get(`${app.url}/api/ekspor`);
    expect(res.status()).toBe(200);
    const zip = Buffer.from(await res.body());
    const names: string[] = [];
    for (let i = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])), n = zip.readUInt16LE(i + 10), at = zip.readUInt32LE(i + 16); names.length < n;) {
      const len = zip.readUInt16LE(at + 28);
      names.push(zip.subarray(at + 46, at + 46 + len).toString());
      at += 46 + len;
    }
    expect(names).toEqual(expect.arrayContaining(['transaksi.csv', 'produk.csv', 'utang.csv', 'kontak.csv', 'pesan_masuk.csv']));
    expect(zip.toString()).toContain('Kopi Kapal Api');
    expect(zip.toString()).not.toContain('Warung Lain');
  });
});

describe('the simulator web chat', () => {
  it('answers a message and shows the login code a newcomer asks for on the login page', async () => {
    const { context, page } = await newPage(app);
    await page.goto(`${app.url}/simulator`);
    await page.getByLabel('Pesan').fill('stok beras');
    await page.getByRole('button', { name: 'Kirim' }).click();
    await page.getByTestId('sim-log').getByText(/Stok Beras/).first().waitFor({ timeout: 10_000 }).catch(async (err) => {
      await screenshot(page, 'simulator-failed');
      throw err;
    });
    const login = await context.newPage();
    await login.goto(app.url);
    await login.getByLabel('Nomor WhatsApp').fill('081200000001');
    const before = await page.getByTestId('sim-log').getByText('Kode masuk dasbor Juragan').count();
    await login.getByRole('button', { name: 'Kirim kode' }).click();
    await login.getByLabel('Kode').waitFor({ timeout: 10_000 });
    await page.getByTestId('sim-log').getByText('Kode masuk dasbor Juragan').nth(before).waitFor({ timeout: 10_000 });
    const code = /(\d{6})/.exec(await page.getByTestId('sim-log').getByText('Kode masuk dasbor Juragan').last().innerText())![1]!;
    await login.getByLabel('Kode').fill(code);
    await login.getByRole('button', { name: 'Masuk' }).click();
    await login.getByRole('heading', { name: 'Ringkasan' }).waitFor({ timeout: 10_000 });
    await screenshot(page, 'simulator-chat');
    await context.close();
  });
});
