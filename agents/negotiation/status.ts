// The owner asking how a negotiation is going ("gimana hasil nego gula?", "status tawar", jv "piye tawarane"):
// each supplier's side as it stands, or the summary again when it is waiting for the owner's choice.
// (A sugar try: "status tawar" started a negotiation for goods called "status".)
import { formatQty, formatRupiah } from '../../core/format.ts';
import type { AgentContext, Reply } from '../router/types.ts';
import { sayDeadline } from './deadline.ts';
import { loadSuppliers, type SupplierRow } from './store.ts';
import { ownerSummary, readChoice } from './summary.ts';
import type { Thread } from './thread.ts';
import { knownGoods } from '../language/gazetteer.ts';

/** Words for haggling ("nego", "tawar"): a message about a running negotiation. */
/** The haggles whose goods the owner's words name (by a word of the goods: "rokok" of "rokok surya 16", "gulanya"). */
export function namedIn<T extends { item: string }>(text: string, rows: T[]): T[] {
  const words = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return rows.filter((n) => n.item.toLowerCase().split(/\s+/).some((w) => w.length >= 3 && (words.has(w) || words.has(`${w}nya`))));
}

/** Whether the owner's words name goods the word tables know ("batal nego telur" with no eggs haggled names something
 *  else, and must not call off the others: a helper's try cancelled the gas). "batal nego, kemahalan" names none. */
export const namesGoods = (text: string): boolean => knownGoods(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3));

export const aboutHaggling = /\b(nego|negonya|dinego|negosiasi|tawar|ditawar|tawaran|tawarannya|tawarane|penawaran|nawar|nawarnya)\b/;
const asks = /\b(status|gimana|bagaimana|gmn|gmna|piye|pripun|kumaha|hasil|hasilnya|hasile|kabar|kabarnya|udah|sudah|sdh|wis|atos|sampai mana|sampe mana|dijawab|jawaban|jawab|\?)/;

/** "gimana hasil cari minyak?": the search asked about by its result (a haggling try got the sales report, or "Minyak yang mana?"). */
const searchResult = /\b(?:hasil|hasilnya|hasile|kabar|kabarnya)\s+(?:\p{L}+\s+)?(?:cari|nyari|cariin|nyariin|carikan|pencarian|golek|goleki|neangan)\b/u;

/** Whether the owner asks about a running negotiation (no number: "cariin gula 50 kg" starts one). */
const asksNegotiationStatus = (text: string): boolean => {
  const t = text.toLowerCase();
  return (aboutHaggling.test(t) || searchResult.test(t)) && asks.test(t) && !/\d/.test(t);
};

const sideText = (t: Thread, per: (p: number) => string): string => {
  const theirs = t.asks.at(-1);
  const ours = t.offers.at(-1);
  switch (t.status) {
    case 'asked': return 'belum membalas';
    case 'bargaining': return theirs == null ? 'belum menyebut harga' : `minta ${per(theirs)}${ours != null ? `, kami tawar ${per(ours)}` : ''}`;
    case 'agreed': return `setuju ${per(t.agreed ?? theirs ?? 0)}`;
    case 'final': return `harga terakhir ${per(theirs ?? 0)}`;
    case 'declined': return 'tidak ada / tidak bisa';
    case 'walked': return theirs == null ? 'di atas batas' : `bertahan ${per(theirs)}, di atas batas`;
    case 'silent': return 'tidak membalas';
    case 'ordered': return 'dipesan';
    case 'thanked': return 'tidak dipilih';
  }
};

/**
 * "ambil yang 1" while suppliers are still being asked (a negotiation try: it got "belum paham"): nothing can be
 * ordered before the summary, so the owner is told so, with how each side stands.
 */
export async function choiceTooEarly(ctx: AgentContext, text: string): Promise<Reply[] | null> {
  if (ctx.member.role === 'cashier' || typeof readChoice(text, 99) !== 'number') return null;
  const { rows } = await ctx.tx.query<{ n: number }>(
    `select count(*)::int as n from negotiations where tenant_id = $1 and status = 'open'`, [ctx.tenant.id]);
  if (!rows[0]?.n) return null;
  const status = (await statusReply(ctx))[0]!.text;
  return [{ text: `Tawar-menawarnya belum selesai, Kak 🙏 Pilihan bernomor saya kirim setelah pemasok menjawab; baru setelah itu bisa dipesan.\n\n${status}` }];
}

// "gimana hasilnya?", "udah ada kabar?": how it went, said with no word for haggling, while one runs (a helper's try got
// the day's report).
const shortAsk = /^(?:(?:terus|trus|jadi|lha|lho|kak|min)\s+)?(?:gimana|gmn|gmna|bagaimana|piye|pripun|kumaha|udah|sudah|sdh)\s+(?:ada\s+)?(?:hasilnya|hasile|hasil|kabarnya|kabar)(?:\s+(?:kak|min|nya|ya))*\s*\??$/;

/** The answer to a status question; null when the text is not one (the parser reads it then). */
export async function negotiationStatus(ctx: AgentContext, text: string): Promise<Reply[] | null> {
  if (ctx.member.role === 'cashier') return null;
  if (asksNegotiationStatus(text)) return statusReply(ctx);
  if (!shortAsk.test(text.toLowerCase().trim())) return null;
  // Running, or ordered this week and not arrived yet (a helper's try got the day's report).
  const { rows } = await ctx.tx.query<{ n: number }>(
    `select count(*)::int as n from negotiations where tenant_id = $1 and (status in ('open', 'deciding')
        or (status = 'ordered' and transaction_id is null and updated_at > $2::timestamptz - interval '7 days'))`, [ctx.tenant.id, ctx.now]);
  return rows[0]?.n ? statusReply(ctx) : null;
}

async function statusReply(ctx: AgentContext): Promise<Reply[]> {
  const { tx, tenant } = ctx;
  const { rows } = await tx.query<{ id: string; item: string; qty: string; unit: string; max_price: string; status: string; deadline: Date | null;
    last_price: string | null; market_price: string | null }>(
    `select id, item, qty::text, unit, max_price::text, status, deadline, last_price::text, market_price::text from negotiations
      where tenant_id = $1 and status in ('open', 'deciding') order by created_at desc limit 5`, [tenant.id]);
  if (!rows.length) {
    const last = await lastOrder(ctx);
    return [{ text: ['Belum ada tawar-menawar yang berjalan, Kak.', last ?? 'Mulai dengan misalnya "cariin gula 50 kg maks 17rb/kg".'].join(' ') }];
  }
  const out: string[] = [];
  for (const n of rows) {
    const sups = await loadSuppliers(tx, n.id);
    if (n.status === 'deciding') {
      const summary = waitingChoice(n, sups);
      // The list shown now is the one the owner's number answers: a price dropped since the summary reorders it (a helper's
      // "1" to this list ordered from the summary's first supplier, the dearer one).
      await tx.query(`update negotiations set choices = $2::uuid[] where id = $1 and choices <> $2::uuid[]`, [n.id, summary.choices.map((c) => c.id)]);
      out.push(summary.text);
      continue;
    }
    const per = (p: number) => `${formatRupiah(p)}/${n.unit}`;
    const when = n.deadline ? `, hasilnya saya kabari paling lambat ${sayDeadline(n.deadline, ctx.now, tenant.timezone)}` : '';
    out.push([
      `⏳ Tawar ${n.item} ${formatQty(Number(n.qty))} ${n.unit} masih jalan (batas ${per(Number(n.max_price))}${when}):`,
      ...sups.map((s) => `• ${s.name}: ${sideText(s.thread, per)}`),
      'Belum ada yang dipesan.',
    ].join('\n'));
  }
  return [{ text: out.join('\n\n') }];
}

/** The summary sent when the suppliers had answered, again, as the threads stand now. */
function waitingChoice(n: { item: string; qty: string; unit: string; max_price: string; last_price: string | null; market_price: string | null },
  sups: SupplierRow[]) {
  const num = (v: string | null) => (v == null ? null : Number(v));
  return ownerSummary({
    item: n.item, qty: Number(n.qty), unit: n.unit, ceiling: Number(n.max_price), lastPrice: num(n.last_price), market: num(n.market_price),
    suppliers: sups.filter((s) => s.thread.status !== 'thanked' && s.thread.status !== 'ordered').map((s) => ({ id: s.contact_id, name: s.name, thread: s.thread })),
  });
}

/**
 * The order of the last week's negotiation, said when none runs (owner try: right after ordering, "status tawar" said
 * only that nothing was running): "Terakhir: minyak goreng 2 dus dipesan ke Toko Makmur @ Rp180.000/dus, barang belum
 * datang."
 */
async function lastOrder(ctx: AgentContext): Promise<string | null> {
  const { rows } = await ctx.tx.query<{ item: string; qty: string; unit: string; price: string; name: string; arrived: boolean }>(
    `select n.item, n.qty::text, n.unit, o.price::text, c.name, n.transaction_id is not null as arrived
       from negotiations n join negotiation_offers o on o.id = n.agreed_offer_id join contacts c on c.id = o.contact_id
      where n.tenant_id = $1 and n.status = 'ordered' and n.updated_at > $2::timestamptz - interval '7 days'
      order by n.updated_at desc limit 1`, [ctx.tenant.id, ctx.now]);
  const o = rows[0];
  if (!o) return null;
  const arrived = o.arrived ? 'barangnya sudah datang dan tercatat' : `barang belum datang (kabari saya: "barang dari ${o.name.toLowerCase()} sudah datang")`;
  return `Terakhir: ${o.item} ${formatQty(Number(o.qty))} ${o.unit} dipesan ke ${o.name} @ ${formatRupiah(Number(o.price))}/${o.unit}, ${arrived}.`;
}
