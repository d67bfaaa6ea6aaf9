// A new-product question the owner moved past: settled with what the message already said, or dropped.
import { AppError } from '../../../core/errors.ts';
import type { ParseResult } from '../../../core/frame.ts';
import { knownGoods } from '../../language/gazetteer.ts';
import { readCorrection } from '../corrections/read.ts';
import type { Env } from '../env.ts';
import { parseHere } from '../questions/interrupt.ts';
import type { Pending } from '../state-schema.ts';
import type { Reply } from '../types.ts';
import { priceKinds } from '../understand.ts';
import { savedText, settleThenProceed } from './answer-new-product.ts';
import { matchName } from './match-product.ts';
import { newProductUnit } from './new-product.ts';
import { createProduct } from './resolve-items.ts';

// Money and bills no goods are called (goods a warung also sells, such as pulsa, token or oli, are not here).
const notGoods = new Set(`doi uang duit kembali kembalian pinjam pinjaman utang hutang bayar sebesar sebanyak berupa listrik pln pdam
  sewa kontrakan gaji upah honor ojek ojol ongkir ongkos parkir angkot becak grab gojek tol iuran sampah keamanan sumbangan
  retribusi pajak zakat sedekah arisan kondangan jimpitan ronda kebersihan banjar odalan punia karyawan pegawai kuli tukang servis
  gajih ngagajih rewang sangu`.split(/\s+/));
/** A new product's name made of a bill's or money's words. */
const notGoodsName = (name: string): boolean => name.toLowerCase().split(/\s+/).some((w) => notGoods.has(w));

/** Shorter than three letters, or sharing a word of three letters or more with a product the warung has. */
async function misreadName(env: Env, name: string): Promise<boolean> {
  const said = matchName(name).split(' ').filter(Boolean);
  if (said.join('').length < 3) return true;
  const { rows } = await env.tx.query<{ words: string[] }>(
    `select regexp_split_to_array(lower(name || ' ' || array_to_string(aliases, ' ')), '[^[:alnum:]]+') as words
       from products where tenant_id = $1 and active`, [env.agentCtx.tenant.id]);
  const known = new Set(rows.flatMap((r) => r.words).filter((w) => w.length >= 3 && !/^\d/.test(w)));
  return said.some((w) => w.length >= 3 && known.has(w));
}
/**
 * A new-product question the owner moved past, settled with what the message already said instead of dropped
 * (new-warung try: every other entry of a new warung's first day was lost): a sale whose price was stated
 * ("gorengan laku 25 biji @1000"), or a purchase (its selling price can be set later). Only when that books
 * with no further question; otherwise everything it wrote is rolled back and the question is dropped as before.
 */
export async function settleSkipped(env: Env, pending: Pending): Promise<Reply[] | null> {
  if (pending.kind !== 'new_product') return null;
  const { intent } = pending.work.frame;
  // A sale's price must have been said as one ("@1000", "3rb-an", or one item): "es teh 12 gelas 3rb" is
  // Rp3.000 a glass or Rp250, and only the question showed which reading was taken.
  const said = intent === 'sale' && pending.suggested != null && pending.work.priceKind[pending.index] !== 'unsure';
  if (!said && intent !== 'purchase') return null;
  // A name that is a bill or money, not goods ("tukang sampah", "doi", "kembali"): the message was misread, so the
  // question is dropped, not answered for the owner (a helper's tries booked loans and fees as sales this way).
  if (notGoodsName(pending.name)) return null;
  // A name that is a word or two of goods the warung already has, or a short stray word ("mi aqua", "gula dhuwa kilo",
  // Bugis "sa"), is more likely a misread of those goods than a new product: dropped, not saved (helpers' tries made
  // products of each and booked them, the real goods' stock untouched).
  if (await misreadName(env, pending.name)) return null;
  // A name no table knows as goods ("pinjemin", "kurang", "karek mere", Bugis "pesse", Sundanese "lain") is more likely
  // a word misread than goods: the question is dropped with its notice, not answered for the owner (helpers' tries
  // booked loans, part payments and corrections as cash sales of such products).
  if (!knownGoods(matchName(pending.name).split(' '))) return null;
  // A correction, or the same entry typed again (the question showed it was misread), settles nothing.
  const next = parseHere(env, env.text);
  if (readCorrection(env.text) || retyped(next, pending)) return null;
  const item = pending.work.frame.items[pending.index];
  // "gula 2 kg, sa lupa harga, 37rb" read "sa" as goods carrying the message's only money, beside goods with no price:
  // a stray word, not a product (owner tries booked the money twice, once for the stray word).
  const { items } = pending.work.frame;
  if (item.qty == null && items.some((o, k) => k !== pending.index && o.total == null && o.unit_price == null)) return null;
  await env.tx.query('savepoint skipped_question');
  // "laku gorengan bakwan 10rb" with nothing counted: the money is what was sold, not the price of one (saving it made
  // the next "laku gorengan bakwan 5" Rp50.000), so the product keeps no price until the owner says one.
  const sellPrice = intent === 'sale' ? (item.qty == null ? null : pending.suggested) : soldAt(env.text, next, item.product);
  let replies: Reply[] | null = null;
  // Its own idempotency key: the new message books under the message's own one (a booking exists once per key).
  const sub: Env = { ...env, agentCtx: { ...env.agentCtx, inboxId: `${env.agentCtx.inboxId}:q` } };
  try {
    const product = await createProduct(env.tx, env.agentCtx.tenant.id, { name: pending.name, unit: newProductUnit(item, null, sellPrice), sellPrice });
    replies = await settleThenProceed(sub, pending.work, pending.index, product);
    if (!sub.pendingOpen) replies.unshift({ text: savedText(product.name, item.product, sellPrice) });
  } catch (err) {
    if (!(err instanceof AppError) || err.retryable) throw err; // the new message still deserves its answer
  }
  env.pendingOpen = sub.pendingOpen;
  if (!replies || env.pendingOpen) {
    await env.tx.query('rollback to savepoint skipped_question');
    return null;
  }
  await env.tx.query('release savepoint skipped_question');
  return replies;
}
/** The new message books the same kind of entry with the same goods word or the same money. */
function retyped(r: ParseResult, pending: Extract<Pending, { kind: 'new_product' }>): boolean {
  const { frame } = pending.work;
  if (r.intent !== frame.intent) return false;
  const words = new Set(pending.name.toLowerCase().split(/\s+/));
  const numbers = (f: { amount: number | null; items: { qty: number | null; total: number | null; unit_price: number | null }[] }) =>
    [f.amount, ...f.items.flatMap((i) => [i.total, i.unit_price])].filter((n): n is number => n != null && n >= 100);
  const before = new Set(numbers(frame));
  return r.items.some((i) => i.product.toLowerCase().split(/\s+/).some((w) => words.has(w))) || numbers(r).some((n) => before.has(n));
}
/**
 * Consignment try: "bang jali nitip keripik singkong 20 bungkus, modal 5rb" → "Harga jualnya berapa?" → "keripik singkong
 * laku 5 bungkus 8rb sebungkus": the next message sells the goods asked about at a price of one, which is their selling
 * price (it was saved without one, and the next sale asked it again).
 */
function soldAt(text: string, next: ParseResult, product: string): number | null {
  if (next.intent !== 'sale') return null;
  const k = next.items.findIndex((i) => i.product.toLowerCase() === product.toLowerCase());
  // "keripik 5 bks 8rb" may be Rp8.000 each or in all: no price is taken from it.
  if (k < 0 || priceKinds(text, next, false)[k] === 'unsure') return null;
  return next.items[k].unit_price;
}
