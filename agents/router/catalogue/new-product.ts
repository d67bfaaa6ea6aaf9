// A new product's question answered by saying what the name really is ("bukan, yosef itu orang", "itu nama agen",
// "pasar besar itu nama pasar"), the unit a new product's stock is counted in when it was bought by the pack, and the
// selling price said with goods coming in ("kulakan kecap 1 dus 120rb jual 13rb").
import { z } from 'zod';
import type { Tx } from '../../../core/db/tenant.ts';
import { formatRupiah } from '../../../core/format.ts';
import type { FrameItem } from '../../../core/frame.ts';
import { callFn } from '../../finance/sql.ts';
import type { ResolvedFrame } from '../types.ts';
import type { Product } from './resolve-items.ts';
import { canonicalUnit, isContainer, measureFactor } from '../../../core/units.ts';
import type { Work } from '../state-schema.ts';

/**
 * The unit a new product's stock is counted in. Bought or sold by a pack, it is what the pack holds: the unit its price
 * was said in ("kulakan kerupuk 1 dus 80rb", then "5rb sebungkus"; "15rb sekilo" of a karung) or, with the contents said
 * ("3 dus isi 40", "1 karung isi 50 kg"), their unit. Kept per pack, a price per piece or kilo was the pack's: helpers'
 * tries booked 5 bungkus of indomie at Rp438 and 2 kg of sugar at Rp720.
 */
export function newProductUnit(item: FrameItem, priceUnit: string | null, price: number | null): string | null {
  // "beli daging 5 ons 120rb/kg": kept per kilo, the measure its price was said in (it was kept per ons at Rp120.000 an
  // ons: Rp600.000 booked, and the selling price saved per ons).
  if (item.unit && item.price_unit && measureFactor(item.unit, item.price_unit) != null) return canonicalUnit(item.price_unit);
  if (!item.unit || !(isContainer(item.unit) || holdsOthers(item))) return item.unit;
  if (priceUnit && !isContainer(priceUnit)) return priceUnit;
  if (priceUnit !== null || !item.pack_size) return item.unit;
  // "1 bal isi 20 bungkus @1.500" then "2000": a selling price near the price said is one of the contents' (the bal was
  // kept at Rp1.500 and sold at Rp2.000).
  if (price != null && item.unit_price != null && price >= item.unit_price && price <= item.unit_price * 3) return item.pack_base_unit ?? 'pcs';
  // A bare price far above what one of the contents cost ("130rb" for indomie bought at Rp2.950 a piece) is the pack's.
  const costOfOne = item.total != null && item.qty ? item.total / (item.qty * item.pack_size) : null;
  if (price != null && costOfOne != null && price > costOfOne * 5) return item.unit;
  return item.pack_base_unit ?? 'pcs';
}

/** "1 pak isi 6 pcs", "1 bungkus isi 10 sachet": a unit said to hold several of another is a pack here. */
const holdsOthers = (item: FrameItem): boolean => !!item.unit && !!item.pack_size && item.pack_size > 1 && !!item.pack_base_unit
  && canonicalUnit(item.pack_base_unit) !== canonicalUnit(item.unit);

/** "X itu orang", "itu nama agen": a person (or shop) was read as goods; "itu nama pasar", "sa itu saya": a place or
 *  a word of the sentence, dropped. Else null. */
export function readNotAProduct(text: string): 'person' | 'drop' | null {
  const t = text.toLowerCase();
  if (!/\b(?:bukan|itu|ini|nama|namanya)\b/.test(t)) return null;
  if (/\b(?:nama )?(?:pasar|tempat|daerah|kampung|jalan|desa)\b/.test(t) && /\bnama\b|\bitu (?:pasar|tempat)\b/.test(t)) return 'drop';
  if (/\bitu (?:artinya )?(?:saya|aku|untuk|buat|dulu|kata|bahasa)\b/.test(t)) return 'drop';
  return /\b(?:orang|pembeli|pelanggan|langganan|customer|tetangga|agen|supplier|sales|toko|warung|nama orang)\b/.test(t) ? 'person' : null;
}

/**
 * "Produk baru tajual aqua?" → "bukan produk baru, itu aqua 600 biasa": not new goods but the ones named after it (a
 * Banjarmasin try saved a product "Tajual Aqua" priced Rp600, the number in the answer). Returns the goods named, '' when
 * the answer only says no, null when it is not a no.
 */
export function readOtherGoods(text: string): string | null {
  const t = text.toLowerCase().trim();
  if (!/^(?:bukan|bkn|dudu|sanes|tidak|tdk|gak|ga|nggak|enggak|ndak|kada)\b/.test(t)) return null;
  const m = /^\S+[\s,]+(?:(?:produk|barang)(?:\s+baru)?[\s,.]*)?(?:(?:itu|ini|maksudnya|maksud saya|maksudku|tapi|yang|yg)\s+)+(.+)$/.exec(t);
  if (m) return m[1]!.replace(/(?:\s+(?:biasa|aja|saja|kak|ya|yg biasa|yang biasa))+\s*[.!]*$/, '').trim();
  // "bukan produk baru" alone: no; "gak tau" is no answer of this kind.
  return /^(?:bukan|bkn|dudu|sanes)\b.*\b(?:produk|barang)\b/.test(t) ? '' : null;
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

/**
 * "kulakan kecap bango 1 dus 120rb jual 13rb" of goods already in the catalogue: the selling price said becomes theirs
 * (kept in an audit row as any price change), when it is per the product's own unit and within a third to three times
 * the old one (further off, it is more likely a pack's price). Returns the lines telling the owner.
 */
export async function setSaidSellPrices(tx: Tx, tenantId: string, inboxId: string, frame: ResolvedFrame, said: FrameItem[], seen: Map<string, Product>): Promise<string[]> {
  const out: string[] = [];
  for (const [k, item] of said.entries()) {
    const p = frame.items[k]?.productId ? seen.get(frame.items[k]!.productId!) : undefined;
    const price = item.sell_price;
    if (!p || price == null || p.sellPrice === price) continue;
    if (item.sell_unit && canonicalUnit(item.sell_unit) !== canonicalUnit(p.unit)) continue;
    if (p.sellPrice != null && (price > p.sellPrice * 3 || price * 3 < p.sellPrice)) continue;
    await callFn(tx, 'set_product_price', [tenantId, p.id, price, `inbox:${inboxId}:sell:${k}`], z.object({ audit_id: z.coerce.number() }));
    out.push(`Harga jual ${p.name} per ${p.unit} ${p.sellPrice == null ? 'jadi' : `${formatRupiah(p.sellPrice)} →`} ${formatRupiah(price)} ✅`);
  }
  return out;
}
