// Answers to the questions about goods the warung does not have yet: "Produk baru X? Harga jualnya berapa?"
// (new_product) and "Harga X berapa?" (item_price).
import { formatRupiah } from '../../../core/format.ts';
import { canonicalUnit, isContainer } from '../../../core/units.ts';
import { readAmount, readPackSize, readPrice, readPriceKind, readPriceUnit } from '../answers.ts';
import { proceed } from '../book.ts';
import type { Env } from '../env.ts';
import type { Pending, Work } from '../state-schema.ts';
import type { Reply } from '../types.ts';
import { askAgain } from './answer-units.ts';
import { newProductUnit, readNotAProduct, readOtherGoods, withoutItem } from './new-product.ts';
import { createProduct, productById, rememberPack, type Product } from './resolve-items.ts';
import { settleItem } from './resolve.ts';
import { putPending } from '../state.ts';

export async function answerNewProduct(env: Env, pending: Extract<Pending, { kind: 'new_product' }>, yes: boolean | null): Promise<Reply[] | null> {
  const text = env.text;
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

export async function answerItemPrice(env: Env, pending: Extract<Pending, { kind: 'item_price' }>, yes: boolean | null): Promise<Reply[] | null> {
  const text = env.text;
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

export const savedText = (name: string, said: string, sellPrice: number | null) => (sellPrice != null
  ? `Produk baru ${name} disimpan, harga jual ${formatRupiah(sellPrice)} ✅`
  : `Produk baru ${name} disimpan, harga jualnya belum ada (atur nanti: "harga ${said} jadi …").`);
export async function settleThenProceed(env: Env, work: Work, index: number, product: Product): Promise<Reply[]> {
  const step = await settleItem(env.tx, env.agentCtx.tenant.id, work, index, product);
  if (step) return askAgain(env, step);
  return proceed(env, work);
}
/** "5" to a price question: Rp5 is no price; ask with the thousands written out (the question stays open). */
const smallPriceText = (text: string) => {
  const n = readAmount(text) ?? 0;
  // "0": no price at all (it offered "Rp0? write 0rb").
  if (n <= 0) return 'Harganya berapa, Kak? Tulis angkanya, misalnya 3500 atau 3,5rb. Kalau tidak jadi, ketik *batal*.';
  return `${formatRupiah(n)} kecil sekali untuk harga, Kak. Maksudnya ${formatRupiah(n * 1000)}? Tulis lengkap, misalnya ${n}rb.`;
};
