// The market queue in a running app on both stacks: the daily fetch is scheduled at 14:15 WIB and a
// fetch job saves the panel's prices; the demo prices load once.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withService } from '../../core/db/tenant.ts';
import { silentLogger } from '../../core/logger.ts';
import { startTestApp, stacks, type TestApp } from '../testing.ts';
import { FETCH_SCHEDULE, MARKET_QUEUE } from './market-fetch.ts';
import { startMarketWork } from './market-work.ts';

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(req.url?.includes('harga-pangan-informasi')
      ? { data: [{ id: 33, name: 'Cabai Rawit Merah', satuan: 'Rp./Kg', today: 41000, yesterday: 40000, yesterday_date: '20-11-2026', gap: 1000, gap_percentage: 2.5, gap_change: 'up' }] }
      : { data: [], totalCount: 0 }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe.each(stacks)('market queue on %s', (stack) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ stack, now: '2026-11-21T08:00:00Z' }); // 15:00 WIB
    await startMarketWork({ ...app.juragan, config: { ...app.juragan.config, SEED_DEMO: 'on' } }, silentLogger, { clock: app.clock, bapanasUrl: base, pihpsUrl: `${base}/pihps` });
  });
  afterAll(async () => app?.stop());

  test('the fetch is scheduled daily at 14:15 WIB', async () => {
    const next = await app.juragan.queue.nextRun(MARKET_QUEUE, FETCH_SCHEDULE.id);
    expect([next!.getUTCHours(), next!.getUTCMinutes()]).toEqual([7, 15]);
  });

  test('a fetch job saves the demo city\'s prices for the day (WIB)', async () => {
    const cabai = () => withService(app.db, async (tx) => (await tx.query<{ day: string; price: number }>(
      `select to_char(observed_at at time zone 'Asia/Jakarta', 'YYYY-MM-DD') as day, price from market_prices
       where tenant_id is null and commodity = 'Cabai Rawit Merah' and region = 'Kota Bandung' and price_level = 'consumer'
         and observed_at > '2026-01-01' order by 1`)).rows);
    await app.juragan.queue.add(MARKET_QUEUE, { kind: 'fetch_daily' });
    await expect.poll(cabai, { timeout: 10_000 }).toEqual([{ day: '2026-11-20', price: 40000 }, { day: '2026-11-21', price: 41000 }]);
    const demo = await withService(app.db, async (tx) => (await tx.query(`select count(*)::int n from market_prices where publisher = 'bapanas' and observed_at < '2026-01-01'`)).rows[0].n);
    expect(demo).toBeGreaterThan(1000);
  });

  test('the alert job tells the owner once about a price below cost', async () => {
    await withService(app.db, (tx) => tx.query(`update products set sell_price = 16000 where name = 'Gula Pasir' and tenant_id = 'a0000000-0000-4000-8000-000000000001'`));
    const alerts = () => withService(app.db, async (tx) => (await tx.query<{ body: string; status: string }>(
      `select body, status from outbox where chat = '+6281200000001' and dedupe_key like 'market-alert:%'`)).rows);
    await app.juragan.queue.add(MARKET_QUEUE, { kind: 'alerts' });
    await expect.poll(async () => (await alerts())[0]?.status, { timeout: 10_000 }).toBe('sent');
    await app.juragan.queue.add(MARKET_QUEUE, { kind: 'alerts' });
    await new Promise((r) => setTimeout(r, 1000));
    expect((await alerts()).map((a) => a.body)).toEqual([expect.stringContaining('Harga jual Gula Pasir (Rp16.000/kg) di bawah modal rata-rata (Rp17.000/kg)')]);
  });
});
