// "eh mang ujang nyicilnya cuma 10rb" with a sale booked after the payment: a correction that names a payment by its
// payer (or payee) is that payment, not the last entry (a helpers' try re-priced the coffee sold after it to Rp10.000).
import { todaysEntries } from '../../finance/review.ts';
import { honorifics, shopWords } from '../../language/lexicon.ts';
import type { Correction } from './read.ts';
import type { Env } from '../env.ts';
import type { BookedEvent } from '../types.ts';

const payWords = /\b(?:bayar\p{L}*|mbayar\p{L}*|mayar\p{L}*|dibayar|nyicil\p{L}*|cicil\p{L}*|nyaur\p{L}*|setor\p{L}*)\b/u;

/** Today's latest standing payment whose person the correction names; null when it names none or the last entry is one. */
export async function namedPayment(env: Env, last: BookedEvent | null, c: Correction): Promise<BookedEvent | null> {
  const said = c.to.toLowerCase();
  if (!payWords.test(said) || last?.kind === 'debt_payment') return null;
  const words = new Set(said.split(/[^\p{L}]+/u));
  const named = (name: string | null) => {
    // "Pak Agus" is named by "agus", "UD Sinar Jaya" by "sinar jaya".
    const parts = (name ?? '').toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 1 && !honorifics.has(w) && !shopWords.has(w));
    return parts.length > 0 && parts.every((w) => words.has(w) || said.includes(`${w}nya`));
  };
  const payments = (await todaysEntries(env.agentCtx)).filter((e) => e.row.kind === 'debt_payment' && !e.row.voided && named(e.row.counterparty));
  return payments.at(-1)?.event ?? null;
}
