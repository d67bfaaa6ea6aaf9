// From a parsed frame to a frame an agent can book: every item tied to a catalogue product (or a new
// one the owner named), prices filled from the catalogue, the counterparty tied to a contact.
// When something needs the owner, it returns ONE question and the pending state to resume from.
import type { Tx } from '../../../core/db/tenant.ts';
import { formatQty, formatRupiah } from '../../../core/format.ts';
import { createContact, findContact, personQuestion, type ContactKind } from '../people/contacts.ts';
import { canonicalUnit, namedMeasure } from '../../../core/units.ts';
import { linePrices } from './item-math.ts';
import { newProductUnit } from './new-product.ts';
import { createProduct, findProduct, productsInCategory, titleCase, type Product } from './resolve-items.ts';
import { bySaidPrice, bySaidSize } from './said-match.ts';
import { settleItem, type Ask, type Said } from './settle-item.ts';
import type { Work } from '../state-schema.ts';
import type { ResolvedFrame, ResolvedItem } from '../types.ts';

export { settleItem, type Ask, type Said };
export type Step =
  | { kind: 'done'; frame: ResolvedFrame }
  | Ask;

/** Intents whose items are catalogue products. */
const catalogueIntents = new Set(['sale', 'purchase', 'stock_check', 'stock_in', 'stock_out', 'stock_set', 'price_set', 'report']);
/** Where an unknown product may be created on the spot. */
const creatableIntents = new Set(['sale', 'purchase', 'stock_in', 'stock_set', 'price_set']);

/**
 * `seen` collects the catalogue rows looked at, so the unusual-entry check needs no second query; `notes` what was done
 * on the way that the owner should read (a product created with the selling price said).
 */
export async function advance(tx: Tx, tenantId: string, work: Work, seen = new Map<string, Product>(), notes: string[] = []): Promise<Step | { kind: 'reply'; text: string }> {
  const { frame } = work;
  for (let i = 0; i < frame.items.length; i++) {
    if (work.resolved[i]) continue;
    const item = frame.items[i];
    if (!catalogueIntents.has(frame.intent)) {
      const qty = item.qty ?? 1;
      work.resolved[i] = { productId: null, name: item.product, qty, unit: item.unit, ...linePrices(item, qty, null) };
      continue;
    }
    // The parser asks for missing goods itself; a blank name here is never offered as a new product.
    if (!item.product.trim()) return { kind: 'reply', text: 'Barangnya apa, Kak? Tulis lagi dengan nama barangnya, ya.' };
    let found = bySaidPrice(bySaidSize(await findProduct(tx, tenantId, item.product, item.unit), item.product, item.qty, item.unit), item, frame.intent);
    if (found.kind === 'match' && stockIntents.has(frame.intent)) found = await sizedOther(tx, tenantId, item, found);
    // "stok rokok", "stok mie instan": a category named answers every product in it.
    const category = frame.intent === 'stock_check' && found.kind !== 'match' ? await productsInCategory(tx, tenantId, item.product) : [];
    if (category.length > 0) {
      i += checkEach(work, i, category) - 1;
      continue;
    }
    if (found.kind === 'ambiguous' && frame.intent === 'stock_check' && !found.weak) {
      // "stok indomie": every Indomie's level answers it; asking which first only costs the owner a message.
      i += checkEach(work, i, found.choices) - 1;
      continue;
    }
    if (found.kind === 'ambiguous') {
      const choices = found.choices.map((c) => ({ id: c.id, name: c.name }));
      // A name only typos away may be a new product ("kerupuk" is not "keripik kentang"): offer that too.
      const offerNew = found.weak && creatableIntents.has(frame.intent);
      if (offerNew) choices.push({ id: NEW_PRODUCT, name: `Produk baru "${item.product}"` });
      // "harga indomie jadi 4000": the same price for every one of them is a choice too (owner try: "semua" was not understood).
      if (frame.intent === 'price_set' && !found.weak) choices.push({ id: ALL_CHOICES, name: 'Semua di atas' });
      const list = choices.map((c, n) => `${n + 1}. ${c.name}`).join('\n');
      const head = offerNew && choices.length === 2
        ? `"${cap(item.product)}" itu ${choices[0].name}, atau produk baru, Kak?`
        : found.weak ? `"${cap(item.product)}" belum ada di katalog, Kak. Maksudnya yang ini?` : `${cap(item.product)} yang mana, Kak?`;
      return { kind: 'ask', text: `${head}\n${list}\nBalas dengan nomornya, ya.`, pending: { kind: 'choose_product', work, index: i, choices } };
    }
    if (found.kind === 'none') {
      if (!creatableIntents.has(frame.intent)) {
        return { kind: 'reply', text: `Produk "${item.product}" belum ada di katalog, Kak.` };
      }
      // "kulakan kecap bango 1 dus isi 12 btl 120rb jual 12rb": the selling price is said, so nothing is asked.
      if (item.sell_price != null && frame.intent !== 'sale') {
        const p = await createProduct(tx, tenantId, { name: item.product, unit: newProductUnit(item, item.sell_unit ?? null, item.sell_price), sellPrice: item.sell_price });
        notes.push(`Produk baru ${p.name} disimpan, harga jual ${formatRupiah(item.sell_price)} per ${p.unit} ✅`);
        seen.set(p.id, p);
        const step = await settleItem(tx, tenantId, work, i, p);
        if (step) return step;
        continue;
      }
      return askNewProduct(work, i);
    }
    seen.set(found.item.id, found.item);
    const step = await settleItem(tx, tenantId, work, i, found.item);
    if (step) return step;
  }
  const needsName = frame.payment === 'credit' || frame.intent === 'debt_add' || frame.intent === 'debt_pay';
  if (needsName && !frame.counterparty) {
    // Goods bought on credit are owed to a supplier: "Atas nama siapa?" read as the owner's own name (Surabaya try).
    // "bayar nota ke agen 500rb" (a supplier paid): to whom, not "Atas nama siapa?".
    const text = frame.intent === 'purchase' || (frame.intent === 'debt_add' && frame.direction === 'payable') ? 'Utangnya ke siapa, Kak? Tulis nama supplier atau tokonya.'
      : frame.intent === 'debt_pay' && frame.direction === 'payable' ? 'Bayar ke siapa, Kak? Tulis nama supplier atau tokonya.' : 'Atas nama siapa, Kak?';
    return { kind: 'ask', text, pending: { kind: 'counterparty', work } };
  }
  const who = await settleContact(tx, tenantId, work);
  if (typeof who === 'object' && who) return who;
  return { kind: 'done', frame: finish(work, who) };
}

const stockIntents = new Set(['stock_set', 'stock_check']);

/**
 * "stok minyak sania 2 liter" with the alias "minyak sania" on the 1 L bottle: the size said names the 2 L one (a helper's
 * try set the 1 L bottles' count to 2). Stock only: "laku minyak sania 2 liter" is two of the 1 L, as sold.
 */
async function sizedOther(tx: Tx, tenantId: string, item: Work['frame']['items'][number], found: { kind: 'match'; item: Product }) {
  if (!item.unit || !item.qty) return found;
  const unit = canonicalUnit(item.unit);
  const own = namedMeasure(found.item.name, unit);
  if (own == null || Math.abs(own * item.qty - 1) < 1e-9) return found;
  const sized = await findProduct(tx, tenantId, `${item.product} ${item.qty} ${item.unit}`, null);
  const fits = sized.kind === 'match' && sized.item.id !== found.item.id && Math.abs((namedMeasure(sized.item.name, unit) ?? 0) * item.qty - 1) < 1e-9;
  return fits ? sized : found;
}

/** Item i of a stock question stands for each of `products` (in their order); returns how many. */
function checkEach(work: Work, i: number, products: Product[]): number {
  const item = work.frame.items[i];
  work.frame.items.splice(i, 1, ...products.map(() => item));
  work.resolved.splice(i, 1, ...products.map((p) => ({ productId: p.id, name: p.name, qty: item.qty ?? 1, unit: p.unit, unitPrice: null, total: null })));
  if (work.priceKind.length > i) work.priceKind.splice(i, 1, ...products.map(() => null));
  return products.length;
}

/** The choice id that stands for "a new product" in a choose_product question. */
export const NEW_PRODUCT = 'new';
/** The choice id that stands for "all of the products listed" (a price change). */
export const ALL_CHOICES = 'all';

/** Item i stands for each product listed in the question (by its exact name, resolved again one by one). */
export function eachChoice(work: Work, i: number, choices: { id: string; name: string }[]): Work {
  const item = work.frame.items[i]!;
  const named = choices.filter((c) => c.id !== ALL_CHOICES && c.id !== NEW_PRODUCT);
  work.frame.items.splice(i, 1, ...named.map((c) => ({ ...item, product: c.name })));
  work.resolved.splice(i, 1, ...named.map(() => null));
  if (work.priceKind.length > i) work.priceKind.splice(i, 1, ...named.map(() => work.priceKind[i] ?? null));
  return work;
}

export function askNewProduct(work: Work, i: number): Ask {
  const item = work.frame.items[i];
  // "bakso 15 mangkok 12rb-an": the level is the price of one mangkok (a share of it, Rp800, is no suggestion).
  const level = work.priceKind[i] === 'level' && work.frame.intent === 'sale' ? item.total : null;
  // The parser fills a price of one from the total said ("15 bungkus goceng": Rp333): that is a share too.
  const share = item.total != null ? item.total / (item.qty || 1) : null;
  // "laku nasi uduk 15 bungkus goceng": Rp333 a bungkus is no warung's price; the number may be one's. Asked which, and a
  // price typed is read against it (pending.ts), never a share saved as the selling price (a Betawi try saved Rp333).
  if (work.frame.intent === 'sale' && level == null && share != null && (item.qty ?? 1) > 1 && (share < 500 || share % 50 !== 0)) {
    work.priceKind[i] = 'unsure';
    const unit = item.unit ?? 'satuan';
    return { kind: 'ask', pending: { kind: 'new_product', work, index: i, name: item.product, suggested: null },
      text: `Produk baru "${item.product}"? ${formatRupiah(item.total!)} itu harga per ${unit}, atau total ${formatQty(item.qty!)} ${unit}? Balas *satuan* atau *total*, atau ketik harga jualnya.` };
  }
  const suggested = level ?? (work.frame.intent === 'sale' || work.frame.intent === 'price_set'
    // "kasbon mas yanto makan 18rb": an uncounted line's money is one's price (the owner can still type another).
    ? item.unit_price ?? (share != null ? Math.round(share) : null)
    : null);
  const text = suggested != null
    ? `Produk baru "${item.product}"? Harga jualnya ${formatRupiah(suggested)}${item.unit || level != null ? ` per ${item.unit ?? 'satuan'}` : ''}? Balas *ya*, atau ketik harga jualnya.`
    : `Produk baru "${item.product}"? Harga jualnya berapa, Kak?`;
  return { kind: 'ask', text, pending: { kind: 'new_product', work, index: i, name: item.product, suggested } };
}

/**
 * The counterparty's contact: found by exact name or alias, or by the owner's answer (work.contact);
 * a near or shared name is asked about when the entry needs the person (a debt, credit, a payment).
 * A new name is created for debts, credit and purchases; a payment from someone unknown creates nobody
 * (finance answers that no debt is on record).
 */
async function settleContact(tx: Tx, tenantId: string, work: Work): Promise<string | null | Ask> {
  const { frame } = work;
  if (!frame.counterparty) return null;
  const payable = frame.intent === 'purchase' || frame.direction === 'payable';
  const kind: ContactKind = payable ? 'supplier' : 'customer';
  // A supplier named on a cash purchase too ("beli galon dari uda jo"): Kontak lists them, ready for a number and a
  // negotiation (owner try: only suppliers owed money were there).
  const creates = frame.payment === 'credit' || frame.intent === 'debt_add' || frame.intent === 'purchase';
  const asks = creates || frame.intent === 'debt_pay';
  if (work.contact && work.contact !== 'new') return work.contact;
  const found = work.contact === 'new' ? { kind: 'none' as const } : await findContact(tx, tenantId, frame.counterparty, kind);
  if (found.kind === 'found') {
    const supplier = kind === 'customer' && creates && found.person?.kind === 'supplier' ? found.person.name : null;
    if (!supplier) return (work.contact = found.id);
    // Owner try: "pak Joko ngutang rokok" went on the tab of UD Sinar Jaya, whose owner is Pak Joko. A customer's debt
    // under a supplier's name may be someone else's: asked, never guessed.
    const text = `${titleCase(frame.counterparty)} itu ${supplier} (pemasok), atau orang baru, Kak?`;
    return { kind: 'ask', text, pending: { kind: 'person', work, name: frame.counterparty, choices: [{ id: found.id, name: supplier }] } };
  }
  // Kept on the work, so a confirmation round later does not create the person twice.
  if (found.kind === 'none') return creates ? (work.contact = await createContact(tx, tenantId, frame.counterparty, kind)) : null;
  if (!asks) return null;
  const choices = found.choices.map((c) => ({ id: c.id, name: c.name }));
  return { kind: 'ask', text: personQuestion(frame.counterparty, found), pending: { kind: 'person', work, name: frame.counterparty, choices } };
}

function finish(work: Work, contactId: string | null): ResolvedFrame {
  const { items: _said, ...rest } = work.frame;
  const items = work.resolved.filter((x): x is ResolvedItem => x != null);
  const frame: ResolvedFrame = { ...rest, items, contactId: null };
  if (frame.intent === 'sale' || frame.intent === 'purchase') {
    if (items.length && items.every((x) => x.total != null)) frame.amount = items.reduce((s, x) => s + (x.total ?? 0), 0);
  }
  frame.contactId = contactId;
  return frame;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
