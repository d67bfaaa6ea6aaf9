// "bu tina", "pak joni aja": a message (or a part of one) that is only a person's name. The router's
// correction of who a booking was for reads it (corrections/person.ts).
import { readCounterparty } from './counterparty.ts';
import { fillerWords } from './lexicon.ts';
import { normalizeText, tokenize } from './normalize.ts';

/** The person the text names when it says nothing else; null otherwise. */
export function readNameOnly(text: string): string | null {
  const tokens = tokenize(normalizeText(text));
  const cp = readCounterparty(tokens);
  if (!cp) return null;
  const name = new Set(cp.name.split(' '));
  return tokens.every((t) => name.has(t.t) || fillerWords.has(t.t) || /^[^\p{L}\p{N}]+$/u.test(t.t)) ? cp.name : null;
}
