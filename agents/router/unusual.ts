// Entries unusual enough to confirm before booking: a big total, or a price far from the catalogue.
import { formatRupiah } from '../../core/format.ts';
import { canonicalUnit } from './item-math.ts';
import type { Product } from './resolve-items.ts';
import type { ResolvedFrame } from './types.ts';

export const BIG_TOTAL = 10_000_000;
export const PRICE_FACTOR = 5;

/** Why this entry needs a "ya" first, in Indonesian; null when it is ordinary. */
export function unusualReason(frame: ResolvedFrame, catalogue: Map<string, Product>): string | null {
  const money = ['sale', 'purchase', 'expense', 'debt_add', 'debt_pay'];
  if (!money.includes(frame.intent)) return null;
  const total = frame.amount ?? frame.items.reduce((s, i) => s + (i.total ?? 0), 0);
  if (total > BIG_TOTAL) return `Totalnya ${formatRupiah(total)}, besar sekali.`;
  if (frame.intent !== 'sale' && frame.intent !== 'purchase') return null;
  for (const item of frame.items) {
    const p = item.productId ? catalogue.get(item.productId) : undefined;
    // Prices per "dus" of a product kept per "bks" cannot be compared without the pack size.
    if (!p || item.unitPrice == null || (item.unit && canonicalUnit(item.unit) !== canonicalUnit(p.unit))) continue;
    const usual = frame.intent === 'sale' ? p.sellPrice : p.avgCost != null ? Math.round(p.avgCost) : null;
    if (!usual || usual <= 0) continue;
    if (item.unitPrice > usual * PRICE_FACTOR || item.unitPrice * PRICE_FACTOR < usual) {
      return `Harga ${p.name} ${formatRupiah(item.unitPrice)}, biasanya ${formatRupiah(usual)}.`;
    }
  }
  return null;
}
