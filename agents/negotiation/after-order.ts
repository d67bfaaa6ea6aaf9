// A supplier's news after the order, before the goods come: less in stock ("stok cuma 1 karung, sy kirim 1 aja") or a
// delivery fee told late ("ongkir 10rb ya"). Both were only forwarded, and the arrival booked the whole order without the
// fee (a haggling try). Kept on the thread, so the arrival books them, and told to the owner.
import type { HandleContext, Reply, Sender } from '../router/types.ts';
import { readQuote } from './read-quote.ts';
import { dealOf, logMessage, orderedThreadOf, ownerPhones, saveThread } from './store.ts';
import { laterNews, laterNewsText, raisedRe, readContext, withLaterNews } from './thread.ts';
import { formatRupiah } from '../../core/format.ts';

/** The replies when the message is news of a waiting order; null when it is not (it is forwarded as it is). */
export async function newsAfterOrder(ctx: HandleContext, sender: Extract<Sender, { kind: 'supplier' }>, text: string): Promise<Reply[] | null> {
  const found = await orderedThreadOf(ctx.tx, sender.tenantId, sender.contactId, text);
  if (!found) return null;
  const { neg, sup } = found;
  const deal = dealOf(neg);
  const t = sup.thread;
  const r = readQuote(text, { ...readContext(deal, t), established: true, asked: true });
  const news = laterNews(r, deal, t);
  // "3 dus 180 kan tadi, jd 540rb aja": a lower price than ordered is what the arrival books (a haggling try booked the
  // ordered Rp555.000; the supplier billed Rp540.000). "harganya jadi 16.500", "harga telur naik, jadi 26.500/kg": a higher
  // one said as changed too, and the owner hears it (two tries booked the old price, Rp10.000 under the bill). Far from the
  // order's price is more likely a misread.
  const ordered = await orderedPrice(ctx, neg.id);
  const said = r.kind === 'price' && ordered != null && r.price !== ordered && r.price >= ordered * 0.7 && r.price <= ordered * 1.3 ? r.price : null;
  const newPrice = said != null && (said < ordered! || changed(text.toLowerCase())) ? said : null;
  if (news.ship == null && news.short == null && newPrice == null) return null;
  await saveThread(ctx.tx, sup.id, withLaterNews(newPrice != null ? { ...t, agreed: newPrice } : t, news));
  const ids = { tenantId: neg.tenant_id, negotiationId: neg.id, contactId: sup.contact_id };
  const logged = await logMessage(ctx.tx, ids, { price: newPrice, body: text, inboxId: ctx.message.inboxId });
  if (newPrice != null) await ctx.tx.query('update negotiations set agreed_offer_id = $2, updated_at = now() where id = $1', [neg.id, logged]);
  // Over the owner's limit: said, so the owner can call the supplier before the goods come (it was booked with no word of it).
  const over = newPrice != null && deal.ceiling != null && newPrice > deal.ceiling ? `, di atas batas ${formatRupiah(deal.ceiling)}/${deal.unit} dari Kakak` : '';
  const told = [...(newPrice != null ? [`harganya ${newPrice > ordered! ? 'naik ' : ''}${formatRupiah(newPrice)}/${deal.unit} (tadi ${formatRupiah(ordered!)})${over}`] : []), ...laterNewsText(news, deal.unit)];
  const owner = `Kabar dari ${sup.name} soal pesanan ${deal.item}: "${text.slice(0, 300)}"\nSekarang ${told.join(', ')}: waktu barangnya datang, saya catat dengan ini.${over ? ` Kalau tidak jadi, kabari ${sup.name} langsung ya, Kak.` : ''}`;
  const owners = await ownerPhones(ctx.tx, neg.tenant_id, neg.created_by);
  return [{ text: `Terima kasih, ${sup.name} 🙏 Sudah saya sampaikan ke pemilik warung.` }, ...owners.map((phone) => ({ toPhone: phone, text: owner }))];
}

/** "naik", or "jadi" (becomes): a price said as changed. */
const changed = (text: string) => raisedRe.test(text) || /\b(?:jadi|jd|dadi)\b/.test(text);

/** The price a unit the order went out at (the offer the negotiation points to). */
async function orderedPrice(ctx: HandleContext, negotiationId: string): Promise<number | null> {
  const { rows } = await ctx.tx.query<{ price: string | null }>(
    'select o.price from negotiations n join negotiation_offers o on o.id = n.agreed_offer_id where n.id = $1', [negotiationId]);
  return rows[0]?.price != null ? Number(rows[0].price) : null;
}
