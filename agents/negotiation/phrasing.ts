// Optional wording by an LLM, under a guard. The policy's numbers are fixed in the template's draft; an
// LLM may only reword it. Its answer is used when it carries exactly the draft's numbers and none of the
// words that would leak the limit, other suppliers or urgency, or promise a purchase; else the draft goes.
import { loadPrompt } from '../../prompts/load.ts';
import type { Outgoing } from './templates.ts';

/** Any text model: the prompt in, one message out. No adapter implements it yet (see README). */
export type Phrase = (prompt: string) => Promise<string>;

const numbersOf = (text: string) => (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/[.,]/g, '')).sort();
const leaks = /\b(batas|maks|maksimal|max|budget|anggaran|plafon|supplier lain|toko lain|tempat lain|penawaran lain|buru|segera|mendesak|darurat|cepat)/i;
const promises = /\b(kami (pesan|ambil|beli)|deal|jadi ambil|pasti ambil|sudah pasti)\b/i;

export function acceptPhrasing(candidate: string, draft: string, out: Outgoing): string {
  const text = candidate.trim();
  if (!text || text.length > 2 * draft.length + 80) return draft;
  if (numbersOf(text).join(',') !== numbersOf(draft).join(',')) return draft;
  if (leaks.test(text) && !leaks.test(draft)) return draft;
  if (out.kind !== 'order' && promises.test(text)) return draft;
  return text;
}

export async function phraseMessage(out: Outgoing, draft: string, phrase: Phrase | null): Promise<string> {
  if (!phrase || out.kind === 'question') return draft;
  try {
    return acceptPhrasing(await phrase(loadPrompt('negotiation-phrase', { kind: out.kind, draft })), draft, out);
  } catch {
    return draft; // a model that is down or slow never blocks the negotiation
  }
}
