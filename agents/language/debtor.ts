// "bu narti bayarin utangnya teh wati 15rb": someone pays another person's debt. The debt paid is the one named after
// "utang" (a helper's try took it off Bu Narti's own debt, or found she had none; Teh Wati still owed it all).
import { nameWord } from './counterparty.ts';
import { honorifics } from './lexicon.ts';

const payVerb = String.raw`(?:bayarin|bayarkan|bayar|bayari|mbayari|mbayarke|nyaurin|nyaur|lunasin|ngelunasin|lunasi|nalangin|nalangi)`;
const debtWord = String.raw`(?:utang|utangnya|utange|utangna|hutang|hutangnya|bon|bonnya|kasbon|kasbonnya|ngebonnya)`;
const namedDebt = new RegExp(String.raw`\b${payVerb}\s+${debtWord}\s+(si\s+)?(\p{L}+)(?:\s+(\p{L}+))?`, 'u');

/** The person whose debt is paid when it is named after "utang", and is not the payer named first; else null. */
export function otherDebtor(text: string, payer: string | null): string | null {
  const m = namedDebt.exec(text.toLowerCase());
  if (!m || !payer) return null;
  const [si, first, second] = [m[1], m[2]!, m[3]];
  // Only a person called as one ("teh wati", "si ujang"): a bare word there is how much ("semua") or a shop ("sinar jaya").
  const name = honorifics.has(first) && second && nameWord(second) ? `${first} ${second}` : si && nameWord(first) ? first : null;
  return name && name !== payer ? name : null;
}
