// A purchase with no price asks for it. Costing it silently at the average cost books a number nobody
// said, and the stock's cost drifts from what was paid.
import { titleCase } from '../catalogue/resolve-items.ts';
import type { Ask } from '../catalogue/resolve.ts';
import type { Work } from '../state-schema.ts';

/** The question for the first purchase line without a price; null when every line has one. */
export function askPurchasePrice(work: Work): Ask | null {
  const { frame } = work;
  if (frame.intent !== 'purchase') return null;
  // One line and a bare amount: that amount is its total.
  if (frame.items.length === 1 && frame.amount != null && frame.items[0]!.total == null && frame.items[0]!.unit_price == null) {
    frame.items[0] = { ...frame.items[0]!, total: frame.amount };
  }
  // "kulakan indomie 2 dus sama aqua 1 dus total 320rb": a total said for several lines is shared by their
  // usual cost once the products are known (money-words.ts fillSaidTotal); only goods with no usual cost are asked.
  if (frame.items.length > 1 && frame.amount != null) return null;
  const index = frame.items.findIndex((i, n) => !work.resolved[n] && i.unit_price == null && i.total == null);
  if (index < 0) return null;
  const item = frame.items[index]!;
  const name = titleCase(item.product);
  const several = item.qty != null && item.qty > 1;
  const text = several
    ? `Harga beli ${name} per ${item.unit ?? 'satuan'} berapa, Kak? (Kalau totalnya, tulis misalnya "total 50rb".)`
    : `Harga beli ${name} berapa, Kak?`;
  return { kind: 'ask', text, pending: { kind: 'item_price', work, index } };
}
