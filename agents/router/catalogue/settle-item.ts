// One item once its product is known: the quantity in the product's base unit (measures convert,
// packs by the product's own size, a size said in the message, or a trade default; an unknown pack
// size is asked once), then the money: a stated total or unit price is kept, reconciled with the unit
// it is per BEFORE any total exists; only what was not said comes from the catalogue.
import type { Tx } from '../../../core/db/tenant.ts';
import { formatQty, formatRupiah } from '../../../core/format.ts';
import { canonicalUnit, isContainer, isPiece, isStickOfPack, measureFactor, namedMeasure, pricePerBase, toBase } from '../../../core/units.ts';
import { costedStockIn, guessPriceKind, lineMoney, qtyFromTotal, statedMoney, type PriceKind } from './item-math.ts';
import { rememberPack, setPackPrice, usualCost, type Product } from './resolve-items.ts';
import type { Pending, Work } from '../state-schema.ts';

export type Ask = { kind: 'ask'; text: string; pending: Pending };
/** Done without an agent (a pack's own price was set): the reply, nothing left open. */
export type Said = { kind: 'reply'; text: string };

/** Quantity, unit and prices of item i once its product is known; a question when something is missing. */
export async function settleItem(tx: Tx, tenantId: string, work: Work, i: number, p: Product): Promise<Ask | Said | null> {
  const { frame } = work;
  let item = frame.items[i];
  const money = frame.intent === 'sale' || frame.intent === 'purchase';
  // Owner try: "stok gas 3 kg" set the count of "Gas Elpiji 3 kg" to 1 tabung. A count that is exactly the size in
  // the product's name names the product: asked, not counted (a count is said "tinggal 5", "jadi 5").
  if (frame.intent === 'stock_set' && frame.items.length === 1 && item.qty != null && item.unit
    && Math.abs((namedMeasure(p.name, canonicalUnit(item.unit)) ?? 0) * item.qty - 1) < 1e-9) frame.intent = 'stock_check';
  if (frame.intent === 'stock_check') {
    work.resolved[i] = { productId: p.id, name: p.name, qty: item.qty ?? 1, unit: p.unit, unitPrice: null, total: null };
    return null;
  }
  if (frame.intent === 'price_set') {
    // A new price is per the product's unit (the size in "harga aqua 600 ml" is its name, not a quantity).
    const said = item.unit_price ?? item.total;
    if (said == null) return { kind: 'ask', text: `Harga jual baru ${p.name} berapa, Kak?`, pending: { kind: 'item_price', work, index: i } };
    // A measure is the product's own unit's price, except of goods kept by the pack: "harga beras 14rb sekilo" of rice
    // kept per karung is a kilo's price (new-warung try: the karung became Rp14.000 and 3 kg were sold for Rp840).
    const measure = !!item.unit && (measureFactor(item.unit, 'kg') !== null || measureFactor(item.unit, 'liter') !== null);
    const pack = item.unit && (!measure || isContainer(p.unit))
      ? toBase({ qty: 1, unit: item.unit, size: item.pack_size, sizeUnit: item.pack_base_unit }, p) : null;
    if (pack?.kind === 'unknown') return packSizeQuestion(work, i, p, pack.unit);
    if (pack?.kind === 'pack') {
      // "harga gudang garam per slop 240rb": the pack's own price, not the loose one.
      const price = movedPrice(said, work.priceKind[i] ?? null, pack.sellPrice);
      await setPackPrice(tx, tenantId, p.id, canonicalUnit(pack.said.unit), pack.size, price);
      const size = pack.size < 1 ? `1 ${p.unit} = ${formatQty(1 / pack.size)} ${pack.said.unit}` : `${formatQty(pack.size)} ${p.unit}`;
      return { kind: 'reply', text: `Siap Kak, harga ${p.name} per ${pack.said.unit} (${size}) jadi ${formatRupiah(price)} ✅` };
    }
    const price = movedPrice(said, work.priceKind[i] ?? null, p.sellPrice);
    work.resolved[i] = { productId: p.id, name: p.name, qty: 1, unit: p.unit, unitPrice: price, total: null };
    return null;
  }
  const costed = frame.intent === 'purchase' || costedStockIn(frame.intent, item);
  const catalogue = costed ? await usualCost(tx, tenantId, p) : frame.intent === 'sale' ? p.sellPrice : null;
  const saidQty = item.qty ?? (item.unit_price == null ? qtyFromTotal(item.total, catalogue) : 1);
  const conv = toBase({ qty: saidQty, unit: item.unit, size: item.pack_size, sizeUnit: item.pack_base_unit }, p);
  if (conv.kind === 'unknown') return packSizeQuestion(work, i, p, conv.unit);
  const said = conv.kind === 'base' ? null : { ...conv.said, size: conv.size };
  if (conv.kind === 'pack' && conv.remember) await rememberPack(tx, tenantId, p.id, canonicalUnit(conv.said.unit), conv.size);
  const size = said?.size ?? 1;
  const packPrice = conv.kind === 'pack' && frame.intent === 'sale' ? conv.sellPrice : null;
  const perSaid = packPrice ?? (catalogue != null ? catalogue * size : null);
  const saidUnit = said?.unit ?? p.unit;

  let kind = work.priceKind[i] ?? null;
  if (kind === 'named') {
    // Voice-note try: "beli gula pasir lima kilo harganya sembilan puluh ribu" was Rp90.000 a kilo (and a "Yakin?").
    // "harga" marks a unit price (FRAME.md), but when only the total reading matches the catalogue, it is the total.
    kind = null;
    if (item.unit_price != null && guessPriceKind(item.unit_price, saidQty, perSaid) === 'total') {
      item = frame.items[i] = { ...item, total: item.unit_price, unit_price: null };
      kind = 'total';
    }
  }
  if (kind === 'unsure' || kind === 'level') {
    // The parser read the bare number as the total; ask only when the catalogue says it looks like a unit price.
    // "aqua 6 btl 4rb-an" with Aqua at Rp4.000: the level and the catalogue agree, so it is per unit, unasked.
    const bare = item.total ?? item.unit_price;
    const guess = bare == null ? null : guessPriceKind(bare, saidQty, perSaid);
    if (kind === 'level' && guess === 'unit') kind = 'unit';
    else if (guess === 'unit' || (kind === 'level' && guess === null)) {
      return { kind: 'ask', text: `${formatRupiah(bare!)} itu harga per ${saidUnit} atau total, Kak?`, pending: { kind: 'price_kind', work, index: i } };
    } else kind = 'total';
  }
  let stated = statedMoney(item, kind);
  // Goods never bought before are told by their selling price: "kulakan kerupuk 1 bal isi 20 bungkus @1.500" sold at
  // Rp2.000 a bungkus is Rp1.500 a bungkus; "2 dus isi 48 gelas @20rb" sold at Rp1.000 a gelas is Rp20.000 a dus.
  const reference = catalogue ?? (costed ? p.sellPrice : null);
  // "stok awal indomie 1 dus isi 40 modal 2800", "1 bal isi 20 bungkus @1.500": of one pack coming in, the number is the
  // pack's or one piece's, and the cost (or selling price) tells which (a new warung's indomie came in at Rp70 a piece).
  // Not when the owner said "total" (the ledger property test: "kulakan … 1 dus total 6000" of 2 pieces sold at Rp5.000
  // was booked at Rp12.000).
  if (costed && kind !== 'total' && conv.kind === 'pack' && saidQty === 1 && stated.total != null && stated.unitPrice == null && item.unit_price === stated.total
    && pricePerBase(stated.total, size, conv.said.unit, reference)) stated = { unitPrice: stated.total, total: null };
  // "1 ons @18rb per kg": with one of a smaller measure the number is a price per some unit, not the total.
  if (conv.kind === 'measure' && saidQty === 1 && stated.unitPrice == null && stated.total != null && item.unit_price === stated.total) {
    stated = { unitPrice: stated.total, total: null };
  }
  // "sabun 2 lusin @ 2.500" with soap at Rp3.700 a piece: the price is per piece, not per dozen (Sunda try).
  const perBase = (conv.kind === 'measure' || conv.kind === 'pack') && stated.unitPrice != null && stated.total == null
    && pricePerBase(stated.unitPrice, size, conv.said.unit, reference);
  // A cigarette sold by the stick with no stick price yet: asked, not the pack's price shared out (Rp2.417 a stick is no
  // warung's price), and the first price said is remembered as the stick's.
  const loose = conv.kind === 'pack' && isStickOfPack(conv.said.unit, p.unit) && conv.sellPrice === null && frame.intent === 'sale';
  const line = lineMoney({ saidQty, baseQty: conv.qty, exactBaseQty: conv.kind === 'base' ? conv.qty : saidQty * size, stated, perBase, catalogue: money && !loose ? catalogue : null, packPrice });
  if (line.total == null && money) {
    const what = frame.intent === 'sale' ? 'jual' : 'beli';
    const text = saidQty === 1
      ? `Harga ${what} ${p.name}${said ? ` per ${said.unit}` : ''} berapa, Kak?`
      : `Harga ${what} ${p.name} per ${saidUnit} berapa, Kak? (Kalau totalnya, tulis misalnya "total 50rb".)`;
    return { kind: 'ask', text: loose ? `${text.replace(/ \(Kalau.*$/, '')} Saya ingat untuk berikutnya.` : text, pending: { kind: 'item_price', work, index: i } };
  }
  if (loose && line.total != null && Number.isInteger(line.total / saidQty)) await setPackPrice(tx, tenantId, p.id, 'batang', size, line.total / saidQty);
  const wasSaid = stated.unitPrice != null || stated.total != null;
  work.resolved[i] = {
    productId: p.id, name: p.name, qty: conv.qty, unit: p.unit, unitPrice: line.unitPrice, total: line.total,
    said, stated: wasSaid ? stated : null, typed: item.product,
  };
  return null;
}

/**
 * "1 dus Coca-Cola 390 ml isinya berapa btl, Kak?": asked once, the answer is remembered. Pieces of goods
 * kept by weight or volume are asked the other way round, as people count them: "1 kg Telur Ayam isi berapa
 * butir, Kak?" (a butir does not hold kilos); the answer N is then 1/N kg a butir. So are pieces of goods kept by
 * the pack: "1 dus Aqua isi berapa botol?" (owner try: "1 botol Aqua isinya berapa dus?" took "sedus isi 24 botol" as
 * 24 dus a bottle, Rp288.000 for 3 bottles).
 */
function packSizeQuestion(work: Work, i: number, p: Product, unit: string): Ask {
  // "1 kg telur isi berapa butir?", "1 bks Rokok Kretek isi berapa batang?": the said unit is a part of the base.
  // "1 karung Gula Pasir isi berapa kg?" too: a measure of goods kept by the pack (it asked how many karung a kilo holds).
  // "1 pcs Tepung Terigu isi berapa gram?" for grams of goods kept by the piece (owner try: "1 gram Tepung … isinya
  // berapa pcs?" was asked, and the answer "1 kg" kept as a piece a gram).
  const perBase = (isPiece(unit) && (measureFactor(p.unit, p.unit) !== null || isContainer(p.unit)))
    || (measureFactor(unit, unit) !== null && (isContainer(p.unit) || isPiece(p.unit))) || isStickOfPack(unit, p.unit);
  return {
    kind: 'ask',
    text: perBase ? `1 ${p.unit} ${p.name} isi berapa ${unit}, Kak?` : `1 ${unit} ${p.name} isinya berapa ${p.unit}, Kak?`,
    pending: { kind: 'pack_size', work, index: i, productId: p.id, unit: canonicalUnit(unit), ...(perBase ? { perBase: true, unitSaid: unit } : {}) },
  };
}

/**
 * The new selling price when the owner said how much it moves ("harga telor naik 2rb": Rp30.000 → Rp32.000). An amount
 * of half the price or more is the new price itself ("harga indomie naik 3500" with Indomie at Rp3.100): no warung
 * doubles or halves a price in one go, and reading it as the new price is what the owner sees confirmed.
 */
function movedPrice(said: number, kind: PriceKind, current: number | null): number {
  if ((kind !== 'up' && kind !== 'down') || !current || said * 2 >= current) return said;
  return kind === 'up' ? current + said : current - said;
}
