// Money words the parser reads beside the goods: a discount off the total ("diskon 2rb") and a delivery
// cost on a purchase ("ongkir 10rb"). Pure: the resolved frame in, the frame to book out.
// A discount lowers the line totals, shared in proportion to them (so each line's price is what was
// really paid). A delivery cost goes into the landed cost of the goods the same way: the stock's
// moving-average cost then includes it, and the goods are never replaced by a "transport" expense.
import type { Frame } from '../../core/frame.ts';
import type { ResolvedFrame, ResolvedItem } from './types.ts';

/**
 * Spreads `delta` (negative for a discount) over the lines in proportion to their totals; the last line takes the
 * rounding. Each line but the last gets a price of one in whole hundreds where it can ("Indomie 5 bks × Rp4.100", not
 * "× Rp4.070" and "Rp20.349"), as a person sharing a total would; exact shares when that leaves the last line nothing.
 */
export function spread(items: ResolvedItem[], delta: number): ResolvedItem[] {
  const base = items.reduce((s, i) => s + (i.total ?? 0), 0);
  if (base <= 0 || delta === 0) return items;
  return spreadRounded(items, delta, base) ?? spreadBy(items, delta, base, Math.round);
}

function spreadRounded(items: ResolvedItem[], delta: number, base: number): ResolvedItem[] | null {
  if (Math.abs(delta) < 100 * items.length || !items.every((i) => Number.isInteger(i.qty) && i.qty > 0)) return null;
  const out = spreadBy(items, delta, base, (total, item) => Math.round(total / item.qty / 100) * 100 * item.qty);
  const last = out.at(-1)!;
  return last.total != null && last.total > 0 ? out : null;
}

function spreadBy(items: ResolvedItem[], delta: number, base: number, round: (total: number, item: ResolvedItem) => number): ResolvedItem[] {
  const target = base + delta;
  let booked = 0;
  return items.map((item, n) => {
    if (item.total == null) return item;
    const total = Math.max(0, n === items.length - 1 ? target - booked : round(item.total + (delta * item.total) / base, item));
    booked += total;
    return { ...item, total, unitPrice: item.qty > 0 ? Math.round(total / item.qty) : item.unitPrice };
  });
}

/**
 * "ada yg borong indomie 1 dus sama telor 2 kilo, total 150rb": one total said for lines whose money was not
 * said. Those lines come priced from the catalogue (a sale at the selling price, pack prices included; a
 * purchase at the usual cost); the difference to the total said is shared over them as a discount is, so what
 * is booked is what was said. Unchanged when nothing is left for them (the total said is not more than the
 * lines priced by the owner).
 */
export function fillSaidTotal(frame: ResolvedFrame, said: Frame): ResolvedFrame {
  if ((frame.intent !== 'sale' && frame.intent !== 'purchase') || said.amount == null || said.discount || said.delivery_cost) return frame;
  const open = frame.items.flatMap((item, n) => (item.stated == null && item.total != null && item.qty > 0 ? [n] : []));
  if (open.length === 0 || frame.items.some((i) => i.total == null)) return frame;
  const priced = frame.items.reduce((s, i, n) => s + (open.includes(n) ? 0 : i.total!), 0);
  const rest = said.amount - priced;
  const atCatalogue = open.reduce((s, n) => s + frame.items[n]!.total!, 0);
  if (rest <= 0 || rest === atCatalogue) return frame;
  const filled = spread(open.map((n) => frame.items[n]!), rest - atCatalogue);
  const items = [...frame.items];
  open.forEach((n, k) => { items[n] = { ...filled[k]!, stated: { unitPrice: null, total: filled[k]!.total, shared: true } }; });
  return { ...frame, items, amount: said.amount };
}

/**
 * The frame with its discount taken off and its delivery cost landed on the goods. `said` is the frame
 * as parsed: when its amount is below the lines' sum, that amount already is the net ("dipotong 2rb
 * jadi 50rb") and the lines are brought down to it instead of being cut twice.
 */
export function applyMoneyWords(frame: ResolvedFrame, said: Frame): ResolvedFrame {
  const discount = frame.discount ?? 0;
  const delivery = frame.intent === 'purchase' ? (frame.delivery_cost ?? 0) : 0;
  if (!discount && !delivery) return frame;
  const goods = frame.items.every((i) => i.total != null) && frame.items.length > 0;
  if (!goods) {
    // A bare amount (an expense): the discount comes off it.
    if (frame.amount == null || !discount) return frame;
    const net = said.amount != null && said.amount < frame.amount ? frame.amount : frame.amount - discount;
    return { ...frame, amount: Math.max(0, net) };
  }
  const sum = frame.items.reduce((s, i) => s + (i.total ?? 0), 0);
  const target = discount ? (said.amount != null && said.amount < sum && sum - said.amount <= discount ? said.amount : sum - discount) : sum;
  const items = spread(frame.items, target - sum + delivery);
  return { ...frame, items, amount: items.reduce((s, i) => s + (i.total ?? 0), 0) };
}
