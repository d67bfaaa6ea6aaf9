// Phone credit, electricity tokens and e-wallet top-ups sold at the counter: "pulsa 20rb terjual 22rb",
// "laku token listrik 50rb 52rb", "jual pulsa telkomsel 10rb harga 12rb". The first amount after the word is
// the denomination and belongs to the name ("Pulsa 20rb" is a product of its own, like a size); the money
// after it is what the customer paid. With one amount only ("isi pulsa 50rb") nothing changes. Read before the items.
import { readNumber } from './numbers.ts';
import { isDigits, type Token } from './normalize.ts';

const digitalWords = new Set(['pulsa', 'token', 'kuota', 'voucher', 'voucer', 'saldo', 'topup']);
/** Words that may stand between the word and the denomination: the operator or wallet, the kind of token. */
const between = new Set(['listrik', 'pln', 'data', 'internet', 'telkomsel', 'tsel', 'simpati', 'xl', 'axis', 'indosat', 'im3', 'tri', 'smartfren',
  'dana', 'ovo', 'gopay', 'shopeepay', 'linkaja', 'game', 'ml', 'ff', 'isi', 'ulang', 'elektrik', 'prabayar']);

/** Whether the message sells a voucher with its denomination; each such number becomes a word of the name. */
export function readDigital(tokens: Token[]): boolean {
  let found = false;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].used || !digitalWords.has(tokens[i].t)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 3 && between.has(tokens[j].t)) j++;
    if (!isDigits(tokens[j]?.t ?? '')) continue;
    const n = readNumber(tokens, j);
    // A denomination is a round amount: "pulsa 5" or "2 pulsa" are counts.
    if (!n || n.value < 1000 || n.value % 500 !== 0) continue;
    // Only with a price after it: "isi pulsa 50rb" (the shop's own phone) and "laku pulsa 20rb" keep one amount.
    if (!priceAfter(tokens, n.end)) continue;
    tokens[j] = { ...tokens[j], t: nominalWord(n.value), literal: true };
    for (let k = j + 1; k < n.end; k++) tokens[k].used = true;
    for (let k = i; k < j; k++) tokens[k].literal = true;
    found = true;
    i = n.end - 1;
  }
  return found;
}

const priceWords = new Set(['harga', 'hrg', 'harganya', 'dijual', 'jual', 'jualnya', 'bayar', 'dibayar']);
/** "jual pulsa 10rb sama token 20rb": after "sama" (and another voucher) the money is the next line's. */
const nextLine = new Set(['sama', 'dan', 'karo', 'kalih', 'jeung', 'sareng', 'ama', 'plus', '+', ',', ';']);

function priceAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    // "pulsa xl 10rb, harga 12rb": a comma before the price still says it (the Rp10.000 face value was booked as the debt).
    const priceNext = tokens[k].t === ',' && priceWords.has(tokens[k + 1]?.t ?? '');
    if ((nextLine.has(tokens[k].t) && !priceNext) || digitalWords.has(tokens[k].t)) return false;
    if (tokens[k].used || !isDigits(tokens[k].t)) continue;
    const n = readNumber(tokens, k);
    if (n && (n.money || n.value >= 1000)) return true;
  }
  return false;
}

/** 20000 → "20rb", 1500 → "1.5rb", 1000000 → "1jt": as owners write a denomination. */
export function nominalWord(rupiah: number): string {
  if (rupiah >= 1_000_000 && rupiah % 100_000 === 0) return `${rupiah / 1_000_000}jt`;
  return `${rupiah / 1000}rb`;
}

const nominalName = new RegExp(`^(?:${[...digitalWords].join('|')})\\b.*\\s(\\d+(?:\\.\\d+)?)(rb|jt)$`);

/** The denomination in a product name made by readDigital ("Pulsa 20rb" → 20000), else null. */
export function nominalOf(name: string): number | null {
  const m = nominalName.exec(name.trim().toLowerCase());
  return m ? Math.round(Number(m[1]) * (m[2] === 'jt' ? 1_000_000 : 1000)) : null;
}
