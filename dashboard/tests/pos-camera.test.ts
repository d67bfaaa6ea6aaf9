// Camera scanning on the POS in a real browser: Chromium's fake camera plays a video of an EAN-13
// barcode (drawn by ean13.ts) and the page's decoder reads it. Debian's Chromium has no native
// BarcodeDetector, so this is the zxing-wasm ponyfill with its wasm served by the app: online, and
// offline after one online visit (the service worker cached the lazily loaded decoder and its wasm).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { drawEan13, y4m } from './ean13.ts';
import { newPage, screenshot, startWebApp, type WebApp } from './harness.ts';
import { AQUA_BARCODE, openPos, preparePos, shellCached } from './pos-browser.ts';

let app: WebApp;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  const video = join(mkdtempSync(join(tmpdir(), 'juragan-camera-')), 'aqua.y4m');
  writeFileSync(video, y4m(drawEan13(AQUA_BARCODE)));
  app = await startWebApp({
    chromiumArgs: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
  await preparePos(app.db);
}, 300_000);
afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
});
afterAll(async () => app?.stop());

/** A fresh browser profile (its own service worker and caches) with the camera allowed; lists requests that leave the app. */
async function cashier(): Promise<{ context: BrowserContext; page: Page; foreign: string[] }> {
  const { context, page } = await newPage(app);
  contexts.push(context);
  await context.grantPermissions(['camera'], { origin: app.url });
  page.setDefaultTimeout(20_000);
  const foreign: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith(app.url) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
  });
  return { context, page, foreign };
}

/** Taps "Pindai dengan kamera" and waits until the scan closed the camera; returns the cart's lines. */
async function scanWithCamera(page: Page): Promise<{ name: string | null; qty: string | null }[]> {
  await page.getByRole('button', { name: 'Pindai dengan kamera' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pindai barcode' });
  await dialog.waitFor();
  await dialog.waitFor({ state: 'detached' });
  const toggle = page.getByRole('button', { name: /^Keranjang/ }); // on a phone the cart folds into a bar
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await page.locator('[data-line]').first().waitFor();
  return page.locator('[data-line]').evaluateAll((els) => els.map((e) => ({ name: e.getAttribute('data-line'), qty: e.querySelector('[data-qty]')?.getAttribute('data-qty') ?? null })));
}

describe('POS camera scanning', () => {
  it('reads the barcode from the camera into the cart with the app-served decoder', async () => {
    const { page, foreign } = await cashier();
    await openPos(app, page);
    expect(await page.evaluate(() => 'BarcodeDetector' in window)).toBe(false); // the ponyfill is what runs here
    expect(await scanWithCamera(page)).toEqual([{ name: 'Aqua 600 ml', qty: '1' }]);
    await screenshot(page, 'pos-camera-scan');
    expect(foreign).toEqual([]); // no CDN: the wasm came from the app
  }, 120_000);

  it('scans offline after one online visit', async () => {
    const { context, page, foreign } = await cashier();
    await openPos(app, page);
    await shellCached(page); // installed: the page, its chunks, and what they load later (decoder, wasm)
    await context.setOffline(true);
    await page.reload();
    await page.getByLabel('Cari produk').waitFor();
    expect(await scanWithCamera(page)).toEqual([{ name: 'Aqua 600 ml', qty: '1' }]);
    expect(foreign).toEqual([]);
    await context.setOffline(false);
  }, 120_000);
});
