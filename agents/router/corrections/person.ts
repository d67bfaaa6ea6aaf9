// "eh bukan bu tini, bu tina", "salah nama, harusnya bu tina": the last booking was for another person (a debt under
// the wrong name is chased from the wrong neighbour). It is re-booked under the right one like any correction: the
// old entry voided in the same transaction; refused when the debt has been paid on.
import { readNameOnly } from '../../language/index.ts';
import { goodsWords } from '../../language/gazetteer.ts';
import { slangMoney } from '../../language/lexicon.ts';
import { proceed } from '../book.ts';
import type { Env } from '../env.ts';
import type { BookedEvent, Reply } from '../types.ts';
import { findContact } from '../people/contacts.ts';
import { paidOn, paidRefusal } from './correct.ts';
import { asSaid } from './said-items.ts';
import { readAmount } from '../answers.ts';

/** Money said at the end: "… bu sri yang bayar 5rb". */
const amountAfter = /\s+(\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k)?)$/;

// "The one who" (id "yang", jv "sing", su "nu", Banjar "nang") and what a person does with the warung's money.
export const one = String.raw`(?:yang|yg|sing|nu|nang)`;
const paidVerb = String.raw`(?:bayar|mbayar|mayar|nyicil|nyaur)`;
export const owedVerb = String.raw`(?:ngutang|ngebon|kasbon|ngasbon|utang|hutang|ngahutang|ngahutangna)`;

// Kupang "sonde, bukan mama yuli …": a "no" first.
const lead = String.raw`^(?:(?:eh|ehh|lho|loh|lha|waduh|aduh|maaf|sori|sorry|punten)\s+|(?:sonde|ndak|nda|enggak|nggak|gak|tidak)\s*,\s*)*`;
// su "lain" is "not" ("salah jalma, lain bu euis tapi bu iis").
const not = String.raw`(?:bukan|bkn|bukane|dudu|sanes|lain)`;
// The person who was wrong: id "orang", jv "wong"/"tiyang", su "jalma"/"jelema".
const who = String.raw`(?:nama|orang|wong|uwong|tiyang|jalma|jelema)`;
const should = String.raw`(?:harusnya|seharusnya|mestinya|kudune|kuduna|kedahna|yang bener|yg bener|sing bener|nu leres)`;
// "bukan bu tini, bu tina" / "(salah orang,) bukan bu tini tapi bu tina"; "salah (nama), (harusnya) bu tina"; "namanya bu tina, bukan bu tini".
const notThen = new RegExp(`${lead}(?:(?:salah|keliru|lepat)(?:\\s+${who}(?:nya|ne|na)?)?\\s*,?\\s*)?${not}\\s+(.+?)(?:\\s*,\\s*|\\s+(?:tapi|tp|melainkan)\\s+)(?:${should}\\s+)?(.+)$`);
const wrongName = new RegExp(`${lead}(?:salah|lepat|keliru)\\s*(?:${who}(?:nya|ne|na)?)?\\s*,?\\s*(?:${should}\\s+)?(.+)$`);
const nameNot = new RegExp(`${lead}(?:namanya|namane|atas nama|${should})\\s+(.+?)\\s*,?\\s+${not}\\s+(.+)$`);
// "eh salah, yg bayar mang ujang bukan bu yati", jv "eh keliru, sing mbayar mang ujang dudu bu yati": the right one, then
// the wrong one (corrections try: "Berapa, Kak?" was asked, then an expense or a second payment booked).
const wrongThenNot = new RegExp(`${lead}(?:salah|lepat|keliru)\\s*,?\\s*(.+?)\\s*,?\\s+${not}\\s+(.+)$`);
// "eh yang bayar bu ani bukan pak budi": who did it, named without "salah", then the one booked (an expense was booked).
const didThenNot = new RegExp(`${lead}(.+?)\\s*,?\\s+${not}\\s+(.+)$`);
/** Money said (digits or slang, "ceban") then "tadi": "yang nyicil ceban tadi mpok ijah". */
// jv "sing bayar 20rb wau mas joko": krama "wau" and "maeng" are "tadi", and so is ngoko "mau" after money or before "not"
// ("sing nyaur 20rb mau pak bejo", "sing nyaur mau dudu bu warsi": the payment went back to her); "… 5rb tadi, mas joko".
const money = String.raw`(?:\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k)?|${Object.keys(slangMoney).join('|')})`;
const moneyThen = new RegExp(String.raw`(^|,\s*|\s)(?:${money}\s+(?:tadi|td|barusan|wau|maeng|mau)|(?:tadi|td|barusan|wau|maeng)|mau(?=\s+(?:bukan|dudu|sanes)\b))(?:\s+|(?=,))`, 'g');
const whoDid = new RegExp(String.raw`\b(?:(?:itu|tuh)\s+)?${one}\s+(?:${paidVerb}|${owedVerb})\b`, 'g');
const saysWhoDid = new RegExp(String.raw`\b${one}\s+(?:${paidVerb}|${owedVerb})\b`);

const bareName = (s: string): string | null => {
  const words = s.trim().split(/\s+/);
  return /^\p{L}{3,}(?: \p{L}{3,}){0,2}$/u.test(s.trim()) && !words.some((w) => goodsWords.has(w)) ? s.trim() : null;
};

/** The person the last booking should have been for; null when the message says something else. */
export function readPersonFix(text: string, last: BookedEvent | null): string | null {
  // "bayar 20rb" booked as a bill, then "eh salah, bu ani yang bayar, 20rb": her payment (the same bill was booked again).
  const billPaidBy = last?.frame.intent === 'expense' && !last.frame.counterparty && paidBy.test(text.toLowerCase());
  const was = last?.frame.counterparty ?? (billPaidBy ? '' : null);
  if (!last || was == null || (last.kind !== 'transaction' && last.kind !== 'debt_payment')) return null;
  // "salah, yang ngutang pak bagus" names someone who owes the warung: never the supplier of a purchase (a Solo try moved a
  // purchase from Toko Makmur to Pak Bagus).
  if (new RegExp(String.raw`\b${one}\s+(?:ngutang|ngebon|kasbon)\b`).test(text.toLowerCase()) && last.frame.intent === 'purchase') return null;
  // "eh salah orang, yang bayar bu tina", "bukan pak dirman, itu bu tina yang bayar": a payment on the wrong person (his
  // payment was booked again, or twice). What the person did is no part of the name.
  // jv "sing utang beras", su "nu ngahutang": who owed, and the goods the booking already has, say nothing of the name (a new
  // credit sale of "har" was booked to the wrong one).
  const goods = new Set(last.frame.items.flatMap((i) => `${i.name} ${i.typed ?? ''}`.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length >= 3));
  const t = text.toLowerCase().replace(/[.!]+$/, '').replace(whoDid, ' ')
    .split(/\s+/).filter((w) => !goods.has(w.replace(/[,]/g, '')) || w.endsWith(',')).join(' ')
    .replace(/,\s*(?:itu|tuh)\s+/, ', ')
    // jv "eh salah rek, sing ngebon iku pak giman dudu pak gito": a call to the listener and "that" name no one (a product
    // "iku" was offered).
    .replace(/\b(salah|keliru|lepat)\s+(?:rek|cak|kak|bro|sis|bos|lur)\s*,/, '$1,').replace(/\s(?:iku|kuwi|kui|eta)(?=\s)/g, '')
    .replace(/\b(?:kliru|kleru)\b/g, 'keliru')
    // Betawi "yang nyicil ceban tadi mpok ijah": the money and "tadi" after what was done name no one (the payment went back
    // to Bang Jali).
    .replace(moneyThen, '$1')
    .replace(/\s+/g, ' ').replace(/\s*,\s*$/, '').trim();
  let wrong: string | null = null;
  let right: string | null = null;
  const a = notThen.exec(t);
  const b = wrongName.exec(t);
  const c = nameNot.exec(t);
  const d = wrongThenNot.exec(t);
  const e = saysWhoDid.test(text.toLowerCase()) ? didThenNot.exec(t) : null;
  if (a) [wrong, right] = [a[1]!, a[2]!];
  else if (c) [right, wrong] = [c[1]!, c[2]!];
  else if (d) [right, wrong] = [d[1]!, d[2]!];
  else if (e) [right, wrong] = [e[1]!, e[2]!];
  else if (b) right = b[1]!;
  else return null;
  // The wrong name said must be the booking's ("bukan bu tini" after a booking for Bu Tini).
  const surname = (n: string) => n.trim().split(/\s+/).at(-1);
  if (wrong != null && (!was || surname(wrong) !== surname(was.toLowerCase()))) return null;
  // Bali "bukan Made, Komang": with the wrong one the booking's own, a bare name is a person too (no honorific).
  // "bukan pak budi, bu sri yang bayar 5rb": the money said again after the name is no part of it (Pak Budi's payment was
  // booked again).
  right = right.replace(amountAfter, '').trim();
  const name = readNameOnly(right) ?? (wrong != null ? bareName(right) : null);
  if (!name || name === was.toLowerCase()) return null;
  return name;
}

/** Money said right after who paid: jv "sing bayar 15rb wau mas joko". */
const amountAfterPaid = new RegExp(String.raw`\b${one}\s+${paidVerb}\s+(\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k)?)(?=[\s,]|$)`);

/** The money said after the right name ("bukan pak budi, bu sri yang bayar 5rb" → "5rb") or after who paid, if any. */
export const amountAfterName = (text: string): string | undefined => {
  const t = text.toLowerCase().replace(/[.!]+$/, '').trim();
  return amountAfter.exec(t)?.[1] ?? amountAfterPaid.exec(t)?.[1];
};

const paidBy = new RegExp(String.raw`\b${one}\s+${paidVerb}\b`);

export async function correctPerson(env: Env, last: BookedEvent, name: string): Promise<Reply[]> {
  const { items, contactId: _c, ...booked } = last.frame;
  // A bill with no one named, paid by a customer: her debt paid (readPersonFix).
  const rest = booked.intent === 'expense' && !booked.counterparty ? { ...booked, intent: 'debt_pay' as const, direction: 'receivable' as const, category: null } : booked;
  // jv "kliru, dudu mas joko, bu har sing nyaur 8rb" after his Rp12.000: the money of a payment or a debt changes with the
  // person (his Rp8.000 was booked to him again).
  const said = items.length === 0 ? amountAfterName(env.text) : undefined;
  const amount = said ? readAmount(said) : null;
  const frame = { ...rest, items: items.map(asSaid), counterparty: name, ...(amount != null && amount > 0 ? { amount } : {}) };
  const paid = await paidOn(env, last);
  if (paid > 0) return [{ text: paidRefusal(last.frame, frame, paid) }];
  // "bukan bu tini, bu tina": Bu Tina is near Bu Tini's name, but the owner just said she is not Bu Tini.
  const kind = frame.intent === 'purchase' || frame.direction === 'payable' ? 'supplier' : 'customer';
  const found = await findContact(env.tx, env.agentCtx.tenant.id, name, kind);
  const onlyTheWrongOne = found.kind === 'near' && found.choices.every((c) => c.id === last.frame.contactId);
  return proceed(env, { frame, resolved: frame.items.map(() => null), priceKind: [], confirmed: false, replaces: last, ...(onlyTheWrongOne ? { contact: 'new' } : {}) });
}
