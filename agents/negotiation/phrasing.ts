// Optional wording by an LLM, under a guard. The policy's numbers are fixed in the template's draft; an
// LLM may only reword it. Its answer is used when it carries exactly the draft's numbers, its rupiah
// amounts in the same order with the same units, no money in words, and none of the words that would
// leak the limit, other suppliers or urgency, or promise a purchase; else the draft goes.
import { loadPrompt } from '../../prompts/load.ts';
import type { Outgoing } from './templates.ts';

/** Any text model: the prompt in, one message out (the Llm port's writeText). */
export type Phrase = (prompt: string) => Promise<string>;

/** A slow model never holds the negotiation's transaction for long. */
export const PHRASE_TIMEOUT_MS = 8_000;

const numbersOf = (text: string) => (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/[.,]/g, '')).sort();
// "Rp24.000/kg", "Rp 255.000": the amount with the unit it is per, in the order written.
const amountsOf = (text: string) => [...text.matchAll(/rp\.?\s*([\d.,]+)(\s*\/\s*\p{L}+)?/giu)].map((m) => `${m[1]!.replace(/[.,]/g, '')}${(m[2] ?? '').replace(/\s/g, '').toLowerCase()}`);
const moneyWords = /\b(rb|ribu|rebu|ewu|jt|juta|puluh|ratus|belas|seribu|sejuta|goceng|ceban|cepek|gopek|seceng|noceng|jigo|gocap|k)\b/i;
const leaks = /\b(batas|maks|maksimal|max|budget|anggaran|plafon|supplier lain|toko lain|tempat lain|penawaran lain|buru|segera|mendesak|darurat|cepat)/i;
const promises = /\b(kami (pesan|ambil|beli)|deal|jadi ambil|pasti ambil|sudah pasti)\b/i;

export function acceptPhrasing(candidate: string, draft: string, out: Outgoing): string {
  const text = candidate.trim();
  if (!text || text.length > 2 * draft.length + 80) return draft;
  if (numbersOf(text).join(',') !== numbersOf(draft).join(',')) return draft;
  if (amountsOf(text).join(',') !== amountsOf(draft).join(',')) return draft;
  if (moneyWords.test(text) && !moneyWords.test(draft)) return draft;
  if (leaks.test(text) && !leaks.test(draft)) return draft;
  if (out.kind !== 'order' && promises.test(text)) return draft;
  return text;
}

/** The message to send: the model's wording when it passes the guard, else the draft. Never throws. */
export async function phraseMessage(out: Outgoing, draft: string, phrase: Phrase | null): Promise<string> {
  if (!phrase || out.kind === 'question') return draft;
  let timer: NodeJS.Timeout | undefined;
  try {
    const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('phrase timeout')), PHRASE_TIMEOUT_MS); });
    return acceptPhrasing(await Promise.race([phrase(loadPrompt('negotiation-phrase', { kind: out.kind, draft })), late]), draft, out);
  } catch {
    return draft; // a model that is down or slow never blocks the negotiation
  } finally {
    clearTimeout(timer);
  }
}

/** The port's optional writer as a Phrase, or null when no LLM (or one without writeText) is configured. */
export function phraseWith(llm: { writeText?(prompt: string): Promise<string> } | null | undefined): Phrase | null {
  return llm?.writeText ? (prompt) => llm.writeText!(prompt) : null;
}
