// What the owner asked for, from the parser's frame and the message: item, quantity, unit, the ceiling
// per unit and the deadline. Pure. A ceiling said without "per kg" or "semua" on more than one unit
// ("golekno telur 10 kg maks 27rb") is read per unit, unless the warung's own prices say the lot reading
// is the likely one ("aqua 10 dus maks 400rb" when a dus goes for 40rb).
import type { Frame } from '../../core/frame.ts';
import type { TenantZone } from '../../core/format.ts';
import { defaultDeadline, readDeadline } from './deadline.ts';
import { canonicalUnit, convertPrice, unitWords } from './units.ts';

/** How long suppliers have when the owner names no time, and when the quiet ones are nudged at the latest. */
export const DEADLINE_MS = 2 * 60 * 60_000;
export const NUDGE_MS = 30 * 60_000;

export interface PriceRefs { lastPrice: number | null; market: number | null; catalogue?: number | null }

export interface OwnerRequest {
  item: string; qty: number; unit: string; ceiling: number;
  deadline: Date;
  /** The owner named the time (else the default). */
  deadlineSaid: boolean;
  /** The ceiling was unmarked and read per unit or per lot by the price references. */
  ceilingBasis: 'said' | 'unit' | 'lot';
}

/** The router's resolved frame and the parser's both fit: an item's name is the catalogue's, or as said. */
export type RequestFrame = Pick<Frame, 'max_unit_price' | 'max_unmarked'> & { items: { name: string; qty: number | null; unit: string | null }[] };

/** The item and unit of the request before its ceiling is known (the caller looks up price references with them). */
export function requestedGoods(frame: RequestFrame): { item: string; qty: number; unit: string } | null {
  const it = frame.items[0];
  const unit = canonicalUnit(it?.unit ?? null);
  if (!it || !it.qty || !unit) return null;
  return { item: it.name.trim().toLowerCase(), qty: it.qty, unit };
}

/** The ceiling per unit: as the frame has it, or for an unmarked one the reading nearer the warung's prices. */
export function ceilingPerUnit(frame: RequestFrame, refs: PriceRefs): { ceiling: number; basis: OwnerRequest['ceilingBasis'] } | null {
  const perUnit = frame.max_unmarked;
  const lot = frame.max_unit_price;
  if (!lot && !perUnit) return null;
  const ref = refs.lastPrice ?? refs.market ?? refs.catalogue ?? null;
  const far = (x: number) => (ref == null || ref <= 0 ? 0 : Math.abs(Math.log(x / ref)));
  // "golekno beras 25 kilo paling larang 330", "cariin gula 50 kg maks 17": a bare limit under a thousand is in thousands
  // (Rp330 a kilo was offered to the supplier; "maks 17" shared over 50 kg was Rp0 and asked again).
  const said = perUnit ?? lot!;
  if (said < 1000) {
    const qty = frame.items[0]?.qty ?? 1;
    const each = { ceiling: said * 1000, basis: perUnit ? 'unit' as const : 'said' as const };
    const whole = { ceiling: Math.round((said * 1000) / qty), basis: 'lot' as const };
    // With no price to compare, a small number is per unit ("maks 17" for sugar) and a bigger one the lot's for goods
    // weighed or measured ("maks 330" for 25 kg of rice).
    if (!perUnit || qty <= 1) {
      // A piece's own price may be under a thousand ("maks 800/pcs" of crackers): the warung's prices say, or a piece unit.
      const asSaid = { ceiling: said, basis: each.basis };
      if (ref != null && ref > 0) return far(each.ceiling) <= far(said) ? each : asSaid;
      return said >= 100 && pieces.has(canonicalUnit(frame.items[0]?.unit ?? null) ?? '') ? asSaid : each;
    }
    if (ref == null || ref <= 0) return said >= 100 && measured.has(canonicalUnit(frame.items[0]?.unit ?? null) ?? '') ? whole : each;
    return far(each.ceiling) <= far(whole.ceiling) ? each : whole;
  }
  if (!perUnit || perUnit === lot) return lot ? { ceiling: lot, basis: 'said' } : null;
  if (ref == null || ref <= 0) return { ceiling: perUnit, basis: 'unit' };
  return far(perUnit) <= far(lot!) ? { ceiling: perUnit, basis: 'unit' } : { ceiling: lot!, basis: 'lot' };
}

const measured = new Set(['kg', 'liter', 'gram', 'ons']);
const pieces = new Set(['pcs', 'biji', 'butir', 'gelas', 'bungkus', 'sachet', 'batang']);

// "telur 2 peti max 26rb sekilo": the limit said per another unit than the order's (it became Rp26.000 a peti, and an order of
// 2 peti went out at Rp23.000 each).
const ceilingUnitRe = new RegExp(String.raw`\b(?:maks|max|maksimal|maximal|paling mahal|budget|batas)\s*(?:rp\.?\s*)?\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k)?\s*(?:\/\s*|per\s+|se|sa)(${unitWords.join('|')})\b`);

/** `pack`: what one of the order's packs holds as the owner said it ("gula 1 karung 50kg"), for a limit said per kilo. */
export function readRequest(frame: RequestFrame, text: string, now: Date, zone: TenantZone, refs: PriceRefs, pack: { size: number; base: string } | null = null): OwnerRequest | null {
  const goods = requestedGoods(frame);
  const c = ceilingPerUnit(frame, refs);
  if (!goods || !c) return null;
  const said = readDeadline(text, now, zone);
  const per = canonicalUnit(ceilingUnitRe.exec(text.toLowerCase())?.[1] ?? null);
  // "cari gula 1 karung 50kg, paling mahal 16rb/kg": Rp800.000 a karung (it was Rp16.000 a karung, and "775rb sekarung" was
  // refused as over the limit).
  const sizes = pack ? [{ pack: goods.unit, size: pack.size, base: pack.base }] : [];
  const inOrderUnit = per && per !== goods.unit ? convertPrice(goods.item, c.ceiling, per, goods.unit, sizes) : null;
  return {
    ...goods, ceiling: inOrderUnit != null ? Math.round(inOrderUnit) : c.ceiling, ceilingBasis: c.basis,
    deadline: said?.at ?? defaultDeadline(now, zone, DEADLINE_MS), deadlineSaid: said != null,
  };
}

/** The quiet suppliers' one reminder: after 30 minutes, or halfway to a closer deadline. */
export const nudgeAt = (now: Date, deadline: Date) =>
  new Date(now.getTime() + Math.min(NUDGE_MS, Math.max(60_000, (deadline.getTime() - now.getTime()) / 2)));
