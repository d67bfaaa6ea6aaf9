// Which entry "batal" means. Plain "batal": the last thing this sender booked, else (after that one was
// undone) the latest of today's entries they wrote, so a second "batal" reaches the one before.
// "batal 3": entry 3 of "catatan hari ini". "batalin pengeluaran transport 320rb": the entries of today
// that fit every detail said; one is confirmed, several are listed to choose from. Nothing is booked.
import { formatDate, localDate, localStart } from '../../../core/format.ts';
import type { Frame } from '../../../core/frame.ts';
import { todaysEntries, type Entry } from '../../finance/review.ts';
import { capitalize } from '../../finance/text.ts';
import { readChoiceNumber } from '../answers.ts';
import type { Env } from '../env.ts';
import { putPending } from '../state.ts';
import type { Pending } from '../state-schema.ts';
import type { BookedEvent, Reply } from '../types.ts';
import { askUndo, nothingToUndoText, undoNow } from './undo.ts';
import { entryFits, entryMentioned, hasDetails, mentions, paidFits } from './undo-match.ts';
import { paidOn } from './correct.ts';
import { asSaid, namedLine } from './said-items.ts';
import { returnPart, saleOf } from './given-back.ts';
import { earlierEvent } from './earlier.ts';
import { formatQty } from '../../../core/format.ts';
import { givenBack } from '../../language/intent.ts';
import { parseHere } from '../questions/interrupt.ts';

const notFoundText = 'Catatan yang cocok tidak ketemu di catatan hari ini, Kak. Ketik "catatan hari ini" untuk lihat daftarnya.';

export async function undoRequest(env: Env, frame: Frame, last: BookedEvent | null): Promise<Reply[]> {
  // "cancel 2 terakhir": the last few are undone one at a time, from the last (it offered entry number 2 of the day).
  const few = /\b(\d+)\s+(?:yang\s+|yg\s+|catatan\s+)?terakhir\b|\bterakhir\s+(\d+)\b/.exec(env.text.toLowerCase());
  if (few && Number(few[1] ?? few[2]) > 1) {
    // After its "ya" the one before is offered, until as many as said (a helpers' try: the second was never offered).
    const more = Math.min(Number(few[1] ?? few[2]), 20) - 1;
    const [first, ...rest] = last ? await askUndo(env, last, more) : await undoPrevious(env, more);
    return first ? [{ ...first, text: `Satu per satu ya, Kak: yang terakhir dulu.\n${first.text}` }, ...rest] : rest;
  }
  // "batal yang sebelum itu", "yg sebelumnya": the entry before the last (corrections tries: "sebelum" was searched as goods).
  if (/\bsebelum(?:nya|e|na|\s+itu|\s+iku|\s+eta)\b/i.test(env.text)) return undoBefore(env, last);
  // "gulane dibalekno siji": the number of goods given back is a count, no entry's number.
  const back = givenBack.test(env.text.toLowerCase());
  if (frame.target != null && !back) return undoNumber(env, frame.target, frame.date);
  // Goods given back: part of a sale (given-back.ts), else found by the words said, among sales only ("aquanya dibalikin" was
  // read as a person "aquanya"; "pop mie dikembalikan 1 cup" offered an Indomie sale, "gulane dibalekno siji" a debt).
  // "kopinya dibalikin 3 sachet", jv "gulane dibalekno 1 kg": the goods with "its" are the goods (the parser let them go, and
  // the whole sale was offered to undo).
  // jv "teh pucuke dibalekno 1 botol": "-e" after a consonant, tried after the others ("indomie" keeps its own "e").
  const plain = (re: RegExp) => parseHere(env, env.text.toLowerCase().replace(re, '$1')).items;
  let backItems = back && frame.items.length === 0 ? plain(/\b(\p{L}{3,}?)(?:nya|ne|na)\b/gu) : frame.items;
  if (back && !backItems.length) backItems = plain(/\b(\p{L}{2,}[^aiueo\s\d])e\b/gu);
  // jv "sing 1 kg dibalekke" after a sale of one kind of goods: a count of those goods.
  const only = last?.frame.intent === 'sale' && last.frame.items.length === 1 ? last.frame.items[0]! : null;
  if (back && !backItems.length && only) backItems = parseHere(env, `laku ${only.name} ${env.text.toLowerCase()}`).items.filter((i) => i.qty != null);
  const part = back && backItems.length === 1 ? await returnPart(env, backItems[0]!) : null;
  if (part) return part;
  if (hasDetails(frame) && !back) return undoFitting(env, frame, (e) => entryFits(e.row, frame) && paidFits(e.row, env.text), frame.items.map((i) => i.product));
  // "batal yang kopi" read as a bare undo: the words said still point at an entry.
  const said = mentions(env.text);
  if (said) {
    // The last entry named by its own words (also a stock count or a price, which are not in the day's list).
    const lastSays = last?.summary.toLowerCase() ?? '';
    if (last && !said.kinds.length && said.words.length && said.words.every((w) => lastSays.includes(w))) return askUndoNamed(env, last, said.words);
    // Given back, the newest sale of those goods, that line only ("aquanya dikembalikan" listed two sales, and the pick undid
    // the other line of the sale too).
    const sold = back ? await saleOf(env, frame.items[0]?.product ?? frame.counterparty ?? said.words.join(' ')) : undefined;
    if (back) return sold ? askUndoNamed(env, sold.entry.event, said.words) : [{ text: notFoundText }];
    return undoFitting(env, frame, (e) => entryMentioned(e.row, said) && paidFits(e.row, env.text), said.words);
  }
  if (last) return askUndo(env, last);
  return undoPrevious(env, 0);
}

/** The entry of today this sender wrote before the last one, offered to undo. */
async function undoBefore(env: Env, last: BookedEvent | null): Promise<Reply[]> {
  const mine = (await todaysEntries(env.agentCtx, { mine: true })).filter((e) => !e.row.voided);
  const at = last ? mine.findIndex((e) => e.event.id === last.id) : -1;
  const before = at > 0 ? mine[at - 1] : at < 0 ? mine.at(-2) : undefined;
  return before ? askUndo(env, before.event) : [{ text: nothingToUndoText }];
}

/** The latest of today's entries this sender wrote that still stands, offered to undo. */
export async function undoPrevious(env: Env, more: number): Promise<Reply[]> {
  const mine = (await todaysEntries(env.agentCtx, { mine: true })).filter((e) => !e.row.voided);
  const latest = mine.at(-1);
  return latest ? askUndo(env, latest.event, more) : [{ text: nothingToUndoText }];
}

/** Owner try: "catatan kemarin" then "hapus no 1 kemarin" looked in today's list: the number counts in the day said. */
async function undoNumber(env: Env, n: number, date: string | null): Promise<Reply[]> {
  const today = localDate(env.now, env.agentCtx.tenant.timezone);
  const daysAgo = date && date < today ? Math.round((Date.parse(today) - Date.parse(date)) / 86_400_000) : 0;
  const day = daysAgo === 0 ? 'hari ini' : daysAgo === 1 ? 'kemarin' : `tgl ${formatDate(localStart(date!, env.agentCtx.tenant.timezone), env.agentCtx.tenant.timezone)}`;
  const entries = await todaysEntries(env.agentCtx, { daysAgo });
  const e = entries.find((x) => x.n === n);
  if (!e) {
    const none = daysAgo === 0 ? 'Belum ada catatan hari ini, Kak. Untuk catatan kemarin: "batal 1 kemarin".' : `Belum ada catatan ${day}, Kak.`;
    return [{ text: entries.length ? `Catatan nomor ${n} tidak ada, Kak. ${capitalize(day)} ada ${entries.length} catatan (ketik "catatan ${day}").` : none }];
  }
  if (e.row.voided) return [{ text: `Catatan nomor ${n} sudah dibatalkan sebelumnya, Kak: ${e.summary}.` }];
  return askUndo(env, e.event);
}

/** How many fitting entries are offered at most (newest first). */
const CHOICES = 5;

async function undoFitting(env: Env, frame: Frame, fit: (e: Entry) => boolean, named: string[]): Promise<Reply[]> {
  const all = (await todaysEntries(env.agentCtx)).filter((e) => !e.row.voided && fit(e)).reverse();
  // "batalkan yg kopi 10 sachet tadi": the count said picks among the kopi sales (a helper's try listed the 8 and the 10).
  const counted = frame.items.filter((i) => i.qty != null);
  const sameCount = all.filter((e) => counted.every((i) => e.row.lines.some((l) => Number(l.qty) === i.qty || Number(l.said_qty) === i.qty)));
  const fits = counted.length && sameCount.length ? sameCount : all;
  if (fits.length === 0) return [{ text: notFoundText }];
  if (fits.length === 1) return askUndoNamed(env, fits[0]!.event, named);
  const shown: Entry[] = fits.slice(0, CHOICES);
  await putPending(env, { kind: 'choose_undo', events: shown.map((e) => e.event) });
  const list = shown.map((e, i) => `${i + 1}. ${e.summary}`).join('\n');
  return [{ text: `Ada ${fits.length} catatan yang cocok, Kak. Yang mana yang dibatalkan?\n${list}\nBalas dengan nomornya.` }];
}

/**
 * "hapus yang good day" of a sale of aqua gelas and good day: that line only, the rest booked again in its place (the
 * whole sale was voided, and an owner answering "ya" lost the aqua from the books). The whole entry when the goods name
 * no single line of several, the books cannot give it back as said (earlier.ts), or its debt is paid in part.
 */
async function askUndoNamed(env: Env, event: BookedEvent, words: string[]): Promise<Reply[]> {
  const full = words.length && event.kind === 'transaction' ? await earlierEvent(env, event) : null;
  const k = full && full.frame.items.length > 1 ? namedLine(full.frame.items, words.join(' ')) : -1;
  if (!full || k < 0 || (await paidOn(env, full)) > 0) return askUndo(env, event);
  const { items, contactId: _c, ...rest } = full.frame;
  const gone = items[k]!;
  const kept: Frame = { ...rest, amount: null, items: items.filter((_, i) => i !== k).map(asSaid) };
  await putPending(env, { kind: 'confirm_book', work: { frame: kept, resolved: kept.items.map(() => null), priceKind: [], confirmed: false, replaces: full } });
  const what = gone.said ? `${formatQty(gone.said.qty)} ${gone.said.unit}` : `${formatQty(gone.qty)}${gone.unit ? ` ${gone.unit}` : ''}`;
  return [{ text: `Hapus ${gone.name} ${what} saja dari catatan ini, Kak?\n${event.summary}\nYang lain tetap dicatat. Balas *ya* untuk hapus, *tidak* untuk biarkan.` }];
}

/**
 * The answer to "yang mana yang dibatalkan?": the number picked from the entries shown is the owner's yes (a helper needed
 * three messages: the list, the number, then "ya" to the same entry again).
 */
export async function answerChooseUndo(env: Env, pending: Extract<Pending, { kind: 'choose_undo' }>): Promise<Reply[] | null> {
  const n = readChoiceNumber(env.text, pending.events.length);
  if (!n) return null;
  return undoNow(env, pending.events[n - 1]!);
}
