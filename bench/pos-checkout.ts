// The cashier's POS in the real browser (Debian chromium, production build, fresh database):
//  1. checkout offline: tap "Bayar" → the sheet in the DOM, tap "Uang pas" → the receipt in the DOM (the
//     page's own time, goal p99 < 10 ms), and the same up to each one painted, p50/p99 over N sales;
//  2. sync of the offline queue (N + extra sales, 1,000 by default) when the network comes back: time and
//     duplicates in the books (goal < 5 s, 0);
//  3. a stock change (add_stock, the SQL function the chat and dashboard use) seen by a second online
//     device's page: commit → the tile shows the new level, p50/p99 (goal < 500 ms).
// node bench/pos-checkout.ts [--sales 500] [--extra 500] [--changes 40] [--gap 150] [--stack pglite|postgres]
//                            [--profile FILE.cpuprofile]  (the server's CPU profile during the sync only)
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { withService, withTenant } from '../core/db/tenant.ts';
import { login, newPage, startWebApp, TENANT } from '../dashboard/tests/harness.ts';
import { books, openPos, preparePos, shellCached, unlock } from '../dashboard/tests/pos-browser.ts';
import { startProfile } from './cpu-profile.ts';

const { values: args } = parseArgs({ options: { gap: { type: 'string', default: '150' }, sales: { type: 'string', default: '500' }, extra: { type: 'string', default: '500' }, changes: { type: 'string', default: '40' }, stack: { type: 'string', default: 'pglite' }, profile: { type: 'string' } } });
const SALES = Number(args.sales);
const EXTRA = Number(args.extra);
const CHANGES = Number(args.changes);
const GAP = Number(args.gap);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 100) / 100;
};

/**
 * One sale timed inside the page, as software latency a cashier waits for: tap "Bayar" → the payment
 * sheet, plus tap "Uang pas" → the receipt (the cashier's own time between the taps is not counted; a
 * tap is made only on a painted screen, as a person makes it). Two end points each:
 * - ready: the change is in the DOM (a MutationObserver sees it), the page's own work: the handler, the
 *   IndexedDB commit, React's render. The goal (p99 < 10 ms) is on this one.
 * - painted: the frame after the change ran (requestAnimationFrame, then a task after that frame's
 *   rendering). This adds the wait for the screen's next frame, 0–16.7 ms at 60 Hz whatever the page
 *   does, so no page can promise 10 ms to the pixel.
 * `gap` ms pass on the painted screen before each timed tap: a quick cashier's time between taps, in
 * which the last sale's trailing work (its stock, the queue's count) finishes. With 0 the taps come
 * back to back, at machine speed, and that work competes with the next sale.
 */
async function checkout(page: Page, gap: number): Promise<{ ready: number; total: number; pay: number; save: number; render: number }> {
  return page.evaluate(async (gap) => {
    const appear = (sel: string) => new Promise<Element>((resolve) => {
      const found = document.querySelector(sel);
      if (found) return resolve(found);
      const mo = new MutationObserver(() => {
        const el = document.querySelector(sel);
        if (el) { mo.disconnect(); resolve(el); }
      });
      mo.observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const pause = () => new Promise<void>((resolve) => setTimeout(resolve, gap)).then(painted);
    (await appear('[data-product="Indomie Goreng"] .pos-tile-main') as HTMLButtonElement).click();
    const bayar = await appear('.pos-cart-foot button.pos-pay:not([disabled])') as HTMLButtonElement;
    await pause();
    const t0 = performance.now();
    bayar.click();
    const exact = await appear('[data-pay="exact"]') as HTMLButtonElement;
    const sheetReady = performance.now() - t0;
    await painted();
    const sheetPainted = performance.now() - t0;
    await pause();
    const t1 = performance.now();
    exact.click();
    await appear('[data-receipt]');
    const t2 = performance.now();
    await painted();
    const t3 = performance.now();
    // The page's own marks: "pos:pay" when the payment tap is handled, "pos:saved" when IndexedDB committed.
    const mark = (name: string) => performance.getEntriesByName(name, 'mark').at(-1)!.startTime;
    const save = mark('pos:saved') - mark('pos:pay');
    const render = t2 - mark('pos:saved');
    performance.clearMarks();
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Transaksi baru')!.click();
    await painted();
    return { ready: sheetReady + (t2 - t1), total: sheetPainted + (t3 - t1), pay: t3 - t1, save, render };
  }, gap);
}

/** CPU ms (user + system) a process has used, from /proc (Linux). */
function cpuMsOf(pid: number): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Math.round(((Number(f[11]) + Number(f[12])) * 1000) / 100); // utime, stime in USER_HZ (100)
  } catch { return 0; } // gone
}
/** The chromium processes this bench started (children of this process, and theirs). */
function browserPids(): number[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try { parent.set(Number(d), Number(readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]!.split(' ')[1])); } catch { /* gone */ }
  }
  const ours = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parent) if (!ours.has(pid) && ours.has(ppid)) { ours.add(pid); grew = true; }
  }
  ours.delete(process.pid);
  return [...ours];
}

const app = await startWebApp({ stack: args.stack as 'pglite' | 'postgres' });
try {
  await preparePos(app.db);
  // Stock for the 1,000 Indomie sales: with the demo's 80 packs, 920 of them would go below zero, and the sync
  // would measure 920 negative-stock answers and owner notices instead of a day's ordinary sales
  // (pos-offline.test.ts and pos-sales.test.ts cover that path).
  await withTenant(app.db, TENANT, (tx) => tx.query(`select add_stock($1, id, 2000, 'bench:pos:stock') from products where name = 'Indomie Goreng'`, [TENANT]), 'owner');
  const { context, page } = await newPage(app, { width: 1280, height: 800 });
  await openPos(app, page);
  await shellCached(page);

  // 1. Checkout offline.
  await context.setOffline(true);
  for (let i = 0; i < 20; i++) await checkout(page, GAP); // warm-up (JIT, first renders)
  const ready: number[] = [];
  const total: number[] = [];
  const pay: number[] = [];
  const save: number[] = [];
  const render: number[] = [];
  for (let i = 0; i < SALES; i++) {
    const t = await checkout(page, GAP);
    ready.push(t.ready);
    total.push(t.total);
    pay.push(t.pay);
    save.push(t.save);
    render.push(t.render);
  }
  // The rest of the queue for the sync, taps back to back.
  const backToBack: number[] = [];
  for (let i = 0; i < EXTRA - 20; i++) backToBack.push((await checkout(page, 0)).ready);
  const queued = SALES + EXTRA;
  const checkoutOffline = { sales: SALES, gapMs: GAP, tapsToReady: { p50ms: pct(ready, 50), p99ms: pct(ready, 99), maxMs: pct(ready, 100) },
    tapsToReadyBackToBack: { sales: backToBack.length, p50ms: pct(backToBack, 50), p99ms: pct(backToBack, 99), maxMs: pct(backToBack, 100) },
    tapsToPainted: { p50ms: pct(total, 50), p99ms: pct(total, 99), maxMs: pct(total, 100) }, payTapToReceiptPainted: { p50ms: pct(pay, 50), p99ms: pct(pay, 99) },
    // Of the payment tap: handler start → IndexedDB committed, then → receipt in the DOM (React's render);
    // the rest up to payTapToReceiptPainted is the browser painting it.
    saveToIndexedDb: { p50ms: pct(save, 50), p99ms: pct(save, 99) }, savedToReceipt: { p50ms: pct(render, 50), p99ms: pct(render, 99) },
    goalP99Ms: 10 };
  console.error(JSON.stringify({ checkoutOffline })); // partial result, in case a later part fails
  await page.locator(`[data-queue="${queued}"]`).waitFor();

  // 2. Back online: the queue drains.
  const before = await books(app.db);
  // Each batch's round trip as the browser saw it (request sent → response end), to split the sync's time.
  const posts: number[] = [];
  page.on('requestfinished', (r) => {
    if (r.url().endsWith('/api/pos/sales')) posts.push(r.timing().responseEnd - r.timing().requestStart);
  });
  // CPU during the sync: this process (the server and its database) and the browser's processes, to tell
  // a slow server from a browser that takes the second core.
  const browserCpu = () => browserPids().reduce((ms, pid) => ms + cpuMsOf(pid), 0);
  const cpu0 = { server: process.cpuUsage(), browser: browserCpu() };
  const stopProfile = await startProfile(args.profile);
  const t0 = Date.now();
  await context.setOffline(false);
  await page.locator('[data-queue="0"]').waitFor({ timeout: 900_000 });
  const syncMs = Date.now() - t0;
  await stopProfile();
  const serverCpu = process.cpuUsage(cpu0.server);
  const syncCpuMs = { server: Math.round((serverCpu.user + serverCpu.system) / 1000), browser: browserCpu() - cpu0.browser };
  const after = await books(app.db);
  const dup = await withService(app.db, async (tx) => (await tx.query<{ n: number }>(
    `select (count(*) - count(distinct source_ref))::int as n from transactions where source = 'pos'`)).rows[0]!.n);

  // 3. A second device, online: stock changes reach its page.
  const other = await newPage(app, { width: 1280, height: 800 });
  await login(app, other.page, '+6281200000002');
  await unlock(other.page);
  const productId = await withService(app.db, async (tx) => (await tx.query<{ id: string }>(`select id from products where name = 'Gula Pasir'`)).rows[0]!.id);
  const seen: number[] = [];
  for (let i = 0; i < CHANGES; i++) {
    const level = Number(await other.page.locator('[data-product="Gula Pasir"] [data-stock]').getAttribute('data-stock'));
    const target = String(level + 1);
    await other.page.evaluate((t) => {
      const w = window as unknown as { seenAt?: Promise<number> };
      w.seenAt = new Promise((resolve) => {
        const check = () => document.querySelector('[data-product="Gula Pasir"] [data-stock]')?.getAttribute('data-stock') === t;
        const mo = new MutationObserver(() => { if (check()) { mo.disconnect(); resolve(Date.now()); } });
        mo.observe(document.body, { subtree: true, attributes: true, childList: true });
      });
    }, target);
    const start = Date.now();
    await withTenant(app.db, TENANT, (tx) => tx.query('select add_stock($1, $2, 1, $3)', [TENANT, productId, `bench:pos:${start}:${i}`]), 'owner');
    const at = await other.page.evaluate(() => (window as unknown as { seenAt: Promise<number> }).seenAt);
    seen.push(at - start);
  }

  console.log(JSON.stringify({
    bench: 'pos-checkout',
    stack: args.stack,
    loadAverage: (await import('node:os')).loadavg()[0],
    checkoutOffline,
    sync: { sales: queued, booked: after.sales - before.sales, ms: syncMs, duplicates: dup + Math.max(0, after.sales - before.sales - queued), goalMs: 5000,
      batches: posts.length, batchRoundTripMs: posts.map((x) => Math.round(x)), cpuMs: syncCpuMs },
    stockChangeSeen: { changes: CHANGES, p50ms: pct(seen, 50), p99ms: pct(seen, 99), goalMs: 500 },
  }, null, 2));
} finally {
  await app.stop();
}
