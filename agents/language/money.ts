// Rupiah in any written or spoken form, for callers outside the parser (the router reuses it for answers
// like "15rb aja" to a price question).
import { normalizeText, tokenize } from './normalize.ts';
import { readNumber } from './numbers.ts';

/**
 * The first amount of rupiah in the text ("15rb", "Rp15.000,-", "1,5jt", "sejuta setengah", "goceng",
 * "satus seket ewu"); a plain whole number when no amount is marked ("17500"); else null. Never throws.
 */
export function parseRupiah(text: string): number | null {
  try {
    const tokens = tokenize(normalizeText(text));
    let plain: number | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const n = readNumber(tokens, i);
      if (!n) continue;
      if (!(n.value <= 1e12)) { i = n.end - 1; continue; }
      if (n.money || n.grouped) return Math.round(n.value);
      if (plain === null && Number.isInteger(n.value)) plain = n.value;
      i = n.end - 1;
    }
    return plain;
  } catch {
    return null;
  }
}
