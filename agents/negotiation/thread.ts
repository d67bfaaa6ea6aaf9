// One supplier's side of a negotiation as a state machine. Pure: the thread and the supplier's text in,
// the new thread and at most one message out. Prices in the message come from the policy only; the
// text is read for numbers and nothing else.
import { formatQty, formatRupiah } from '../../core/format.ts';
import { decide, floorTo, MAX_ROUNDS, step, type CounterState, type Decision } from './policy.ts';
import { readBrand, readQuote, type QuoteDetails, type ReadContext, type Reading, type Terms } from './read-quote.ts';
import type { Outgoing } from './templates.ts';
import type { SaidSize } from './units.ts';

export type ThreadStatus =
  | 'asked' | 'bargaining' | 'agreed' | 'final' | 'declined' | 'walked' | 'silent' | 'ordered' | 'thanked';

/** A supplier has given a final answer: the owner's summary may go out when every thread is here. */
export const answered: ReadonlySet<ThreadStatus> = new Set(['agreed', 'final', 'declined', 'walked', 'silent']);

export interface Thread {
  status: ThreadStatus;
  offers: number[];                // ours, per unit
  asks: number[];                  // theirs, per unit
  /** The one clarifying question was asked. */
  asked: boolean;
  /** The message the question was about, re-read together with the answer. */
  pendingText: string | null;
  /** Price both sides named; the owner still has to confirm. */
  agreed: number | null;
  /** The supplier agreed to this price and later asked more. */
  raisedFrom: number | null;
  delivery: number | null;
  terms: Terms | null;
  available: number | null;
  /** The smallest order the supplier takes, in the negotiation's unit, when above the count asked. */
  minimum: number | null;
  when: string | null;
  /** What one unit holds, as the supplier said: the stock counts it when the goods arrive. */
  size: { size: number; base: string } | null;
  /** Another brand than asked, as the supplier offered it: the owner's summary names it. */
  brand: string | null;
  /** Pack sizes the supplier said ("1 dus isi 12 liter"), newest first: later prices per pack convert through them. */
  sizes: SaidSize[];
  nudged: boolean;
}

export interface Deal {
  item: string; qty: number; unit: string; ceiling: number; target: number;
  /** The lowest price another supplier of this haggle stands at for the whole order: no counter here goes as high. */
  inHand?: number | null;
}

/** A new thread; `size` is what one pack holds as the owner asked it ("beras karung 25 kg"), until the supplier says its own. */
export const newThread = (size: Thread['size'] = null): Thread => ({
  status: 'asked', offers: [], asks: [], asked: false, pendingText: null, agreed: null, raisedFrom: null,
  delivery: null, terms: null, available: null, minimum: null, when: null, size, brand: null, sizes: [], nudged: false,
});

export interface StepResult { thread: Thread; out: Outgoing | null }

const open: ReadonlySet<ThreadStatus> = new Set(['asked', 'bargaining', 'agreed', 'final', 'silent']);

/** The price the owner would pay this supplier per unit, if any within the ceiling. */
export function standingPrice(t: Thread, ceiling: number): number | null {
  // A price the supplier asked within the limit stands while we still bargain under it (a helper's early pick of "93rb
  // sebal", limit Rp95.000, was told "di atas batas" and the haggle failed).
  const p = t.agreed ?? (t.status === 'final' || t.status === 'bargaining' || t.status === 'silent' ? t.asks[t.asks.length - 1] ?? null : null);
  return p != null && p <= ceiling ? p : null;
}

/** What a supplier's message is read against: the deal and what the thread has said so far. */
// What the owner's pack holds, as asked ("beras 4 karung (isi 25 kg)"), counts until the supplier says its own (a helper's
// supplier quoting "14rb/kg" was asked "1 karung isinya berapa kg?").
export const readContext = (deal: Deal, t: Thread): ReadContext => ({
  item: deal.item, unit: deal.unit, established: t.asks.length > 0 || t.offers.length > 0, lastOffer: t.offers.at(-1) ?? null, asked: t.asked,
  reference: deal.ceiling, qty: deal.qty,
  known: t.size && !t.sizes.some((s) => s.pack === deal.unit) ? [...t.sizes, { pack: deal.unit, ...t.size }] : t.sizes,
});

/**
 * A lower price a supplier offers after the summary went to the owner ("820 wae ra popo" after Rp830.000 agreed): the
 * thread standing at it, so the owner's pick orders at it (a helper's order went out Rp20.000 dearer); else null.
 */
// "barusan distributor naikin harga, aqua jadi 57 sedus": a price said as raised.
export const raisedRe = /\b(?:naik|naikin|dinaikin|dinaikkan|dinaikan|mundak|mundhak|munggah|unggah|undak|ngundak)\b/;

/**
 * What a reading changes of a thread already summed up: a delivery fee told (or dropped), and less in stock than asked ("stok
 * cuma 1 karung, sy kirim 1 aja": what comes; two sacks were booked on arrival). Null where it says nothing new.
 */
export function laterNews(r: Reading, deal: Deal, t: Thread): { ship: number | null; short: number | null } {
  const ship = 'delivery' in r && r.delivery != null && r.delivery !== (t.delivery ?? 0) ? r.delivery : null;
  const short = 'available' in r && r.available != null && r.available > 0 && r.available < deal.qty && r.available !== t.available ? r.available : null;
  return { ship, short };
}

/** The thread with that news kept. */
export const withLaterNews = (t: Thread, n: { ship: number | null; short: number | null }): Thread =>
  ({ ...t, ...(n.ship != null ? { delivery: n.ship } : {}), ...(n.short != null ? { available: n.short } : {}) });

/** The news as the owner reads it: "ongkir Rp10.000", "gratis ongkir", "stoknya cuma 6 kg". */
export const laterNewsText = (n: { ship: number | null; short: number | null }, unit: string): string[] =>
  [n.ship != null ? (n.ship ? `ongkir ${formatRupiah(n.ship)}` : 'gratis ongkir') : null, n.short != null ? `stoknya cuma ${formatQty(n.short)} ${unit}` : null]
    .filter((x): x is string => x != null);

export function changedAfterSummary(deal: Deal, t: Thread, text: string): Thread | null {
  const standing = standingPrice(t, deal.ceiling);
  if (standing == null) return null;
  const r = readQuote(text, { ...readContext(deal, t), established: true, asked: true });
  // "ya udah 26rb, gratis ongkir deh": the delivery dropped counts too (a helper's order still added the Rp10.000); so does
  // a fee told after the summary ("ongkir 10rb ya": the supplier billed Rp278.000, Rp268.000 was booked). The owner hears it.
  const { ship, short } = laterNews(r, deal, t);
  // A price said as raised stands too, above the limit or not (a helper's order went out at the summary's Rp51.000 a dus
  // after the supplier had said Rp57.000, over the owner's Rp55.000; the supplier billed Rp57.000). Only with a word for
  // "went up": a total or a repeat said after the summary must not move the price.
  const dearer = r.kind === 'price' && r.price > standing && raisedRe.test(text.toLowerCase()) ? r.price : null;
  const cheaper = r.kind === 'price' && r.price < standing && r.price > 0 ? r.price : dearer;
  if (cheaper == null && ship == null && short == null) return null;
  const next = withLaterNews(t, { ship, short });
  if (cheaper == null) return next;
  return t.agreed != null ? { ...next, agreed: cheaper, asks: [...t.asks, cheaper] } : { ...next, status: 'final', asks: [...t.asks, cheaper] };
}

/** The numbers' source: the Boulware policy; the benchmark passes a naive one through the same machine. */
export type Policy = (s: CounterState) => Decision;

const packHolds = /^(?:isi(?:nya)?\s*)?\d+(?:[.,]\d+)?\s*(?:kg|kilo|kilogram|liter|litre|ltr|lt|l|pcs|biji|butir|bks|bungkus|sachet|botol|btl|pouch)?(?:\s+(?:kak|pak|bu|ya|aja|saja|mas|mbak|bos|boss|gan|lah|deh|dong|bang|kang|teh|om|koh))*\s*[.!]*$/i;

export function onSupplierText(deal: Deal, thread: Thread, text: string, policy: Policy = decide): StepResult {
  if (!open.has(thread.status)) return { thread, out: null };
  const t: Thread = { ...thread, offers: [...thread.offers], asks: [...thread.asks] };
  const ctx = readContext(deal, t);
  let r = readQuote(text, ctx);
  // "1 karung isinya berapa kg, Pak?" → "25kg kak", "1 renteng isinya berapa sachet?" → "10": a bare measure answers what
  // the pack asked about holds (a helper's haggle read the sack's Rp320.000 as a kilo's and offered Rp14.000/kg, more than
  // the Rp12.800 asked; a bare "10" was a price of Rp10.000 a renteng, accepted).
  const asked = t.pendingText && packHolds.test(text.trim()) ? readQuote(t.pendingText, { ...ctx, asked: false }) : null;
  const pack = asked?.kind === 'unclear' ? asked.pack : undefined;
  // The question's message and the answer apart, with a comma: "2.300 per botol 1 dus isi 24" read a botol as holding a dus
  // (Rp2.300 a dus was agreed and ordered).
  if (pack) r = readQuote(`${t.pendingText}, 1 ${pack} isi ${text.trim().replace(/^isi(?:nya)?\s*/i, '')}`, { ...ctx, asked: true });
  // Apart with a comma too: "ongkir 20rb" then "sepeti 15 kg" read as Rp20.000 a peti (a helper's order paid the fee twice).
  else if (t.pendingText && r.kind !== 'price') r = readQuote(`${t.pendingText}, ${text}`, { ...ctx, asked: true });
  if ('delivery' in r) keepDetails(t, r);
  // "minyakita kosong, adanya fortune 1L 16.500" asked about: the brand stays when the price comes alone after it (Fortune
  // was ordered and stocked as Minyakita).
  else t.brand = readBrand(text.toLowerCase(), deal.item) ?? t.brand;

  switch (r.kind) {
    case 'unclear':
      if (t.asked) return { thread: t, out: null };
      return { thread: { ...t, asked: true, pendingText: text }, out: { kind: 'question', question: r.question } };
    case 'other':
      if (t.asks.length === 0 && !t.asked) {
        return { thread: { ...t, asked: true }, out: { kind: 'question', question: `Harganya berapa per ${deal.unit}, Pak?` } };
      }
      return { thread: t, out: null };
    case 'decline': {
      t.pendingText = null;
      if (r.minimum != null) t.minimum = r.minimum;
      const last = t.asks.at(-1);
      if (last == null) return { thread: { ...t, status: 'declined' }, out: { kind: 'noted' } };
      return last <= deal.ceiling ? { thread: { ...t, status: 'final' }, out: { kind: 'hold' } } : { thread: { ...t, status: 'walked' }, out: { kind: 'walk' } };
    }
    case 'agree': {
      const ours = t.offers.at(-1);
      if (ours == null || t.status === 'agreed') return { thread: t, out: null };
      return { thread: { ...t, status: 'agreed', agreed: ours, pendingText: null }, out: { kind: 'accept', price: ours } };
    }
    case 'price':
      return onPrice(deal, { ...t, pendingText: null }, r.price, r.final, policy);
  }
}

function onPrice(deal: Deal, t: Thread, price: number, final: boolean, policy: Policy): StepResult {
  if (t.status === 'agreed' && t.agreed != null && price > t.agreed) {
    t.raisedFrom = t.agreed;
    t.agreed = null;
  } else if (t.status === 'agreed' && t.agreed != null && price <= t.agreed) {
    return { thread: { ...t, agreed: price, asks: [...t.asks, price] }, out: null };
  }
  t.asks.push(price);
  // A cheaper price in hand from another supplier caps what we offer here, a step under it: the owner would pick that one
  // (a helper's haggle countered the Rp27.000 limit while Rp25.500 stood elsewhere).
  const cap = deal.inHand != null && deal.inHand <= deal.ceiling ? floorTo(deal.inHand - step(deal.inHand)) : deal.ceiling;
  const state: CounterState = { ceiling: cap, target: Math.min(deal.target, cap), offers: t.offers, asks: t.asks };
  const d = policy(state);
  if (d.kind === 'accept') return { thread: { ...t, status: 'agreed', agreed: d.price }, out: { kind: 'accept', price: d.price } };
  // "Harga pas" within the ceiling: no more haggling, the owner decides.
  // Above it ("mentok 16.700" with a limit of 16.500) a small step up from our offer would only be refused:
  // our last word is the most the owner allows, said once; refused, the round limit or a decline ends it.
  if (final && price > deal.ceiling && d.kind === 'counter') {
    const most = floorTo(cap);
    if ((t.offers.at(-1) ?? 0) >= most) return { thread: { ...t, status: 'walked' }, out: { kind: 'walk' } };
    t.offers.push(most);
    return { thread: { ...t, status: 'bargaining' }, out: { kind: 'counter', price: most, final: true } };
  }
  // Capped at or under our last offer, there is nothing higher to say: offers never go down.
  const noHigher = d.kind === 'counter' && d.price <= (t.offers.at(-1) ?? 0);
  if ((final && price <= deal.ceiling) || d.kind === 'hold' || d.kind === 'walk' || noHigher) {
    return price <= deal.ceiling
      ? { thread: { ...t, status: 'final' }, out: { kind: 'hold' } }
      : { thread: { ...t, status: 'walked' }, out: { kind: 'walk' } };
  }
  t.offers.push(d.price);
  return { thread: { ...t, status: 'bargaining' }, out: { kind: 'counter', price: d.price, final: d.final } };
}

function keepDetails(t: Thread, d: QuoteDetails) {
  if (d.delivery != null) t.delivery = d.delivery;
  if (d.terms) t.terms = d.terms;
  if (d.available != null) t.available = d.available;
  if (d.minimum != null) t.minimum = d.minimum;
  if (d.when) t.when = d.when;
  if (d.size) t.size = d.size;
  if (d.brand) t.brand = d.brand;
  if (d.sizes.length) t.sizes = [...d.sizes, ...t.sizes.filter((s) => !d.sizes.some((n) => n.pack === s.pack))];
}

export { MAX_ROUNDS };
