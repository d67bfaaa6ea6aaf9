// A supplier's price more than 10 % above the market reference (agents/market-intel quoteAboveMarket) is said
// to the owner: in the negotiation's summary, and with a supplier's message forwarded outside a negotiation.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withService } from '../../core/db/tenant.ts';
import { startTestApp, stacks, type TestApp } from '../../bot/testing.ts';

const TENANT = 'a0000000-0000-4000-8000-000000000001';
const OWNER = '+6281200000001';
const MAKMUR = '+6281300000001';
const SINAR = '+6281300000002';

describe.each(stacks)('quotes above the market on %s', (stack) => {
  let app: TestApp;
  const last = async (phone: string) => (await withService(app.db, async (tx) => (await tx.query<{ body: string }>(
    `select body from outbox where chat = $1 and tenant_id = $2 order by created_at desc, seq desc limit 1`, [phone, TENANT])).rows[0]?.body)) ?? '';

  beforeAll(async () => {
    app = await startTestApp({ stack, now: '2026-12-01T03:00:00Z' });
    // Wholesale references (Bapanas level 2) for the demo warung's province, a day old.
    await withService(app.db, async (tx) => {
      const { rows } = await tx.query<{ province: string | null; regency: string | null }>(`select province, regency from tenants where id = $1`, [TENANT]);
      const region = rows[0]!.regency ?? rows[0]!.province ?? 'Indonesia';
      for (const [commodity, price] of [['Telur Ayam Ras', 24_000], ['Gula Konsumsi', 15_000]] as const) {
        await tx.query(
          `insert into market_prices (commodity, region, province, unit, price, source, price_level, publisher, observed_at, source_ref)
           values ($1, $2, $3, 'kg', $4, 'official', 'wholesale', 'bapanas', '2026-11-30T03:00:00Z', $5)`,
          [commodity, region, rows[0]!.province, price, `test:wholesale:${commodity}`]);
      }
    });
  }, 120_000);
  afterAll(async () => app?.stop());

  test('the summary says the quote that is above the market', async () => {
    await app.say(OWNER, 'cariin telur 10 kg maks 30rb/kg');
    await app.say(MAKMUR, '28rb/kg pas pak, gak bisa kurang');
    const summary = await last(OWNER);
    expect(summary).toMatch(/^Hasil tawar telur 10 kg/);
    expect(summary).toContain('Toko Makmur: ⚠️ Penawaran Rp28.000/kg untuk Telur Ayam Ras ini 17% di atas pasar (Rp24.000/kg, harga grosir Bapanas');
    expect(summary.split('\n').at(-1)).toMatch(/^Balas 1/);
  });

  test('a forwarded supplier message carries the alert for its price above the market, a fair price none', async () => {
    await app.say(SINAR, 'gula pasir 16.500/kg pak'); // exactly 10 % above: fair
    expect(await last(OWNER)).toContain('Pesan dari UD Sinar Jaya');
    expect(await last(OWNER)).not.toContain('⚠️');
    await app.say(SINAR, 'Pak, gula pasir 18rb/kg, minyak 17rb/liter');
    const note = await last(OWNER);
    expect(note).toContain('Pesan dari UD Sinar Jaya (supplier):');
    expect(note).toContain('⚠️ Penawaran Rp18.000/kg untuk Gula Konsumsi ini 20% di atas pasar (Rp15.000/kg');
    expect(note).not.toMatch(/minyak.*di atas pasar/);
  });
});
