// A supplier's news after the order, before the goods come: less in stock ("stok cuma 1 karung, sy kirim 1 aja") or a
// delivery fee told late ("ongkir 10rb ya"). Both were only forwarded, and the arrival booked the whole order without the
// fee (a haggling try). Kept on the thread, so the arrival books them, and told to the owner.
import type { HandleContext, Reply, Sender } from '../router/types.ts';
import { readQuote } from './read-quote.ts';
import { dealOf, logMessage, orderedThreadOf, ownerPhones, saveThread } from './store.ts';
import { laterNews, laterNewsText, readContext, withLaterNews } from './thread.ts';

/** The replies when the message is news of a waiting order; null when it is not (it is forwarded as it is). */
export async function newsAfterOrder(ctx: HandleContext, sender: Extract<Sender, { kind: 'supplier' }>, text: string): Promise<Reply[] | null> {
  const found = await orderedThreadOf(ctx.tx, sender.tenantId, sender.contactId);
  if (!found) return null;
  const { neg, sup } = found;
  const deal = dealOf(neg);
  const t = sup.thread;
  const r = readQuote(text, { ...readContext(deal, t), established: true, asked: true });
  const news = laterNews(r, deal, t);
  if (news.ship == null && news.short == null) return null;
  await saveThread(ctx.tx, sup.id, withLaterNews(t, news));
  await logMessage(ctx.tx, { tenantId: neg.tenant_id, negotiationId: neg.id, contactId: sup.contact_id }, { price: null, body: text, inboxId: ctx.message.inboxId });
  const owner = `Kabar dari ${sup.name} soal pesanan ${deal.item}: "${text.slice(0, 300)}"\nSekarang ${laterNewsText(news, deal.unit).join(', ')}: waktu barangnya datang, saya catat dengan ini.`;
  const owners = await ownerPhones(ctx.tx, neg.tenant_id, neg.created_by);
  return [{ text: `Terima kasih, ${sup.name} 🙏 Sudah saya sampaikan ke pemilik warung.` }, ...owners.map((phone) => ({ toPhone: phone, text: owner }))];
}
