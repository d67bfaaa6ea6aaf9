// Answers to the router's own questions. Returns null when the message is not an answer, so it is
// handled as a new message (the old question is then dropped).
import { paysWhole } from './understand.ts';
import { readAmount, readChoiceNumber, readNotForSale, readSkip, readPrice, readPriceKind, readPriceUnit, readYesNo } from './answers.ts';
import { proceed } from './book.ts';
import type { Env } from './env.ts';
import { decideMatch, matchName, saysSize } from './catalogue/match-product.ts';
import { cancelledText } from './replies.ts';
import { productById } from './catalogue/resolve-items.ts';
import { ALL_CHOICES, askNewProduct, eachChoice, NEW_PRODUCT } from './catalogue/resolve.ts';
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
import { bareSale, bareSaleQuestion } from './questions/bare-goods.ts';
import { answerReparse } from './questions/answer-reparse.ts';
import { answerItemPrice, answerNewProduct, settleThenProceed } from './catalogue/answer-new-product.ts';

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
    case 'new_product':
      return answerNewProduct(env, pending, yes);
    case 'item_price':
      return answerItemPrice(env, pending, yes);
    case 'price_kind': {
      const kind = readPriceKind(text);
      if (!kind) return yes ? [{ text: 'Harga satuan atau total, Kak? Balas *satuan* atau *total*.' }] : null;
      pending.work.priceKind[pending.index] = kind;
      return proceed(env, pending.work);
    }
    case 'reparse':
      return answerReparse(env, pending, yes);
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

