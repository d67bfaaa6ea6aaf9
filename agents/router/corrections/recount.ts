// "laku sampoerna 2 70rb" then "eh 3 bungkus": the count changed, and the Rp70.000 said for two may be the money for
// three (a deal, the cash taken) or the price of two (then three are Rp105.000). Neither is safe to guess (owner tries
// booked 3 packs at Rp70.000, under cost, and 3 dus of Aqua at the price of 2), so it is asked before anything changes.
// So is the money said for goods named wrong ("laku rinso 1 26rb", "bukan rinso, sunlight": the Rp26.000 taken, or
// Sunlight's own Rp6.000?).
import { formatQty, formatRupiah } from '../../../core/format.ts';
import type { Frame } from '../../../core/frame.ts';
import { canonicalUnit } from '../../../core/units.ts';
import { clean, readAmount, readYesNo } from '../answers.ts';
import { proceed } from '../book.ts';
import type { Env } from '../env.ts';
import { putPending } from '../state.ts';
import type { Pending, Work } from '../state-schema.ts';
import type { BookedEvent, Reply } from '../types.ts';
import { asSaid } from './said-items.ts';
import { readPart } from './said-numbers.ts';
import type { Correction } from './read.ts';
import { findProduct } from '../catalogue/resolve-items.ts';

type Recount = Extract<Pending, { kind: 'recount' }>;

/**
 * The one line whose count the correction changed while its stated total was kept as it was said; -1 when none
 * (a unit price said, a shelf price followed, the money said again with the count).
 */
function keptTotalLine(booked: BookedEvent, frame: Frame): number {
  const said = booked.frame.items.map(asSaid);
  if (said.length !== frame.items.length) return -1;
  const changed = frame.items.flatMap((it, i) => {
    const was = said[i]!;
    const sameUnit = it.unit === was.unit || (it.unit != null && was.unit != null && canonicalUnit(it.unit) === canonicalUnit(was.unit));
    return it.qty !== was.qty && was.qty != null && was.qty > 0 && sameUnit && it.unit_price == null && it.total != null && it.total === was.total ? [i] : [];
  });
  return changed.length === 1 ? changed[0]! : -1;
}

/** The question before a corrected entry is booked again with the money it had, or null when there is none to ask. */
export async function askMoneyKept(env: Env, booked: BookedEvent, frame: Frame, c?: Correction): Promise<Reply[] | null> {
  // Only a count said alone: "eh 3 bungkus 105rb" said the money too.
  const counted = c && !readPart(c.to)?.money && (c.to.match(/\d+(?:[.,]\d+)?/g) ?? []).length === 1 ? keptTotalLine(booked, frame) : -1;
  if (counted >= 0) {
    const was = asSaid(booked.frame.items[counted]!);
    const it = frame.items[counted]!;
    const each = Math.round(was.total! / was.qty!);
    const unit = it.unit ? ` ${it.unit}` : '';
    // From the total, not the rounded price of one: Rp50.000 for 3 is Rp66.667 for 4, not Rp66.668.
    const other = Math.round((was.total! * it.qty!) / was.qty!);
    return ask(env, booked, frame, counted, other, `Jadi ${formatQty(it.qty!)}${unit} ${booked.frame.items[counted]!.name}, Kak. Totalnya tetap ${formatRupiah(it.total!)}, `
      + `atau jadi ${formatRupiah(other)} (${formatRupiah(each)}${unit ? `/${unit.trim()}` : ' satu'})?`);
  }
  // Other goods for a sale, with the money said kept: asked when the goods' own price says otherwise.
  const said = booked.frame.items.map(asSaid);
  const swapped = booked.frame.intent === 'sale' && said.length === frame.items.length
    ? frame.items.findIndex((it, i) => it.product !== said[i]!.product && it.total != null && it.total === said[i]!.total && it.unit == null) : -1;
  if (swapped < 0) return null;
  const it = frame.items[swapped]!;
  const found = await findProduct(env.tx, env.agentCtx.tenant.id, it.product);
  const p = found.kind === 'match' ? found.item : null;
  const other = p?.sellPrice != null && it.qty != null ? Math.round(p.sellPrice * it.qty) : null;
  if (!p || other == null || other === it.total) return null;
  return ask(env, booked, frame, swapped, other,
    `Jadi ${formatQty(it.qty!)} ${p.unit} ${p.name}, Kak. Totalnya tetap ${formatRupiah(it.total!)}, atau pakai harga ${p.name}: ${formatRupiah(other)}?`);
}

/** Asks whether the total stays or becomes `other`; the corrected booking waits in the question. */
async function ask(env: Env, booked: BookedEvent, frame: Frame, index: number, other: number, text: string): Promise<Reply[]> {
  const work: Work = { frame, resolved: frame.items.map(() => null), priceKind: [], confirmed: false, replaces: booked };
  await putPending(env, { kind: 'recount', work, index, other });
  return [{ text: `${text} Balas *tetap* atau *${shortRupiah(other)}*.` }];
}

/** The answer: "tetap" (or the same money) keeps the total, the other total (or "ikut") takes it, another amount is the total. */
export async function answerRecount(env: Env, pending: Recount): Promise<Reply[] | null> {
  // "yg 105", su "nu 105rb", jv "dadi 105", Makassar "tetapji": the answer with the words around it.
  const t = clean(env.text).replace(/[.,!?]+$/g, '').trim().replace(/^(?:yg|yang|sing|nu|ingkang|dadi|dados|janten)\s+/, '').replace(/(?<=\p{L}{4})(?:ji|mi)$/u, '');
  const it = pending.work.frame.items[pending.index]!;
  const kept = it.total!;
  const other = pending.other;
  // Only a bare amount is an answer ("100rb", "total 100rb"): "bayar listrik 200rb" is a message of its own.
  let amount = bareAmount.test(t) ? readAmount(t) : null;
  if (amount != null && amount < 1000 && [kept, other].includes(amount * 1000)) amount *= 1000;
  const keep = /^(?:tetap|tetep|ttp|sama|podo|padha|sami|total(?:nya)? tetap)\b/.test(t) || amount === kept;
  const follow = (/^(?:ikut|dikali|naik|ditambah|pakai harga|pake harga|harga biasa|harga toko)\b/.test(t) && amount == null) || amount === other;
  if (!keep && !follow && (amount == null || amount < 1000)) {
    // A yes to "tetap, atau …?" says neither.
    return readYesNo(t) ? [{ text: `Balas *tetap* kalau totalnya tetap ${formatRupiah(kept)}, atau *${shortRupiah(other)}*, Kak.` }] : null;
  }
  const total = keep ? kept : follow ? other : amount!;
  await putPending(env, null);
  const work = structuredClone(pending.work);
  work.frame.items[pending.index] = { ...it, total };
  return proceed(env, work);
}

const bareAmount = /^(?:(?:total|totalnya|jadi|jadinya)\s+)?(?:rp\.?\s*)?\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|jt|juta)?(?:\s+(?:aja|saja|wae|ae|kak|ya))*$/;

/** Rp105.000 → "105rb", the way owners type it. */
const shortRupiah = (n: number) => (n % 1000 === 0 ? `${n / 1000}rb` : formatRupiah(n));
