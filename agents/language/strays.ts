// Name-only spans that are not goods, removed after the item reader: headings and stray words before the verb.
import { brandsOfKind, knownGoods } from './gazetteer.ts';
import type { Draft } from './items.ts';

const bareName = (d: Draft) => d.name.length > 0 && d.qty === null && d.unit === null && d.total === null && d.unitPrice === null;

/**
 * Removes name-only spans that are not goods: a heading before a colon ("beli bahan: tepung ..."), and a first
 * span the gazetteer does not know when counted or priced goods follow ("anu mas, tadi laku ...").
 */
export function dropStrays(drafts: Draft[]): void {
  const goodsAfter = (i: number) => drafts.slice(i + 1).some((d) => d.name.length > 0 && (d.qty !== null || d.total !== null || d.unitPrice !== null));
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    if (!bareName(d) || !goodsAfter(i)) continue;
    const first = drafts.slice(0, i).every((x) => x.name.length === 0);
    if (d.heading || (first && !knownGoods(d.name))) drafts.splice(i, 1);
  }
}

/**
 * "rokok 3 bungkus sampoerna mild 33rb": the kind counted, then its brand with no count of its own, is one line
 * ("rokok sampoerna mild"; the catalogue match drops the kind's word). "rokok 2 bungkus korek" stays two lines.
 */
export function joinKindAndBrand(drafts: Draft[]): void {
  for (let i = drafts.length - 2; i >= 0; i--) {
    const kind = drafts[i];
    const brand = drafts[i + 1];
    const brands = kind.name.length === 1 ? brandsOfKind[kind.name[0]] : undefined;
    if (!brands || kind.qty === null || brand.qty !== null || !brands.has(brand.name[0] ?? '')) continue;
    if ((kind.total !== null || kind.unitPrice !== null) && (brand.total !== null || brand.unitPrice !== null)) continue;
    kind.name.push(...brand.name);
    kind.unit ??= brand.unit;
    kind.unitPrice ??= brand.unitPrice;
    kind.total ??= brand.total;
    kind.lastName = brand.lastName;
    drafts.splice(i + 1, 1);
  }
}

// "mas joko makan nasi rames 1 + es teh 1": eating or drinking before goods is what the customer did, not part
// of the name; "makan" alone ("kasbon makan 18rb") stays the meal.
const consumeVerbs = new Set(['makan', 'mangan', 'maem', 'dahar', 'neda', 'minum', 'ngombe', 'nginum', 'ngopi', 'ngeteh']);

export function dropConsumeVerb(drafts: Draft[]): void {
  for (const d of drafts) if (d.name.length >= 2 && consumeVerbs.has(d.name[0]!)) d.name.shift();
}
