// A supplier's news after the order and before the goods come (less in stock, a fee, a price lowered or raised), through the
// simulator channel on both stacks: told to the owner and booked on arrival (after-order.ts). Arrivals in general: arrival-flow.test.ts.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withService } from '../../core/db/tenant.ts';
import { startTestApp, stacks, type TestApp } from '../../bot/testing.ts';

const TENANT = 'a0000000-0000-4000-8000-000000000001';
const OWNER = '+6281200000001';
const MAKMUR = '+6281300000001';

describe.each(stacks)('supplier news after the order through the simulator on %s', (stack) => {
  let app: TestApp;
  const chatOf = (phone: string) => withService(app.db, async (tx) => (await tx.query<{ body: string }>(
    `select body from outbox where chat = $1 and tenant_id = $2 order by created_at, seq`, [phone, TENANT])).rows.map((r) => r.body));
  const last = async (phone: string) => (await chatOf(phone)).at(-1) ?? '';

  beforeAll(async () => {
    app = await startTestApp({ stack, now: '2026-12-01T03:00:00Z' }); // 10.00 WIB
  }, 120_000);
  afterAll(async () => app?.stop());

  // Haggling try (forty-first session): after the order, "stok cuma 1 karung, sy kirim 1 aja" and a fee told late were only
  // forwarded; the arrival booked the whole order without the fee.
  test('what the supplier says after the order (less in stock, a delivery fee) is what the arrival books', async () => {
    app.clock.set('2026-12-03T03:00:00Z');
    await app.say(OWNER, 'tolong tawar telur 10 kg maks 27rb/kg ke toko makmur');
    await app.say(MAKMUR, '26rb/kg pas pak');
    await app.say(OWNER, '1');
    await app.say(MAKMUR, 'bos stok cuma tinggal 6 kg, sy kirim 6 aja ya. ongkir 10rb');
    expect(await last(OWNER)).toContain('Sekarang ongkir Rp10.000, stoknya cuma 6 kg: waktu barangnya datang, saya catat dengan ini.');
    const booked = (await app.say(OWNER, 'telur dari toko makmur sudah datang')).join('\n');
    expect(booked).toContain('belanja telur 6 kg @ Rp26.000');
    expect(booked).toContain('total Rp166.000 (termasuk ongkir Rp10.000)');
    expect(booked).toContain('Toko Makmur bilang stoknya cuma 6 kg');
  });

  // Haggling try (forty-second session): after the order at Rp185.000 a dus, "siap bu. 3 dus 180 kan tadi, jd 540rb aja" was
  // only forwarded; the arrival booked Rp555.000.
  test('a lower price the supplier says after the order is what the arrival books', async () => {
    app.clock.set('2026-12-04T03:00:00Z');
    await app.say(OWNER, 'tolong tawar minyak 3 dus maks 190rb/dus ke toko makmur');
    await app.say(MAKMUR, '185rb/dus pas bu');
    await app.say(OWNER, '1');
    await app.say(MAKMUR, 'siap bu. 3 dus 180 kan tadi, jd 540rb aja');
    expect(await last(OWNER)).toContain('Sekarang harganya Rp180.000/dus (tadi Rp185.000)');
    const booked = (await app.say(OWNER, 'minyak dari toko makmur sudah datang')).join('\n');
    expect(booked).toContain('belanja minyak 3 dus @ Rp180.000');
    expect(booked).toContain('total Rp540.000');
  });

  // Haggling try (forty-second session, round two): "harganya jadi 16.500 ya, plus ongkir 15rb" after the order kept the fee and
  // dropped the price: Rp10.000 under the supplier's bill.
  test('a higher price the supplier says after the order is told to the owner and booked on arrival', async () => {
    app.clock.set('2026-12-04T05:00:00Z');
    await app.say(OWNER, 'tolong tawar gula 20 kg maks 17rb/kg ke toko makmur');
    await app.say(MAKMUR, '16rb/kg pas bu');
    await app.say(OWNER, '1');
    await app.say(MAKMUR, 'bu maaf harganya jadi 16.500 ya, plus ongkir 15rb');
    expect(await last(OWNER)).toContain('Sekarang harganya naik Rp16.500/kg (tadi Rp16.000), ongkir Rp15.000');
    const booked = (await app.say(OWNER, 'gula dari toko makmur sudah datang')).join('\n');
    expect(booked).toContain('belanja gula 20 kg @ Rp16.500');
    expect(booked).toContain('total Rp345.000 (termasuk ongkir Rp15.000)');
  });

  // Haggling tries (forty-third session): "harga gula naik jadi 16.500/kg" over the owner's Rp16.000 limit was booked on
  // arrival with no word of the limit; "siap pak 3 karung ya. oh iya pak harga naik jadi 12.800 ya" was only forwarded, and
  // the arrival booked the old Rp12.300.
  test('a raise after the order over the owner\'s limit says so; a raise said beside a count is still a raise', async () => {
    app.clock.set('2026-12-05T03:00:00Z');
    await app.say(OWNER, 'tolong tawar gula 25 kg maks 16rb/kg ke toko makmur');
    await app.say(MAKMUR, '15rb/kg pas bu');
    await app.say(OWNER, '1');
    await app.say(MAKMUR, 'pak maaf harga gula naik jadi 16.500/kg ya');
    expect(await last(OWNER)).toContain('Sekarang harganya naik Rp16.500/kg (tadi Rp15.000), di atas batas Rp16.000/kg');
    await app.say(OWNER, 'gula dari toko makmur sudah datang');
    app.clock.set('2026-12-05T05:00:00Z');
    await app.say(OWNER, 'tolong tawar beras 75 kg maks 13rb/kg ke toko makmur');
    await app.say(MAKMUR, 'beras medium sekarung 25kg 325rb pak');
    await app.say(MAKMUR, '12.300 pak ga bisa kurang lg, harga pas');
    await app.say(OWNER, '1');
    await app.say(MAKMUR, 'siap pak 3 karung ya. oh iya pak harga naik jadi 12.800 ya dr gudang');
    expect(await last(OWNER)).toContain('Sekarang harganya naik Rp12.800/kg (tadi Rp12.300)');
    expect(await last(OWNER)).not.toContain('di atas batas');
    const booked = (await app.say(OWNER, 'beras dari toko makmur sudah datang')).join('\n');
    expect(booked).toContain('belanja beras 75 kg @ Rp12.800');
  });

  // Haggling try (forty-third session): with gas and indomie ordered from the same supplier, "gas 10 tabung otw ya. tp gas
  // ongkirnya 10rb" put the fee on the newer indomie order.
  test('news naming the goods of one of two orders is that order\'s', async () => {
    app.clock.set('2026-12-06T03:00:00Z');
    await app.say(OWNER, 'tolong tawar gas 10 tabung maks 21rb/tabung ke toko makmur');
    await app.say(MAKMUR, '20rb/tabung pas');
    await app.say(OWNER, '1');
    await app.say(OWNER, 'tolong tawar indomie 2 dus maks 120rb/dus ke toko makmur');
    await app.say(MAKMUR, '115rb/dus pas');
    await app.say(OWNER, '1');
    await app.say(MAKMUR, 'gas 10 tabung otw ya. tp gas ongkirnya 10rb');
    expect(await last(OWNER)).toContain('soal pesanan gas');
    expect(await last(OWNER)).toContain('ongkir Rp10.000');
  });
});
