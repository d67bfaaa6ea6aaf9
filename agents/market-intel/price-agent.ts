// "harga cabe rawit hari ini?" → official price with date, source and trend; the network median;
// this warung's supplier quotes; its own last purchase and selling price. Reads only; books nothing.
import { formatRupiah } from '../../core/format.ts';
import { findProduct } from '../router/catalogue/resolve-items.ts';
import type { Agent, AgentContext } from '../router/types.ts';
import { commoditiesFor } from './names.ts';
import { priceViews } from './read.ts';
import { tenantRegion } from './region.ts';
import { isEmpty, noDataText, priceText } from './reply-text.ts';

const MAX_COMMODITIES = 3;
const examples = 'cabe rawit, bawang merah, beras, telur, minyak, gula';

export const marketPrice: Agent = async (ctx, frame) => {
  const words = frame.items.map((i) => i.name).join(' ').trim();
  if (!words) return { replies: [{ text: `Harga apa, Kak? Contoh: "harga cabe rawit hari ini" (${examples}).` }] };
  const cost = asksOwnCost(ctx) ? await ownCost(ctx, words) : null;
  if (cost) return { replies: [{ text: cost }] };
  // A cashier asking "harga rinso berapa" or "harga minyak brp" wants the shelf price; the market is the owner's business.
  if (ctx.member.role === 'cashier') {
    return { replies: [{ text: (await ownPrice(ctx, words)) ?? `"${words}" belum ada di daftar barang warung, Kak. Tanya pemilik harganya, ya 🙏` }] };
  }
  const commodities = await commoditiesFor(ctx.tx, words);
  if (commodities === null || commodities.length === 0) {
    const none = commodities === null
      ? `Maaf Kak, harga pasar "${words}" belum ada di data. Yang ada misalnya: ${examples}.`
      : `Maaf Kak, "${words}" tidak dicatat panel harga resmi, jadi harga pasarnya belum ada.`;
    return { replies: [{ text: [await ownPrice(ctx, words), none].filter(Boolean).join('\n') }] };
  }
  const region = await tenantRegion(ctx.tx, ctx.tenant.id);
  const place = region.regency ?? region.province;
  const views = (await priceViews(ctx.tx, ctx.tenant.id, commodities.slice(0, MAX_COMMODITIES), region, ctx.now)).map((v) => ({ ...v, place }));
  // Owner try: "harga minyak brp" with no data for any of three oils gave three long "belum ada data" paragraphs.
  if (views.length > 1 && views.every(isEmpty)) {
    const none = noDataText({ ...views[0]!, commodity: views.map((v) => v.commodity).join(', ') });
    return { replies: [{ text: [await ownPrice(ctx, words), none].filter(Boolean).join('\n') }] };
  }
  const texts = views.map((view) => (isEmpty(view) ? noDataText(view) : priceText(view, ctx.now, ctx.tenant.timezone)));
  return { replies: [{ text: texts.join('\n\n') }] };
};

/**
 * "harga sampoerna mild brp": goods no official panel prices are often the warung's own; its selling
 * price answers what the owner (or a cashier) most likely asked.
 */
async function ownPrice(ctx: AgentContext, words: string): Promise<string | null> {
  const found = await findProduct(ctx.tx, ctx.tenant.id, words);
  // "harga minyak brp" with three oils: each one's price (a cashier at the counter asks so).
  const priced = (found.kind === 'match' ? [found.item] : found.kind === 'ambiguous' && !found.weak ? found.choices : [])
    .filter((p) => p.sellPrice != null);
  if (!priced.length) return null;
  if (priced.length === 1) return `Harga jual ${priced[0]!.name} di warung: ${formatRupiah(priced[0]!.sellPrice!)}/${priced[0]!.unit}.`;
  return ['Harga jual di warung:', ...priced.map((p) => `• ${p.name}: ${formatRupiah(p.sellPrice!)}/${p.unit}`)].join('\n');
}

/** "harga modal gula berapa", "modal rokok surya brp", "margin indomie berapa": what the goods cost the warung. */
const costWords = /\b(modal|modalnya|modale|hpp|harga (beli|kulak|kulakan|pokok)|margin|marjin|untung|untungnya|laba|labanya|bathi|bati)\b/i;
// A cashier sees selling prices, not costs (the dashboard hides them from cashiers too).
const asksOwnCost = (ctx: AgentContext) => ctx.member.role !== 'cashier' && costWords.test(ctx.text ?? '');

/** The product's average cost, with its selling price and the margin when both are known; null when not found. */
async function ownCost(ctx: AgentContext, words: string): Promise<string | null> {
  const found = await findProduct(ctx.tx, ctx.tenant.id, words);
  // Owner try: "untung indomie sebungkus berapa" with three Indomie got their selling prices and "no market data".
  if (found.kind === 'ambiguous' && !found.weak) {
    return ['Modal dan untung per barang:', ...found.choices.map((p) => `• ${p.name}: ${costLine(p)}`)].join('\n');
  }
  if (found.kind !== 'match') return null;
  const { name, unit, avgCost, sellPrice } = found.item;
  if (avgCost == null) return `Modal ${name} belum tercatat, Kak: catat kulakannya (misalnya "kulakan ${words} 10 ${unit} 150rb"), nanti modalnya ketahuan.`;
  const cost = Math.round(avgCost);
  const lines = [`Modal ${name}: ${formatRupiah(cost)}/${unit} (rata-rata dari kulakan).`];
  if (sellPrice != null) lines.push(`Harga jual ${formatRupiah(sellPrice)}/${unit}, ${marginText(cost, sellPrice, unit)}.`);
  return lines.join('\n');
}

type Costed = { unit: string; avgCost: number | null; sellPrice: number | null };

/** "modal Rp3.000, jual Rp3.500, untung Rp500/bks (17 %)" for one of several goods. */
function costLine(p: Costed): string {
  if (p.avgCost == null) return `modal belum tercatat${p.sellPrice != null ? `, jual ${formatRupiah(p.sellPrice)}/${p.unit}` : ''}`;
  const cost = Math.round(p.avgCost);
  return p.sellPrice == null ? `modal ${formatRupiah(cost)}/${p.unit}` : `modal ${formatRupiah(cost)}, jual ${formatRupiah(p.sellPrice)}, ${marginText(cost, p.sellPrice, p.unit)}`;
}

const marginText = (cost: number, sell: number, unit: string) =>
  `${sell >= cost ? 'untung' : 'rugi'} ${formatRupiah(Math.abs(sell - cost))}/${unit}${cost > 0 ? ` (${Math.round((100 * (sell - cost)) / cost)}%)` : ''}`;
