// "salah, harusnya 5 bukan 3" re-books the last event with the change (the old one is voided in the
// same transaction, right before the new booking). The change touches only what the owner corrected,
// in the unit they say ("10 bks bukan 1 slop"); the rest is kept as it was SAID (a stated total stays a
// total, a catalogue price is looked up again), never as it was derived.
import { z } from 'zod';
import { prepared } from '../../../core/db/tenant.ts';
import { formatRupiah } from '../../../core/format.ts';
import type { Frame, FrameItem } from '../../../core/frame.ts';
import { canonicalUnit } from '../../../core/units.ts';
import type { Correction } from './read.ts';
import { countAndMoney, readPart, type Part } from './said-numbers.ts';
import { proceed } from '../book.ts';
import type { Env } from '../env.ts';
import type { BookedEvent, Reply, ResolvedFrame, ResolvedItem } from '../types.ts';
import { askUndo, nothingToUndoText } from './undo.ts';
import { asSaid, namedLine, possessive } from './said-items.ts';
import { numberedGoods, otherGoods } from './goods-swap.ts';
import { earlierEvent } from './earlier.ts';
import { askMoneyKept } from './recount.ts';
import { namedPayment } from './payment-named.ts';
import { entryMentioned, mentions } from './undo-match.ts';
import { todaysEntries } from '../../finance/review.ts';
import { parseHere, withNote } from '../questions/interrupt.ts';
import { inIndonesian } from '../catalogue/regional.ts';
import { knownGoods } from '../../language/gazetteer.ts';
import { seUnit, unitOf } from '../../language/units.ts';

/** "omset", "jualan", "pemasukan": the takings of sales. */
const takingsWord = /\b(?:omset|omzet|omsetnya|omzetnya|jualan|jualannya|penjualan|pendapatan|pemasukan|dagangan)\b/;

/** "kurang satu", "kelebihan 2": a count said by how much it was off, not what it is. */
const offBy = /^(?:\p{L}+\s+)?(?:kurang|kelebihan|lebih|kekurangan|ketambahan|kebanyakan|kesedikitan)\s+\d/u;

export async function correctLast(env: Env, last: BookedEvent | null, c: Correction): Promise<Reply[]> {
  // A helper's try: "eh salah, kurang satu" after 4 bks re-booked 1 bks. Which way it was off is not certain: asked.
  if (offBy.test(c.to)) return [{ text: 'Jadi jumlah yang benar berapa, Kak? Tulis misalnya "salah, harusnya 5 bks".' }];
  // A correction naming goods of an earlier entry of today ("ralat, aqua gelas mau 1 dus wae" that the
  // last booking cannot take, or "eh yg aqua tadi 2 aja": goods said as "the one before", checked first
  // so the 2 does not land on the last booking) re-books that entry, read back from the books; one the
  // books cannot give back as said (earlier.ts) is offered to undo, then sent again.
  // Goods named that the last booking does not have, found in an earlier entry, are that entry's even when the
  // numbers would fit the last one (owner try: "eh salah, gula inang sitorus tadi 3 kilo bukan 2" changed the bawang
  // bought after it).
  // "salah, kurangnya 10rb", "salah, bayarnya cuma 15rb" on a sale paid in part: what is owed, or what was paid, not the
  // price (a helper's try read it as the total).
  const paidFix = last ? paidPart(last.frame, c.to) : null;
  if (paidFix) return rebook(env, last!, paidFix);
  const restated = last ? restatedEntry(env, last.frame, c.to) : null;
  if (restated) return rebook(env, last!, restated);
  const payment = await namedPayment(env, last, c);
  const paymentFix = payment ? applyCorrection(payment.frame, c) : null;
  if (payment && paymentFix) return rebook(env, payment, paymentFix);
  const numbered = await numberedGoods(env, last, c);
  if (numbered) return rebook(env, last!, numbered);
  const swap = await goodsSwapped(env, last, c);
  if (swap) return 'text' in swap ? [swap] : rebook(env, swap.event, swap.frame);
  const prices = last ? await shelfPrices(env, last.frame) : undefined;
  const named = await namedEntry(env, last, c);
  let frame = last && !c.earlier && !named?.event && !named?.otherGoods ? applyCorrection(last.frame, c, prices) : null;
  if (!frame) {
    const earlier = named?.event ? await earlierEvent(env, named.event) : null;
    const fixed = earlier ? applyCorrection(earlier.frame, c, await shelfPrices(env, earlier.frame)) : null;
    if (earlier && fixed) return rebook(env, earlier, fixed, c);
    if (named?.event) return withNote(earlierText, await askUndo(env, named.event));
    if (named) return [{ text: `Catatan "${named.said.join(' ')}" tidak ketemu di catatan hari ini, Kak. Ketik "catatan hari ini" untuk lihat daftarnya.` }];
    frame = last ? applyCorrection(last.frame, c, prices) : null; // the goods are the last booking's own
  }
  if (!last) return [{ text: nothingToUndoText }];
  if (!frame) return [{ text: whichWrongText }];
  return rebook(env, last, frame, c);
}

const tradeVerb = /^(?:laku|jual|terjual|payu|kepayu|kulakan|kulak|ngulak|beli|tuku|meser|meuli|belanja|blanja)\b/;

/**
 * "eh salah, kulakan indomie goreng 2 dus 40rb" after a purchase of gula: the entry said again whole, its verb first, with
 * goods the last one did not have (the gula was kept and "1 dus Gula Pasir isinya berapa kg?" asked). Null otherwise.
 */
function restatedEntry(env: Env, last: ResolvedFrame, said: string): Frame | null {
  if (!tradeVerb.test(said.trim())) return null;
  const f = parseHere(env, said);
  if (f.intent !== last.intent || !f.items.length || f.items.some((i) => i.qty == null) || f.ask.length) return null;
  const lastWords = last.items.flatMap((i) => `${i.name} ${i.typed ?? ''}`.toLowerCase().split(/\s+/));
  if (f.items.some((i) => i.product.split(/\s+/).some((w) => lastWords.includes(w)))) return null;
  return { ...f, counterparty: f.counterparty ?? last.counterparty, payment: f.payment ?? last.payment };
}

const whichWrongText = 'Maaf Kak, bagian mana yang salah? Contoh: "salah, harusnya 5 bukan 3". Atau ketik "batal" lalu kirim ulang.';

/**
 * "eh sorry tadi pembeli yg gula itu bayarnya 50rb bukan 20rb": "N, not M" that no correction pattern read is still a
 * correction, never a new entry (read as one, its two amounts were summed into a new Rp70.000 expense). Asked which part;
 * null for a message without it.
 */
export function unreadCorrection(text: string): Reply[] | null {
  // "utang pak ujang bukan 13rb tapi 3rb, dia bayar 20rb": "not N but M" too (his whole Rp13.000 was booked as paid).
  return /\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|jt|juta)?\s+(?:\p{L}+\s+)?(?:aja\s+|saja\s+|wae\s+)?(?:bukan|bkn|dudu|sanes)\s+\d|\b(?:bukan|bkn|dudu|sanes)\s+\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|jt|juta)?\s+(?:tapi|tp|tpi|namung|nanging)\s+\d/iu.test(text)
    ? [{ text: whichWrongText }]
    : null;
}

const owedSaid = /^((?:\p{L}+\s+){0,3}?)(?:yang\s+|yg\s+)?(kurang|kurangnya|kurange|sisa|sisanya|sisane|utangnya|bonnya|bayar|bayarnya|bayare|dibayar|dp|dpnya)\s+(?:cuma\s+|cm\s+|baru\s+)?(\d[\d.,]*\s*(?:rb|ribu|rebu|k)?)$/u;

/** A correction of how much of a sale was paid: the frame again with what was paid now; else null. */
function paidPart(booked: ResolvedFrame, to: string): Frame | null {
  const m = owedSaid.exec(to.trim());
  if (!m || booked.intent !== 'sale' || booked.payment !== 'credit' || booked.amount == null) return null;
  // "eh sorry tadi cust beras bayarnya 25rb bukan 20rb": the sale's goods or person may be named first (it searched for
  // an entry "beras bayarnya").
  const names = [booked.counterparty ?? '', ...booked.items.map((i) => `${i.name} ${i.typed ?? ''}`)].join(' ').toLowerCase();
  if (!m[1]!.trim().split(/\s+/).filter(Boolean).every((w) => names.includes(w) || names.includes(possessive.exec(w)?.[1] ?? w))) return null;
  const n = readPart(m[3]!)?.n;
  if (n == null || n <= 0) return null;
  const owed = /^(kurang|sisa|utang|bon)/.test(m[2]!);
  const paid = owed ? booked.amount - n : n;
  if (paid <= 0 || paid >= booked.amount) return null;
  const { items, contactId: _c, ...rest } = booked;
  return { ...rest, items: items.map(asSaid), paid_now: paid };
}

/**
 * The booked event voided and the corrected frame booked, in one go; first asked when the money said was kept for another
 * count (`c`: the correction) or other goods (recount.ts).
 */
async function rebook(env: Env, booked: BookedEvent, frame: Frame, c?: Correction): Promise<Reply[]> {
  // A debt already paid in part cannot be voided (void_transaction refuses): check first, so the
  // refusal stops the whole correction and nothing new is booked.
  const paid = await paidOn(env, booked);
  if (paid > 0) return [{ text: paidRefusal(booked.frame, frame, paid) }];
  const asked = await askMoneyKept(env, booked, frame, c);
  if (asked) return asked;
  return proceed(env, { frame, resolved: frame.items.map(() => null), priceKind: [], confirmed: false, replaces: booked });
}

/** A sale's products' selling prices now, by id: a count corrected keeps a total only when it was not the catalogue's. */
async function shelfPrices(env: Env, booked: ResolvedFrame): Promise<Map<string, number>> {
  const ids = booked.items.map((i) => i.productId).filter((id): id is string => id != null);
  if (booked.intent !== 'sale' || ids.length === 0) return new Map();
  const { rows } = await prepared<{ id: string; sell_price: string | null }>(env.tx,
    `select id, sell_price::text from public.products where tenant_id = $1 and id = any($2::uuid[])`, [env.agentCtx.tenant.id, ids]);
  return new Map(rows.filter((r) => r.sell_price != null).map((r) => [r.id, Number(r.sell_price)]));
}

const earlierText = 'Yang bisa langsung saya ubah hanya catatan terakhir, Kak. Untuk yang ini: batalkan dulu, lalu kirim ulang yang benar.';

/**
 * The goods the correction names (null: none, or the last booking's own) and the newest of today's other
 * entries that has them (none found: event null).
 */
async function namedEntry(env: Env, last: BookedEvent | null, c: Correction): Promise<{ words: string[]; said: string[]; event: BookedEvent | null; otherGoods?: boolean } | null> {
  // "yg gula tadi salah, bukan gula tapi beras", "eh salah, bukan telur tapi gula" after a coffee sale: other goods are
  // for the entry that had the goods named wrong (a city try re-booked the coffee sale as 10 kg of sugar).
  const named = c.from != null && !/\d/.test(c.from) && !/\d/.test(c.to) ? c.from : c.to;
  const split = countAndMoney(named);
  const unit = (readPart(split ? split.count : named)?.unit ?? undefined)?.toLowerCase();
  // "gula 680rb sekarung": a count said as "se<unit>" is no word of the goods either (it was searched for and not found).
  const said = (mentions(named)?.words ?? []).filter((w) => w !== unit && !correctionWords.has(w) && seUnit(w) === null);
  // "gulanya", jv "telore", su "berasna": the goods with a possessive ("the sugar") are the goods.
  const lastSays = last ? [last.summary, ...last.frame.items.map((i) => `${i.name} ${i.typed ?? ''}`)].join(' ').toLowerCase() : '';
  const inLast = (w: string) => lastSays.includes(w);
  // "koreksi, aqua 600 nya 3 aja" after a sale of Aqua Gelas 220 ml: goods named with a number that is no part of the last
  // entry's names are another entry's (600 glasses of Aqua Gelas were booked).
  const numbered = /(\p{L}{3,})\s+(\d{2,4})\s+\d/u.exec(named.toLowerCase());
  if (numbered && !inLast(`${numbered[1]} ${numbered[2]}`)) {
    const phrase = `${numbered[1]} ${numbered[2]}`;
    const fits = (await todaysEntries(env.agentCtx)).filter((e) => !e.row.voided && e.event.id !== last?.id
      && e.row.lines.some((l) => [l.description, ...l.names].some((n) => (n ?? '').toLowerCase().includes(phrase))));
    if (fits.length) return { words: [numbered[1]!], said, event: fits.at(-1)!.event };
  }
  // su "beas", jv "endog": the staples' regional names are the catalogue's Indonesian ones (Sunda try).
  // A unit said with the count ("minyak tadi 2 dus …") is no word of the goods' name.
  const words = said.filter((w) => unitOf(w) === null || said.length === 1).map((w) => (inLast(w) ? w : possessive.exec(w)?.[1] ?? w))
    .flatMap((w) => (inIndonesian(w) ?? w).split(' '));
  if (!words.length || words.every(inLast)) return null;
  const fits = (await todaysEntries(env.agentCtx)).filter((e) => !e.row.voided && e.event.id !== last?.id && e.row.lines.length > 0
    && entryMentioned(e.row, { kinds: [], words }));
  // The reply names the goods as typed ("indomie"), not as searched (the possessive rule reads "indomi").
  // Goods a warung sells that the last entry does not have, found nowhere today, with numbers for them, are no correction of
  // the last entry either: "salah kali aku, beras tadi 4 kilo nya, 56 ribu" after a sugar bon, the rice never booked (the
  // sugar was re-booked). Spelled as said ("telornya" for Telur Ayam, o and u as one) they are the last entry's.
  const fold = (x: string) => x.replace(/o/g, 'u');
  const foreign = words.filter((w) => !fold(lastSays).includes(fold(w)));
  return { words, said, event: fits.at(-1)?.event ?? null, otherGoods: /\d/.test(c.to) && knownGoods(foreign) };
}

// Price words name no goods either: jv "kliru, regane 90rb" while the purchase's money is asked (it was taken for an earlier
// entry's correction, and the purchase dropped).
export const correctionWords = new Set(['ralat', 'koreksi', 'keliru', 'harusnya', 'seharusnya', 'mestinya', 'jadi', 'bukan', 'bkn', 'dudu', 'sanes', 'cuma', 'cuman', 'hanya', 'per',
  'harga', 'harganya', 'hargane', 'hargana', 'rego', 'regane', 'regone', 'total', 'totalnya', 'totale', 'ngan', 'mung', 'wungkul', 'hungkul']);

/** What was paid on the debt an event made (a credit sale/purchase, or a debt on its own); a sale's own down
 * payment is voided and booked again with it, so it does not count. */
export async function paidOn(env: Env, event: BookedEvent): Promise<number> {
  if (event.kind !== 'transaction') return 0;
  const tenant = env.agentCtx.tenant.id;
  const { rows } = event.id.startsWith('debt:')
    ? await prepared<{ paid: string }>(env.tx, `select coalesce(sum(paid), 0)::text as paid from public.debts where tenant_id = $1 and id = $2 and status <> 'void'`, [tenant, event.id.slice(5)])
    : await prepared<{ paid: string }>(env.tx, `select coalesce(sum(internal.paid_besides_down_payment(id)), 0)::text as paid from public.debts where tenant_id = $1 and transaction_id = $2 and status <> 'void'`, [tenant, event.id]);
  return z.coerce.number().parse(rows[0]?.paid ?? 0);
}

const amountOf = (f: { amount: number | null; items: { total: number | null }[] }) =>
  f.amount ?? f.items.reduce((s, i) => s + (i.total ?? 0), 0);

export function paidRefusal(booked: ResolvedFrame, wanted: Frame, paid: number): string {
  const who = booked.counterparty ? cap(booked.counterparty) : 'itu';
  const head = `Utang ${who} sudah dibayar ${formatRupiah(paid)}, jadi catatannya tidak bisa dikoreksi lewat chat, Kak. Belum ada yang diubah.`;
  const delta = amountOf(wanted) - amountOf(booked);
  if (delta > 0 && booked.counterparty && !booked.items.length) {
    const said = delta % 1000 === 0 ? `${delta / 1000}rb` : formatRupiah(delta);
    return `${head} Kalau utangnya kurang, catat tambahannya saja: "${booked.counterparty.toLowerCase()} ngutang ${said}".`;
  }
  return `${head} Batalkan dulu pembayarannya, lalu koreksi lagi.`;
}

/**
 * "salah, indomie soto 3 bukan indomie kari", "minyakita bukan sania": other goods, with their count or the booked one, for the
 * entry that has the goods named wrong (the last, or an earlier one of today); a reply when none has them; else null.
 */
async function goodsSwapped(env: Env, last: BookedEvent | null, c: Correction): Promise<{ event: BookedEvent; frame: Frame } | Reply | null> {
  const m = /^(\p{L}+(?:\s+\p{L}+){0,3}?)(?:\s+(\d+(?:[.,]\d+)?)(?:\s+(\p{L}+))?)?$/u.exec(c.to.trim());
  if (!c.from || /\d/.test(c.from) || !m || unitOf(m[1]!.split(' ')[0]!) !== null) return null;
  const named = await namedEntry(env, last, { to: c.from, from: null });
  if (named && !named.event) return { text: `Catatan "${named.said.join(' ')}" tidak ketemu di catatan hari ini, Kak. Ketik "catatan hari ini" untuk lihat daftarnya.` };
  const event = named?.event ? await earlierEvent(env, named.event) : last;
  const count = m[2] ? { qty: Number(m[2].replace(',', '.')), unit: m[3] && unitOf(m[3]) !== null ? m[3] : null } : undefined;
  const frame = event ? otherGoods(event.frame, m[1]!, c.from, count) : null;
  return event && frame ? { event, frame } : null;
}


/** The booked frame as said again, with the correction applied; null when the change is not understood. */
export function applyCorrection(booked: ResolvedFrame, said: Correction, shelf: ReadonlyMap<string, number> = new Map()): Frame | null {
  const { items: resolvedItems, contactId: _c, ...rest } = booked;
  const c = withoutNameNumbers(said, resolvedItems);
  const items = resolvedItems.map(asSaid);
  const frame: Frame = { ...rest, items };
  const to = readPart(c.to);
  const from = c.from == null ? null : readPart(c.from);
  // "gulanya 0.5 kilo 8500": a count and a bare amount are two changes too (only the count was taken, the total kept).
  const both = to == null || (c.to.match(/\d+(?:[.,]\d+)*/g) ?? []).length > 1 ? countAndMoney(c.to) : null;
  if (both) return countThenMoney(booked, items, c, both, shelf);
  if (to == null) {
    if (/\d/.test(c.to)) return null;
    return otherGoods(booked, c.to);
  }
  if (!items.length) {
    // "eh salah, 250" after "bayar listrik 200rb": a bare number is in the old amount's thousands when near it (the owner was
    // asked which part was wrong).
    const thousands = !to.money && to.n < 1000 && (frame.amount ?? 0) >= 1000 && to.n * 5000 >= frame.amount! && to.n * 200 <= frame.amount!;
    if (!to.money && to.n < 1000 && !thousands) return null;
    if (thousands) return from != null ? null : { ...frame, amount: to.n * 1000 };
    // "salah, omset tadi 1.530.000" after a debt paid: the day's takings named are no part of a payment or a bill (a
    // helper's try paid Rp1.530.000 of a Rp28.000 debt, the rest kept as a deposit).
    if (booked.intent !== 'sale' && takingsWord.test(c.to)) return null;
    if (from != null && from.n !== frame.amount) return null;
    return { ...frame, amount: to.n };
  }
  // "salah, gulanya sekilo" after gula and minyak: the goods named say which line changes; with the old number too
  // ("kopi 1 renteng bukan 2" after indomie 2 and kopi 2: the indomie was changed).
  const named = items.length > 1 ? namedLine(resolvedItems, c.to) : -1;
  const inLine = named >= 0 ? findField([resolvedItems[named]!], [items[named]!], from, to) : null;
  const hit = inLine ? { ...inLine, index: named } : named >= 0 && from != null ? null : findField(resolvedItems, items, from, to);
  if (!hit) return null;
  const it = items[hit.index];
  const was = resolvedItems[hit.index];
  if (hit.field === 'qty') {
    let unit = to.unit ?? it.unit;
    let packSize = it.pack_size ?? null;
    // "48 bukan 2" after "2 dus" of 24: the same goods counted in the base unit.
    if (!to.unit && was.said && from && was.said.size >= 1 && to.n === from.n * was.said.size) unit = was.unit;
    if (unit && it.unit && canonicalUnit(unit) !== canonicalUnit(it.unit)) packSize = null;
    // A unit price said per the old unit does not carry over to another unit; a stated total does.
    // "jual gula pasir 1 kg 18rb" then "harusnya 2 bukan 1": the money said for one was the price of one (it was kept as
    // the total, Rp9.000 a kilo).
    // "harusnya 4 botol" after "5 btl": the same unit spelled another way.
    const sameUnit = unit === it.unit || (unit != null && it.unit != null && canonicalUnit(unit) === canonicalUnit(it.unit));
    const unitPrice = sameUnit ? it.unit_price ?? (it.qty === 1 && it.total != null ? it.total : null) : null;
    // Owner try: "laku indomie goreng 10 bks 35rb", "eh salah 8 bks" kept Rp35.000 (Rp4.375 a pack). A total that was
    // the count times the shelf price follows the count; one that was not (a deal, the cash taken) stays.
    const shelfTotal = was.productId != null && was.unitPrice != null && shelf.get(was.productId) === was.unitPrice;
    items[hit.index] = { ...it, qty: to.n, unit, pack_size: packSize, unit_price: unitPrice, total: unitPrice != null || shelfTotal ? null : it.total };
  }
  if (hit.field === 'unit_price') items[hit.index] = { ...it, unit_price: to.n, total: null };
  if (hit.field === 'total') items[hit.index] = { ...it, total: to.n, unit_price: null };
  // The router sums the lines again; one total said for several lines still holds and is shared again.
  frame.amount = resolvedItems.some((i) => i.stated?.shared) ? booked.amount : null;
  return frame;
}

/**
 * "eh salah, surya 12 4 bungkus bukan 3": a number that is part of a booked product's name ("Rokok Surya 12", "Aqua 600
 * ml") names the goods, not the count (12 packs were booked).
 */
function withoutNameNumbers(c: Correction, items: ResolvedItem[]): Correction {
  const drop = (s: string) => items.reduce((t, i) => {
    const named = [...`${i.name} ${i.typed ?? ''}`.toLowerCase().matchAll(/(\p{L}{3,})\s+(\d+)\b/gu)];
    return named.reduce((u, [, word, n]) => u.replace(new RegExp(String.raw`\b(${word})\s+${n}(?!\d|[.,]\d|\s*(?:rb|ribu|rebu|k|jt)\b)\s*(?=\d)`, 'giu'), '$1 '), t);
  }, s);
  return { ...c, to: drop(c.to), from: c.from == null ? null : drop(c.from) };
}

/**
 * "tadi salah, harusnya 5 bks 17,5rb": a count and its money said together (both were refused as "two changes in
 * one"). The count is corrected first, then the money of the line it changed: a total, or a price with "@"/"per".
 */
function countThenMoney(booked: ResolvedFrame, said: FrameItem[], c: Correction, both: { lead: string; count: string; money: string },
  shelf: ReadonlyMap<string, number>): Frame | null {
  const money = readPart(both.money);
  const counted = money?.money ? applyCorrection(booked, { ...c, to: `${both.lead}${both.count}` }, shelf) : null;
  if (!counted || !money) return null;
  let k = counted.items.findIndex((it, i) => it.qty !== said[i]?.qty || it.unit !== said[i]?.unit);
  if (k < 0) k = said.length === 1 ? 0 : namedLine(booked.items, c.to);
  if (k < 0) return null;
  counted.items[k] = { ...counted.items[k]!, ...(money.per ? { unit_price: money.n, total: null } : { total: money.n, unit_price: null }) };
  return counted;
}


type Field = 'qty' | 'unit_price' | 'total';

/** Which number the owner corrected: matched against what was said and what was booked. */
function findField(booked: ResolvedItem[], said: FrameItem[], from: Part | null, to: Part): { index: number; field: Field } | null {
  const perSaid = (b: ResolvedItem) => (b.said && b.total != null ? b.total / b.said.qty : b.unitPrice);
  const sameUnit = (a: string | null, b: string | null) => !a || !b || canonicalUnit(a) === canonicalUnit(b);
  // "gula tadi 90 ribu bukan 85": the number taken back is in thousands like the one said.
  if (from && !from.money && from.n < 1000 && !from.unit && to.money && to.n >= 1000) from = { ...from, n: from.n * 1000, money: true };
  if (from != null) {
    for (let index = 0; index < booked.length; index++) {
      const b = booked[index];
      const s = said[index];
      if (!from.money && (s.qty === from.n && sameUnit(from.unit, s.unit) || b.qty === from.n && sameUnit(from.unit, b.unit))) return { index, field: 'qty' };
      if (from.money || from.n >= 1000) {
        if (s.unit_price === from.n || perSaid(b) === from.n || (b.unitPrice === from.n && b.total !== from.n)) return { index, field: 'unit_price' };
        if (s.total === from.n || b.total === from.n) return { index, field: 'total' };
      }
    }
    return null;
  }
  if (booked.length !== 1) return null;
  const b = booked[0];
  // Without "bukan …": a quantity (a unit said, or a small number); otherwise the closer of unit price and total.
  if (!to.money) return { index: 0, field: 'qty' };
  if (to.per) return { index: 0, field: 'unit_price' };
  if (to.whole) return { index: 0, field: 'total' };
  const dist = (x: number | null) => (x ? Math.abs(Math.log(to.n / x)) : Infinity);
  return { index: 0, field: dist(perSaid(b)) <= dist(b.total) ? 'unit_price' : 'total' };
}

const cap = (s: string) => s.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, ch: string) => sp + ch.toUpperCase());
