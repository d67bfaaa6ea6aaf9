// A new product's question answered by saying what the name really is ("bukan, yosef itu orang", "itu nama agen",
// "pasar besar itu nama pasar"), and the unit a new product's stock is counted in when it was bought by the pack.
import type { FrameItem } from '../../../core/frame.ts';
import { isContainer } from '../../../core/units.ts';
import type { Work } from '../state-schema.ts';

/**
 * The unit a new product's stock is counted in. Bought or sold by a pack, it is what the pack holds: the unit its price
 * was said in ("kulakan kerupuk 1 dus 80rb", then "5rb sebungkus"; "15rb sekilo" of a karung) or, with the contents said
 * ("3 dus isi 40", "1 karung isi 50 kg"), their unit. Kept per pack, a price per piece or kilo was the pack's: helpers'
 * tries booked 5 bungkus of indomie at Rp438 and 2 kg of sugar at Rp720.
 */
export function newProductUnit(item: FrameItem, priceUnit: string | null, price: number | null): string | null {
  if (!item.unit || !isContainer(item.unit)) return item.unit;
  if (priceUnit && !isContainer(priceUnit)) return priceUnit;
  if (priceUnit !== null || !item.pack_size) return item.unit;
  // A bare price far above what one of the contents cost ("130rb" for indomie bought at Rp2.950 a piece) is the pack's.
  const costOfOne = item.total != null && item.qty ? item.total / (item.qty * item.pack_size) : null;
  if (price != null && costOfOne != null && price > costOfOne * 5) return item.unit;
  return item.pack_base_unit ?? 'pcs';
}

/** "X itu orang", "itu nama agen": a person (or shop) was read as goods; "itu nama pasar", "sa itu saya": a place or
 *  a word of the sentence, dropped. Else null. */
export function readNotAProduct(text: string): 'person' | 'drop' | null {
  const t = text.toLowerCase();
  if (!/\b(?:bukan|itu|ini|nama|namanya)\b/.test(t)) return null;
  if (/\b(?:nama )?(?:pasar|tempat|daerah|kampung|jalan|desa)\b/.test(t) && /\bnama\b|\bitu (?:pasar|tempat)\b/.test(t)) return 'drop';
  if (/\bitu (?:artinya )?(?:saya|aku|untuk|buat|dulu|kata|bahasa)\b/.test(t)) return 'drop';
  return /\b(?:orang|pembeli|pelanggan|langganan|customer|tetangga|agen|supplier|sales|toko|warung|nama orang)\b/.test(t) ? 'person' : null;
}

/** The work with one item taken out (its money left to a single unpriced item), the name as the person; null when no goods remain. */
export function withoutItem(work: Work, index: number, person: string | null): Work | null {
  const { frame } = work;
  const gone = frame.items[index];
  const rest = frame.items.filter((_, k) => k !== index);
  if (!gone || rest.length === 0) return null;
  // "jual beras 2 kg ke ina yuli 28rb": the money read as the name's was the one item's.
  const items = rest.map((i) => (gone.total != null && rest.length === 1 && i.total == null && i.unit_price == null ? { ...i, total: gone.total } : i));
  return {
    ...work,
    frame: { ...frame, items, counterparty: frame.counterparty ?? person },
    resolved: work.resolved.filter((_, k) => k !== index),
    priceKind: work.priceKind.filter((_, k) => k !== index),
  };
}
