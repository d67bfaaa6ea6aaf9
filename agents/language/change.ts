// Change given back: "bayar 50rb kembali 4rb", "uangnya 50rb kembalian 14rb", "mbayar 30 ewu susuk 5 ewu" (jv),
// "mayar 50 rebu kembalina 4 rebu" (su). The money handed over less the change is what the goods cost; the
// change is never a line of its own. Read before the items, which then see only the money handed over.
import { type Token } from './normalize.ts';
import { readNumber } from './numbers.ts';

const changeWords = new Set(['kembali', 'kembalian', 'kembaliannya', 'kembalinya', 'kembalina', 'kembalianna', 'kembaliane',
  'susuk', 'susuke', 'susukna', 'susukan', 'susukane', 'susukanana', 'angsul', 'angsulan', 'angsulane', 'kembalikan', 'dikembaliin', 'dikembalikan',
  // jv "kula susuki 50rb", "tak susuki": (I) gave this much change.
  'susuki', 'disusuki', 'nyusuki', 'tak susuki', 'angsuli', 'diangsuli']);

/**
 * The money right after one of `heads` (one of `between` may stand in between), at least `min` when not said as money,
 * with its tokens marked used; null when there is none.
 */
function moneyAfter(tokens: Token[], heads: ReadonlySet<string>, between: ReadonlySet<string>, min: number): number | null {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].used || tokens[i].literal || !heads.has(tokens[i].t)) continue;
    const n = readNumber(tokens, between.has(tokens[i + 1]?.t ?? '') ? i + 2 : i + 1);
    if (!n || !(n.money || n.value >= min)) continue;
    for (let k = i; k < n.end; k++) tokens[k].used = true;
    return Math.round(n.value);
  }
  return null;
}

/** The rupiah given back, with its tokens marked used; null when the message names none. */
// jv "susuk e 30rb": the possessive typed apart (the change was a product "susuk", Rp30.000 of condensed milk).
export const readChange = (tokens: Token[]): number | null => moneyAfter(tokens, changeWords, new Set(['nya', ':', 'e', 'ne', 'na']), 100);

// "bayarnya pakai uang lima puluh ribu", jv "mbayar nganggo duit 50 ewu": a note handed over, with no change said, is
// not what the goods cost (voice try: Rp50.000 was shared over the goods, eggs at Rp58.824/kg). Only a note's
// value reads so; the goods then take their catalogue prices.
const byMeans = new Set(['pake', 'pakai', 'pakek', 'make', 'nganggo', 'nganggé', 'ngangge', 'ku', 'kalawan']);
const moneyNouns = new Set(['uang', 'duit', 'duwit', 'artos', 'acis', 'yatra']);
const notes = new Set([1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000]);

/** Marks "pake uang 50rb" used when it is a banknote handed over; the note's value, or null. */
export function dropTendered(tokens: Token[]): number | null {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i].used || !byMeans.has(tokens[i].t) || !moneyNouns.has(tokens[i + 1].t)) continue;
    const n = readNumber(tokens, i + 2);
    if (!n || !notes.has(Math.round(n.value))) continue;
    for (let k = i; k < n.end; k++) tokens[k].used = true;
    return Math.round(n.value);
  }
  return null;
}

// "Bu Parmi tuku minyakita 1 karo indomie soto 3, mbayar 30rb, susuk pinten?": with the change asked, the money paid is
// what was handed over (it was booked as the goods' total, prices raised to fit Rp30.000).
/** "uangnya 50rb", jv "duwite 10rb": the money handed, named as such (read before a change asked, and said last: parse.ts). */
export const handedMoney = ['uangnya', 'uange', 'uangne', 'duitnya', 'duite', 'duwite', 'duwitnya'];
// "gula 2 kilo, uangnya 50rb, kembalinya berapa": the money handed, named as such, is paid too.
const payVerbs = new Set(['bayar', 'mbayar', 'mayar', 'bayare', 'bayarnya', 'dibayar', 'ngasih', 'ngasi', 'kasih', 'ngekei', 'menehi', 'mere', 'masihan',
  ...handedMoney]);

/** Marks "bayar 30rb" used when the message also asks the change; the money handed over, or null. */
export const dropPaidBeforeChangeAsk = (tokens: Token[]): number | null => moneyAfter(tokens, payVerbs, new Set(['uang', 'duit']), 1000);

const howMuch = new Set(['berapa', 'brp', 'brapa', 'piro', 'pira', 'pinten', 'sabaraha', 'baraha']);

/**
 * "… bayarnya pakai uang 50rb, kembaliannya berapa ya" (voice try): asking the change of the sale just told is no stock
 * question (the reply says the change). Marks the words used; true when the message asks it.
 */
export function readChangeAsk(tokens: Token[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].used || !changeWords.has(tokens[i].t)) continue;
    const j = tokens[i + 1]?.t === 'nya' ? i + 2 : i + 1;
    if (!howMuch.has(tokens[j]?.t ?? '')) continue;
    for (let k = i; k <= j; k++) tokens[k].used = true;
    return true;
  }
  return false;
}
