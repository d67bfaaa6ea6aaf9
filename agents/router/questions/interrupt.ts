// An open question never swallows a new request. Owners rarely answer a question they find beside the
// point: they write the next thing that happened ("pak joko ngutang kopi 3 sachet" after "harga jual es
// batu berapa?"). Such a message is handled as new, the question is dropped, and the reply says so.
import { zoneOffsetMinutes } from '../../../core/format.ts';
import type { ParseResult } from '../../../core/frame.ts';
import { readStaffCommand } from '../answers.ts';
import { readCorrection } from '../corrections/read.ts';
import type { Env } from '../env.ts';
import { readReminder } from '../reminder.ts';
import type { Pending } from '../state-schema.ts';
import type { Reply } from '../types.ts';
import { CONFIDENT } from '../understand.ts';

/** Intents that are never a request of their own. */
const notRequests = new Set(['unknown', 'greeting', 'help', 'undo']);
/** What the parser may still be missing while the message remains a request (the catalogue fills prices). */
const fillable = new Set(['unit_price', 'price', 'qty', 'price_kind', 'unit_or_total', 'counterparty', 'amount']);

/**
 * Whether a parse is a complete request on its own: understood with confidence, an intent that books or
 * asks something, and nothing missing that only the open question could supply (the goods, the intent).
 */
export function isCompleteRequest(r: ParseResult): boolean {
  if (r.confidence < CONFIDENT || notRequests.has(r.intent)) return false;
  if (r.ask.some((a) => !fillable.has(a))) return false;
  const goods = ['sale', 'purchase', 'stock_in', 'stock_out', 'stock_set', 'price_set', 'stock_check'];
  if (goods.includes(r.intent)) return r.items.length > 0;
  if (r.intent === 'expense' || r.intent === 'debt_add') return r.amount != null || r.items.length > 0 || r.ask.includes('amount');
  return true;
}

export function parseHere(env: Env, text: string): ParseResult {
  return env.deps.parse(text, { now: env.now, offsetMinutes: zoneOffsetMinutes[env.agentCtx.tenant.timezone] });
}

/**
 * A message that is a request of its own, read while a question is open: what the parser reads as one,
 * and the commands the router reads itself (a correction, a staff change, a reminder).
 */
export function interrupts(env: Env): boolean {
  if (readCorrection(env.text) || readStaffCommand(env.text)) return true;
  if (readReminder(env.text, env.now, env.agentCtx.tenant.timezone)) return true;
  const parsed = parseHere(env, env.text);
  // "ada yg belanja 80rb" is the next sale even before its goods are said, not a price for the question's product.
  return isCompleteRequest(parsed) || (parsed.intent === 'sale' && someoneShopped.test(env.text));
}

const someoneShopped = /\b(?:ada|ado|aya) (?:yang|yg|nan|sing|seng|nu|nang|urang|orang|org|wong) (?:beli|belanja|blanja|balanjo|meser|tuku|ngambil|ambil)\b/i;

/** What the dropped question was about, in a few words. */
export function topicOf(p: Pending): string | null {
  switch (p.kind) {
    case 'new_product': return `produk baru "${p.name}"`;
    case 'choose_product': case 'item_price': case 'price_kind': {
      const item = p.work.frame.items[p.index];
      return item ? `"${item.product}"` : null;
    }
    case 'counterparty': case 'confirm_book': {
      const item = p.work.frame.items[0];
      return item ? `"${item.product}"` : null;
    }
    case 'reparse': return `"${p.text}"`;
    case 'confirm_undo': case 'choose_undo': return 'pembatalan';
    case 'contact_phone': case 'confirm_send': return `tagihan ${p.name}`;
    // "Pak Darmo itu Pak Darto, atau orang baru?" for a payment with no goods ("yang tadi" was said).
    case 'person': return `"${p.name}"`;
    default: {
      // Kinds added later (pack size, a person) carry work like the others.
      const work = (p as { work?: { frame: { items: { product: string }[] } } }).work;
      return work?.frame.items[0] ? `"${work.frame.items[0].product}"` : null;
    }
  }
}

const askedOnly = new Set(['stock_check', 'report']);

/**
 * The note about a dropped question. When it held back a booking (or a message not understood), the
 * owner is told that it is not in the books: else "bu eti bayar 10rb" later meets "no debt" unexplained.
 */
export function droppedText(p: Pending): string {
  return `(${dropNotice(p)})`;
}

/** The same notice said on its own, to "skip" or "gak tau" (no reply of another message follows it). */
export function dropNotice(p: Pending): string {
  const topic = topicOf(p) ?? 'yang tadi';
  // A question the owner asked ("laporan indomie minggu ini") books nothing: no "belum tercatat".
  const heldBack = 'work' in p ? !askedOnly.has(p.work.frame.intent) : p.kind === 'reparse';
  // Owner try: "kopi 6 saset, teh sisri 4" asked about the tea only; the coffee was not booked either.
  const lines = 'work' in p ? p.work.frame.items.length : 0;
  // A correction's question: the entry it corrects still stands (it said "belum ada yang tercatat. Kirim ulang", and the
  // sale sent again was booked twice).
  if ('work' in p && p.work.replaces) return `Pertanyaan soal ${topic} saya lewati, jadi koreksinya belum saya catat; catatan yang lama tetap, Kak.`;
  if (heldBack && lines > 1) return `Pertanyaan soal ${topic} saya lewati, jadi ${lines} barang di pesan itu belum ada yang tercatat. Kirim ulang kalau perlu, Kak.`;
  if (heldBack) return `Pertanyaan soal ${topic} saya lewati, jadi yang itu belum tercatat. Kirim ulang kalau perlu, Kak.`;
  return `Pertanyaan soal ${topic} saya lewati, Kak.`;
}

/** Puts the note about the dropped question in front of the first reply to this chat. */
export function withNote(note: string | null, replies: Reply[]): Reply[] {
  if (!note) return replies;
  const i = replies.findIndex((r) => !r.toPhone);
  if (i < 0) return [{ text: note }, ...replies];
  return replies.map((r, n) => (n === i ? { ...r, text: `${note}\n${r.text}` } : r));
}

/**
 * "kagak jadi, yg es teh apus aje" while "Produk baru es teh?" is open (Jakarta try): an undo naming the goods of the
 * message being asked about calls that message off. It was booked with the suggested price, then offered to undo.
 */
export function callsOffDraft(env: Env, p: Pending): boolean {
  const work = (p as { work?: { frame: { items: { product: string }[] } } }).work;
  if (!work) return false;
  const parsed = parseHere(env, env.text);
  if (parsed.intent !== 'undo' || parsed.items.length === 0) return false;
  const asked = work.frame.items.map((i) => i.product.toLowerCase());
  return parsed.items.every((i) => asked.some((a) => a.includes(i.product.toLowerCase()) || i.product.toLowerCase().includes(a)));
}

// "hapus nu terakhir", "batalin yang tadi": the message being asked about is the last thing said (an owner try skipped the
// question and offered to void the sale before it; "ya" voided it).
// "kada jadi, batal haja" (Banjar: "never mind, just cancel") answered "per bks atau total?": read as "total" by its "jadi", the
// indomie was sold at Rp875 a pack. Called off, with or without the verb after it, cancels the question.
const calledOff = String.raw`(?:gak|ga|gk|nggak|ngga|enggak|tidak|tdk|ndak|nda|kada|ora|ra|teu|sonde|indak|kagak)\s+(?:jadi|sido|sida)`;
// jv "batal sing mau", "batalke sing terakhir", su "batalkeun nu panungtung" too (jv "mau" is "tadi"; a Surabaya try's soap
// question was skipped and the debt before it offered to undo).
const undoVerb = String.raw`(?:batal|batalin|batalkan|batalke|batalno|batalkeun|cancel|hapus|hapusin|hapuske|hapusen|busak)`;
const undoWord = new RegExp(String.raw`^(?:${calledOff}(?:\s*,?\s*${undoVerb})?|${undoVerb})(?:\s+(?:mi|ji|haja|lah))?(?:\s+(?:(?:yang|yg|nu|sing)\s+)?(?:terakhir|tadi|barusan|itu|iku|eta|mau|wau|panungtung|pungkasan))?(?:\s+(?:aja|saja|kak|dong|deh|ya|wae|haja|bae|ae))*[.!]*$`, 'i');

/** "batal" alone (or "hapus yang terakhir") while a question is open: it cancels the question. */
export const isUndoWord = (text: string) => undoWord.test(text.trim());

/** The question is cancelled, nothing is booked; and how to cancel the last entry, which "batal" may have meant. */
export function questionCancelledText(lastSummary: string | null): string {
  const how = lastSummary
    ? ` Kalau maksudnya membatalkan catatan terakhir (${lastSummary}), ketik "batal" sekali lagi.`
    : ' Kalau mau membatalkan catatan sebelumnya, ketik "batal" sekali lagi.';
  return `Oke Kak, pertanyaan tadi dibatalkan, tidak jadi dicatat.${how}`;
}
