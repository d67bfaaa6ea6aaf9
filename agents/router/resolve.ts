// From a parsed frame to a frame an agent can book: every item tied to a catalogue product (or a new
// one the owner named), prices filled from the catalogue, the counterparty tied to a contact.
// When something needs the owner, it returns ONE question and the pending state to resume from.
import type { Tx } from '../../core/db/tenant.ts';
import { formatRupiah } from '../../core/format.ts';
import { resolveContact } from './contacts.ts';
import { guessPriceKind, linePrices, qtyFromTotal, toProductUnit } from './item-math.ts';
import { findProduct, usualCost, type Product } from './resolve-items.ts';
import type { Pending, Work } from './state-schema.ts';
import type { ResolvedFrame, ResolvedItem } from './types.ts';

export type Step =
  | { kind: 'done'; frame: ResolvedFrame }
  | Ask;
export type Ask = { kind: 'ask'; text: string; pending: Pending };

/** Intents whose items are catalogue products. */
const catalogueIntents = new Set(['sale', 'purchase', 'stock_check', 'stock_in', 'stock_set', 'price_set', 'report']);
/** Where an unknown product may be created on the spot. */
const creatableIntents = new Set(['sale', 'purchase', 'stock_in', 'stock_set', 'price_set']);

/** `seen` collects the catalogue rows looked at, so the unusual-entry check needs no second query. */
export async function advance(tx: Tx, tenantId: string, work: Work, seen = new Map<string, Product>()): Promise<Step | { kind: 'reply'; text: string }> {
  const { frame } = work;
  for (let i = 0; i < frame.items.length; i++) {
    if (work.resolved[i]) continue;
    const item = frame.items[i];
    if (!catalogueIntents.has(frame.intent)) {
      const qty = item.qty ?? 1;
      work.resolved[i] = { productId: null, name: item.product, qty, unit: item.unit, ...linePrices(item, qty, null) };
      continue;
    }
    const found = await findProduct(tx, tenantId, item.product, item.unit);
    if (found.kind === 'ambiguous') {
      const list = found.choices.map((c, n) => `${n + 1}. ${c.name}`).join('\n');
      return {
        kind: 'ask',
        text: `${cap(item.product)} yang mana, Kak?\n${list}\nBalas dengan nomornya, ya.`,
        pending: { kind: 'choose_product', work, index: i, choices: found.choices.map((c) => ({ id: c.id, name: c.name })) },
      };
    }
    if (found.kind === 'none') {
      if (!creatableIntents.has(frame.intent)) {
        return { kind: 'reply', text: `Produk "${item.product}" belum ada di katalog, Kak.` };
      }
      return askNewProduct(work, i);
    }
    seen.set(found.item.id, found.item);
    const step = await settleItem(tx, tenantId, work, i, found.item);
    if (step) return step;
  }
  const needsName = frame.payment === 'credit' || frame.intent === 'debt_add' || frame.intent === 'debt_pay';
  if (needsName && !frame.counterparty) {
    return { kind: 'ask', text: 'Atas nama siapa, Kak?', pending: { kind: 'counterparty', work } };
  }
  return { kind: 'done', frame: await finish(tx, tenantId, work) };
}

function askNewProduct(work: Work, i: number): Ask {
  const item = work.frame.items[i];
  const suggested = work.frame.intent === 'sale' || work.frame.intent === 'price_set'
    ? item.unit_price ?? (item.total != null && item.qty ? Math.round(item.total / item.qty) : null)
    : null;
  const text = suggested != null
    ? `Produk baru "${item.product}"? Harga jualnya ${formatRupiah(suggested)}${item.unit ? ` per ${item.unit}` : ''}? Balas *ya*, atau ketik harga jualnya.`
    : `Produk baru "${item.product}"? Harga jualnya berapa, Kak?`;
  return { kind: 'ask', text, pending: { kind: 'new_product', work, index: i, name: item.product, suggested } };
}

/** Quantity, unit and prices of item i once its product is known; a question when a price is missing. */
export async function settleItem(tx: Tx, tenantId: string, work: Work, i: number, p: Product): Promise<Ask | null> {
  const { frame } = work;
  const item = frame.items[i];
  let kind = work.priceKind[i] ?? null;
  const catalogue = frame.intent === 'purchase' ? await usualCost(tx, tenantId, p) : p.sellPrice;
  const said = item.total ?? item.unit_price;
  const rawQty = item.qty ?? (item.unit_price == null ? qtyFromTotal(item.total, catalogue) : 1);
  const { qty, unit } = toProductUnit(rawQty, item.unit, p.unit);
  if (kind === 'unsure') {
    // The parser read the bare number as the total; ask only when the catalogue says it looks like a unit price.
    if (said != null && guessPriceKind(said, qty, catalogue) === 'unit') {
      return {
        kind: 'ask',
        text: `${formatRupiah(said)} itu harga per ${unit} atau total, Kak?`,
        pending: { kind: 'price_kind', work, index: i },
      };
    }
    kind = null;
  }
  let { unitPrice, total } = linePrices(item, qty, kind);
  if (frame.intent === 'price_set') {
    unitPrice = item.unit_price ?? item.total;
    total = null;
  } else if (unitPrice == null && (frame.intent === 'sale' || frame.intent === 'purchase')) {
    if (catalogue == null) {
      const what = frame.intent === 'sale' ? 'jual' : 'beli';
      const text = qty === 1
        ? `Harga ${what} ${p.name} berapa, Kak?`
        : `Harga ${what} ${p.name} per ${unit} berapa, Kak? (Kalau totalnya, tulis misalnya "total 50rb".)`;
      return { kind: 'ask', text, pending: { kind: 'item_price', work, index: i } };
    }
    unitPrice = catalogue;
    total = Math.round(catalogue * qty);
  }
  if (frame.intent === 'price_set' && unitPrice == null) {
    return { kind: 'ask', text: `Harga jual baru ${p.name} berapa, Kak?`, pending: { kind: 'item_price', work, index: i } };
  }
  work.resolved[i] = { productId: p.id, name: p.name, qty, unit, unitPrice, total };
  return null;
}

async function finish(tx: Tx, tenantId: string, work: Work): Promise<ResolvedFrame> {
  const { items: _said, ...rest } = work.frame;
  const items = work.resolved.filter((x): x is ResolvedItem => x != null);
  const frame: ResolvedFrame = { ...rest, items, contactId: null };
  if (frame.intent === 'sale' || frame.intent === 'purchase') {
    if (items.length && items.every((x) => x.total != null)) frame.amount = items.reduce((s, x) => s + (x.total ?? 0), 0);
  }
  if (frame.counterparty) {
    const payable = frame.intent === 'purchase' || frame.direction === 'payable';
    // A payment from someone unknown creates nobody: finance answers that they owe nothing.
    const needsContact = frame.payment === 'credit' || frame.intent === 'debt_add';
    frame.contactId = await resolveContact(tx, tenantId, frame.counterparty, {
      kind: payable ? 'supplier' : 'customer',
      create: needsContact,
    });
  }
  return frame;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
