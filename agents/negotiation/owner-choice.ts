// The owner answers the summary: a number orders from that supplier and thanks the others; "tidak"
// thanks everyone who offered. This is the only place an order is sent.
import { formatQty, formatRupiah } from '../../core/format.ts';
import type { AgentContext, Reply } from '../router/types.ts';
import { landedPerUnit, orderTotal } from './landed.ts';
import { dealOf, loadNegotiation, loadSuppliers, logMessage, saveThread, type NegotiationRow, type SupplierRow } from './store.ts';
import { phraseMessage, phraseWith } from './phrasing.ts';
import { choiceLead, mayBePick, readChoice, readPick, saysYes } from './summary.ts';
import { aboutHaggling, namedIn, namesGoods } from './status.ts';
import { supplierText, type Outgoing } from './templates.ts';
import { standingPrice } from './thread.ts';
import { capitalize } from '../finance/text.ts';
import { canonicalUnit as packUnit } from './units.ts';

/** Replies when `text` answers this tenant's negotiation summary; null when it is not such an answer. */
export async function answerNegotiationChoice(ctx: AgentContext, said: string): Promise<Reply[] | null> {
  // "batal 15" undoes entry 15 of the day's list, not a no to a summary (a helper's try declined a supplier).
  if (ctx.member.role === 'cashier' || /^\s*(?:batal|btl|batalin|hapus)\s+\d+\s*$/i.test(said)) return null;
  const count = pickCount(said);
  const text = count?.text ?? said;
  // No number and no "tidak": perhaps a pick in words ("ya", "ambil yg toko makmur"), read once one summary waits.
  const inWords = readChoice(text, 99) == null;
  if (inWords && !mayBePick(text)) return null;
  const { tx, tenant } = ctx;
  const waiting = (await tx.query<{ id: string; item: string }>(
    `select id, item from negotiations where tenant_id = $1 and status = 'deciding' order by summary_at desc nulls last for update`,
    [tenant.id])).rows;
  if (!waiting.length) return null;
  // Two summaries waiting: the goods named say which; a bare "1" is asked about (a helper's "1" ordered the newer one,
  // meant for the other).
  if (inWords && waiting.length !== 1) return null;
  const named = inWords ? [] : namedIn(text, waiting);
  // "2 indomie" names no goods waiting: a sale typed, not a choice.
  const extra = text.toLowerCase().replace(new RegExp(String.raw`^\s*${choiceLead}\d{1,2}(?:\s*(?:aja|saja|ya|yg itu|deh))?`), '')
    .replace(/\b(?:buat|untuk|utk|yang|yg)\b/g, '').replace(/[.!\s]+/g, '');
  if (!inWords && extra && !named.length && readChoice(text, 99) !== 'no') return null;
  // "batal nego aqua" while the kecap waits for a pick: other goods named, so a haggle's cancel, not a no to this one (a
  // helper's try declined the kecap).
  if (!named.length && readChoice(text, 99) === 'no' && aboutHaggling.test(text.toLowerCase()) && namesGoods(text)) return null;
  const id = named.length === 1 ? named[0]!.id : waiting.length === 1 ? waiting[0]!.id : null;
  if (!id) {
    const example = /^\s*(?:tidak|tdk|gak|ga|nggak|batal)/i.test(text) ? `tidak ${waiting[0]!.item}` : `1 ${waiting[0]!.item}`;
    return [{ text: `Ada ${waiting.length} hasil tawar yang menunggu pilihan Kakak: ${waiting.map((n) => n.item).join(', ')}. Yang mana? Balas dengan barangnya, misalnya "${example}".` }];
  }
  const neg = (await loadNegotiation(tx, id))!;
  const sups = await loadSuppliers(tx, id);
  const choice = inWords
    // "beras ambil sinar jaya": the goods of this summary named with the pick say no more ("belum paham").
    ? readPick(withoutItem(text, neg.item), neg.choices.map((c) => sups.find((s) => s.contact_id === c)?.name ?? ''))
    : readChoice(text, neg.choices.length);
  // "ya" to a summary of several: which one, not "Oke, Kak" with nothing ordered.
  if (choice == null && inWords && saysYes(text) && neg.choices.length > 1) {
    return [{ text: `Yang mana, Kak? Balas 1–${neg.choices.length} untuk pesan ${dealOf(neg).item}, atau "tidak" kalau tidak jadi.` }];
  }
  if (choice == null) return null;
  if (count && choice !== 'no') {
    const deal = dealOf(neg);
    if (count.unit && packUnit(count.unit) !== packUnit(deal.unit)) {
      return [{ text: `Pesanannya dalam ${deal.unit}, Kak. Tulis misalnya "${choice}, tapi ${formatQty(deal.qty)} ${deal.unit} aja".` }];
    }
    await tx.query('update negotiations set qty = $2 where id = $1', [neg.id, count.qty]);
    neg.qty = count.qty;
  }
  return placeOrder(ctx, neg, sups, choice, count != null);
}

// "ok 1, tapi 8 kg aja", "ambil makmur, tapi 3 dus ya", "1, 25 kg gpp": a pick with another count (helpers' owners got a
// greeting, "belum paham", or a sale of "gpp").
const countTail = /\s*(?:,\s*(?:tapi|tp|cuma|cukup|jadi)?|\s(?:tapi|tp))\s*(\d+(?:[.,]\d+)?)\s*(\p{L}+)?(?:\s+(?:aja|saja|wae|ya|yo|deh|gpp|dong|kak))*[.!\s]*$/u;

/** The pick and the count said with it; null when no count follows a pick. */
function pickCount(text: string): { text: string; qty: number; unit: string | null } | null {
  const m = countTail.exec(text);
  if (!m || m.index === 0 || !/\p{L}|\d/u.test(text.slice(0, m.index))) return null;
  const qty = Number(m[1]!.replace(',', '.'));
  const unit = m[2] && !/^(?:aja|saja|wae|ya|yo|deh|gpp|dong|kak)$/.test(m[2]) ? m[2] : null;
  return qty > 0 ? { text: text.slice(0, m.index), qty, unit } : null;
}

/** The choice ordered from its supplier and the others thanked ("no": everyone thanked); the owner's reply and the suppliers'. */
export async function placeOrder(ctx: AgentContext, neg: NegotiationRow, sups: SupplierRow[], choice: number | 'no', counted = false): Promise<Reply[]> {
  const { tx, tenant } = ctx;
  const id = neg.id;
  const offered = sups.filter((s) => neg.choices.includes(s.contact_id));
  const chosen = typeof choice === 'number' ? offered.find((s) => s.contact_id === neg.choices[choice - 1]) ?? null : null;
  // "telur cuma ada 6 kg": the chosen supplier is ordered what it has (the order went out for 10 kg and the arrival
  // booked 10 kg of debt); the negotiation keeps the count ordered, so the arrival books it.
  const has = chosen?.thread.available;
  const asked = dealOf(neg);
  // "26.100 boleh tapi ambil 15 kg ya": the summary showed the minimum, the owner picked it, the order is for it (10 kg went
  // out and the supplier sent 15 anyway); a count the owner said with the pick is what is ordered.
  const min = chosen?.thread.minimum;
  const deal = has != null && has > 0 && has < asked.qty ? { ...asked, qty: has }
    : min != null && min > asked.qty && !counted ? { ...asked, qty: min } : asked;
  if (deal !== asked) await tx.query('update negotiations set qty = $2 where id = $1', [id, deal.qty]);
  const ask = { item: deal.item, qty: deal.qty, unit: deal.unit };
  // The chosen supplier's price went up past the owner's limit after the summary (supplier-message.ts): nothing is sent.
  const raised = chosen?.thread.agreed ?? chosen?.thread.asks.at(-1);
  if (chosen && standingPrice(chosen.thread, deal.ceiling) == null && raised != null && raised > deal.ceiling) {
    return [{ text: `Harga ${chosen.name} sekarang ${formatRupiah(raised)}/${deal.unit}, di atas batas ${formatRupiah(deal.ceiling)} Kakak, jadi belum saya pesan. Pilih yang lain, atau naikkan batasnya dulu: "batas ${deal.item} jadi ${formatRupiah(raised)}".` }];
  }
  const replies: Reply[] = [];
  let orderId: string | null = null;
  for (const s of offered) {
    const price = standingPrice(s.thread, deal.ceiling);
    const out: Outgoing = s === chosen && price != null
      ? { kind: 'order', price, delivery: s.thread.delivery, when: s.thread.when }
      : { kind: 'thanks' };
    // The order names the pack's size the price was for ("beras 4 karung (isi 25 kg)"), and the brand offered instead.
    const body = await phraseMessage(out, supplierText(out, out.kind === 'order' ? { ...ask, size: s.thread.size, brand: s.thread.brand ? `${s.thread.brand[0]!.toUpperCase()}${s.thread.brand.slice(1)}` : null } : ask, s.name), phraseWith(ctx.llm));
    const logId = await logMessage(tx, { tenantId: tenant.id, negotiationId: id, contactId: s.contact_id }, { out, body });
    if (out.kind === 'order') orderId = logId;
    await saveThread(tx, s.id, { ...s.thread, status: out.kind === 'order' ? 'ordered' : 'thanked' });
    if (s.phone) replies.push({ toPhone: s.phone, text: body });
  }
  await tx.query(`update negotiations set status = $2, agreed_offer_id = $3, updated_at = now() where id = $1`,
    [id, orderId ? 'ordered' : 'cancelled', orderId]);

  if (!chosen || !orderId) return [{ text: 'Oke Kak, tidak jadi. Supplier yang sudah menawar saya beri tahu dengan sopan 🙏' }, ...replies];
  const price = standingPrice(chosen.thread, deal.ceiling)!;
  const landed = landedPerUnit(price, deal.qty, chosen.thread.delivery, chosen.thread.available);
  const owner = [
    // The brand ordered instead, as the supplier's order says it (the owner read "kopi kapal api", the supplier "Abc").
    `Siap, Kak! Pesanan ke ${chosen.name} sudah dikirim: ${deal.item}${chosen.thread.brand ? ` (merk ${capitalize(chosen.thread.brand)})` : ''} ${formatQty(deal.qty)} ${deal.unit} @ ${formatRupiah(price)}/${deal.unit}` +
      `${chosen.thread.delivery ? ` + ongkir ${formatRupiah(chosen.thread.delivery)}` : ''}, total ${formatRupiah(orderTotal(price, deal.qty, chosen.thread.delivery))}` +
      `${landed !== price ? ` (${formatRupiah(landed)}/${deal.unit} sampai)` : ''}.`,
    `Kalau barangnya sudah datang, kabari saya: "barang dari ${chosen.name.toLowerCase()} sudah datang", nanti saya catat belanjanya.`,
  ].join('\n');
  return [{ text: owner }, ...replies];
}

/** The text without the words of the haggled goods' name (and their "-nya"). */
const withoutItem = (text: string, item: string): string => {
  const words = item.toLowerCase().split(/\s+/).filter((w) => w.length >= 3 && !/\d/.test(w));
  return words.length ? text.toLowerCase().replace(new RegExp(String.raw`\b(?:${words.join('|')})(?:nya|ne|na)?\b`, 'g'), ' ').replace(/\s+/g, ' ').trim() : text;
};
