// Plays one whole negotiation in memory: our thread machine and templates against simulated suppliers,
// then the owner's summary and (when the owner says a number) the order. Pure apart from the given rng.
// The property tests and bench/negotiation.ts use it; the chat flow uses the same thread and templates.
import { acceptPhrasing } from '../phrasing.ts';
import { MAX_ROUNDS, targetPrice } from '../policy.ts';
import { ownerSummary, readChoice, type Summary } from '../summary.ts';
import { supplierText, type Outgoing } from '../templates.ts';
import { newThread, onSupplierText, answered, type Deal, type Policy, type Thread } from '../thread.ts';
import type { Persona } from './personas.ts';
import { SimSupplier } from './supplier.ts';

export interface SimSpec {
  item: string; qty: number; unit: string; ceiling: number; lastPrice: number | null; market: number | null;
  suppliers: { persona: Persona; floor: number }[];
  /** What the owner answers to the summary: "1", "tidak", or null for no answer. */
  owner: (s: Summary) => string | null;
  policy?: Policy;
  /** A stand-in for the LLM that rewords each message (as the chat flow's phraseMessage, under the same guard). */
  reword?: (draft: string, out: Outgoing) => string;
}

export interface Sent { to: number; out: Outgoing; text: string; draft: string; afterOwner: boolean }

export interface SimResult {
  sent: Sent[];
  threads: Thread[];
  summary: Summary;
  firstQuotes: (number | null)[];
  chosen: { index: number; price: number; landed: number } | null;
  rounds: number[];
}

export function simulate(spec: SimSpec): SimResult {
  const target = targetPrice(spec);
  const deal: Deal = { item: spec.item, qty: spec.qty, unit: spec.unit, ceiling: spec.ceiling, target };
  const ask = { item: spec.item, qty: spec.qty, unit: spec.unit };
  const sims = spec.suppliers.map((s) => new SimSupplier(s.persona, s.floor));
  const threads = sims.map(() => newThread());
  const sent: Sent[] = [];
  const firstQuotes: (number | null)[] = sims.map(() => null);
  const name = (i: number) => `Supplier ${i + 1}`;
  const send = (i: number, out: Outgoing, afterOwner = false) => {
    const draft = supplierText(out, ask, name(i));
    const text = spec.reword && out.kind !== 'question' ? acceptPhrasing(spec.reword(draft, out), draft, out) : draft;
    sent.push({ to: i, out, text, draft, afterOwner });
    return text;
  };

  sims.forEach((sim, i) => {
    let ours = send(i, { kind: 'request' });
    // Enough turns for questions, MAX_ROUNDS counters and a raise after agreement.
    for (let turn = 0; turn < MAX_ROUNDS + 6; turn++) {
      let theirs = sim.reply(ours);
      if (theirs == null && turn === 0 && !threads[i]!.nudged) {
        threads[i] = { ...threads[i]!, nudged: true };
        theirs = sim.reply(send(i, { kind: 'nudge' }));
      }
      if (theirs == null) break;
      const r = onSupplierText(deal, threads[i]!, theirs, spec.policy);
      threads[i] = r.thread;
      if (firstQuotes[i] == null && r.thread.asks[0] != null) firstQuotes[i] = r.thread.asks[0]!;
      if (!r.out) break;
      ours = send(i, r.out);
    }
    if (!answered.has(threads[i]!.status)) threads[i] = { ...threads[i]!, status: 'silent' };
  });

  const summary = ownerSummary({
    item: spec.item, qty: spec.qty, unit: spec.unit, ceiling: spec.ceiling, lastPrice: spec.lastPrice, market: spec.market,
    suppliers: threads.map((thread, i) => ({ id: String(i), name: name(i), thread })),
  });
  const answer = spec.owner(summary);
  const choice = answer == null ? null : readChoice(answer, summary.choices.length);
  let chosen: SimResult['chosen'] = null;
  if (typeof choice === 'number') {
    const c = summary.choices[choice - 1]!;
    const i = Number(c.id);
    chosen = { index: i, price: c.price, landed: c.landed };
    send(i, { kind: 'order', price: c.price, delivery: threads[i]!.delivery, when: threads[i]!.when }, true);
    for (const other of summary.choices) if (other.id !== c.id) send(Number(other.id), { kind: 'thanks' }, true);
  }
  return { sent, threads, summary, firstQuotes, chosen, rounds: threads.map((t) => t.offers.length) };
}
