// Entries unusual enough to confirm before booking: a big total, a price far from the catalogue, or a count far from
// the books.
import type { Tx } from '../../../core/db/tenant.ts';
import { formatQty, formatRupiah } from '../../../core/format.ts';
import { canonicalUnit } from './item-math.ts';
import { isPiece } from '../../../core/units.ts';
import type { Product } from './resolve-items.ts';
import type { ResolvedFrame } from '../types.ts';

export const BIG_TOTAL = 10_000_000;
export const PRICE_FACTOR = 5;

/** Why this entry needs a "ya" first, in Indonesian; null when it is ordinary. */
export function unusualReason(frame: ResolvedFrame, catalogue: Map<string, Product>): string | null {
  if (frame.intent === 'price_set') return unusualPrice(frame, catalogue);
  const money = ['sale', 'purchase', 'expense', 'debt_add', 'debt_pay'];
  if (!money.includes(frame.intent)) return null;
  const total = frame.amount ?? frame.items.reduce((s, i) => s + (i.total ?? 0), 0);
  if (total > BIG_TOTAL) return `Totalnya ${formatRupiah(total)}, besar sekali.`;
  if (frame.intent !== 'sale' && frame.intent !== 'purchase') return null;
  for (const item of frame.items) {
    const p = item.productId ? catalogue.get(item.productId) : undefined;
    // A quantity the router could not bring to the base unit cannot be compared.
    if (!p || item.total == null || item.qty <= 0 || (item.unit && canonicalUnit(item.unit) !== canonicalUnit(p.unit))) continue;
    const usual = frame.intent === 'sale' ? p.sellPrice : p.avgCost != null ? Math.round(p.avgCost) : null;
    // The total against the catalogue price × the quantity in the base unit, or the pack's own price.
    const pack = item.said && frame.intent === 'sale' ? p.packs.find((u) => canonicalUnit(u.name) === canonicalUnit(item.said!.unit)) : undefined;
    const expected = usual && usual > 0 ? (pack?.sellPrice != null ? pack.sellPrice * item.said!.qty : usual * item.qty) : null;
    if (usual && expected && (item.total > expected * PRICE_FACTOR || item.total * PRICE_FACTOR < expected)) {
      if (!item.said) return `Harga ${p.name} ${formatRupiah(item.total / item.qty)}, biasanya ${formatRupiah(usual)}.`;
      const qty = `${formatQty(item.said.qty)} ${item.said.unit} (${formatQty(item.qty)} ${p.unit})`;
      return `${p.name} ${qty} ${formatRupiah(item.total)}, biasanya ${formatRupiah(expected)}.`;
    }
    // Goods bought dearer than twice what they sell for ("kulakan good day 5 renteng" → "80rb" a renteng, sold at
    // Rp19.000): most likely the total typed as a price of one (a helper's try booked Rp400.000 unasked).
    // Goods never bought before are not compared: their selling price may have been said just now, per another unit.
    if (frame.intent === 'purchase' && p.sellPrice && p.avgCost != null && item.total > p.sellPrice * item.qty * 2) {
      const qty = item.said ? `${formatQty(item.said.qty)} ${item.said.unit}` : `${formatQty(item.qty)} ${p.unit}`;
      return `Beli ${p.name} ${qty} ${formatRupiah(item.total)}, padahal harga jualnya ${formatRupiah(p.sellPrice)}/${p.unit}.`;
    }
  }
  return null;
}

/**
 * A new selling price a fifth of the old one or less, or five times or more ("cengek dijual sarebu": the chilli's kilo went
 * from Rp50.000 to Rp1.000, and the next ons sold for Rp500): most likely money of a sale, or a slip. So is one under what the
 * goods cost (corrections try: "keripik 5rb sebungkus", a late answer about new chips, took Chitato from Rp11.000 to
 * Rp5.000 with a cost of Rp9.500, and every later Chitato sold at a loss).
 */
function unusualPrice(frame: ResolvedFrame, catalogue: Map<string, Product>): string | null {
  for (const item of frame.items) {
    const p = item.productId ? catalogue.get(item.productId) : undefined;
    if (!p?.sellPrice || item.unitPrice == null || item.unitPrice <= 0) continue;
    if (item.unitPrice * PRICE_FACTOR <= p.sellPrice || item.unitPrice >= p.sellPrice * PRICE_FACTOR) {
      return `Harga jual ${p.name} sekarang ${formatRupiah(p.sellPrice)}/${p.unit}.`;
    }
    if (p.avgCost != null && item.unitPrice < Math.round(p.avgCost)) {
      return `Harga jual ${p.name} sekarang ${formatRupiah(p.sellPrice)}/${p.unit}, modalnya ${formatRupiah(Math.round(p.avgCost))}.`;
    }
  }
  return null;
}

const COUNT_FACTOR = 5;
/** A write-off worth asking about even under 50 units: 19 kg of sugar is Rp300.000 gone. */
const COUNT_LOSS_RP = 100_000;

/**
 * A count far above or below the books ("aqua 600 skrg tinggal 10 botol" once counted 600 bottles against 48): a number
 * that was part of a name, or a slip of the keyboard, is confirmed before the stock is set. A product with none on the
 * books, or a difference under 50 (and, below the books, worth under Rp100.000), is ordinary (goods came in unrecorded).
 */
export async function unusualCount(tx: Tx, tenantId: string, frame: ResolvedFrame, catalogue: Map<string, Product>): Promise<string | null> {
  if (frame.intent !== 'stock_set') return null;
  const ids = frame.items.flatMap((i) => (i.productId ? [i.productId] : []));
  if (ids.length === 0) return null;
  const { rows } = await tx.query<{ product_id: string; level: number }>(
    'select product_id, level::float8 as level from public.stock_levels where tenant_id = $1 and product_id = any($2::uuid[])', [tenantId, ids]);
  for (const item of frame.items) {
    const books = rows.find((r) => r.product_id === item.productId)?.level ?? 0;
    const p = item.productId ? catalogue.get(item.productId) : undefined;
    // "stok aqua 1,5", "stok le minerale 1,5 liter" (2,5 bottles of 600 ml): goods counted whole, a part of one is no
    // count (helpers' tries set both unasked).
    if (p && isPiece(p.unit) && !Number.isInteger(Math.round(item.qty * 1000) / 1000)) {
      return `${p.name} dihitung per ${p.unit}, jadi ${formatQty(item.qty)} ${p.unit} tidak utuh.`;
    }
    if (!p || books <= 0) continue;
    const lost = books - item.qty;
    const far = (item.qty >= books * COUNT_FACTOR && item.qty - books >= 50)
      // Far below too (jv "indomie goreng kari 3" set 3 against 80 unasked, 77 packs written off; "stok gula 1kg" against
      // 20 kg wrote off Rp300.000): a digit dropped or a count of one shelf. "habis" (none) is said in words, not asked.
      || (item.qty > 0 && item.qty * COUNT_FACTOR <= books && (lost >= 50 || lost * (p.avgCost ?? p.sellPrice ?? 0) >= COUNT_LOSS_RP));
    if (far) return `Di catatan stok ${p.name} ${formatQty(books)} ${p.unit}.`;
  }
  return null;
}
