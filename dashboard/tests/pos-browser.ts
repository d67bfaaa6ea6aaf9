// Helpers for the POS page's browser tests and benchmark: a PIN for a member, a cashier at an unlocked
// POS, one sale through the page like a person, and what the books say.
import type { Page } from 'playwright-core';
import { withService } from '../../core/db/tenant.ts';
import type { TestDb } from '../../core/db/testing.ts';
import { hashPin } from '../lib/pin.ts';
import { CASHIER, login, type WebApp } from './harness.ts';

export const PIN = '2468';
export const CASHIER_ID = 'b0000000-0000-4000-8000-000000000002';
export const INDOMIE = 'd0000000-0000-4000-8000-000000000001';
export const AQUA_BARCODE = '8886008101053';

export async function setPin(db: TestDb, memberId: string, pin: string): Promise<void> {
  const hash = await hashPin(pin);
  await withService(db, (tx) => tx.query('update members set pin_hash = $2 where id = $1', [memberId, hash]));
}

/** The demo warung ready for the POS: the cashier's PIN and a barcode on Aqua 600 ml. */
export async function preparePos(db: TestDb): Promise<void> {
  await setPin(db, CASHIER_ID, PIN);
  await withService(db, (tx) => tx.query(`update products set barcode = $1 where name = 'Aqua 600 ml'`, [AQUA_BARCODE]));
}

/** Logs in (unless the page already has a session), unlocks with the PIN and waits for the catalogue. */
export async function openPos(app: WebApp, page: Page, opts: { login?: boolean } = {}): Promise<void> {
  if (opts.login !== false) await login(app, page, CASHIER);
  else await page.goto(`${app.url}/pos`);
  await unlock(page);
}

export async function unlock(page: Page, pin = PIN): Promise<void> {
  const field = page.getByLabel('PIN');
  await field.waitFor();
  await field.fill(pin);
  await page.getByRole('button', { name: 'Buka kasir' }).click();
  await page.getByLabel('Cari produk').waitFor();
  await page.locator('[data-product]').first().waitFor();
}

export const tile = (page: Page, name: string) => page.locator(`[data-product="${name}"] .pos-tile-main`);

/** One cash sale of the given taps (product names), paid "Uang pas"; returns its receipt number. */
export async function sell(page: Page, taps: string[]): Promise<string> {
  for (const name of taps) await tile(page, name).click();
  await page.getByRole('button', { name: 'Bayar', exact: true }).click();
  await page.getByRole('button', { name: 'Uang pas' }).click();
  const receipt = page.locator('[data-receipt]');
  await receipt.waitFor();
  const no = (await receipt.getAttribute('data-receipt'))!;
  await page.getByRole('button', { name: 'Transaksi baru' }).click();
  return no;
}

export const waitSent = (page: Page, timeout = 30_000) => page.locator('[data-queue="0"]').waitFor({ timeout });

/** The service worker is active and holds the page (so a reload works offline). */
export async function shellCached(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.state === 'activated' && Boolean(await caches.match('/pos'));
  }, undefined, { timeout: 30_000 });
}

export interface Books { sales: number; receipts: string[]; total: number }

export async function books(db: TestDb): Promise<Books> {
  return withService(db, async (tx) => {
    const t = (await tx.query<{ n: number; total: number }>(
      `select count(*)::int as n, coalesce(sum(total), 0)::int as total from transactions where source = 'pos' and status = 'posted'`)).rows[0]!;
    const r = (await tx.query<{ receipt_no: string }>('select receipt_no from pos_sales order by receipt_no')).rows;
    return { sales: t.n, total: t.total, receipts: r.map((x) => x.receipt_no) };
  });
}

export async function stockOf(db: TestDb, name: string): Promise<number> {
  return withService(db, async (tx) => Number((await tx.query<{ level: string }>(
    `select l.level from stock_levels l join products p on p.id = l.product_id where p.name = $1`, [name])).rows[0]!.level));
}

