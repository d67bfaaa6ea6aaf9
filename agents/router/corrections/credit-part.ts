// "eh telurnya ngutang pak Slamet, gulanya tunai", jv "eh telure ngutang pak Slamet", right after one cash sale of telur and
// gula: that line goes on the person's tab, the rest stays a cash sale. The sale is voided and booked again as two, in the
// same transaction as every correction (corrections tries, three sessions running: a second sale of both was booked on
// credit beside the first, stock out twice).
import { readNameOnly } from '../../language/index.ts';
import { proceed } from '../book.ts';
import type { Env } from '../env.ts';
import type { BookedEvent, Reply } from '../types.ts';
import { partEnv } from '../two-entries.ts';
import { asSaid, possessive } from './said-items.ts';

const mark = String.raw`^(?:(?:eh|ehh|lho|loh|oh|o|waduh|aduh|maaf|sori|salah|keliru)\s*,?\s+)+(?:(?:yang|yg|sing|nu)\s+)?`;
const credit = String.raw`(?:ngutang|ngebon|dibon|utang|hutang|kasbon|bon|ngahutang)`;
const cash = String.raw`(?:tunai|cash|kontan|lunas|dibayar|bayar)`;
const partRe = new RegExp(String.raw`${mark}(\p{L}{3,}?)(?:nya|ne|na|e)?\s+(?:tadi\s+)?${credit}\s+(?:sama\s+|ke\s+)?((?:\p{L}+\s*){1,3}?)`
  + String.raw`(?:\s*,\s*(?:(?:yang|yg|sing|nu)\s+)?\p{L}{3,}?(?:nya|ne|na|e)?\s+${cash})?(?:\s+(?:ya|kak|dulu|disik|heula))*$`, 'u');

// "eh yang 2 ngutang pak Slamet" after "laku indomie goreng 5": two of the five on his tab (a corrections try asked the amount
// and booked a bare debt beside the cash sale of all five).
const countRe = new RegExp(String.raw`${mark}(\d+)\s+(?:tadi\s+)?${credit}\s+(?:sama\s+|ke\s+)?((?:\p{L}+\s*){1,3}?)(?:\s+(?:ya|kak|dulu|disik|heula))*$`, 'u');

/**
 * `qty`: only that many of the line went on the tab, the rest stays cash; `also`: more lines of the sale on the tab ("gula
 * karo kopine utang pak darto").
 */
export type CreditPart = { index: number; name: string; qty?: number; also?: number[] };

/** The one line (or part of the one line) of the last cash sale named with a debt and a person; null when the message says anything else. */
export function readCreditPart(text: string, last: BookedEvent | null): CreditPart | null {
  const f = last?.frame;
  if (!f || last.kind !== 'transaction' || f.intent !== 'sale' || f.payment === 'credit') return null;
  const t = text.toLowerCase().replace(/[.!]+$/, '').replace(/\s+/g, ' ').trim();
  const some = f.items.length === 1 ? countRe.exec(t) : null;
  const qty = some ? Number(some[1]) : null;
  const taker = some ? readNameOnly(some[2]!.trim()) : null;
  if (qty != null && taker && qty > 0 && qty < f.items[0]!.qty) return { index: 0, name: taker, qty };
  if (f.items.length < 2) return null;
  const m = partRe.exec(t);
  if (!m) return null;
  const word = m[1]!;
  const named = f.items.map((i, index) => ({ index, words: `${i.name} ${i.typed ?? ''}`.toLowerCase().split(/\s+/) }))
    .filter((i) => i.words.some((w) => w === word || (word.length >= 4 && w.startsWith(word))));
  const name = readNameOnly(m[2]!.trim());
  return named.length === 1 && name ? { index: named[0]!.index, name } : null;
}

/**
 * "gula tadi ngutang pak darto", "gula tadi bukan cash, ngutang pak darto" about a cash sale of several lines: only the goods
 * named go on the tab (round-two tries: the whole sale of gula, kopi and aqua went on Pak Darto's tab, Rp8.000 too much).
 * Null when the message names no goods of the sale, or all of them: the whole sale moves.
 */
export function namedCreditLine(text: string, sale: BookedEvent, name: string): CreditPart | null {
  const items = sale.frame.items;
  if (items.length < 2) return null;
  const who = new Set(name.toLowerCase().split(/\s+/));
  // With "its" too: "sampoernanya ngebon bang togar".
  const said = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !who.has(w))
    .flatMap((w) => [w, possessive.exec(w)?.[1] ?? w]);
  const named = items.flatMap((i, index) => (`${i.name} ${i.typed ?? ''}`.toLowerCase().split(/\s+/).some((w) => w.length >= 3 && said.includes(w)) ? [index] : []));
  return named.length >= 1 && named.length < items.length ? { index: named[0]!, name, also: named.slice(1) } : null;
}

/** Voids the sale and books the named line on credit to the person, the other lines as a cash sale. */
export async function correctCreditPart(env: Env, last: BookedEvent, part: CreditPart): Promise<Reply[]> {
  const { items, contactId: _c, paid_now: _p, amount: _a, ...rest } = last.frame;
  // One total said for all the lines cannot be split without guessing: the owner says the parts.
  if (items.some((i) => i.stated?.shared)) {
    return [{ text: `Tadi satu total untuk semua barang, Kak. ${sayPartsText}` }];
  }
  const said = items.map(asSaid);
  const onTab = new Set([part.index, ...(part.also ?? [])]);
  let owedLines = said.filter((_, i) => onTab.has(i));
  let paidLines = said.filter((_, i) => !onTab.has(i));
  if (part.qty != null) {
    // Part of one line: both parts at its price of one (a price that does not split into whole rupiah is not guessed).
    const line = said[part.index]!;
    const each = line.unit_price ?? (line.total != null && line.qty ? line.total / line.qty : null);
    if (each != null && !Number.isInteger(each)) return [{ text: splitText }];
    owedLines = [{ ...line, qty: part.qty, unit_price: each, total: null }];
    paidLines = [{ ...line, qty: line.qty! - part.qty, unit_price: each, total: null }];
  }
  const owed = { ...rest, amount: null, items: owedLines, payment: 'credit' as const, counterparty: part.name };
  const paid = { ...rest, amount: null, items: paidLines, payment: 'cash' as const };
  // Two bookings of one message: each its own source (as two entries in one message are, two-entries.ts).
  const [one, two] = [partEnv(env, env.text, 0), partEnv(env, env.text, 1)];
  await env.tx.query('savepoint credit_part');
  const replies = [
    ...await proceed(one, { frame: owed, resolved: owed.items.map(() => null), priceKind: [], confirmed: false, replaces: last }),
    ...(one.pendingOpen ? [] : await proceed(two, { frame: paid, resolved: paid.items.map(() => null), priceKind: [], confirmed: false, replaces: null })),
  ];
  // A question on the way (it should not come: the goods are the catalogue's): nothing changes, the owner says the parts.
  if (one.pendingOpen || two.pendingOpen) {
    await env.tx.query('rollback to savepoint credit_part');
    return [{ text: splitText }];
  }
  await env.tx.query('release savepoint credit_part');
  return replies;
}

const sayPartsText = 'Ketik "batal", lalu tulis lagi dua catatan: yang ngutang dan yang tunai.';
const splitText = `Catatan tadi belum saya ubah, Kak. ${sayPartsText}`;
