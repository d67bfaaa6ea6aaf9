// Name-only spans that are not goods, removed after the item reader: headings and stray words before the verb.
import { knownGoods } from './gazetteer.ts';
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
