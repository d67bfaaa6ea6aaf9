// The guard on an LLM's promo text: the database's numbers are the only numbers it may carry. Product
// and warung names are taken out first (they hold digits: "Aqua 600 ml"); then every number left must be
// a price of the promo's products ("Rp3.500", "3,5rb", "3500") or one of its market drops followed by
// "%", and a price written after a product's name must be that product's own. Anything else (a price
// invented or changed, a discount, a date, "beli 2 gratis 1") rejects the text: the template goes. Pure.
import type { PromoData, PromoItem } from './promo.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const numberPattern = /(rp\.?\s*)?(\d{1,3}(?:[.,]\d{3})+(?![\d])|\d+(?:[.,]\d+)?)\s*(rb|ribu|k|jt|juta)?(?![\p{L}\d])(\s*%)?/giu;

interface Found { at: number; value: number; percent: boolean }

/** Every number of a text with its value: "Rp17.500" 17500, "17,5rb" 17500, "2 jt" 2000000, "5 %" 5 (percent). */
export function numbersIn(text: string): Found[] {
  return [...text.matchAll(numberPattern)].map((m) => {
    const digits = m[2]!;
    const grouped = /^\d{1,3}([.,]\d{3})+$/.test(digits) && !m[3];
    let value = grouped ? Number(digits.replace(/[.,]/g, '')) : Number(digits.replace(',', '.'));
    const suffix = m[3]?.toLowerCase();
    if (suffix === 'rb' || suffix === 'ribu' || suffix === 'k') value *= 1000;
    if (suffix === 'jt' || suffix === 'juta') value *= 1_000_000;
    return { at: m.index, value: Math.round(value), percent: Boolean(m[4]) };
  });
}

const items = (d: PromoData): PromoItem[] => [...d.bestSellers, ...d.overstocked, ...d.cheaper];

/** The text when its numbers are all the database's, else null. */
export function acceptPromoText(candidate: string, d: PromoData, draft: string): string | null {
  const text = candidate.trim();
  if (!text || text.length > Math.max(700, 2 * draft.length)) return null;
  const all = items(d);
  const prices = new Set(all.map((i) => i.price));
  const drops = new Set(d.cheaper.map((c) => c.drop));

  // Names out (longest first, so "Minyak Goreng Sania 2 L" goes before a shorter name inside it),
  // each replaced by a marker that remembers which product it was.
  let masked = text;
  const names = [...new Set([d.warung, ...all.map((i) => i.name)])].sort((a, b) => b.length - a.length);
  for (const name of names) masked = masked.replace(new RegExp(escape(name), 'gi'), (m) => `\u0000${names.indexOf(name)}\u0001`.padEnd(m.length, ' '));

  const found = numbersIn(masked.replace(/\u0000\d+\u0001/g, (m) => ' '.repeat(m.length)));
  for (const n of found) {
    if (n.percent ? !drops.has(n.value) : !prices.has(n.value)) return null;
  }
  // A price right after a product's name (before the next name) must be that product's.
  const marks = [...masked.matchAll(/\u0000(\d+)\u0001/g)].map((m) => ({ at: m.index, name: names[Number(m[1])]! }));
  for (const [k, mark] of marks.entries()) {
    const item = all.find((i) => i.name === mark.name);
    if (!item) continue;
    const end = marks[k + 1]?.at ?? masked.length;
    const price = found.find((n) => !n.percent && n.at > mark.at && n.at < end);
    if (price && price.value !== item.price) return null;
  }
  return text;
}
