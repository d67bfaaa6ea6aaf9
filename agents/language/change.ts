// Change given back: "bayar 50rb kembali 4rb", "uangnya 50rb kembalian 14rb", "mbayar 30 ewu susuk 5 ewu" (jv),
// "mayar 50 rebu kembalina 4 rebu" (su). The money handed over less the change is what the goods cost; the
// change is never a line of its own. Read before the items, which then see only the money handed over.
import { type Token } from './normalize.ts';
import { readNumber } from './numbers.ts';

const changeWords = new Set(['kembali', 'kembalian', 'kembaliannya', 'kembalinya', 'kembalina', 'kembalianna', 'kembaliane',
  'susuk', 'susuke', 'susukan', 'susukane', 'angsul', 'angsulan', 'angsulane', 'kembalikan', 'dikembaliin', 'dikembalikan']);

/** The rupiah given back, with its tokens marked used; null when the message names none. */
export function readChange(tokens: Token[]): number | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.used || t.literal || !changeWords.has(t.t)) continue;
    const j = tokens[i + 1]?.t === 'nya' || tokens[i + 1]?.t === ':' ? i + 2 : i + 1;
    const n = readNumber(tokens, j);
    if (!n || !(n.money || n.value >= 100)) continue;
    for (let k = i; k < n.end; k++) tokens[k].used = true;
    return Math.round(n.value);
  }
  return null;
}
