// Answers to the router's own questions. Returns null when the message is not an answer, so it is
// handled as a new message (the old question is then dropped).
import { AppError } from '../../core/errors.ts';
import { formatRupiah, zoneOffsetMinutes } from '../../core/format.ts';
import type { ParseResult } from '../../core/frame.ts';
import { canonicalUnit, isContainer } from '../../core/units.ts';
import { newProductUnit, readNotAProduct, readOtherGoods, withoutItem } from './catalogue/new-product.ts';
import { CONFIDENT, paysWhole, priceKinds } from './understand.ts';
import { readCorrection } from './corrections/read.ts';
import { readAmount, readChoiceNumber, readNotForSale, readSkip, readPrice, readPackSize, readPriceKind, readPriceUnit, readYesNo } from './answers.ts';
import { proceed } from './book.ts';
import type { Env } from './env.ts';
import { decideMatch, matchName, saysSize } from './catalogue/match-product.ts';
import { knownGoods } from '../language/gazetteer.ts';
import { cancelledText } from './replies.ts';
import { createProduct, productById, rememberPack, type Product } from './catalogue/resolve-items.ts';
import { ALL_CHOICES, askNewProduct, eachChoice, NEW_PRODUCT, settleItem } from './catalogue/resolve.ts';
import { otherGoodsAnswer } from './catalogue/other-answer.ts';
import { answerPackSize, answerPerson, askAgain, readAllAnswer, readNewAnswer } from './catalogue/answer-units.ts';
import { putPending } from './state.ts';
import type { Pending, Work } from './state-schema.ts';
import type { Reply } from './types.ts';
import { answerCollect } from './questions/collect.ts';
import { interrupts, parseHere } from './questions/interrupt.ts';
import { answerChooseUndo, undoPrevious } from './corrections/undo-pick.ts';
import { undoNow } from './corrections/undo.ts';
import { answerRecount } from './corrections/recount.ts';
import { isGoodslessSale, mixedSaleNote, mixedSaleWork, readMixedGoods } from './questions/mixed-sale.ts';
import { bareSale, bareSaleQuestion } from './questions/bare-goods.ts';

const noText: Partial<Record<Pending['kind'], string>> = {
  confirm_undo: 'Oke Kak, tidak jadi dibatalkan.',
  choose_undo: 'Oke Kak, tidak jadi dibatalkan.',
  confirm_send: 'Oke Kak, tidak jadi dikirim.',
  contact_phone: 'Oke Kak, tidak jadi ditagih.',
  recount: 'Oke Kak, catatannya tidak diubah.',
};

export async function answerPending(env: Env, pending: Pending): Promise<Reply[] | null> {
  const text = env.text;
  // "bukan" to a list of people or products is "none of these" (a new one), answered below; elsewhere it is no.
  const noneOfThese = (pending.kind === 'person' || pending.kind === 'choose_product') && /^(?:bukan|bkn|dudu|sanes)\b/i.test(text.trim());
  const yes = noneOfThese ? null : readYesNo(text);
  if (yes === false) {
    await putPending(env, null);
    return [{ text: noText[pending.kind] ?? cancelledText }];
  }
  // "beli sayur sama bumbu 185rb" → "Produk baru sayur?" → "ga dijual, buat masak": money spent, not stock.
  // Not when the message is a request of its own about other goods: "anakku ambil chitato 2 bks dipakai sendiri" is goods
  // taken from the shelf, not the answer (voice try: it booked the es batu as an expense and the chitato was lost).
  const ownGoods = () => interrupts(env) && parseHere(env, text).items.length > 0;
  if ((pending.kind === 'new_product' || pending.kind === 'item_price') && pending.work.frame.intent === 'purchase' && readNotForSale(text) && !ownGoods()) {
    const work = asExpense(pending.work);
    if (work.frame.amount != null) {
      await putPending(env, null);
      return proceed(env, work);
    }
    // No money said yet: asked, and the answer completes the purchase said again as ingredients.
    await putPending(env, { kind: 'reparse', text: `beli ${work.frame.items.map((i) => i.product).join(' sama ')} buat masak dagangan` });
    return [{ text: 'Berapa, Kak?' }];
  }
  // A complete request of its own is never read as the answer (a "3" in it is not a price); a price of one piece with
  // the pack's size ("sebungkus 42rb, 1 slop isi 10 bks") names no goods and is the answer.
  const pricePerPiece = pending.kind === 'new_product' && readPriceUnit(text) !== null && typeof readPrice(text) === 'number'
    && parseHere(env, text).items.length === 0;
  // "Bayar berapa, Kak?" → "lunas": read alone it is a payment by no one; it completes the payment asked.
  if (pending.kind === 'reparse' && !/\d/.test(text) && paysWhole(text) && parseHere(env, pending.text).intent === 'debt_pay') {
    env.text = `${pending.text} ${text}`;
    return null;
  }
  if (pending.kind === 'reparse' && pending.held) {
    // More goods counted while "Dicatat sebagai penjualan …?" waits: asked again with them, never booked unasked (an owner
    // try: "gula seperempat kilo" then "beras 2 kilo" booked both; "sampoerna setengah slop" booked 165 packs held before).
    // "tambah telur sekilo", "sama kopi 1": more, said so (it booked a stock delivery, the held goods dropped).
    const added = text.replace(/^(?:tambah|nambah|sama|plus|karo|jeung|sareng)\s+(?:lagi\s+)?(?=\S)/i, '');
    // Goods with their own money are a sale of their own ("meser rokok …, artosna 190rb" shared the Rp190.000 with the held eggs).
    const sale = bareSale({ ...env, text: added });
    if (sale && sale.amount == null && sale.items.every((i) => i.total == null && i.unit_price == null)) {
      const more = `${pending.text}, ${added}`;
      await putPending(env, { kind: 'reparse', text: more, held: true });
      return [{ text: bareSaleQuestion(parseHere(env, more)) }];
    }
  }
  // "ikut harga", "pakai harga sunlight" to "Totalnya tetap …, atau …?" read alone are price look-ups: the answer is read first.
  if (pending.kind === 'recount') return answerRecount(env, pending);
  if (yes === null && !pricePerPiece && !pricesAsked(env, pending) && interrupts(env)) return null;
  switch (pending.kind) {
    case 'choose_undo':
      return answerChooseUndo(env, pending);
    case 'contact_phone':
    case 'confirm_send':
      return answerCollect(env, pending);
    case 'confirm_book':
      if (!yes) return null;
      return proceed(env, { ...pending.work, confirmed: true });
    case 'confirm_undo': {
      if (!yes) return null;
      const done = await undoNow(env, pending.event);
      return pending.more ? [...done, ...(await undoPrevious(env, pending.more - 1))] : done;
    }
    case 'choose_product': {
      const n = readChoiceNumber(text, pending.choices.length);
      let id = n ? pending.choices[n - 1].id : null;
      // "yang sania 2 liter", "yg 2 liter": named, or told apart by a size (a size is no amount here).
      const named = text.trim().replace(/^(?:yang|yg|sing|nu|anu|ingkang)\s+/i, '');
      // "surya 12" to "1. Rokok Surya 12  2. Rokok Surya 16": a number that is part of a choice's name (an owner try got
      // "belum paham").
      const numbers = named.match(/\d+/g) ?? [];
      const inName = /\p{L}/u.test(named) && numbers.length > 0
        && pending.choices.some((c) => numbers.every((d) => c.name.toLowerCase().split(/[^\p{L}\p{N}]+/u).includes(d)));
      if (!id && (readAmount(named) == null || saysSize(named) || inName)) {
        const byName = decideMatch(named, pending.choices.map((c) => ({ ...c, aliases: [] })));
        if (byName.kind === 'match') id = byName.item.id;
      }
      if (!id && readNewAnswer(text)) id = pending.choices.find((c) => c.id === NEW_PRODUCT)?.id ?? null;
      if (!id && readAllAnswer(text)) id = pending.choices.find((c) => c.id === ALL_CHOICES)?.id ?? null;
      if (id === ALL_CHOICES) return proceed(env, eachChoice(pending.work, pending.index, pending.choices));
      // "ya" to a list says none of them: ask for the number again rather than drop the entry.
      if (!id && yes) return [{ text: `Yang mana, Kak? Balas dengan nomornya (1–${pending.choices.length}).` }];
      const other = id ? null : await otherGoodsAnswer(env, pending.work, pending.index, text);
      if (other) {
        await putPending(env, null);
        return proceed(env, other);
      }
      if (!id) return null;
      if (id === NEW_PRODUCT) return askAgain(env, askNewProduct(pending.work, pending.index));
      const product = await productById(env.tx, env.agentCtx.tenant.id, id);
      if (!product) return null;
      return settleThenProceed(env, pending.work, pending.index, product);
    }
    case 'new_product': {
      // "bukan, ina yuli itu orang, pembeli", "pasar besar itu nama pasar": the name is not goods (owner tries: it was
      // made a product and booked at the whole price again).
      const notAProduct = readNotAProduct(text);
      if (notAProduct) {
        const work = withoutItem(pending.work, pending.index, notAProduct === 'person' ? pending.name : null);
        if (!work) return null;
        await putPending(env, null);
        return proceed(env, work);
      }
      const other = readOtherGoods(text);
      if (other !== null) {
        await putPending(env, null);
        if (!other) return [{ text: 'Oke Kak, belum dicatat. Kirim ulang dengan nama barang seperti di daftar stok, ya.' }];
        const items = pending.work.frame.items.map((item, k) => (k === pending.index ? { ...item, product: other } : item));
        return proceed(env, { ...pending.work, frame: { ...pending.work.frame, items } });
      }
      const said = readPrice(text);
      if (said === 'small') return [{ text: smallPriceText(text) }];
      const item = pending.work.frame.items[pending.index];
      // "satuan" or "total" to "Rp5.000 itu harga per bungkus, atau total 15 bungkus?" (askNewProduct).
      const asKind = said == null && item.total != null && item.qty ? readPriceKind(text) : null;
      const price = said ?? (asKind ? (asKind === 'unit' ? item.total : Math.round(item.total! / item.qty!)) : yes ? pending.suggested : null);
      if (price == null) {
        if (yes) return [{ text: `Harga jual "${pending.name}" berapa, Kak?` }];
        return null;
      }
      // "bakso 15 mangkok 12rb-an", then "12rb": the price typed is the number said, so that number was per unit;
      // typed as the said number shared out ("800"), it was the total. Either way the owner is not asked again.
      const kind = pending.work.priceKind[pending.index];
      if ((kind === 'unsure' || kind === 'level') && item.total != null && item.qty) {
        if (price === item.total) pending.work.priceKind[pending.index] = 'unit';
        else if (Math.abs(price * item.qty - item.total) < item.qty) pending.work.priceKind[pending.index] = 'total';
      }
      let product = await createProduct(env.tx, env.agentCtx.tenant.id, { name: pending.name, unit: newProductUnit(item, readPriceUnit(text), price), sellPrice: price });
      const pack = readPackSize(text);
      if (pack && pack.size > 1 && isContainer(pack.unit) && canonicalUnit(pack.unit) !== canonicalUnit(product.unit)) {
        await rememberPack(env.tx, env.agentCtx.tenant.id, product.id, canonicalUnit(pack.unit), pack.size);
        product = (await productById(env.tx, env.agentCtx.tenant.id, product.id)) ?? product;
      }
      // "gorengan 1500 sebiji" → "2000": the price typed to the question is the price set (it was set back to Rp1.500).
      if (pending.work.frame.intent === 'price_set') pending.work.frame.items[pending.index] = { ...item, unit_price: price, total: null };
      const replies = await settleThenProceed(env, pending.work, pending.index, product);
      const created = { text: `Produk baru ${product.name} disimpan, harga jual ${formatRupiah(price)} per ${product.unit} ✅` };
      // "es batu 1000 seplastik" → "ya": the price just saved is the one the message set ("… tetap Rp1.000" said it twice).
      const setsSame = pending.work.frame.intent === 'price_set' && pending.work.frame.items.length === 1 && replies.length === 1
        && replies[0]!.text.includes(`tetap ${formatRupiah(price)}`);
      return setsSame ? [created] : [created, ...replies];
    }
    case 'item_price': {
      // "kulakan minyakita 1 dus sinar jaya 190rb" asked Minyakita's price: "itu nama agen" says the word holding the
      // money was the supplier, and the money is the goods'.
      const notAProduct = readNotAProduct(text);
      const stray = pending.work.frame.items.findIndex((i, k) => k !== pending.index && i.qty == null && i.total != null);
      if (notAProduct && stray >= 0) {
        const work = withoutItem(pending.work, stray, notAProduct === 'person' ? pending.work.frame.items[stray]!.product : null);
        if (!work) return null;
        await putPending(env, null);
        return proceed(env, work);
      }
      const price = readPrice(text);
      if (price === 'small') return [{ text: smallPriceText(text) }];
      // A bare "ya" answers nothing: ask for the number again rather than drop the entry (owner try).
      if (price == null) return yes ? [{ text: 'Berapa harganya, Kak? Tulis angkanya saja, misalnya 25rb.' }] : null;
      const work = pending.work;
      const item = work.frame.items[pending.index];
      const asTotal = readPriceKind(text) === 'total';
      work.frame.items[pending.index] = asTotal ? { ...item, total: price, unit_price: null } : { ...item, unit_price: price, total: null };
      work.priceKind[pending.index] = null;
      return proceed(env, work);
    }
    case 'price_kind': {
      const kind = readPriceKind(text);
      if (!kind) return yes ? [{ text: 'Harga satuan atau total, Kak? Balas *satuan* atau *total*.' }] : null;
      pending.work.priceKind[pending.index] = kind;
      return proceed(env, pending.work);
    }
    case 'reparse': {
      // A full message of its own is a new message; otherwise it completes the one that asked.
      const ctxParse = { now: env.now, offsetMinutes: zoneOffsetMinutes[env.agentCtx.tenant.timezone] };
      // su "muhun", jv "nggih": a yes of any region is the message as asked (it became a product "muhun").
      if (yes) {
        env.text = pending.text;
        return null;
      }
      const { confidence: _c, ask: _a, ...asked } = env.deps.parse(pending.text, ctxParse);
      const goodsless = isGoodslessSale(asked);
      if (goodsless && readMixedGoods(text)) return withMixedNote(await proceed(env, mixedSaleWork(asked)));
      if (isBooking(env.deps.parse(text, ctxParse))) return null;
      // A correction of something else ("yang gula tadi seperempat kilo bukan sekilo") completes nothing: joined to the held
      // message it booked it (a corrections try: 600 bottles of Aqua, Rp2.400.000).
      if (aboutEarlier.test(text.toLowerCase())) return null;
      // The goods named before the sale's money ("indomie 3 sama aqua 2, laku 45rb"): the sum is then theirs together,
      // where after it the sum would be the first one's price.
      const combined = goodsless ? `${text}, ${pending.text}` : `${pending.text} ${text}`;
      if (isBooking(env.deps.parse(combined, ctxParse))) env.text = combined;
      return null;
    }
    case 'pack_size':
      return answerPackSize(env, pending);
    case 'person':
      return answerPerson(env, pending);
    case 'counterparty': {
      const name = text.trim().toLowerCase().replace(/^(atas nama|a\.?n\.?|namanya|nama)\s+/, '');
      if (yes) return [{ text: 'Siapa namanya, Kak?' }];
      if (readSkip(text)) return null; // "skip" is no one's name (a debt was booked to "Skip")
      if (!name || name.split(/\s+/).length > 4 || /\d/.test(name)) return null;
      pending.work.frame.counterparty = name;
      return proceed(env, pending.work);
    }
  }
}

/** A purchase of goods that are not sold, booked as what it cost: one expense of the goods named, the money said. */
function asExpense(work: Work): Work {
  const { frame } = work;
  const sum = frame.items.reduce<number | null>((a, i) => (a === null || i.total == null ? null : a + i.total), 0);
  const items = frame.items.map((i) => ({ ...i, qty: null, unit: null, unit_price: null, total: null, pack_size: null, pack_base_unit: null }));
  return {
    ...work, frame: { ...frame, intent: 'expense', category: 'lainnya', items, amount: frame.amount ?? sum },
    resolved: items.map(() => null), priceKind: [], confirmed: false,
  };
}

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

/**
 * "Produk baru gula pasir? Harga jualnya berapa?" → "harga gula pasir 18rb sekilo": a price set for the very goods asked
 * about is the answer (new-warung try: the sack was saved without a price, then priced Rp18.000 a karung).
 */
function pricesAsked(env: Env, pending: Pending): boolean {
  if (pending.kind !== 'new_product') return false;
  const r = parseHere(env, env.text);
  const one = r.items.length === 1 ? r.items[0]! : null;
  if (!one || matchName(one.product) !== matchName(pending.name)) return false;
  if (r.intent === 'price_set') return one.unit_price != null;
  // "jual le minerale 3rb" to "Harga jualnya berapa?" after buying it: the selling price, nothing counted (a helper's try
  // saved the product without a price and sold one bottle that was never sold).
  return r.intent === 'sale' && one.qty == null && (one.unit_price ?? one.total) != null && /^\s*(?:di)?jual\b/i.test(env.text);
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

const savedText = (name: string, said: string, sellPrice: number | null) => (sellPrice != null
  ? `Produk baru ${name} disimpan, harga jual ${formatRupiah(sellPrice)} ✅`
  : `Produk baru ${name} disimpan, harga jualnya belum ada (atur nanti: "harga ${said} jadi …").`);

async function settleThenProceed(env: Env, work: Work, index: number, product: Product): Promise<Reply[]> {
  const step = await settleItem(env.tx, env.agentCtx.tenant.id, work, index, product);
  if (step) return askAgain(env, step);
  return proceed(env, work);
}

const withMixedNote = ([first, ...rest]: Reply[]): Reply[] => (first ? [{ ...first, text: `${first.text}\n${mixedSaleNote}` }, ...rest] : []);

const isBooking = (r: ParseResult) => r.confidence >= CONFIDENT && !['unknown', 'greeting', 'help'].includes(r.intent);

/** "5" to a price question: Rp5 is no price; ask with the thousands written out (the question stays open). */
const smallPriceText = (text: string) => {
  const n = readAmount(text) ?? 0;
  // "0": no price at all (it offered "Rp0? write 0rb").
  if (n <= 0) return 'Harganya berapa, Kak? Tulis angkanya, misalnya 3500 atau 3,5rb. Kalau tidak jadi, ketik *batal*.';
  return `${formatRupiah(n)} kecil sekali untuk harga, Kak. Maksudnya ${formatRupiah(n * 1000)}? Tulis lengkap, misalnya ${n}rb.`;
};

/** Words of a message about an earlier entry: "tadi", "bukan", "salah", and their regional forms. */
const aboutEarlier = /\b(?:tadi|td|barusan|bukan|bkn|dudu|sanes|salah|keliru|kliru|lepat|koreksi|ralat|harusnya|kudune|kuduna)\b/;
