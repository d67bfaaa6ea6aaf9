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

const wallets = new Set(['dana', 'ovo', 'gopay', 'shopeepay', 'spay', 'linkaja']);
const topUpWords = new Set(['topup', 'top', 'up', 'isi', 'saldo', 'ulang', 'ngisi', 'ngisiin', 'isiin', 'ngisikan']);
/** Between the wallet and its amount, or the amount and the fee: who it is for, joiners, "I got". */
const filler = new Set(['pelanggan', 'customer', 'orang', 'buat', 'utk', 'untuk', 'ke', 'saya', 'sy', 'aku', 'dapet', 'dapat', 'oleh', 'entuk',
  'plus', '+', ',', 'sama', 'ama', 'biaya', 'dan', 'nggo', 'kanggo', 'keur', 'tonggo', 'tetangga', 'tatangga']);
const feeWords = new Set(['admin', 'adm', 'admine', 'adminnya', 'fee']);

/**
 * "topup dana 100rb, admin 2rb", "gopay topup pelanggan 50rb, saya dapet admin 1.500", "isi saldo ovo 50rb + admin 1.500": an
 * e-wallet topped up for a customer who pays the amount and the fee. Read as "topup dana 100rb" sold for Rp102.000 (it was
 * an expense of Rp102.000, a product "topup" paid by QRIS, or the day's report). The wallet names the goods, not the payment.
 */
function readTopUp(tokens: Token[]): boolean {
  const w = tokens.findIndex((t, i) => !t.used && wallets.has(t.t)
    && [tokens[i - 1], tokens[i - 2], tokens[i + 1]].some((x) => x && topUpWords.has(x.t)));
  if (w < 0) return false;
  let j = w + 1;
  while (j < tokens.length && (topUpWords.has(tokens[j]!.t) || filler.has(tokens[j]!.t))) j++;
  const amount = isDigits(tokens[j]?.t ?? '') ? readNumber(tokens, j) : null;
  if (!amount || amount.value < 1000 || amount.value % 500 !== 0) return false;
  let f = amount.end;
  while (f < tokens.length && filler.has(tokens[f]!.t)) f++;
  if (!feeWords.has(tokens[f]?.t ?? '')) return false;
  let k = f + 1;
  while (k < tokens.length && ['nya', ':', '='].includes(tokens[k]!.t)) k++;
  const fee = isDigits(tokens[k]?.t ?? '') ? readNumber(tokens, k) : null;
  if (!fee || fee.value <= 0 || fee.value >= amount.value) return false;
  // The name as one says it: "topup gopay 50rb", whatever the order the words came in.
  const start = Math.min(w, ...[w - 1, w - 2].filter((i) => i >= 0 && topUpWords.has(tokens[i]!.t)));
  const wallet = tokens[w]!.t;
  for (let i = start; i < j; i++) tokens[i] = { ...tokens[i]!, used: true, literal: true };
  tokens[start] = { ...tokens[start]!, t: 'topup', used: false, literal: true };
  tokens[start + 1] = { ...tokens[start + 1]!, t: wallet, used: false, literal: true };
  tokens[j] = { ...tokens[j]!, t: nominalWord(amount.value), literal: true };
  for (let i = j + 1; i < amount.end; i++) tokens[i]!.used = true;
  for (let i = amount.end; i < k; i++) tokens[i]!.used = true;
  // What the customer paid: the amount and the fee, said as the price after the name.
  tokens[k] = { ...tokens[k]!, t: String(amount.value + fee.value) };
  for (let i = k + 1; i < fee.end; i++) tokens[i]!.used = true;
  return true;
}

/** Whether the message sells a voucher with its denomination; each such number becomes a word of the name. */
export function readDigital(tokens: Token[]): boolean {
  if (readTopUp(tokens)) return true;
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
