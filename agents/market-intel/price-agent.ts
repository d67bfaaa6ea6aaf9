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
  const commodities = await commoditiesFor(ctx.tx, words);
  if (commodities === null || commodities.length === 0) {
    const none = commodities === null
      ? `Maaf Kak, harga pasar "${words}" belum ada di data. Yang ada misalnya: ${examples}.`
      : `Maaf Kak, "${words}" tidak dicatat panel harga resmi, jadi harga pasarnya belum ada.`;
    return { replies: [{ text: [await ownPrice(ctx, words), none].filter(Boolean).join('\n') }] };
  }
  const region = await tenantRegion(ctx.tx, ctx.tenant.id);
  const place = region.regency ?? region.province;
  const views = await priceViews(ctx.tx, ctx.tenant.id, commodities.slice(0, MAX_COMMODITIES), region, ctx.now);
  const texts = views.map((v) => {
    const view = { ...v, place };
    return isEmpty(view) ? noDataText(view) : priceText(view, ctx.now, ctx.tenant.timezone);
  });
  return { replies: [{ text: texts.join('\n\n') }] };
};

/**
 * "harga sampoerna mild brp": goods no official panel prices are often the warung's own; its selling
 * price answers what the owner (or a cashier) most likely asked.
 */
async function ownPrice(ctx: AgentContext, words: string): Promise<string | null> {
  const found = await findProduct(ctx.tx, ctx.tenant.id, words);
  if (found.kind !== 'match' || found.item.sellPrice == null) return null;
  return `Harga jual ${found.item.name} di warung: ${formatRupiah(found.item.sellPrice)}/${found.item.unit}.`;
}
