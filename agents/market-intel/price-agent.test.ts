// The price answer through the wired router (parser → router → market agent) on both stacks, with the
// demo warung's real Bapanas data; Javanese/Sundanese frames the parser may not produce yet go to
// the agent directly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, freshDb, type TestDb } from '../../core/db/testing.ts';
import { withService, withTenant } from '../../core/db/tenant.ts';
import { CASHIER, DEMO_TENANT, OWNER, routerChat, type RouterChat } from '../router/testing.ts';
import type { ResolvedFrame } from '../router/types.ts';
import { loadDemoPrices } from './demo-data.ts';
import { marketPrice } from './price-agent.ts';

const TOKO_MAKMUR = 'c0000000-0000-4000-8000-000000000001';
const frame = (product: string): ResolvedFrame => ({
  intent: 'market_price', items: [{ productId: null, name: product, qty: 1, unit: null, unitPrice: null, total: null }],
  amount: null, counterparty: null, direction: null, category: null, date: null, period: null, max_unit_price: null, payment: null, contactId: null,
});
const ask = (db: TestDb, words: string, now: Date, tenant = DEMO_TENANT) => withTenant(db, tenant, async (tx) => (await marketPrice(
  { tx, tenant: { id: tenant, name: 'Warung', timezone: 'Asia/Jakarta' }, member: { id: 'm', role: 'owner', phone: OWNER, name: null }, inboxId: '1', source: 'chat', now },
  frame(words),
)).replies[0].text);

async function bandungWarung(db: TestDb, n: number): Promise<string> {
  return withService(db, async (tx) => {
    const t = (await tx.query<{ id: string }>(`insert into tenants (name, city, regency, province) values ($1, 'Bandung', 'Kota Bandung', 'Jawa Barat') returning id`, [`Warung Jaringan ${n}`])).rows[0].id;
    await tx.query(`insert into products (tenant_id, name, aliases, unit) values ($1, 'Telor', '{}', 'kg')`, [t]);
    return t;
  });
}

describe.each(dbKinds)('market prices in chat on %s', (kind) => {
  let db: TestDb;
  let chat: RouterChat;
  const NOW = new Date('2025-11-17T03:00:00Z'); // Monday 10:00 WIB, the day after the file's last day
  beforeAll(async () => {
    db = await freshDb(kind, { seeded: true });
    await loadDemoPrices(db);
    chat = routerChat(db, { now: NOW });
  });
  afterAll(() => db?.close());

  it('"harga cabe rawit hari ini?" → the official price with date, source and trend, and the warung\'s own price', async () => {
    const [text] = await chat.say(OWNER, 'harga cabe rawit hari ini?');
    expect(text).toContain('📈 Harga Cabai Rawit Merah — Kota Bandung');
    expect(text).toContain('• Resmi (Bapanas, 16 Nov 2025): Rp40.000/kg, turun 6% seminggu, turun 6% sebulan');
    expect(text).toContain('• Jaringan Juragan: belum cukup data (perlu minimal 3 warung)');
    expect(text).toContain('• Cabai Rawit Merah Kakak: harga jual Rp50.000/kg');
    expect(text).not.toContain('hari lalu');
  });

  it('"bawang merah pasaran skrg brp" → up in a week and a month', async () => {
    const [text] = await chat.say(OWNER, 'bawang merah pasaran skrg brp');
    expect(text).toContain('Rp45.000/kg, naik 6% seminggu, naik 9% sebulan');
  });

  it('network median, supplier quotes and the last purchase, once 3 warungs bought', async () => {
    for (const [i, price] of [[1, 28000], [2, 29000], [3, 31000]] as const) {
      const t = await bandungWarung(db, i);
      await withTenant(db, t, async (tx) => {
        const p = (await tx.query<{ id: string }>(`select id from products where tenant_id = $1`, [t])).rows[0].id;
        await tx.query(`select post_transaction($1)`, [{ kind: 'purchase', source: 'pos', source_ref: `net-${i}`, occurred_at: '2025-11-15T02:00:00Z',
          lines: [{ product_id: p, qty: 10, unit_price: price }] }]);
      });
    }
    await withTenant(db, DEMO_TENANT, (tx) => tx.query(
      `insert into market_prices (tenant_id, commodity, region, unit, price, source, price_level, contact_id, observed_at) values ($1, 'Telur Ayam Ras', 'Kota Bandung', 'kg', 27500, 'supplier', 'wholesale', $2, '2025-11-16T04:00:00Z')`,
      [DEMO_TENANT, TOKO_MAKMUR]));
    expect(await chat.say(OWNER, 'kulakan telur 5 kg 130rb')).toEqual([expect.stringContaining('Rp130.000')]);
    const [text] = await chat.say(OWNER, 'harga telor brp');
    expect(text).toContain('• Resmi (Bapanas, 16 Nov 2025): Rp30.000/kg');
    expect(text).toContain('• Jaringan Juragan (4 warung, 7 hari terakhir): median Rp28.500/kg (Rp26.000–Rp31.000)');
    expect(text).toContain('• Penawaran supplier: Toko Makmur Rp27.500/kg (16 Nov 2025)');
    expect(text).toContain('• Telur Ayam Kakak: terakhir beli Rp26.000/kg (17 Nov 2025), harga jual Rp30.000/kg');
    expect(text).not.toMatch(/Warung Jaringan/);
  });

  it('another warung sees the network but not this warung\'s quotes', async () => {
    const other = await bandungWarung(db, 9);
    const text = await ask(db, 'telur', NOW, other);
    expect(text).toContain('median');
    expect(text).not.toContain('Toko Makmur');
  });

  it('Javanese and Sundanese words (frames built directly)', async () => {
    expect(await ask(db, 'brambang', NOW)).toContain('Harga Bawang Merah');
    expect(await ask(db, 'bawang beureum', NOW)).toContain('Harga Bawang Merah');
    expect(await ask(db, 'cengek', NOW)).toContain('Harga Cabai Rawit Merah');
    expect(await ask(db, 'endog', NOW)).toContain('Harga Telur Ayam Ras');
    expect(await ask(db, 'gendis', NOW)).toContain('Harga Gula Konsumsi');
  });

  it('"minyak" answers for the three kinds of cooking oil', async () => {
    const text = await ask(db, 'minyak', NOW);
    expect(text.match(/📈 Harga (.+) —/g)).toEqual(['📈 Harga Minyak Goreng Kemasan —', '📈 Harga Minyak Goreng Curah —', '📈 Harga Minyakita —']);
    expect(text).toContain('/liter');
  });

  // Cashier try: "harga minyak brp" got three market paragraphs, "harga pocari brp" the market's "belum ada di data".
  it('a cashier gets the shelf prices only, or that the goods are not in the list', async () => {
    expect(await chat.talk(CASHIER, 'harga minyak brp')).toBe(
      'Harga jual di warung:\n• Minyak Goreng Sania 1 L: Rp21.000/pcs\n• Minyakita 1 L: Rp17.500/pcs\n• Minyak Goreng Sania 2 L: Rp41.000/pcs');
    expect(await chat.talk(CASHIER, 'harga pocari brp')).toBe('"pocari" belum ada di daftar barang warung, Kak. Tanya pemilik harganya, ya 🙏');
  });

  it('says how old the newest data is', async () => {
    const text = await ask(db, 'cabe rawit', new Date('2025-12-01T03:00:00Z'));
    expect(text).toContain('⏳ Data resmi terbaru sudah 15 hari lalu.');
  });

  it('says plainly when there is no data, or when the words are no commodity', async () => {
    const makassar = await withService(db, async (tx) => (await tx.query<{ id: string }>(
      `insert into tenants (name, city, regency, province, timezone) values ('Warung Timur', 'Makassar', 'Kota Makassar', 'Sulawesi Selatan', 'Asia/Makassar') returning id`)).rows[0].id);
    expect(await ask(db, 'cabe rawit', NOW, makassar)).toBe(
      'Belum ada data harga Cabai Rawit Merah di Kota Makassar, Kak: belum ada harga resmi, belum ada penawaran supplier, dan belum cukup warung (minimal 3) yang belanja ini.');
    // Owner try: three oils without data were three long paragraphs; now one line names them, after the shelf prices.
    const oils = await ask(db, 'minyak', NOW, makassar);
    expect(oils).toBe('Belum ada data harga Minyak Goreng Kemasan, Minyak Goreng Curah, Minyakita di Kota Makassar, Kak: belum ada harga resmi, belum ada penawaran supplier, dan belum cukup warung (minimal 3) yang belanja ini.');
    expect(await ask(db, 'durian', NOW)).toContain('belum ada di data');
    expect(await ask(db, 'gula merah', NOW)).toContain('tidak dicatat panel harga resmi');
  });
});
