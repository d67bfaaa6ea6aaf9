// Voice try: "laku indomie goreng lima bungkus terus aqua yang botol tiga terus ada bu rina ngutang gula setengah kilo …"
// is a cash sale and then a person's goods on credit. One frame cannot hold both (the parser reads no intent for it:
// lexicon.ts laterCreditClause). The message is cut where the credit clause starts and both parts are booked, each
// under its own idempotency key; when a part is no complete request, or its booking would ask a question, nothing is
// booked and the owner is asked to send them one by one (unbooked.ts). Two entries of different kinds, each led by its
// verb ("beli telur 1 rak 50rb, bayar listrik 100rb"), are cut and booked the same way (twoKinds). A voice note of three
// entries or more is cut at each verb or person; there a part that would ask is left out and listed (bookSeveral).
import { cashThenCreditCut, honorifics, entryBreak, partTime, personLed, selfWord, stockBuyLead, twoKindsCut, voiceClosing, voicePreamble } from '../language/lexicon.ts';
import type { Env } from './env.ts';
import { isCompleteRequest, parseHere } from './questions/interrupt.ts';
import { loadState, type ChatState } from './state.ts';
import type { Reply } from './types.ts';

/** The message as its cash part and its credit part, or null when it is not one of those. */
export function splitCashThenCredit(text: string): [string, string] | null {
  const m = cashThenCreditCut.exec(text.trim());
  return m ? [m[1].replace(/[\s,;]+$/, ''), m[2]] : null;
}

type Next = (env: Env, state: ChatState) => Promise<Reply[]>;

/** Both parts booked, as two messages would be; null (nothing booked) when they cannot both be booked unasked. */
export async function bookBoth(env: Env, state: ChatState, next: Next): Promise<Reply[] | null> {
  const parts = splitCashThenCredit(env.text);
  if (!parts) return null;
  const [cash, owed] = parts.map((t) => parseHere(env, t));
  if (!isCompleteRequest(cash) || !isCompleteRequest(owed) || cash.payment === 'credit' || owed.payment !== 'credit') return null;
  return bookParts(env, state, parts, next);
}

const entryKinds = new Set(['sale', 'purchase', 'expense']);
const debtKinds = new Set(['debt_add', 'debt_pay', 'sale']);
const deliveryWords = /\b(ongkir|ongkirnya|ongkos kirim|ongkos angkut|kirim|antar|anter)\b/i;

/**
 * "beli telur 1 rak 50rb, bayar listrik 100rb", "laku kopi 3 sachet 6rb. kulakan gula 5 kg 85rb": two entries of
 * different kinds, each led by its verb, or null when the message is not one (then it is read whole). Goods bought after
 * a sale count only when bought as stock ("kulakan"): "laku rokok 2 bks, beli korek 1" may be one customer's; an
 * expense only when it names its bill ("bayar 50rb" after goods says how they were paid).
 */
export function twoKinds(env: Env): [string, string] | null {
  const m = twoKindsCut.exec(env.text.trim());
  if (!m) return null;
  const parts: [string, string] = [m[1].replace(/[\s,.;]+$/, ''), m[2]];
  const [a, b] = parts.map((t) => parseHere(env, t));
  if (!isCompleteRequest(a) || !isCompleteRequest(b)) return null;
  // "bu sri ngutang 25rb, pak darto bayar utang 10rb": two people's debts, each led by its person (it was read as Bu Sri
  // paying). A part led by a person beside one that is not ("bu sri bayar utang 30rb, beli gula 1 kg") is read whole:
  // the goods may be hers.
  const people = parts.filter((p) => personLed.test(p)).length;
  // "laku kopi 2 cash, bu yati ngutang 10rb": goods said paid, then a person's debt of money (one credit sale was booked).
  // "payu kopi 3 sama teh pucuk 2. trus bu ani kasbon 20rb": a sentence or "then" between says the same (one credit sale
  // to Bu Ani at prices raised to Rp20.000 was booked).
  const between = env.text.trim().slice(m[1].length, env.text.trim().length - m[2].length);
  const then = /[.;]|\b(?:terus|trus|trs|lalu|abis itu|habis itu)\b/.test(between);
  if (people === 1 && personLed.test(parts[1]) && a.intent === 'sale' && (a.payment === 'cash' || (then && a.payment !== 'credit'))
    && b.intent === 'debt_add' && b.items.length === 0) return parts;
  if (people === 2) return debtKinds.has(a.intent) && debtKinds.has(b.intent) && a.counterparty !== b.counterparty ? parts : null;
  if (people === 1 || !entryKinds.has(a.intent) || !entryKinds.has(b.intent)) return null;
  // Two bills of different kinds ("bayar listrik 100rb terus isi pulsa 20rb") are two entries too, each its category.
  if (a.intent === b.intent && (a.intent !== 'expense' || a.category === b.category)) return null;
  if ([a, b].some((r) => r.intent === 'expense' && r.items.length === 0 && (r.category === null || r.category === 'lainnya'))) return null;
  // "kulakan indomie 1 dus 110rb, bayar ongkir 10rb": the delivery is part of what the goods cost (parse.ts), one entry.
  if (a.intent === 'purchase' && b.intent === 'expense' && deliveryWords.test(parts[1])) return null;
  // After a sale, "beli" may be the customer's: only goods bought as stock ("kulakan") are the second entry.
  if (a.intent === 'sale' && b.intent === 'purchase' && !stockBuyLead.test(parts[1])) return null;
  return parts;
}

// "pak darto beli gula 2 kg sama beras 3 kg, gula dibayar, beras ngutang": which goods were paid and which are owed.
// "minyakitanya bayar kontan telurnya ngutang dulu": the paying said with "bayar", the owing with "dulu".
const paidWords = String.raw`(?:dibayar|lunas|(?:bayar\s+|dibayar\s+)?(?:cash|tunai|kontan|cas)|(?:sudah|udah|udh) (?:dibayar|bayar))`;
const owedWords = String.raw`(?:(?:ngutang|utang|hutang|dibon|bon|ngebon|diutang|kasbon|(?:belum|blm) (?:dibayar|bayar))(?:\s+(?:dulu|dl|dulu ya))?)`;
const goodsSaid = String.raw`(?:(?:yang|yg|sing|nu)\s+)?(\p{L}+?)(?:nya|ne|na)?`;
const paidThenOwed = new RegExp(String.raw`^(.*\S)\s*[,;.]\s*${goodsSaid}\s+${paidWords}\s*[,;]?\s*(?:(?:terus|trus|sama|dan|tapi)\s+)?${goodsSaid}\s+${owedWords}\s*$`, 'iu');
const owedThenPaid = new RegExp(String.raw`^(.*\S)\s*[,;.]\s*${goodsSaid}\s+${owedWords}\s*[,;]?\s*(?:(?:terus|trus|sama|dan|tapi)\s+)?${goodsSaid}\s+${paidWords}\s*$`, 'iu');
// "bu iin ambil gula 1 kg kontan sama telur 1 kg ngutang": each goods' paying said right after them (all was put on credit).
const joined = String.raw`(?:\s*,\s*(?:(?:sama|sm|dan|ama|karo|jeung|terus|trus)\s+)?|\s+(?:sama|sm|dan|ama|karo|jeung|terus|trus)\s+)`;
// "laku gula 1 kg tunai, minyakita 1 ngutang bu Ani": the person owing said last (the whole Rp36.000 went on her tab).
const owedBy = String.raw`(?:\s+((?:${[...honorifics].join('|')})\s+\p{L}+))?`;
const inlinePaidOwed = new RegExp(String.raw`^(.*\S)\s+${paidWords}${joined}(.*\S)\s+${owedWords}${owedBy}\s*$`, 'iu');
const inlineOwedPaid = new RegExp(String.raw`^(.*\S)\s+${owedWords}${joined}(.*\S)\s+${paidWords}\s*$`, 'iu');

/**
 * Two goods one customer took, one paid and one owed: the paid one's sale and the owed one's credit sale as two
 * messages ("pak darto beli gula 2 kg", "pak darto ngutang beras 3 kg"); 'ask' when the message says so of goods it
 * cannot part (then it is asked to be sent one by one), null when it says no such thing. It was booked as four lines,
 * all owed.
 */
export function paidByGoods(env: Env): [string, string] | 'ask' | null {
  const text = env.text.trim();
  const inline = inlinePaidOwed.exec(text) ?? inlineOwedPaid.exec(text);
  const parts = inline && inlineParts(env, inline[1]!, inline[2]!, inlinePaidOwed.test(text), inline[3] ?? null);
  if (parts) return parts;
  const pm = paidThenOwed.exec(text);
  const om = pm ? null : owedThenPaid.exec(text);
  if (!pm && !om) return null;
  const [head, paid, owed] = pm ? [pm[1]!, pm[2]!, pm[3]!] : [om![1]!, om![3]!, om![2]!];
  const whole = parseHere(env, head);
  // Both words must name goods of the message ("…, yang cash, sisanya bon" names none: read as before).
  const named = (w: string) => whole.items.some((i) => i.product.split(' ').some((x) => x.startsWith(w.toLowerCase())));
  if (!named(paid) || !named(owed)) return null;
  const segments = head.split(/\s*(?:,|\+|\b(?:sama|sm|dan|ama|karo|jeung|deng)\b)\s*/iu);
  const at = (w: string) => segments.findIndex((s) => new RegExp(`\\b${w}`, 'iu').test(s));
  const [p, o] = [at(paid), at(owed)];
  if (whole.intent !== 'sale' || !whole.counterparty || segments.length !== 2 || p < 0 || o < 0 || p === o) return 'ask';
  // The first part carries the person and the verb ("pak darto beli gula 2 kg"): its goods start at their name.
  const first = segments[0]!;
  const goods = (k: number) => (k === 0 ? first.slice(first.search(new RegExp(`\\b${p === 0 ? paid : owed}`, 'iu'))) : segments[k]!).trim();
  return [`${whole.counterparty} beli ${goods(p)} cash`, `${whole.counterparty} ngutang ${goods(o)}`];
}

/**
 * The inline form's two parts as two messages (the first part carries the person and the verb); null when it is not one
 * person's sale of two goods, each part one of them (then the message is read as before).
 */
function inlineParts(env: Env, first: string, second: string, paidFirst: boolean, owing: string | null): [string, string] | null {
  if (personLed.test(second)) return null;
  const whole = parseHere(env, `${first} sama ${second}`);
  const [one, two] = [parseHere(env, first), parseHere(env, `laku ${second}`)];
  const who = whole.counterparty ?? (paidFirst ? owing : null);
  if (whole.intent !== 'sale' || !who || one.items.length !== 1 || two.items.length !== 1 || whole.items.length !== 2) return null;
  const goods = first.slice(first.toLowerCase().lastIndexOf(one.items[0]!.product.split(' ')[0]!)).trim();
  const [paid, owed] = paidFirst ? [goods, second] : [second, goods];
  // Paid by whoever bought it when only the one owing is named ("…, minyakita 1 ngutang bu Ani").
  return [whole.counterparty ? `${who} beli ${paid} cash` : `laku ${paid} cash`, `${who} ngutang ${owed}`];
}

const ownerBuys = new RegExp(String.raw`^${partTime}${selfWord}\s+(?:beli|tuku|belanja|kulakan|nukar|tukar)\b`, 'i');
const severalKinds = new Set([...entryKinds, ...debtKinds]);

/**
 * A voice note of three entries or more ("jadi gini tadi pagi itu laku indomie goreng lima bungkus terus telur setengah
 * kilo terus ada pak rt ngutang rokok … terus aku beli gas dua tabung … udah itu aja"): its parts, each led by its verb
 * or person, or null when it is not one (then it is read whole, or as two entries above). Goods bought after a sale are
 * the owner's only when said so ("aku beli", "kulakan"), as for two.
 */
export function severalEntries(env: Env): string[] | null {
  let text = env.text.trim();
  for (let before = ''; before !== text;) { before = text; text = text.replace(voicePreamble, ''); }
  text = text.replace(voiceClosing, '');
  const parts = text.split(entryBreak).map((p) => p.trim().replace(/[\s,.;]+$/, '')).filter(Boolean);
  // "td rame bgt, laku …", "ulun handak melapor, tadi bejual …": chatter before the first entry, no number in it.
  while (parts.length > 3 && !/\d/.test(parts[0]!) && !isCompleteRequest(parseHere(env, parts[0]!))) parts.shift();
  if (parts.length < 3) return null;
  const read = parts.map((t) => parseHere(env, t));
  if (!read.every((r) => isCompleteRequest(r) && severalKinds.has(r.intent))) return null;
  for (let k = 1; k < parts.length; k++) {
    if (read[k - 1]!.intent === 'sale' && read[k]!.intent === 'purchase' && !stockBuyLead.test(parts[k]!) && !ownerBuys.test(parts[k]!)) return null;
  }
  return parts;
}

/** Part `n` of a message as a message of its own: its text, its own idempotency key, booked a millisecond after the one before. */
export function partEnv(env: Env, text: string, n: number): Env {
  // A millisecond apart, so the day's list ("catatan hari ini") keeps them in the message's order.
  const at = new Date(env.agentCtx.now.getTime() + n);
  return { ...env, text, agentCtx: { ...env.agentCtx, text, now: at, inboxId: `${env.agentCtx.inboxId}:${n + 1}` } };
}

/** The parts booked one after the other, as messages of their own; null (nothing booked) when one would ask a question. */
export async function bookParts(env: Env, state: ChatState, parts: readonly string[], next: Next): Promise<Reply[] | null> {
  await env.tx.query('savepoint two_entries');
  const replies: Reply[] = [];
  let now = state;
  for (const [n, text] of parts.entries()) {
    const sub = partEnv(env, text, n);
    replies.push(...(await next(sub, now)));
    if (sub.pendingOpen) {
      await env.tx.query('rollback to savepoint two_entries');
      return null;
    }
    now = await loadState(env.tx, env.key, env.now);
  }
  await env.tx.query('release savepoint two_entries');
  return replies;
}

/**
 * A voice note's parts booked one by one; a part whose booking would ask a question is left out (rolled back, no
 * question kept) and listed at the end to send on its own, so one unknown product does not lose the other entries.
 */
export async function bookSeveral(env: Env, state: ChatState, parts: readonly string[], next: Next): Promise<{ replies: Reply[]; left: string[] }> {
  const replies: Reply[] = [];
  const left: string[] = [];
  let now = state;
  for (const [n, text] of parts.entries()) {
    const sub = partEnv(env, text, n);
    await env.tx.query('savepoint entry_part');
    const said = await next(sub, now);
    if (sub.pendingOpen) {
      await env.tx.query('rollback to savepoint entry_part');
      left.push(text);
      continue;
    }
    await env.tx.query('release savepoint entry_part');
    replies.push(...said);
    now = await loadState(env.tx, env.key, env.now);
  }
  return { replies, left };
}

