// The answer to a question that completes the message that asked it (pending kind 'reparse'): "Berapa, Kak?",
// "Dicatat sebagai penjualan …?". The answer is joined to the message asked, or is a message of its own.
import { zoneOffsetMinutes } from '../../../core/format.ts';
import type { ParseResult } from '../../../core/frame.ts';
import { proceed } from '../book.ts';
import type { Env } from '../env.ts';
import type { Pending } from '../state-schema.ts';
import type { Reply } from '../types.ts';
import { CONFIDENT } from '../understand.ts';
import { isGoodslessSale, mixedSaleNote, mixedSaleWork, readMixedGoods } from './mixed-sale.ts';

export async function answerReparse(env: Env, pending: Extract<Pending, { kind: 'reparse' }>, yes: boolean | null): Promise<Reply[] | null> {
  const text = env.text;
  // A full message of its own is a new message; otherwise it completes the one that asked.
  const ctxParse = { now: env.now, offsetMinutes: zoneOffsetMinutes[env.agentCtx.tenant.timezone] };
  // su "muhun", jv "nggih": a yes of any region is the message as asked (it became a product "muhun").
  if (yes) {
    env.text = pending.text;
    return null;
  }
  const { confidence: _c, ask: _a, ...asked } = env.deps.parse(pending.text, ctxParse);
  const goodsless = isGoodslessSale(asked);
  if (goodsless && readMixedGoods(text)) return withMixedNote(await proceed(env, mixedSaleWork(asked)));
  if (isBooking(env.deps.parse(text, ctxParse))) return null;
  // A correction of something else ("yang gula tadi seperempat kilo bukan sekilo") completes nothing: joined to the held
  // message it booked it (a corrections try: 600 bottles of Aqua, Rp2.400.000).
  if (aboutEarlier.test(text.toLowerCase())) return null;
  // The goods named before the sale's money ("indomie 3 sama aqua 2, laku 45rb"): the sum is then theirs together,
  // where after it the sum would be the first one's price.
  const combined = goodsless ? `${text}, ${pending.text}` : `${pending.text} ${text}`;
  if (isBooking(env.deps.parse(combined, ctxParse))) env.text = combined;
  return null;
}

const withMixedNote = ([first, ...rest]: Reply[]): Reply[] => (first ? [{ ...first, text: `${first.text}\n${mixedSaleNote}` }, ...rest] : []);
const isBooking = (r: ParseResult) => r.confidence >= CONFIDENT && !['unknown', 'greeting', 'help'].includes(r.intent);
/** Words of a message about an earlier entry: "tadi", "bukan", "salah", and their regional forms. */
const aboutEarlier = /\b(?:tadi|td|barusan|bukan|bkn|dudu|sanes|salah|keliru|kliru|lepat|koreksi|ralat|harusnya|kudune|kuduna)\b/;
