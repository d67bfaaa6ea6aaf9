// "buatin promo minggu ini" → a short WhatsApp-ready promo from the real catalogue: what sells, what
// is overstocked, what got cheaper at the market this week. Every number comes from the database
// (selling prices). The template writes it; when an LLM is configured it rewrites the template's text,
// and its answer is sent only when promo-guard.ts finds nothing but the database's numbers in it.
import { formatRupiah } from '../../core/format.ts';
import { loadPrompt } from '../../prompts/load.ts';
import type { Tx } from '../../core/db/tenant.ts';
import type { Agent } from '../router/types.ts';
import { acceptPromoText } from './promo-guard.ts';
import { priceViews } from './read.ts';
import { tenantRegion } from './region.ts';

export interface PromoItem { name: string; unit: string; price: number }
export interface PromoData { warung: string; bestSellers: PromoItem[]; overstocked: PromoItem[]; cheaper: (PromoItem & { drop: number })[] }

const DAY_MS = 86_400_000;

export async function promoData(tx: Tx, tenant: { id: string; name: string }, now: Date): Promise<PromoData> {
  const best = await tx.query<PromoItem & { sold: number }>(
    `select p.name, p.unit, p.sell_price as price, sum(l.qty) as sold
     from public.transaction_lines l
     join public.transactions t on t.tenant_id = l.tenant_id and t.id = l.transaction_id
     join public.products p on p.tenant_id = l.tenant_id and p.id = l.product_id
     where l.tenant_id = $1 and t.kind = 'sale' and t.status = 'posted' and t.occurred_at > $2 and t.occurred_at <= $3
       and p.active and p.sell_price is not null
     group by p.id, p.name, p.unit, p.sell_price order by sold desc, p.name limit 3`,
    [tenant.id, new Date(now.getTime() - 7 * DAY_MS), now]);
  // Overstocked: stock for more than four times what sold in the last two weeks.
  const over = await tx.query<PromoItem>(
    `select p.name, p.unit, p.sell_price as price
     from public.products p
     join public.stock_levels s on s.tenant_id = p.tenant_id and s.product_id = p.id
     left join lateral (
       select coalesce(sum(l.qty), 0) as sold from public.transaction_lines l
       join public.transactions t on t.tenant_id = l.tenant_id and t.id = l.transaction_id
       where l.tenant_id = p.tenant_id and l.product_id = p.id and t.kind = 'sale' and t.status = 'posted'
         and t.occurred_at > $2 and t.occurred_at <= $3) q on true
     where p.tenant_id = $1 and p.active and p.sell_price is not null and s.level > 0 and s.level > 4 * q.sold
       and p.name <> all($4::text[])
     order by s.level * p.sell_price desc, p.name limit 2`,
    [tenant.id, new Date(now.getTime() - 14 * DAY_MS), now, best.rows.map((r) => r.name)]);
  const commodityProducts = await tx.query<PromoItem & { commodity: string }>(
    `select distinct on (p.commodity) p.commodity, p.name, p.unit, p.sell_price as price
     from public.products p
     where p.tenant_id = $1 and p.active and p.sell_price is not null and p.commodity is not null order by p.commodity, p.name`, [tenant.id]);
  const region = await tenantRegion(tx, tenant.id);
  const cheaper: PromoData['cheaper'] = [];
  const views = await priceViews(tx, tenant.id, commodityProducts.rows.map((p) => p.commodity), region, now);
  for (const [i, p] of commodityProducts.rows.entries()) {
    const o = views[i]?.official;
    if (o?.weekAgo && o.price < o.weekAgo * 0.97 && now.getTime() - o.at.getTime() < 7 * DAY_MS) {
      cheaper.push({ name: p.name, unit: p.unit, price: p.price, drop: Math.round((1 - o.price / o.weekAgo) * 100) });
    }
  }
  return { warung: tenant.name, bestSellers: best.rows.map(({ name, unit, price }) => ({ name, unit, price })), overstocked: over.rows, cheaper: cheaper.slice(0, 2) };
}

const line = (i: PromoItem) => `• ${i.name} — ${formatRupiah(i.price)}/${i.unit}`;

export function promoText(d: PromoData): string | null {
  const parts: string[] = [`🛒 *PROMO ${d.warung.toUpperCase()} MINGGU INI* 🛒`];
  if (d.bestSellers.length) parts.push(`🔥 Paling laris:\n${d.bestSellers.map(line).join('\n')}`);
  if (d.overstocked.length) parts.push(`📦 Stok melimpah, ayo borong:\n${d.overstocked.map(line).join('\n')}`);
  if (d.cheaper.length) parts.push(`🌶️ Harga pasar lagi turun:\n${d.cheaper.map(line).join('\n')}`);
  if (parts.length === 1) return null;
  parts.push(`Yuk mampir ke ${d.warung}! 🙏`);
  return parts.join('\n\n');
}

/** Any text model: the prompt in, the text out (Llm.writeText). */
export type WriteText = (prompt: string) => Promise<string>;
const WRITE_TIMEOUT_MS = 15_000;

/** The promo: the template's text, or the model's rewording of it when the guard accepts it. */
export async function writePromo(d: PromoData, write: WriteText | null): Promise<string | null> {
  const draft = promoText(d);
  if (!draft || !write) return draft;
  let timer: NodeJS.Timeout | undefined;
  try {
    const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('timeout')), WRITE_TIMEOUT_MS); });
    const text = await Promise.race([write(loadPrompt('promo-text', { warung: d.warung, draft })), late]);
    return acceptPromoText(text, d, draft) ?? draft;
  } catch {
    return draft; // a model that is down or slow never blocks the promo
  } finally {
    clearTimeout(timer);
  }
}

export const promo: Agent = async (ctx) => {
  const llm = ctx.llm;
  const write: WriteText | null = llm?.writeText ? (prompt) => llm.writeText!(prompt) : null;
  const text = await writePromo(await promoData(ctx.tx, ctx.tenant, ctx.now), write);
  if (!text) return { replies: [{ text: 'Belum ada bahan promo, Kak: catat dulu jualan dan harga jualnya, nanti promonya Juragan buatkan.' }] };
  return { replies: [{ text: 'Ini teks promonya, Kak 👇 Tinggal diteruskan ke pelanggan atau dipasang di status WhatsApp.' }, { text }] };
};
