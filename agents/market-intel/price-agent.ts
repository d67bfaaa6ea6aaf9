// "harga cabe rawit hari ini?" → official price with date, source and trend; the network median;
// this warung's supplier quotes; its own last purchase and selling price. Reads only; books nothing.
import type { Agent } from '../router/types.ts';
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
  if (commodities === null) return { replies: [{ text: `Maaf Kak, harga pasar "${words}" belum ada di data. Yang ada misalnya: ${examples}.` }] };
  if (commodities.length === 0) return { replies: [{ text: `Maaf Kak, "${words}" tidak dicatat panel harga resmi, jadi harga pasarnya belum ada.` }] };
  const region = await tenantRegion(ctx.tx, ctx.tenant.id);
  const place = region.regency ?? region.province;
  const views = await priceViews(ctx.tx, ctx.tenant.id, commodities.slice(0, MAX_COMMODITIES), region, ctx.now);
  const texts = views.map((v) => {
    const view = { ...v, place };
    return isEmpty(view) ? noDataText(view) : priceText(view, ctx.now, ctx.tenant.timezone);
  });
  return { replies: [{ text: texts.join('\n\n') }] };
};
