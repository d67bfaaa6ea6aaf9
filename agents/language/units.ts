// Units of quantity: canonical names (FRAME.md), units kept as said, and "se<unit>" words ("sekilo").
import { otherUnits, unitWords } from './lexicon.ts';

/** The canonical unit for a word, the word itself for a unit outside the list, else null. */
export function unitOf(word: string): string | null {
  const u = unitWords[word];
  if (u !== undefined) return u;
  return otherUnits.has(word) ? word : null;
}

/** Units written with "se"/"sa" meaning one of them ("sekilo", "sebungkus", "sakilo"); null otherwise. */
export function seUnit(word: string): string | null {
  if (word.length < 4 || !(word.startsWith('se') || word.startsWith('sa'))) return null;
  const rest = word.slice(2);
  // One-letter or two-letter units ("l", "kg") are too easily part of other words.
  if (rest.length < 3) return null;
  return unitOf(rest);
}

