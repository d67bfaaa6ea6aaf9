// Part of a sale given back: "le minerale dibalekno 2 botol" after 10 bottles sold, su "chitato na dipulangkeun hiji". The sale
// is offered again with fewer, at the price each was sold at (a helper's try was offered to cancel the whole sale, where one
// "ya" takes all ten bottles' money off the books). All of it given back is the whole sale's undo (undo-pick.ts).
import { formatQty } from '../../../core/format.ts';
import type { Frame, FrameItem } from '../../../core/frame.ts';
import { unitOf } from '../../language/units.ts';
import type { Env } from '../env.ts';
import { putPending } from '../state.ts';
import type { Reply } from '../types.ts';
import { paidOn } from './correct.ts';
import { earlierEvent, entriesNewestFirst, entryWords } from './earlier.ts';
import { asSaid, namedLine, possessive } from './said-items.ts';
import type { Entry } from '../../finance/review.ts';

/** The question whether the sale keeps the rest, or null when the goods said were not part of a sale of today. */
export async function returnPart(env: Env, said: FrameItem): Promise<Reply[] | null> {
  const back = said.qty;
  if (back == null) return null;
  const found = await saleOf(env, said.product);
  const full = found ? await earlierEvent(env, found.entry.event) : null;
  if (!full) return null;
  const k = full.frame.items.length === 1 ? 0 : namedLine(full.frame.items, said.product);
  const line = full.frame.items[k];
  const had = line ? line.said?.qty ?? line.qty : 0;
  const unit = line?.said?.unit ?? line?.unit ?? '';
  // A count in another unit than sold ("1 dus" back of bottles), or all of it: not a part.
  if (!line || line.total == null || back >= had || (said.unit && unitOf(said.unit) !== unitOf(unit))) return null;
  if ((await paidOn(env, full)) > 0) return null;
  const { items, contactId: _c, ...rest } = full.frame;
  const each = Math.round(line.total / had);
  const kept: Frame = { ...rest, amount: null,
    items: items.map((it, i) => (i === k ? { ...asSaid(it), qty: had - back, unit_price: each, total: null } : asSaid(it))) };
  await putPending(env, { kind: 'confirm_book', work: { frame: kept, resolved: kept.items.map(() => null), priceKind: [], confirmed: false, replaces: full } });
  return [{ text: `${formatQty(back)} ${unit} ${line.name} dikembalikan, Kak? Penjualan ini saya ubah jadi ${formatQty(had - back)} ${unit}:\n`
    + `${full.summary}\nBalas *ya* untuk ubah, *tidak* untuk biarkan.` }];
}

/** Today's newest standing sale with the goods named ("kopine": the coffee), or undefined. */
export async function saleOf(env: Env, goods: string): Promise<{ entry: Entry } | undefined> {
  const words = [...entryWords([goods])];
  if (!words.length) return undefined;
  return (await entriesNewestFirst(env, (e) => e.row.kind === 'sale'))
    .find(({ goods: has }) => words.every((w) => has.has(w) || has.has(possessive.exec(w)?.[1] ?? w)));
}
