// Owner phrasings of a buying request, through the real parser and readRequest: the item, quantity, ceiling
// per unit (per unit, per lot, as a budget, unmarked) and the deadline in the warung's zone.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../language/parse.ts';
import { readDeadline, sayDeadline } from './deadline.ts';
import { DEADLINE_MS, readRequest, type PriceRefs } from './request.ts';

const now = new Date('2026-12-01T03:00:00Z'); // Tuesday 10.00 WIB
const none: PriceRefs = { lastPrice: null, market: null };
const wib = (day: number, hh: number, mm = 0) => new Date(Date.UTC(2026, 11, day, hh - 7, mm)).toISOString();
const DEFAULT = new Date(now.getTime() + DEADLINE_MS).toISOString();

type Row = [text: string, item: string, qty: number, unit: string, ceiling: number, deadline: string, refs?: PriceRefs];
const rows: Row[] = [
  // the bug: an unmarked "maks" on 10 kg is a price per kg, not the lot's
  ['golekno telur 10 kg maks 27rb', 'telur', 10, 'kg', 27_000, DEFAULT],
  ['golekno telur 10 kg maks 27rb', 'telur', 10, 'kg', 27_000, DEFAULT, { lastPrice: 25_000, market: null }],
  ['cariin telur 10 kg maks 27rb/kg', 'telur', 10, 'kg', 27_000, DEFAULT],
  ['cariin telur 10 kg maks 27rb per kg besok pagi', 'telur', 10, 'kg', 27_000, wib(2, 7)],
  ['tolong tawar telur 10 kg maks 270rb semua', 'telur', 10, 'kg', 27_000, DEFAULT],
  ['tolong tawar telur 10 kg maks 270rb semua sebelum jumat', 'telur', 10, 'kg', 27_000, wib(3, 17)],
  ['cariin telur 10 kg budget 300rb hari ini', 'telur', 10, 'kg', 30_000, wib(1, 17)],
  ['carikan gula 5 kg budget 85rb nanti sore', 'gula', 5, 'kg', 17_000, wib(1, 16)],
  ['pangmeserkeun endog 10 kg maks 27rb/kg isukan', 'endog', 10, 'kg', 27_000, wib(2, 7)],
  ['pangmeserkeun beas 2 karung maks 650rb/karung pageto', 'beas', 2, 'karung', 650_000, wib(3, 7)],
  ['golekno endog 10 kilo maks 27 ewu sesuk isuk', 'endog', 10, 'kg', 27_000, wib(2, 7)],
  ['carikan minyak goreng 10 liter maks 18rb jam 3', 'minyak goreng', 10, 'liter', 18_000, wib(1, 15)],
  ['cariin minyak goreng 10 liter maks 18rb/liter paling lambat jam 5 sore', 'minyak goreng', 10, 'liter', 18_000, wib(1, 17)],
  ['tolong tawar gula 50 kg maks 15rb/kg lusa', 'gula', 50, 'kg', 15_000, wib(3, 7)],
  ['cariin telur 10 kg maks 27rb/kg butuh besok jam 7 pagi', 'telur', 10, 'kg', 27_000, wib(2, 7)],
  // Haggling try (thirty-fourth session): a limit said per kilo for an order in peti (15 kg) was taken per peti.
  ['tawarin telur 2 peti max 26rb sekilo', 'telur', 2, 'peti', 390_000, DEFAULT],
  // Haggling try (forty-second session): a sack of a size said, its limit per kilo, was haggled at Rp16.000 a sack.
  ['cari gula 1 karung 50kg, paling mahal 16rb/kg', 'gula', 1, 'karung', 800_000, DEFAULT],
  ['cari gula sekarung isi 50 kg, maksimal 16rb per kg', 'gula', 1, 'karung', 800_000, DEFAULT],
  ['cariin telur 10 kg maks 27rb/kg pukul 14.30', 'telur', 10, 'kg', 27_000, wib(1, 14, 30)],
  // an unmarked ceiling on a lot: the warung's own prices pick the reading
  ['cari supplier aqua 10 dus paling mahal 400rb', 'aqua', 10, 'dus', 40_000, DEFAULT, { lastPrice: 38_000, market: null }],
  ['tawarkan beras 10 karung max 6,5jt', 'beras', 10, 'karung', 650_000, DEFAULT, { lastPrice: null, market: null, catalogue: 700_000 }],
  ['cariin beras 2 karung maks 600rb', 'beras', 2, 'karung', 600_000, DEFAULT, { lastPrice: 620_000, market: null }],
  ['tawar minyak goreng 2 dus budget 400rb', 'minyak goreng', 2, 'dus', 200_000, DEFAULT],
  // Haggling try (thirty-seventh session): a bare limit under a thousand is in thousands ("330" was Rp330 a kilo, "maks 17"
  // over 50 kg Rp0), per unit or for the lot as the warung's prices say.
  ['golekno beras 25 kilo paling larang 330', 'beras', 25, 'kg', 13_200, DEFAULT, { lastPrice: null, market: null, catalogue: 14_000 }],
  ['golekno beras 25 kilo paling larang 330', 'beras', 25, 'kg', 13_200, DEFAULT],
  ['cariin gula 50 kg maks 17', 'gula', 50, 'kg', 17_000, DEFAULT],
  ['cariin gula 50 kg maks 17', 'gula', 50, 'kg', 17_000, DEFAULT, { lastPrice: 16_500, market: null }],
  ['cariin beras 4 karung maks 330', 'beras', 4, 'karung', 330_000, DEFAULT],
  ['cariin minyak 2 dus maks 180/dus', 'minyak', 2, 'dus', 180_000, DEFAULT],
  ['cariin kerupuk 100 pcs maks 800/pcs', 'kerupuk', 100, 'pcs', 800, DEFAULT],
  ['cariin kerupuk 100 pcs maks 800/pcs', 'kerupuk', 100, 'pcs', 800, DEFAULT, { lastPrice: 750, market: null }],
];

describe('an owner\'s buying request', () => {
  it.each(rows)('%s', (text, item, qty, unit, ceiling, deadline, refs = none) => {
    const f = parseMessage(text, { now, offsetMinutes: 420 });
    expect(f.intent).toBe('negotiate');
    const frame = { ...f, items: f.items.map((i) => ({ name: i.product, qty: i.qty, unit: i.unit })) };
    // What a pack holds as said with the request, as start.ts reads it.
    const said = f.items[0];
    const pack = said?.pack_size && said.pack_base_unit ? { size: said.pack_size, base: said.pack_base_unit } : null;
    const req = readRequest(frame, text, now, 'Asia/Jakarta', refs, pack);
    expect(req && { item: req.item, qty: req.qty, unit: req.unit, ceiling: req.ceiling, deadline: req.deadline.toISOString() })
      .toEqual({ item, qty, unit, ceiling, deadline });
    expect(req!.deadlineSaid).toBe(deadline !== DEFAULT);
  });
});

describe('deadlines', () => {
  const at = (text: string, when = now) => readDeadline(text, when, 'Asia/Jakarta')?.at.toISOString() ?? null;
  // Owner try: "golekno endog ..." at 23.51 WIB gave suppliers until 01.51.
  it('moves a default deadline that falls in the night to 09.00 the next morning', () => {
    const text = 'golekno endog 10 kilo paling larang 27 ewu';
    const f = parseMessage(text, { now });
    const frame = { ...f, items: f.items.map((i) => ({ name: i.product, qty: i.qty, unit: i.unit })) };
    const req = (when: Date) => readRequest(frame, text, when, 'Asia/Jakarta', none)!.deadline.toISOString();
    expect(req(new Date(wib(1, 23, 51)))).toBe(wib(2, 9));
    expect(req(new Date(wib(1, 3)))).toBe(wib(1, 9));
    expect(req(new Date(wib(1, 18)))).toBe(wib(1, 20));
    expect(req(new Date(wib(1, 19, 30)))).toBe(wib(2, 9));
  });
  it('reads an hour already past, said without a day, as tomorrow\'s; "jam 9" after 9 as tonight', () => {
    const evening = new Date(wib(1, 18));
    expect(at('cariin telur jam 3', evening)).toBe(wib(2, 15));
    expect(at('cariin telur jam 9')).toBe(wib(1, 21));
  });
  it('reads the zone: WITA is an hour ahead of WIB', () => {
    expect(readDeadline('besok pagi', now, 'Asia/Makassar')!.at.toISOString()).toBe(new Date(Date.UTC(2026, 11, 1, 23)).toISOString());
  });
  it('never sets a deadline in the past or more than two weeks ahead', () => {
    const late = new Date(wib(1, 20));
    expect(at('hari ini', late)).toBe(new Date(late.getTime() + 30 * 60_000).toISOString());
    expect(Date.parse(at('tanggal 20 januari')!)).toBeLessThanOrEqual(now.getTime() + 14 * 86_400_000);
  });
  it('ignores quantities and money', () => {
    expect(at('cariin telur 10 kg maks 27rb/kg')).toBeNull();
    expect(at('tolong tawar beras 2 karung 650rb')).toBeNull();
  });
  it('says it back in the owner\'s words', () => {
    expect(sayDeadline(new Date(wib(1, 16)), now, 'Asia/Jakarta')).toBe('jam 16.00 WIB');
    expect(sayDeadline(new Date(wib(2, 7)), now, 'Asia/Jakarta')).toBe('besok jam 07.00 WIB');
    expect(sayDeadline(new Date(wib(3, 17)), now, 'Asia/Jakarta')).toBe('lusa (Kamis) jam 17.00 WIB');
    expect(sayDeadline(new Date(wib(4, 7)), now, 'Asia/Jakarta')).toBe('Jumat 4 Des jam 07.00 WIB');
  });
});
