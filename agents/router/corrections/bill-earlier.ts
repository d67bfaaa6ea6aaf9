// A bill named back by its noun ("eh bensinnya 30rb", "eh yang listrik tadi 120rb"): today's newest expense of that kind
// takes the new amount, even with other entries booked since (a helper's try offered a new product "bensinnya" at
// Rp30.000 after a sale came between).
import type { Env } from '../env.ts';
import type { BookedEvent } from '../types.ts';
import { earlierEvent, entriesNewestFirst } from './earlier.ts';
import type { Correction } from './read.ts';
import { namedAmount } from './said-numbers.ts';
import type { Entry } from '../../finance/review.ts';

/** The expense named and its new amount; null when the message names no expense of today. */
export async function earlierBill(env: Env): Promise<{ event: BookedEvent; correction: Correction } | null> {
  const named = namedAmount(env.text);
  if (!named) return null;
  // Goods bought or sold one at a time are named back the same way (su "gasna tadi 23rb atuh" after "beli gas 3kg 22rb").
  const single = (e: Entry) => (e.row.kind === 'purchase' || e.row.kind === 'sale') && e.row.lines.length === 1 && e.row.lines[0]!.qty === 1;
  const found = (await entriesNewestFirst(env, (e) => e.row.kind === 'expense' || single(e)))
    .find(({ entry, goods }) => entry.row.category === named.noun || goods.has(named.noun));
  const event = found && (await earlierEvent(env, found.entry.event));
  return event ? { event, correction: { to: named.money, from: null } } : null;
}
