// A correction while a question about a message is still open: the message asked about (the draft) changes, not the last
// booking, and the question is asked again (pure).
import { formatRupiah } from '../../../core/format.ts';
import type { Frame } from '../../../core/frame.ts';
import { seUnit, unitOf } from '../../language/units.ts';
import type { Pending, Work } from '../state-schema.ts';
import type { ResolvedFrame } from '../types.ts';
import { applyCorrection, correctionWords } from './correct.ts';
import { possessive } from './said-items.ts';
import { readCorrection } from './read.ts';
import { readPriceFollowUp } from './said-numbers.ts';

/**
 * A correction while a question about a message is still open ("pak bejo utang rokok 3 bungkus" →
 * "Rokok yang mana?" → "eh salah, rokoke 2 bungkus"): the owner corrects the message being asked about,
 * not the last booking. The draft with the change, its choices made so far forgotten (they are asked
 * again) and a line saying what changed, or null when the message is no correction or does not fit the draft.
 */
export function correctDraft(p: Pending, text: string): { work: Work; note: string } | null {
  const work = (p as { work?: Work }).work;
  if (!work) return null;
  // "gasnya jadi 1" while "per tabung atau total?" waits: the goods named back with a count (a try: "jadi" was read as
  // "total", and 2 tubes booked at Rp12.500).
  const c = readCorrection(text) ?? readPriceFollowUp(text, work.frame.items.map((i) => ({ name: i.product, qty: i.qty ?? undefined })));
  if (!c) return null;
  // "eh le minerale tadi salah, harusnya 3 botol 12rb" while new goods' price is asked: goods the draft does not have are
  // an earlier entry's (corrections try: the new bakwan became 3 botol at Rp4.000 and the Le Minerale sale stayed), also
  // with no "tadi" ("eh korek 2, bukan 1" made the rokok waiting for a name 2 packs): beside-question.ts.
  if (!draftNamed(work, c.to)) return null;
  // "surya 12 2" held, then "eh salah, surya 16 nya": the number names other goods, it is no count (16 packs were booked).
  const swapped = otherNumbered(work, c.to);
  if (swapped) {
    const goods = swapped.items.find((it, k) => it.product !== work.frame.items[k]?.product)!.product;
    return { work: { ...work, frame: swapped, resolved: swapped.items.map(() => null), priceKind: [], confirmed: false }, note: `Oke Kak, barangnya jadi ${goods}.` };
  }
  // Money asked about (per piece or total?) is the number said, not the price a piece the parser shared it into: "minyakita 3
  // biji, 17500" then "eh … 2 ji, bukan 3" booked 2 at Rp5.833 (a Makassar try). It stays asked, for the new count.
  const asked = (k: number) => p.kind === 'price_kind' && p.index === k;
  const asBooked: ResolvedFrame = {
    ...work.frame, contactId: null,
    items: work.frame.items.map((i, k) => {
      const unitPrice = asked(k) ? null : i.unit_price;
      return { productId: null, name: i.product, qty: i.qty ?? 0, unit: i.unit, unitPrice, total: i.total, said: null, stated: { unitPrice, total: i.total } };
    }),
  };
  const fixed = applyCorrection(asBooked, c);
  if (!fixed) return null;
  const keepsAsked = (k: number) => asked(k) && fixed.items[k]?.total != null && fixed.items[k]!.total === work.frame.items[k]?.total;
  const items = fixed.items.map((it, k) => ({ ...work.frame.items[k], ...it,
    ...(keepsAsked(k) && it.qty ? { unit_price: Math.round(it.total! / it.qty) } : {}) }));
  // "indomie 2 sama aqua 1, total 10rb": a total said for the whole message, no line priced, still holds.
  const whole = work.frame.items.every((i) => i.total == null && i.unit_price == null) ? work.frame.amount : null;
  const frame = { ...work.frame, ...fixed, items, amount: fixed.amount ?? whole };
  const priceKind = items.map((_, k) => (keepsAsked(k) ? work.priceKind[k] ?? null : null));
  // The money still asked is not said back as a price ("minyakita jadi 2 biji", not "@Rp8.750").
  const said = { ...frame, items: items.map((it, k) => (keepsAsked(k) ? { ...it, unit_price: null, total: null } : it)) };
  return { work: { ...work, frame, resolved: items.map(() => null), priceKind, confirmed: false }, note: changeText(work.frame, said) };
}

/** The correction names goods of the draft, or none at all. */
export function draftNamed(work: Work, to: string): boolean {
  const words = (to.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => unitOf(w) === null && seUnit(w) === null && !correctionWords.has(w));
  const drafted = work.frame.items.map((i) => i.product.toLowerCase()).join(' ');
  return words.length === 0 || words.some((w) => drafted.includes(w) || drafted.includes(possessive.exec(w)?.[1] ?? w));
}

/** "Oke Kak, rokok jadi 2 bungkus." — what a draft correction changed, said before the question again. */
function changeText(before: Frame, after: Frame): string {
  const i = after.items.findIndex((it, k) => {
    const was = before.items[k];
    return !was || was.product !== it.product || was.qty !== it.qty || was.unit !== it.unit || was.unit_price !== it.unit_price || was.total !== it.total;
  });
  const it = after.items[i];
  if (!it) return 'Oke Kak, sudah saya ubah.';
  const money = it.unit_price != null ? ` @${formatRupiah(it.unit_price)}` : it.total != null ? ` ${formatRupiah(it.total)}` : '';
  return `Oke Kak, ${it.product} jadi ${[it.qty, it.unit].filter((x) => x != null).join(' ')}${money}.`.replace(' jadi .', '.');
}

/** "surya 16" said for a draft of "surya 12": the goods' name with another number, as a draft of those goods; else null. */
function otherNumbered(work: Work, to: string): Frame | null {
  const said = /^(\p{L}{3,}(?:\s+\p{L}+)*)\s+(\d{1,4})(?:\s*(?:nya|ne|na))?$/u.exec(to.toLowerCase().trim());
  if (!said) return null;
  const [, word, n] = said;
  const last = word!.split(/\s+/).at(-1)!;
  const k = work.frame.items.findIndex((i) => new RegExp(String.raw`\b${last}\s+(\d{1,4})\b`).exec(i.product.toLowerCase())?.[1] !== undefined
    && !new RegExp(String.raw`\b${last}\s+${n}\b`).test(i.product.toLowerCase()));
  if (k < 0) return null;
  const items = work.frame.items.map((i, j) => (j === k ? { ...i, product: i.product.replace(new RegExp(String.raw`\b(${last})\s+\d{1,4}\b`, 'i'), `$1 ${n}`) } : i));
  return { ...work.frame, items };
}
