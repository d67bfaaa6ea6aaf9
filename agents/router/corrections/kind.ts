// "eh bukan jual, itu kulakan 5 kg 60rb", "yang gula tadi jual, bukan beli": the last sale was a purchase, or the other way
// round (corrections try: a product "Bukan" was sold, and the sale stayed). Re-booked as the other kind like any correction;
// numbers said with it correct the goods as "harusnya …" would.
import type { Frame } from '../../../core/frame.ts';
import { proceed } from '../book.ts';
import type { Env } from '../env.ts';
import type { BookedEvent, Reply } from '../types.ts';
import { applyCorrection, paidOn, paidRefusal } from './correct.ts';
import { asSaid } from './said-items.ts';

export type KindFix = { kind: 'sale' | 'purchase'; rest: string };

// "orang beli" (a customer bought) is a sale too.
// su "ngical" (sell), "meser"/"meuli" (buy): "eh salah, eta sanes ngical, meser ti toko makmur" (it searched for goods "meser").
const sold = String.raw`(?:jual|jualan|dijual|laku|penjualan|payu|kepayu|ngical|diical|dodolan|didol|adol|ngedol|orang beli|org beli|pembeli beli|dibeli orang|orang yang beli|orang yg beli)`;
const bought = String.raw`(?:kulakan|kulak|beli|belanja|pembelian|tuku|meser|meuli|mundhut)`;
// "salah itu bukan laku, …": "that" after "wrong" (the message paid off a supplier's unrelated debt instead).
const lead = String.raw`^(?:(?:eh|ehh|lho|loh|waduh|aduh|maaf|sori|salah|keliru|kliru|itu|iku|kuwi|eta|tuh)\s*,?\s+)*`;
// jv "salah, telur iku dudu kulakan, tapi dodolan …", "keliru, teh pucuk itu bukan dijual, saya beli …": the goods named as "that"
// before the kind it was not (a sale was booked beside the purchase; an expense beside the sale).
const goodsThat = String.raw`(?:(?:[\p{L}\d]+\s+){1,3}?(?:itu|iku|kuwi|eta|tadi|mau)\s+)?`;
const who = String.raw`(?:(?:kita|saya|aku|sy|gw|gue|beta|ambo|ulun|kami|kula)\s+)?`;
const not = String.raw`(?:bukan|bkn|dudu|sanes)`;
const notThenIs = (was: string, is: string) => new RegExp(String.raw`${lead}${goodsThat}${not}\s+${was}\s*,?\s*(?:(?:tapi|tp|itu|harusnya)\s+)*${who}${is}\b(.*)$`, 'u');
// Manado try: "tadi aqua gelas 12 itu orang beli, bukan kita kulakan" (the goods, their count, and "we" before the kind it was
// not) booked a sale beside the purchase.
const isThenNot = (was: string, is: string) =>
  new RegExp(String.raw`${lead}(?:(?:yang|yg|tadi|td)\s+)?(?:[\p{L}\d]+\s+){0,4}?(?:(?:tadi|td)\s+)?(?:itu\s+)?${is}\s*,?\s*${not}\s+(?:(?:kita|saya|aku|sy|gw|gue|beta|ambo|ulun|kami)\s+)?${was}$`, 'u');

/** The other kind the last sale or purchase should have been, and what else was said; null when the message says otherwise. */
export function readKindFix(text: string, last: BookedEvent | null): KindFix | null {
  const f = last?.frame;
  if (!f || last.kind !== 'transaction' || (f.intent !== 'sale' && f.intent !== 'purchase')) return null;
  const t = text.toLowerCase().replace(/[.!]+$/, '').replace(/\s+/g, ' ').trim();
  const [was, is, kind] = f.intent === 'sale' ? [sold, bought, 'purchase' as const] : [bought, sold, 'sale' as const];
  const m = notThenIs(was, is).exec(t);
  if (m) return { kind, rest: m[1]!.replace(/^[\s,]+/, '').trim() };
  return isThenNot(was, is).test(t) ? { kind, rest: '' } : null;
}

export async function correctKind(env: Env, last: BookedEvent, fix: KindFix): Promise<Reply[]> {
  const { items, contactId: _c, paid_now: _p, ...rest } = last.frame;
  // Money the owner never said was the catalogue's price for the old kind: a sale's shelf price is no purchase price (a
  // corrections try: "eh itu kulakan bukan laku" booked the purchase at Rp2.500 a sachet, the selling price). It is asked.
  const said = items.some((i) => i.stated === undefined || (i.stated != null && (i.stated.unitPrice != null || i.stated.total != null)));
  const asKind: Frame = { ...rest, ...(said ? {} : { amount: null }), intent: fix.kind, items: items.map(asSaid) };
  const numbers = fix.rest.replace(supplierRe, ' ').replace(/\s+/g, ' ').trim();
  const fixed = /\d/.test(numbers) ? applyCorrection({ ...last.frame, intent: fix.kind }, { to: numbers, from: null }) : null;
  // "…, kulakan dari ud sinar jaya, lunas": who from, and how it was paid, said with it.
  const frame = { ...(fixed ?? asKind), ...saidWith(fix.rest, fix.kind) };
  const paid = await paidOn(env, last);
  if (paid > 0) return [{ text: paidRefusal(last.frame, frame, paid) }];
  return proceed(env, { frame, resolved: frame.items.map(() => null), priceKind: [], confirmed: false, replaces: last });
}

const supplierRe = /\b(?:dari|dr|ke|ti|saka|teko|ka)\s+((?:toko|tk|ud|cv|pt|agen|grosir|warung)\s+\p{L}+(?:\s+\p{L}+)?)/u;
const paidRe = /\b(?:lunas|cash|tunai|kontan|sudah dibayar|udah dibayar|tos dibayar)\b/;
const owedRe = /\b(?:tempo|utang|ngutang|hutang|belum dibayar|blm dibayar|durung dibayar|teu acan dibayar)\b/;

/** The supplier and the payment said after the kind: "kulakan dari ud sinar jaya, lunas". */
function saidWith(rest: string, kind: KindFix['kind']): Partial<Frame> {
  const t = rest.toLowerCase();
  const from = kind === 'purchase' ? supplierRe.exec(t)?.[1]?.replace(/\s+(?:lunas|cash|tunai|kontan|tempo)$/, '') : undefined;
  const payment = owedRe.test(t) ? 'credit' as const : paidRe.test(t) ? 'cash' as const : undefined;
  return { ...(from ? { counterparty: from } : {}), ...(payment ? { payment } : {}) };
}
