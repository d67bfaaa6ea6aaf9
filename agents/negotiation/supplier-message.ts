// A message from a supplier contact. Inside an open negotiation it goes through the thread machine (the
// policy decides any number we answer with); when the last supplier has answered, the owner gets the
// summary. Outside a negotiation it reaches the owner at once, and its prices are kept as supplier quotes.
import type { HandleContext, Reply } from '../router/types.ts';
import type { Tx } from '../../core/db/tenant.ts';
import { summarizeIfDone } from './finish.ts';
import { dealOf, loadSuppliers, logMessage, openThreadOf, ownerPhones, saveThread } from './store.ts';
import { phraseMessage, phraseWith } from './phrasing.ts';
import { questionRe } from './read-quote.ts';
import { forwardToOwner } from './supplier-quotes.ts';
import { newsAfterOrder } from './after-order.ts';
import { supplierText, type Outgoing } from './templates.ts';
import { changedAfterSummary, laterNewsText, onSupplierText, standingPrice, type Deal } from './thread.ts';
import { formatRupiah } from '../../core/format.ts';

export async function handleSupplierMessage(ctx: HandleContext): Promise<Reply[]> {
  const { sender, message, tx } = ctx;
  if (sender.kind !== 'supplier') return [];
  const text = message.text.trim();
  const open = text ? await openThreadOf(tx, sender.tenantId, sender.contactId, text) : null;
  if (!open) return (text ? await newsAfterOrder(ctx, sender, text) : null) ?? forwardToOwner(ctx, sender, text);

  const { neg, sup } = open;
  const deal = dealOf(neg);
  const ids = { tenantId: neg.tenant_id, negotiationId: neg.id, contactId: sup.contact_id };
  const say = async (out: Outgoing): Promise<Reply> => {
    const draft = supplierText(out, { item: deal.item, qty: deal.qty, unit: deal.unit }, sup.name);
    const body = await phraseMessage(out, draft, phraseWith(ctx.llm));
    await logMessage(tx, ids, { out, body });
    return { text: body };
  };

  if (neg.status !== 'open') {
    // The owner has the summary: the numbers it showed stand, unless the supplier now asks less, or says the price went up.
    // News goes to the owner; the supplier waits.
    const changed = changedAfterSummary(deal, sup.thread, text);
    const said = changed ? changed.agreed ?? changed.asks.at(-1) ?? null : null;
    const before = standingPrice(sup.thread, deal.ceiling);
    if (changed) await saveThread(tx, sup.id, changed);
    await logMessage(tx, ids, { price: changed ? standingPrice(changed, deal.ceiling) : null, body: text, inboxId: message.inboxId });
    const owners = await ownerPhones(tx, neg.tenant_id, neg.created_by);
    const quoted = `Kabar dari ${sup.name} soal ${deal.item}: "${text.slice(0, 300)}"`;
    const ship = changed && changed.delivery !== sup.thread.delivery ? changed.delivery : null;
    const short = changed?.available != null && changed.available !== sup.thread.available ? changed.available : null;
    const moved = said != null && said !== before ? `Harganya ${said < before! ? 'turun' : 'naik'} jadi ${formatRupiah(said)}/${deal.unit}` : null;
    const told = [...(moved ? [moved] : []), ...laterNewsText({ ship, short }, deal.unit)].join(', ');
    const news = told ? (moved ? told : `Sekarang ${told}`) : null;
    // Above the owner's limit it is not ordered unless the limit is raised (the pick says so too, owner-choice.ts).
    const over = said != null && said > deal.ceiling
      ? `, di atas batas ${formatRupiah(deal.ceiling)} Kakak: tidak saya pesan kecuali batasnya dinaikkan (misalnya "batas ${deal.item} jadi ${formatRupiah(said)}").` : null;
    const what = moved ? 'harga' : ship != null ? 'ongkir' : 'jumlah';
    const owner = news ? `${quoted}\n${news}${over ?? `: kalau pilih ${sup.name}, pesanan pakai ${what} ini.`}` : quoted;
    return [await say({ kind: 'hold' }), ...owners.map((phone) => ({ toPhone: phone, text: owner }))];
  }

  const before = sup.thread;
  const step = onSupplierText({ ...deal, inHand: await priceInHand(tx, neg.id, sup.id, deal) }, before, text);
  const { thread } = step;
  // A supplier who already gave its price and writes again ("jadi gimana pak?") hears that the owner decides; a question
  // the machine does not answer ("mau dikirim kapan bos?", "warung mana ya?") goes to the owner, and the supplier hears
  // so (helpers' suppliers asked twice and heard nothing, the owner was not told).
  // "mau merk apa bu? ada rojolele sama IR64", "bayarnya cash atau tempo bu?": asked with no price, it goes to the owner even
  // while the machine asks its own question (the price), which does not answer theirs (helpers' owners never heard).
  const plain = text.toLowerCase();
  const asking = questionRe.test(plain) && (step.out == null || (/\?|\b(?:apa|mana|atau)\b/.test(plain) && step.out.kind === 'question'));
  const out = step.out ?? (thread.status === 'agreed' || thread.status === 'final' || asking ? { kind: 'hold' as const } : null);
  const named = thread.asks.length > before.asks.length ? thread.asks.at(-1)! : null;
  await logMessage(tx, ids, { price: named, body: text, inboxId: message.inboxId });
  await saveThread(tx, sup.id, thread);

  const replies: Reply[] = out ? [await say(out)] : [];
  if (asking) {
    for (const phone of await ownerPhones(tx, neg.tenant_id, neg.created_by)) {
      replies.push({ toPhone: phone, text: `${sup.name} bertanya soal ${deal.item}: "${text.slice(0, 300)}". Balas langsung ke ${sup.name} kalau perlu, Kak.` });
    }
  }
  const notes = await summarizeIfDone(tx, neg.id, false, ctx.now);
  for (const n of notes ?? []) replies.push({ text: n.text, toPhone: n.phone });
  return replies;
}

/** The lowest price another supplier stands at within the limit, for the whole quantity asked (a short stock is no offer). */
async function priceInHand(tx: Tx, negotiationId: string, supplierRowId: string, deal: Deal): Promise<number | null> {
  const prices = (await loadSuppliers(tx, negotiationId))
    .filter((s) => s.id !== supplierRowId && (s.thread.available == null || s.thread.available >= deal.qty))
    .map((s) => standingPrice(s.thread, deal.ceiling))
    .filter((p): p is number => p != null);
  return prices.length ? Math.min(...prices) : null;
}
