// The booked items as the owner said them, and which line a correction names: shared by every correction that
// re-books an entry (the count, the price, the goods, the person, the payment).
import type { FrameItem } from '../../../core/frame.ts';
import type { ResolvedItem } from '../types.ts';

/** "gulanya", jv "telore", su "berasna": the goods with a possessive ("the sugar") are the goods. */
export const possessive = /^(\p{L}{3,}?)(?:nya|ne|na|e)$/u;

/** The item as the owner said it: the pack or measure said, and only the money they stated. */
export function asSaid(i: ResolvedItem): FrameItem {
  const legacy = i.stated === undefined; // booked before `stated` existed: keep both numbers
  // A part of one total said for several lines is not the owner's number for this line: it is shared again.
  if (i.stated?.shared) return asSaid({ ...i, stated: null });
  return {
    product: i.name,
    qty: i.said?.qty ?? i.qty,
    unit: i.said?.unit ?? i.unit,
    unit_price: legacy ? i.unitPrice : (i.stated?.unitPrice ?? null),
    total: legacy ? i.total : (i.stated?.total ?? null),
    // A pack keeps its size, so it converts again without asking.
    pack_size: i.said && i.said.size >= 1 ? i.said.size : null,
    pack_base_unit: null,
  };
}

/** The one line whose goods the correction names best (by words of its name or as typed, a possessive taken off); else -1. */
export function namedLine(booked: ResolvedItem[], said: string): number {
  const words = said.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 3).flatMap((w) => [w, possessive.exec(w)?.[1] ?? w]);
  // "mie sedap soto 4" after Mie Sedaap Soto and Mie Sedaap Goreng: the line with the most words said.
  const scores = booked.map((b) => {
    const names = `${b.name} ${b.typed ?? ''}`.toLowerCase().split(/[^\p{L}]+/u);
    return new Set(words.filter((w) => names.includes(w))).size;
  });
  const best = Math.max(0, ...scores);
  return best > 0 && scores.filter((n) => n === best).length === 1 ? scores.indexOf(best) : -1;
}
