// "pembeli tadi bayar pake qris" right after a sale: the last sale or purchase was paid another way.
// It is re-booked with that payment like any correction (the old one voided in the same transaction).
// A credit sale is left alone: paying a tab is a debt payment, not a correction; but "eh itu bu yati ngutang" right after
// a cash sale, and "eh udah dibayar cash ding" right after a credit one, switch it (helpers' tries: a second debt beside
// the cash sale; an expense of the money paid).
import { readNameOnly, readPaymentOnly } from '../../language/index.ts';
import { proceed } from '../book.ts';
import type { Env } from '../env.ts';
import type { BookedEvent, Reply, ResolvedFrame } from '../types.ts';
import { paidOn, paidRefusal } from './correct.ts';
import { asSaid } from './said-items.ts';
import { earlierEvent, entriesNewestFirst, entryWords } from './earlier.ts';

type Paid = 'cash' | 'qris' | 'transfer';
const paidName: Record<Paid, string> = { cash: 'tunai', qris: 'QRIS', transfer: 'transfer' };

/** The payment a message sets on the last booking; null when it says more, or the booking cannot take it. */
export function readPaymentFix(text: string, last: BookedEvent | null): Paid | null {
  const f = last?.frame;
  if (!f || last.kind !== 'transaction' || (f.intent !== 'sale' && f.intent !== 'purchase') || f.payment === 'credit') return null;
  // Owner try: "yang aqua harusnya qris" right after the Aqua sale got the help text: the booking's own goods
  // named back say which entry, nothing more.
  const own = entryWords(f.items.map((i) => `${i.name} ${i.typed ?? ''}`));
  return readPaymentOnly(text.split(/\s+/).filter((w) => !own.has(w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))).join(' '));
}


const paidHow = /\b(?:qris|transfer|tf|tunai|cash|kontan|gopay|ovo|dana|shopeepay)\b/;
/** "tadi" and its regional words: the message is about an entry said before. */
export const earlierWord = /\b(?:tadi|td|barusan|mau|wau|nembe)\b/;

/**
 * "sampoerna tadi dibayar pake qris ji" with other entries booked since: the payment of today's newest earlier sale or
 * purchase whose goods it names, read back from the books (Makassar try: "Berapa, Kak?" was asked, and the answer booked
 * a Rp72.000 expense paid by QRIS). Only for a message with no number that says "tadi" and how it was paid.
 */
export async function earlierPaymentFix(env: Env, last: BookedEvent | null): Promise<{ event: BookedEvent; payment: Paid } | null> {
  const text = env.text.toLowerCase();
  if (/\d/.test(text) || !paidHow.test(text) || !earlierWord.test(text)) return null;
  const said = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const entries = await entriesNewestFirst(env, (e) => e.event.id !== last?.id && (e.row.kind === 'sale' || e.row.kind === 'purchase') && e.row.payment !== 'credit');
  for (const { entry: e, goods: own } of entries) {
    if (!said.some((w) => own.has(w))) continue;
    const payment = readPaymentOnly(said.filter((w) => !own.has(w)).join(' '));
    const event = payment ? await earlierEvent(env, e.event) : null;
    return event && payment ? { event, payment } : null;
  }
  return null;
}

export async function correctPayment(env: Env, last: BookedEvent, payment: Paid): Promise<Reply[]> {
  const { items, contactId: _c, ...rest } = last.frame;
  if ((rest.payment ?? 'cash') === payment) {
    return [{ text: `Sudah tercatat dibayar ${paidName[payment]}, Kak: ${last.summary}.` }];
  }
  const frame = { ...rest, items: items.map(asSaid), payment };
  return proceed(env, { frame, resolved: frame.items.map(() => null), priceKind: [], confirmed: false, replaces: last });
}


const lead = String.raw`^(?:(?:eh|ehh|lho|loh|lha|oh|o|waduh|aduh|maaf|sori)\s+)*`;
const onCredit = String.raw`(?:ngutang|ngebon|utang|hutang|kasbon|bon|diutang|dibon|ngampil|nganjuk|ngahutang)`;
// ", bukan cash", ", belum bayar": what it was not, said after (corrections try: "telur tadi ngutang bu tini, bukan cash" sold
// another kilo on credit and kept the cash sale).
const notPaid = String.raw`(?:\s*,?\s*(?:(?:bukan|bkn|dudu|sanes)\s+(?:cash|tunai|kontan|lunas)|(?:belum|blm|belom|durung)\s+(?:di)?bayar))?`;
const tail = String.raw`${notPaid}(?:\s+(?:dulu|dl|disik|sik|heula|ya|yo|kak|deng|ding|kok|tuh|ternyata|barusan))*$`;
// "eh itu bu yati ngutang", "yg tadi pak darto ngebon dulu"; "tadi ngutang bu yati". Marked as being about what was just
// booked ("eh", "itu", "tadi"): "pak darto ngutang" alone is a new debt whose amount is asked.
// Helper's tries: jv "sing tuku mau pak darto, ngebon", su "eta teh rini, ngutang heula", Betawi "ntu si darto ngutang".
const nameThenCredit = new RegExp(`^(?:(?:eh|ehh|lho|loh|lha|oh|o|waduh|aduh|maaf|sori|itu|ntu|tuh|eta|tadi|td|yang tadi|yg tadi|yg td|yang itu|yg itu|sing mau|nu tadi|sing tuku mau|sing tuku|yang beli tadi|yg beli tadi|yang beli|yg beli|nu meuli tadi|nu meuli)\\s+)+(.+?)\\s*,?\\s+${onCredit}${tail}`);
// "telur tadi ngutang bu tini", "yang telur tadi bukan cash, ngutang mas joko": the goods of the last sale may be named first.
// "eh iku ngebon, mbak Rina", "tadi itu bon bu Tini ya": jv "iku", a comma before the name (each asked the debt's amount).
const creditThenName = new RegExp(`${lead}(?:(?:yang|yg|sing|nu)\\s+)?((?:\\p{L}+\\s+){0,2}?)(?:itu|iku|kuwi|ntu|tadi|td)\\s+(?:(?:bukan|bkn|dudu|sanes)\\s+(?:cash|tunai|kontan)\\s*,?\\s+)?${onCredit}\\s*,?\\s+(?:sama\\s+|ama\\s+|ke\\s+)?(.+?)${tail}`, 'u');
// Paid in cash after all: "eh udah dibayar cash ding", "ga jadi ngutang, dibayar kontan"; corrections tries: "eh yang beras
// tadi udah dibayar cash kok" after a purchase on credit, "ga jadi, dia bayar cash" after a sale on the tab ("Berapa, Kak?" was
// asked and the answer booked as an expense, the debt left standing).
// Betawi "kagak jadi", Javanese "ndak jadi", su "teu jadi … mayar cash" too.
// "minyaknya ga jadi ngutang, bayar pake qris": by QRIS or transfer after all (corrections try: the sale was offered to undo,
// and "ya" lost its Rp42.000).
const paidCashLater = new RegExp(String.raw`${lead}(?:(?:yang|yg|sing|nu)\s+)?(?:(?:\p{L}+\s+){0,2}?(?:tadi|td|itu)\s+|\p{L}+nya\s+)?`
  + String.raw`(?:(?:ga|gak|nggak|ngga|enggak|tidak|tdk|ora|ra|teu|ndak|nda|kagak|kaga|tra|sonde|seng|nyanda)\s+(?:jadi|sido|sida|tulus)(?:\s+${onCredit})?\s*,?\s*)?(?:(?:dia|doi|dianya|orangnya)\s+)?`
  + String.raw`(?:(?:udah|sudah|sdh|wis|wes|geus|dah|ternyata|lunas)\s+)*(?:(?:di)?bayar(?:nya)?|mayar|mbayar)\s+`
  + String.raw`(?:cash|tunai|kontan|cas|kes|(?:(?:pake|pakai|pk|via|lewat)\s+)?(?:qris|transfer|tf))${tail}`, 'u');
// "ternyata dibayar lunas (barusan)" right after a sale on the tab: that sale was paid. "bu ani bayar lunas" alone may pay
// her whole tab, older debts with it: a debt payment, not this.
const paidInFullAfterAll = /^(?:(?:eh|ehh|oh|lho|loh)\s+)*ternyata\s+(?:(?:udah|sudah|sdh|dah)\s+)?(?:di)?bayar\s+lunas(?:\s+(?:barusan|kok|ya|kak))*$/;
const creditCalledOff = new RegExp(`${lead}(?:(?:ga|gak|nggak|ngga|enggak|tidak|tdk|ora|ra|teu|ndak|nda|kagak|kaga|tra|sonde|seng|nyanda)\\s+(?:jadi|sido|sida|tulus)\\s+${onCredit})${tail}`);

// Corrections try: "eh pak budi bayar cash ding", "yang gula pak budi tadi bukan ngebon, dia bayar tunai", jv "eh dudu utang,
// pak slamet mbayar kontan" after a credit sale were asked "Bayar berapa?": paid in cash after all.
// "eh pak budi bukan ngutang, dia bayar qris" (round two: asked "Bayar berapa?"): paid by QRIS or transfer after all.
const paidAfterAll = /\b(?:bukan|bkn|dudu|sanes)\s+(?:ngebon|ngutang|utang|hutang|bon)\b.*\b(?:di)?(?:bayar|mbayar|mayar)\s+(?:pake\s+|pakai\s+|via\s+|lewat\s+)?(?:cash|tunai|kontan|qris|transfer|tf)\b|\b(?:di)?(?:bayar|mbayar|mayar)\s+(?:cash|tunai|kontan)\s+(?:ding|deng|dink)$/;

export type CreditFix = { to: 'credit'; name: string } | { to: 'cash'; via?: 'qris' | 'transfer' };
const viaSaid = (t: string): { via?: 'qris' | 'transfer' } => (/\bqris\b/.test(t) ? { via: 'qris' } : /\b(?:transfer|tf)\b/.test(t) ? { via: 'transfer' } : {});

/** The last sale was on credit to someone after all, or paid after all; null when the message says something else. */
export function readCreditFix(text: string, last: BookedEvent | null): CreditFix | null {
  const f = last?.frame;
  if (!f || last.kind !== 'transaction') return null;
  // su "eh ceu enok eta teh ngahutang": "that" and the topic's "teh" after the name are no part of it (a product "eta" was offered).
  const t = text.toLowerCase().replace(/[.!,]+$/, '').replace(/\s+/g, ' ').trim().replace(/\s+(?:eta\s+)?(?:teh|mah)(?=\s+(?:ngahutang|ngutang|hutang|ngebon|utang)\b)/, '');
  const own = withoutOwnName(t, f.payment === 'credit' ? f.counterparty : null);
  // Makassar "eh sudah dibayar ji itu aqua gelas, kontan": particles and the entry's goods between say no more ("Berapa?").
  const paidAfter = saysPaidAfterAll(own) || saysPaidAfterAll(withoutGoods(own, f));
  if (f.intent === 'purchase') {
    if (f.payment === 'credit') return paidAfter ? { to: 'cash', ...viaSaid(own) } : null;
    if (f.counterparty) return purchaseOwed(t, f.counterparty) ? { to: 'credit', name: f.counterparty } : null;
    // "kulakan beras 25 kg 300rb" (no supplier said), then "eh salah, itu ngutang ke toko Makmur": owed to the one named now
    // (corrections try: the amount was asked, then the purchase booked again in cash).
    const named = /\s(?:ke|sama|ama|di|dari|nang|neng)\s+(\p{L}[\p{L} ]*)$/u.exec(t.replace(/,/g, ' ').replace(/\s+/g, ' '));
    const supplier = named && purchaseOwed(t, named[1]!) ? readNameOnly(named[1]!) : null;
    return supplier ? { to: 'credit', name: supplier } : null;
  }
  if (f.intent !== 'sale') return null;
  if (f.payment === 'credit') return paidAfter ? { to: 'cash', ...viaSaid(own) } : null;
  const after = creditThenName.exec(t);
  // Goods named must be the last sale's ("gula tadi ngutang …" after a sale of telur is about another entry).
  // "eh itu tadi ngebon bu ani": "that" names no goods ("Utangnya berapa?" was asked).
  const goods = after?.[1]?.trim().split(/\s+/).filter((w) => w && !/^(?:itu|ntu|tuh|eta|iku|kuwi|tadi|td)$/.test(w)) ?? [];
  const ofLast = goods.every((w) => f.items.some((i) => `${i.name} ${i.typed ?? ''}`.toLowerCase().split(/\s+/).includes(w)));
  const said = nameThenCredit.exec(t)?.[1] ?? (ofLast ? after?.[2] : undefined);
  const name = said && !/\d/.test(said) ? readNameOnly(said) : null;
  if (name) return { to: 'credit', name };
  // "eh itu ngutang" after a cash sale to Bu Ani: on her tab (a helper's try asked the amount and booked a second debt
  // beside the cash sale, the money counted twice).
  return f.counterparty && tabSaid.test(t) ? { to: 'credit', name: f.counterparty } : null;
}

/** The words of the entry's goods, "that" and Makassar particles taken out. */
function withoutGoods(t: string, f: ResolvedFrame): string {
  const goods = new Set(f.items.flatMap((i) => `${i.name} ${i.typed ?? ''}`.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean));
  return t.replace(/,/g, ' ').split(/\s+/).filter((w) => w && !goods.has(w) && !/^(?:ji|mi|ki|itu|iku|kuwi|eta)$/.test(w)).join(' ');
}

const saysPaidAfterAll = (t: string) => creditCalledOff.test(t) || paidAfterAll.test(t) || paidCashLater.test(t) || paidInFullAfterAll.test(t);

/**
 * "si togar teu jadi ngutang, mayar cash" with other entries booked since: paid after all, said of `who`'s credit sale (the
 * person named in the message); null when the message names someone else or says anything more.
 */
export function readPaidAfterAll(text: string, who: string): CreditFix | null {
  const t = text.toLowerCase().replace(/[.!,]+$/, '').replace(/\s+/g, ' ').trim();
  const own = withoutOwnName(t, who);
  return own !== t && saysPaidAfterAll(own) ? { to: 'cash', ...viaSaid(own) } : null;
}

/**
 * "eh bu ani ga jadi ngutang, bayar cash", "eh pak Budi bayar tunai ternyata": the person of the credit entry named says
 * nothing more (corrections tries: the first voided the sale and lost its money, the second asked "Berapa, Kak?"). Only
 * their own name: "bu yati bayar cash" after Pak Budi's tab is not about his entry.
 */
function withoutOwnName(t: string, who: string | null): string {
  if (!who) return t;
  const name = who.toLowerCase().split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
  if (!name.length) return t;
  // Anywhere in the message: "minyak tadi ga jadi ngutang, bu yati bayar pake qris".
  // "si togar" for Bang Togar: the familiar "si" goes with the name.
  const re = new RegExp(String.raw`(?<!\p{L})(?:si\s+)?(?:${name.join('\\s+')}|${name.at(-1)})\s+`, 'gu');
  return t.replace(re, '').trim();
}

// "eh itu ngutang", su "eta mah ngutang", jv "eh kuwi utang, durung bayar", "itu dibon ya": the last sale on its buyer's tab.
const tabSaid = new RegExp(String.raw`^(?:(?:eh|ehh|lho|loh|waduh|aduh|maaf|sori|itu|ntu|tuh|eta|iku|kuwi|kui|tadi|yang tadi|yg tadi)\s+)+(?:(?:mah|teh)\s+)?`
  + String.raw`(?:(?:belum|blm|belom|durung|urung|teu acan|acan)\s+(?:di)?bayar|ngutang|utang|hutang|ngebon|dibon|bon|kasbon|ngahutang|nganjuk)`
  + String.raw`(?:\s*,?\s*(?:(?:belum|blm|belom|durung|urung|teu acan)\s+(?:di)?bayar|ngutang|ngebon|utang))?(?:\s+(?:dulu|dl|disik|heula|kok|ya|yo|kak|dong))*$`);

// "eh itu utang bukan tunai", "itu belum dibayar, ngutang dulu ke toko makmur" right after a cash purchase: owed to its
// supplier after all (corrections try: a product "bukan" was offered, then sold on credit to the supplier). Marked as about
// the last entry ("eh", "itu", "tadi", or "bukan tunai"), so "utang ke toko makmur" alone still asks the debts.
// Corrections try: "salah, itu bon ke toko makmur" asked the debt's amount, then booked the cash purchase again.
const owedMark = /^(?:eh|ehh|lho|loh|waduh|aduh|maaf|sori|salah|keliru|itu|tadi|yang tadi|yg tadi)\b|\b(?:bukan|bkn) (?:tunai|cash|kontan|lunas)\b/;
// su "teu acan dibayar", jv "durung dibayar": not paid yet.
const owedSaid = /^(?:(?:eh|ehh|lho|loh|waduh|aduh|maaf|sori|salah|keliru|itu|tadi|yang tadi|yg tadi)\s+)*(?:(?:belum|blm|belom|durung|dereng|teu acan)\s+(?:di)?bayar|ngutang|utang|hutang|ngebon|bon|kasbon|tempo)(?:\s+(?:bukan|bkn)\s+(?:tunai|cash|kontan|lunas))?(?:\s*,?\s*(?:ngutang|utang|ngebon|tempo))?(?:\s+(?:dulu|dl|kok|ya|kak|heula))*$/;
// su "nu aqua tadi teu acan dibayar, tempo", "aqua tadi teh tempo": the purchase named as "the one before" says it is that one
// ("Utangnya berapa?" was asked, or the aqua sales summed up).
const thatOne = /^(?:eh\s+)?(?:(?:yang|yg|sing|nu)\s+)?(?:\p{L}+\s+){1,3}?(?:tadi|td|mau|wau)\s+(?:(?:teh|mah|eta|iku)\s+)?/u;
function purchaseOwed(t: string, supplier: string): boolean {
  const words = supplier.toLowerCase().split(/\s+/);
  const named = new RegExp(String.raw`\s*,?\s*(?:ke|sama|ama|di)\s+(?:${words.join('\\s+')}|${words.at(-1)!})$`);
  const said = t.replace(/,/g, ' ').replace(/\s+/g, ' ').replace(named, '').trim();
  const rest = said.replace(thatOne, '');
  return (owedMark.test(said) || rest !== said) && owedSaid.test(rest);
}

export async function correctCredit(env: Env, last: BookedEvent, fix: CreditFix): Promise<Reply[]> {
  const { items, contactId: _c, paid_now: _p, ...rest } = last.frame;
  const frame = fix.to === 'credit'
    ? { ...rest, items: items.map(asSaid), payment: 'credit' as const, counterparty: fix.name }
    : { ...rest, items: items.map(asSaid), payment: fix.via ?? ('cash' as const) };
  if (fix.to === 'cash') {
    const paid = await paidOn(env, last);
    if (paid > 0) return [{ text: paidRefusal(last.frame, frame, paid) }];
  }
  return proceed(env, { frame, resolved: frame.items.map(() => null), priceKind: [], confirmed: false, replaces: last });
}
