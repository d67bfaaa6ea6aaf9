// "pembeli tadi bayar pake qris", "salah, bayarnya transfer": a message that says only how something
// was paid. After a sale or purchase the router re-books it with that payment (corrections/payment.ts).
import { cues, stemCue } from './cues.ts';
import { fillerWords, paymentWords, peopleWords } from './lexicon.ts';
import { normalizeText, tokenize } from './normalize.ts';

const correctionWords = new Set(['salah', 'ding', 'ralat', 'koreksi', 'keliru', 'harusnya', 'seharusnya', 'mestinya', 'bukan', 'bkn', 'dudu', 'sanes', 'lepat', 'jadi']);
const payWord = (w: string) => cues.pay.has(stemCue(w, (x) => cues.pay.has(x))); // "bayarnya" is "bayar"

/** The payment the message names, when it names nothing else; never "credit" (a debt needs a who). */
export function readPaymentOnly(text: string): 'cash' | 'qris' | 'transfer' | null {
  let found: 'cash' | 'qris' | 'transfer' | null = null;
  // "salah, tunai bukan qris", "bukan qris tapi cash": the way it was not paid is no second way (Palembang try: not
  // understood, the sale stayed QRIS).
  const norm = normalizeText(text).replace(/\b(?:bukan|bkn|bukannya|dudu|sanes)\s+(\S+)/g, (all, w: string) => (paymentWords[w] && paymentWords[w] !== 'credit' ? '' : all));
  for (const { t } of tokenize(norm)) {
    const kind = paymentWords[t];
    if (kind === 'credit') return null;
    if (kind) {
      if (found && found !== kind) return null;
      found = kind;
    } else if (!(fillerWords.has(t) || correctionWords.has(t) || peopleWords.has(t) || payWord(t) || /^[^\p{L}\p{N}]+$/u.test(t))) {
      return null;
    }
  }
  return found;
}
