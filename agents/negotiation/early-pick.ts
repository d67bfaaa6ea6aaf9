// "yaudah ambil sinar jaya aja yg 16.600", "udah ga usah nunggu sinar jaya, ambil makmur aja": the owner picks a supplier
// while the haggle still runs (a haggling try: read as a new product "sinar jaya" at Rp16.600, or "belum paham", and the
// owner had to wait for the deadline, the next morning). The summary is made now, suppliers still quiet counted as silent,
// and the named supplier's offer is ordered as a pick from it would be; when its price is not within the limit, the summary
// is said instead.
import { formatQty } from '../../core/format.ts';
import type { AgentContext, Reply } from '../router/types.ts';
import { summarizeIfDone } from './finish.ts';
import { placeOrder } from './owner-choice.ts';
import { loadNegotiation, loadSuppliers } from './store.ts';
import { namedIn, namesGoods } from './status.ts';

const pickVerb = /\b(?:ambil|pilih|pesan|pesen|order|jadi(?:nya)?\s+(?:ke|sama|dari))\s+(?:(?:yang|yg|ke|dari|sama|punya)\s+)*/;

// After the name only words that say no more, and perhaps its price: "… aja yg 16.600" (goods after it are a purchase told).
const restSaysNothing = /^(?:\s+(?:aja|saja|deh|dong|ya|kak|yg|yang|itu|harga|harganya|rp|yang\s+murah|yg\s+murah|lebih\s+murah|\d[\d.,]*\s*(?:rb|ribu|k)?))*\s*$/;

/** The supplier's name, or its name without "toko"/"ud", said first in `said`, with nothing after it but fillers. */
function namesFirst(said: string, name: string): boolean {
  const full = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const core = full.replace(/^(?:ud|toko|tk|cv|pt|agen|grosir|warung)\s+/, '');
  const m = new RegExp(String.raw`^(?:${full}|${core})\b`, 'u').exec(said);
  return m != null && restSaysNothing.test(said.slice(m[0].length).replace(/\.(?!\d)/g, ' '));
}

export async function pickBeforeSummary(ctx: AgentContext, text: string): Promise<Reply[] | null> {
  if (ctx.member.role === 'cashier') return null;
  const t = text.toLowerCase().replace(/[,!?]+/g, ' ').replace(/\s+/g, ' ').trim();
  const verb = pickVerb.exec(t);
  if (!verb) return null;
  const said = t.slice(verb.index + verb[0].length);
  const running = (await ctx.tx.query<{ id: string; item: string }>(
    `select id, item from negotiations where tenant_id = $1 and status = 'open' order by created_at desc limit 5 for update`, [ctx.tenant.id])).rows;
  // "beras ambil sinar jaya" with beras and gula haggled there: the goods named say which (the gula was ordered at the rice's
  // price). Goods named that no haggle has: not a pick of these.
  const goods = namedIn(t.slice(0, verb.index), running);
  if (!goods.length && namesGoods(t.slice(0, verb.index))) return null;
  const open = goods.length ? goods : running;
  for (const { id } of open) {
    const named = (await loadSuppliers(ctx.tx, id)).filter((s) => namesFirst(said, s.name));
    if (named.length !== 1) continue;
    const notes = await summarizeIfDone(ctx.tx, id, true, ctx.now);
    const neg = (await loadNegotiation(ctx.tx, id))!;
    const sups = await loadSuppliers(ctx.tx, id);
    const k = neg.choices.indexOf(named[0]!.contact_id);
    const summary = notes?.[0]?.text ?? '';
    // "ambil yang toko makmur aja" when it asked at least 20 kg of the 10 wanted: the bigger order is shown first, not sent
    // (a haggling try ordered Rp510.000 of eggs for Rp260.000 asked, unseen); "1" then orders it.
    const min = named[0]!.thread.minimum;
    if (neg.status === 'deciding' && k >= 0 && summary && min != null && min > neg.qty) {
      return [{ text: `${named[0]!.name} minta minimal ${formatQty(min)} ${neg.unit}, lebih dari ${formatQty(neg.qty)} ${neg.unit} yang Kakak minta, jadi belum saya pesan. Cek dulu, ya:\n\n${summary}` }];
    }
    if (neg.status === 'deciding' && k >= 0) return placeOrder(ctx, neg, sups, k + 1);
    return [{ text: `Harga ${named[0]!.name} belum masuk batas, Kak, jadi belum bisa dipesan.${summary ? `\n\n${summary}` : ''}` }];
  }
  return null;
}
