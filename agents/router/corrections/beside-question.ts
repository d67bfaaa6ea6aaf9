// A correction of an earlier entry sent while a question about new goods waits ("bon rokok surya 12 1 bks" → "Atas nama
// siapa, Kak?" → "eh korek tadi 2, bukan 1"): the corrections try changed the rokok to 2 packs and put them on the tab of the
// name given next, and the korek stayed as it was. The goods named are not the draft's: the earlier entry is corrected and
// the question stays open, said again. A lookup ("stok X", "laporan") beside an open question is answered the same way.
import { readCorrection } from './read.ts';
import type { Env } from '../env.ts';
import { loadState, putPending, type ChatState } from '../state.ts';
import type { Pending, Work } from '../state-schema.ts';
import type { Reply } from '../types.ts';
import { droppedText, parseHere, topicOf, withNote } from '../questions/interrupt.ts';
import { correctionWords, correctLast } from './correct.ts';
import { readPart, readPriceFollowUp } from './said-numbers.ts';
import { draftNamed } from './draft.ts';

/**
 * `held`: the open question as a draft (questions/bare-goods.ts heldDraft): "Dicatat sebagai penjualan minyakita 2?" holds its
 * message as text, and a correction of an earlier entry dropped it (the "ya" after went nowhere).
 */
export async function correctBesideQuestion(env: Env, state: ChatState & { pending: Pending }, held: Pending): Promise<Reply[] | null> {
  const work = (held as { work?: Work }).work;
  const read = work ? readCorrection(env.text) : null;
  // "eh aqua tadi 4 botol" while the Indomie is asked about: the last entry's goods named back with a count (a corrections try
  // booked the Aqua again with the Indomie's money, and the question went).
  const last = state.lastEvent;
  const back = work && !read && last && !draftNamed(work, env.text) ? readPriceFollowUp(env.text, last.frame.items, last.frame.intent) : null;
  const c = read ?? back;
  // "eh salah totalnya seratus ribu" while the purchase's price is asked: money alone answers the question (a corrections try
  // re-priced the sale booked before it, and the question stayed).
  if (c && c.from == null && asksMoney.has(held.kind) && moneyOnly(c.to) && readPart(c.to)?.money) {
    env.text = c.to; // the answer as said without "eh salah"
    return null;
  }
  if (!c || (!back && draftNamed(work!, c.to))) return null;
  const replies = await correctLast(env, state.lastEvent, c);
  // The correction may ask a question of its own (which entry, how much): then that one is open. Booking the corrected entry
  // clears the chat's question: the waiting one is put back.
  const after = await loadState(env.tx, env.key, env.now);
  if (after.pending && JSON.stringify(after.pending) !== JSON.stringify(state.pending)) return replies;
  if (!after.pending) await putPending(env, state.pending);
  return [...replies, { text: stillWaitingText(state.pending) }];
}

const asksMoney = new Set<Pending['kind']>(['item_price', 'price_kind']);
const moneyOnly = (to: string) => to.toLowerCase().split(/\s+/).every((w) => !w || /\d/.test(w) || correctionWords.has(w) || /^(?:rb|ribu|rebu|ewu|k|jt|juta|rp|puluh|ratus|belas|atus)$/.test(w));

/** Lookups that book nothing: answered beside an open question, which stays. */
const lookups = new Set(['stock_check', 'report', 'market_price']);

/**
 * "stok surya 16" while "Batalkan catatan ini?" waits (a corrections try: the question was dropped, then "iya" got "Oke 👍"
 * and the sale stayed booked): a lookup is answered and the question stays open, said again. A lookup that asks a question
 * of its own ("Indomie yang mana?") replaces it, as any new message does. Null when the message is no lookup.
 */
export async function lookupBesideQuestion(env: Env, state: ChatState & { pending: Pending },
  answer: (env: Env, state: ChatState) => Promise<Reply[]>): Promise<Reply[] | null> {
  if (!lookups.has(parseHere(env, env.text).intent)) return null;
  const replies = await answer(env, state);
  const after = await loadState(env.tx, env.key, env.now);
  if (after.pending && JSON.stringify(after.pending) !== JSON.stringify(state.pending)) return withNote(droppedText(state.pending), replies);
  if (!after.pending) await putPending(env, state.pending);
  return [...replies, { text: stillWaitingText(state.pending) }];
}

const stillWaitingText = (p: Pending) => `Pertanyaan soal ${topicOf(p) ?? 'yang tadi'} masih menunggu, Kak: jawab saja yang tadi ditanyakan.`;
