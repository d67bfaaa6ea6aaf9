// Who sold to whom follows the verb AND the contact's kind. "pak joko kirim gas 5 tabung 100rb belum
// dibayar" reads like a credit sale to Pak Joko, but Pak Joko is the warung's gas supplier delivering:
// it is a purchase on credit (the warung owes him), never a debt he owes the warung.
import type { Tx } from '../../core/db/tenant.ts';
import type { Frame } from '../../core/frame.ts';
import { prepared } from '../../core/db/tenant.ts';
import { knownGoods } from '../language/gazetteer.ts';
import { decideMatch, normalizeName } from './catalogue/match-product.ts';
import { findProduct } from './catalogue/resolve-items.ts';

/** Verbs of goods arriving from someone: "kirim", "antar", "datang", Javanese "ngeterke", Sundanese "nganteurkeun". */
const delivery = /\b(kirim|ngirim|dikirim|kirimin|ngirimin|antar|anter|nganter|ngantar|diantar|dianter|datang|dateng|drop|ngedrop|masukin|nyetor|setor|ngeterke|dikirimi|nganteurkeun|dianteurkeun|ngirimkeun)\b/i;

export const isDelivery = (text: string) => delivery.test(text);

/** A supplier contact the name matches, if any (by name or alias, the way counterparties are matched). */
export async function supplierNamed(tx: Tx, tenantId: string, name: string): Promise<string | null> {
  const { rows } = await prepared<{ id: string; name: string; aliases: string[] | null }>(tx,
    `select id, name, aliases from public.contacts where tenant_id = $1 and active and kind = 'supplier'`, [tenantId]);
  const found = decideMatch(name, rows.map((r) => ({ id: r.id, name: r.name, aliases: r.aliases ?? [] })));
  return found.kind === 'match' ? found.item.id : null;
}

/** "ambil rokok dari pak joko …": goods taken FROM someone. */
const takenFrom = (text: string, who: string) => new RegExp(`\\b(?:dari|dr|ti|saking|soko|teko)\\s+${who.replace(/[^\p{L}\p{N} ]/gu, '')}\\b`, 'iu').test(text);

/**
 * The frame with its direction fixed: a supplier delivering goods, or goods taken from a supplier ("ambil rokok dari pak
 * joko 1 slop 280rb belum bayar": a helper's try sold the slop to the supplier on credit), is a purchase.
 */
export async function fixDirection(tx: Tx, tenantId: string, text: string, frame: Frame): Promise<Frame> {
  if (frame.intent !== 'sale' || !frame.counterparty || !(isDelivery(text) || takenFrom(text, frame.counterparty))) return frame;
  if (!(await supplierNamed(tx, tenantId, frame.counterparty))) return frame;
  return { ...frame, intent: 'purchase', direction: frame.payment === 'credit' ? 'payable' : frame.direction };
}

/**
 * "bayar daeng baso 10rb" (Makassar "bayar mi daeng baso": he has paid), "bayar sales wings 200rb": money said with
 * someone who has an open debt, and with no bill or goods of its own, pays that debt; it was booked as an expense
 * named after them while the debt stayed open. Which way it goes is the debt's (debtPay reads the open side).
 */
export async function fixPayee(tx: Tx, tenantId: string, frame: Frame): Promise<Frame> {
  if (frame.intent !== 'expense' || !frame.counterparty || frame.items.length > 0 || (frame.category != null && frame.category !== 'lainnya')) return frame;
  const name = await openDebtor(tx, tenantId, frame.counterparty);
  // The contact's own name: "sinar jaya" finds "UD Sinar Jaya" here, and the payment must too.
  if (name) return { ...frame, intent: 'debt_pay', category: null, counterparty: name };
  // A supplier paid with nothing owed to it is no cost of the shop (a Semarang try: "bayar UD Sinar Jaya 100rb" was an
  // expense that cut the profit): the payment says nothing is owed, and books nothing.
  return (await supplierNamed(tx, tenantId, frame.counterparty)) ? { ...frame, intent: 'debt_pay', category: null, direction: 'payable' } : frame;
}

/** The name of a contact called `said` with an open debt either way, or null. */
export async function openDebtor(tx: Tx, tenantId: string, said: string): Promise<string | null> {
  const { rows } = await prepared<{ name: string }>(tx,
    `select c.name from public.debts d join public.contacts c on c.id = d.contact_id
      where d.tenant_id = $1 and d.status = 'open' and c.active
        and (lower(c.name) = lower(trim($2)) or lower(trim($2)) = any (c.aliases)
             -- "bayar ke sinar jaya": the shop's name without its "UD"/"Toko" (c.name is never null)
             or regexp_replace(lower(c.name), '^(ud|toko|tk|cv|pt|agen|warung)\.? +', '') = lower(trim($2))) limit 1`, [tenantId, said]);
  return rows[0]?.name ?? null;
}

/**
 * Paying later is credit. A sale or purchase with a date still to come ("bayar besok") is owed until then;
 * "janji nyaur sesuk" with goods is a credit sale, not a payment (a promise to pay is not money received).
 * Returns null for a promise without goods: nothing to book (the router says how to set a reminder).
 */
export function fixPayLater(frame: Frame, today: string): Frame | null {
  const later = frame.date != null && frame.date > today;
  if (!later) return frame;
  if ((frame.intent === 'sale' || frame.intent === 'purchase') && frame.payment !== 'credit') return { ...frame, payment: 'credit' };
  if (frame.intent === 'debt_pay') return frame.items.length ? { ...frame, intent: 'sale', payment: 'credit' } : null;
  return frame;
}

const debtFirst = /^(?:utang|hutang|ngutang|ngutangin|bon|ngebon|dibon|kasbon|ngasbon|nganjuk)\s/i;

/**
 * "utang rini 20rb", "bon yanto 15rb": a debt word, one word that is no goods, and money alone is a person's debt ("utang
 * darto", no money, asks his debts).
 * The parser, without an honorific to tell a name, reads a credit sale of goods called "rini", and the owner's "ya" to
 * "Produk baru "rini"? Harga jualnya Rp20.000?" booked a sale of it owed by no one. Goods the table or the catalogue
 * knows stay a credit sale ("bon rokok 20rb", asked whose).
 */
export async function fixDebtor(tx: Tx, tenantId: string, text: string, frame: Frame): Promise<Frame> {
  // "utang pak joko 15rb" where Pak Joko is a supplier: the warung's debt to him (it was booked as his to the warung).
  if (frame.intent === 'debt_add' && frame.direction === 'receivable' && frame.counterparty && /^(?:utang|hutang)\s/i.test(text.trim())
    && (await supplierNamed(tx, tenantId, frame.counterparty))) return { ...frame, direction: 'payable' };
  const item = frame.items.length === 1 ? frame.items[0]! : null;
  if (frame.intent !== 'sale' || frame.payment !== 'credit' || frame.counterparty || !item || item.qty != null || item.unit != null
    || item.unit_price != null || !debtFirst.test(text.trim())) return frame;
  const words = item.product.split(/\s+/);
  // "utang luh sari": a name of two or three words too (a Bali try offered a new product "luh sari").
  if (words.length > 3 || knownGoods(words)) return frame;
  // Goods only when every word said is a word of the product's name: "utang ani" is no Rinso Anti Noda (corrections try:
  // it sold the Rinso on credit, and the next message was taken as the customer's name).
  const found = await findProduct(tx, tenantId, item.product);
  const named = (name: string) => words.every((w) => normalizeName(name).split(' ').includes(w.toLowerCase()));
  if (found.kind === 'match' ? named(found.item.name) : found.kind === 'ambiguous' && !found.weak) return frame;
  // "utang darto": no money, so it asks what he owes (it offered a new product "darto"); a supplier's is the warung's.
  if (!frame.amount) {
    const direction = (await supplierNamed(tx, tenantId, item.product)) ? 'payable' : 'receivable';
    return { ...frame, intent: 'debt_query', direction, counterparty: item.product, items: [], payment: null };
  }
  return { ...frame, intent: 'debt_add', direction: 'receivable', counterparty: item.product, items: [] };
}
