// "harga cabe rawit hari ini?" → official price with date, source and trend; the network median;
// this warung's supplier quotes; its own last purchase and selling price. Reads only; books nothing.
import { prepared } from '../../core/db/tenant.ts';
import type { Agent, AgentContext } from '../router/types.ts';
import { commoditiesFor } from './names.ts';
import { networkPrice } from './network.ts';
import { latestOfficial, ownPrices, supplierQuotes } from './read.ts';
import { tenantRegion, type Region } from './region.ts';
import { isEmpty, noDataText, priceText, type PriceView } from './reply-text.ts';

const MAX_COMMODITIES = 3;
const examples = 'cabe rawit, bawang merah, beras, telur, minyak, gula';

export const marketPrice: Agent = async (ctx, frame) => {
  const words = frame.items.map((i) => i.name).join(' ').trim();
  if (!words) return { replies: [{ text: `Harga apa, Kak? Contoh: "harga cabe rawit hari ini" (${examples}).` }] };
  const commodities = await commoditiesFor(ctx.tx, words);
  if (commodities === null) return { replies: [{ text: `Maaf Kak, harga pasar "${words}" belum ada di data. Yang ada misalnya: ${examples}.` }] };
  if (commodities.length === 0) return { replies: [{ text: `Maaf Kak, "${words}" tidak dicatat panel harga resmi, jadi harga pasarnya belum ada.` }] };
  const region = await tenantRegion(ctx.tx, ctx.tenant.id);
  const texts: string[] = [];
  for (const c of commodities.slice(0, MAX_COMMODITIES)) {
    const view = await priceView(ctx, c, region);
    texts.push(isEmpty(view) ? noDataText(view) : priceText(view, ctx.now, ctx.tenant.timezone));
  }
  return { replies: [{ text: texts.join('\n\n') }] };
};

export async function priceView(ctx: AgentContext, commodity: string, region: Region): Promise<PriceView> {
  const unitRow = await prepared<{ unit: string }>(ctx.tx, `select unit from public.market_commodities where name = $1`, [commodity]);
  const unit = unitRow.rows[0]?.unit ?? 'kg';
  const official = await latestOfficial(ctx.tx, commodity, region, ctx.now);
  const network = await networkPrice(ctx.tx, { commodity, regency: region.regency, province: region.province, unit, at: ctx.now });
  const quotes = await supplierQuotes(ctx.tx, ctx.tenant.id, commodity, ctx.now);
  const own = await ownPrices(ctx.tx, ctx.tenant.id, commodity, ctx.now);
  return { commodity, unit, place: region.regency ?? region.province, official, network, quotes, own };
}
