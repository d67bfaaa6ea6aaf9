// Down payments: goods taken on credit with part paid at once ("bu tini beli beras 2 kilo bayar 20rb
// sisanya ngutang", "ambil rokok 2 bungkus dp 20rb", "tuku gula 1 kg mbayar 10rb kurange utang",
// "meuli beas 5 kg mayar heula 30rb sesana engke"). Read before the items, so the money paid is never
// taken for a line's total; the sale or purchase is then on credit and carries `paid_now`.
import { cues } from './cues.ts';
import { halfWords, honorifics } from './lexicon.ts';
import { isDigits, type Token } from './normalize.ts';
import { readNumber } from './numbers.ts';
import { unitOf } from './units.ts';
import { wordTable } from '../../core/word-table.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Paying words; with these the rest owed must be said ("sisanya ngutang"). */
export const payHeads = set('bayar byr mbayar mayar dibayar bayare bayarnya bayarna nyaur');
/** Words that are a down payment by themselves: the rest is owed. */
const depositHeads = set('dp panjer persekot');
const partWords = set('sebagian sebagean sabagian sebagiane');
/** Between the paying word and the money ("bayar dulu 20rb", "baru bayar cuma 20rb", "mayar heula"). */
const between = set('dulu dl dlu disik sik sek heula baru br cuma cm mung hanya kur lagi pake pakai lewat lwt via sebagian sebagean sabagian sebagiane ono ada onok gowo nggowo bawa ,');
/** "baru bayar 40rb", "bayar 40rb dulu": only part paid so far (with a total said, frame.ts checks it is less). */
// jv "lagek mbayar", "nembe bayar" (helpers' tries: booked paid in full).
const soFarBefore = set('baru br lagek lagi nembe nembé mentas');
/** Particles between "baru" and the paying word (Makassar "baru na bayar"). */
const particles = set('na mi pi ji');
/** "duite mung ono 20rb", "duitnya cuma 5rb": the buyer's money was only that much, so that much was paid. */
const cashHeads = set('duite duitnya duitne duwite duwitnya uange uangnya uangne');
const onlyWords = set('mung cuma cm hanya kur mek gur ngan');
const soFarAfter = set('dulu dl dlu disik sik heula');
const changeWords = set('kembali kembalian kembaliane kembaliannya susuk susuke usuk');
const givingHeads = set('ngasih ngasi kasih ngekasih ngasihin');
const betweenPayer = set('sudah udah sdh dah baru br mi pi ji wis wes uwis geus atos cuma cm');
/** The buyer, said before the paying word ("dia bayar 20rb"). */
const payerWords = set('dia doi deweke dheweke orangnya pembeli pembelinya');
/** What is left ("sisanya", "kurange", "sesana"). */
export const remainderWords = set('sisa sisanya sisane sisana sesana kurang kurangnya kurange kurangna kekurangan kekurangannya kekurangane');
/** The rest owed: a debt word or a day it will be paid ("sisanya tanggal 10", "sisane minggu ngarep"). */
const laterWords = set(`ngutang utang hutang ngebon bon dibon kasbon nyusul nanti ntar besok bsk belakangan engko mengko sesuk
  isukan isuk engke dutang diutang dihutang tanggal tgl tg lusa minggu pekan bulan akhir awal gajian`);
const tradeVerbs = [cues.sale, cues.purchase, cues.take];
const creditWords = set('ngutang ngebon kasbon dibon diutang dihutang utang hutang nganjuk ngampil');
/** "bayar utang": a debt paid, not money paid on goods. */
export const debtWords = set('utang hutang utange utangnya hutangnya bon bone kasbon cicilan');
// "pesenan nasi kotak 30 @15rb dp 200rb": an order names goods too.
const orderWords = set('order orderan pesenan pesanan');

/** A trade verb or a count with its unit anywhere: goods are named, so the money is not a debt payment. Goods
 *  may come after the payment ("bu tini dp 20rb sisanya ngutang beras 2 kg"). */
function namesGoods(tokens: Token[]): boolean {
  if (tokens.some((t) => !t.used && (tradeVerbs.some((s) => s.has(t.t)) || orderWords.has(t.t)))) return true;
  if (tokens.some((t, i) => isDigits(t.t) && unitOf(tokens[i + 1]?.t ?? '') !== null)) return true;
  // "bang jali kasbon gas 1, bayar 20rb sisanya utang": goods counted on a bon (a count, not money) name goods too.
  // "gula sekilo": one of a unit, said as one word.
  const counted = tokens.some((t, i) => (isDigits(t.t) && Number(t.t) < 1000 && !moneyAfter.test(tokens[i + 1]?.t ?? ''))
    || (/^(?:se|sa)\p{L}{2,}$/u.test(t.t) && unitOf(t.t.slice(2)) !== null));
  return counted && tokens.some((t) => !t.used && creditWords.has(t.t));
}
const moneyAfter = /^(?:rb|ribu|rebu|ewu|k|jt|juta|000)$/;

/** "sisanya ngutang" right after the money (a comma or "nya" may sit between): the index of the remainder word. */
function remainderAt(tokens: Token[], from: number): number {
  let k = from;
  while (k < tokens.length && (tokens[k].t === ',' || tokens[k].t === 'terus' || tokens[k].t === 'trus' || soFarAfter.has(tokens[k].t))) k++;
  if (!remainderWords.has(tokens[k]?.t ?? '')) return -1;
  const next = (n: number) => tokens[k + n]?.t ?? '';
  return laterWords.has(next(1)) || (next(1) === 'nya' || next(1) === 'dulu' || next(1) === 'jadi') && laterWords.has(next(2)) ? k : -1;
}

/** "kurang 2rb besok", "sisanya 20rb nanti" right after the money paid: the rupiah still owed, its tokens' end. */
function restOwedAt(tokens: Token[], from: number): { end: number; value: number } | null {
  let k = from;
  while (k < tokens.length && (tokens[k].t === ',' || tokens[k].t === 'terus' || tokens[k].t === 'trus')) k++;
  if (!remainderWords.has(tokens[k]?.t ?? '')) return null;
  const j = tokens[k + 1]?.t === 'nya' ? k + 2 : k + 1;
  const n = readNumber(tokens, j);
  if (!n || !(n.money || n.value >= 500)) return null;
  const end = laterWords.has(tokens[n.end]?.t ?? '') ? n.end + 1 : n.end;
  return { end, value: Math.round(n.value) };
}

/** Means of paying said as the down payment's head or beside it ("qris 50rb sisanya ngebon", "bayar tf 1jt sisanya utang"). */
const means: Readonly<Record<string, 'cash' | 'qris' | 'transfer'>> = wordTable({
  tf: 'transfer', trf: 'transfer', transfer: 'transfer', transferan: 'transfer', qris: 'qris', kiris: 'qris',
  cash: 'cash', cas: 'cash', kes: 'cash', tunai: 'cash', kontan: 'cash',
  // E-wallets are paid by scanning the warung's QRIS.
  ovo: 'qris', gopay: 'qris', dana: 'qris', shopeepay: 'qris', spay: 'qris', linkaja: 'qris',
});
const comesLater = set('besok bsk nanti ntar engko mengko sesuk lusa engke isukan isuk');
/** "bayar 20rb pake qris sisanya ngutang": the means said after the money. */
const byWords = set('pake pakai pakek via lewat lwt lwat ku nganggo');

export type DownPayment = {
  paid: number;
  /** how it was paid, when said */
  via?: 'cash' | 'qris' | 'transfer';
  /** the money is half of what the goods cost */
  half: boolean;
  /** only "baru bayar N" / "bayar N dulu" says so: a part when the goods' total is said and more, else the total */
  soFar: boolean;
  /** "bayar 40rb, kurang 2rb besok": the rupiah still owed, when said */
  rest: number | null;
  /** "bayare kurang 12rb": paid all but this much (frame.ts takes it off the goods' total); `paid` is then 0 */
  short?: number;
};

/**
 * The rupiah paid now on goods taken on credit, with its tokens (and the remainder word) marked used;
 * null when the message says no such thing.
 */
export function readDownPayment(tokens: Token[]): DownPayment | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.used || t.literal) continue;
    // "mas joko beli sampoerna 2 bks 72rb, bayare kurang 12rb": paid short by that much (a helper's try: a product "kurang").
    if (payHeads.has(t.t) && remainderWords.has(tokens[i + 1]?.t ?? '') && namesGoods(tokens)) {
      const n = readNumber(tokens, i + 2);
      if (n && (n.money || n.value >= 500)) {
        for (let k = i; k < n.end; k++) tokens[k].used = true;
        return { paid: 0, half: false, soFar: false, rest: null, short: Math.round(n.value) };
      }
    }
    const muka = t.t === 'uang' && tokens[i + 1]?.t === 'muka';
    // "bayar sebagian 400rb": part paid, so the rest is owed without saying so.
    const part = payHeads.has(t.t) && partWords.has(tokens[i + 1]?.t ?? '');
    const deposit = depositHeads.has(t.t) || muka || part;
    // "bu yati baru ngasih 30rb": giving money is paying when the buyer is named giving it.
    const giving = givingHeads.has(t.t);
    const cashShort = cashHeads.has(t.t) && onlyWords.has(tokens[i + 1]?.t ?? '');
    // "qris 50rb sisanya ngebon", "tf sejuta sisanya ngutang": the means heads the money paid (the rest owed must follow).
    const meansHead = means[t.t];
    if (!deposit && !payHeads.has(t.t) && !giving && !cashShort && !meansHead) continue;
    let j = muka ? i + 2 : i + 1;
    // "bayarnya separuh dulu, 57.500": half paid, and the money said is that half; "bayar qris 50rb": by QRIS.
    let half = false;
    let via = meansHead;
    for (; j < tokens.length && (between.has(tokens[j].t) || halfWords.has(tokens[j].t) || means[tokens[j].t]); j++) {
      if (halfWords.has(tokens[j].t)) half = true;
      via = means[tokens[j].t] ?? via;
    }
    const n = readNumber(tokens, j);
    if (!n || !(n.money || n.value >= 1000) || !namesGoods(tokens)) continue;
    // Makassar "bayar 20rb ji dulu sisanya ngutang": a particle after the money (the Rp20.000 was booked as the goods' total).
    let m = n.end;
    while (m < tokens.length && particles.has(tokens[m]!.t)) m++;
    // "bayar 29rb besok": the money comes later, none is paid now (city try: the debt was taken as paid in full).
    if (comesLater.has(tokens[m]?.t ?? '')) continue;
    let end = m;
    const meansAt = means[tokens[end]?.t ?? ''] ? end : byWords.has(tokens[end]?.t ?? '') && means[tokens[end + 1]?.t ?? ''] ? end + 1 : -1;
    if (meansAt >= 0) {
      via = means[tokens[meansAt]!.t];
      end = meansAt + 1;
    }
    const rest = remainderAt(tokens, end);
    const owed = rest < 0 ? restOwedAt(tokens, end) : null;
    if (meansHead && rest < 0 && !owed) continue;
    if (meansAt >= 0 && rest < 0 && !owed) end = n.end; // "baru bayar 20rb pake qris": read as before, the means left to the payment
    // "bu yuli ngutang beras 5 kg tapi baru bayar 20rb": the credit said first, the money paid is part of it.
    const creditBefore = tokens.slice(0, i).some((x) => !x.used && creditWords.has(x.t)) && !debtWords.has(tokens[i + 1]?.t ?? '');
    const after = tokens[m]?.t ?? '';
    // "jual beras 3kg 42rb, bu tini bayar 20rb": the buyer named paying is what they paid so far (Rp42.000 was booked
    // paid in full); frame.ts books the rest owed only when the goods' total is said and more.
    // "bu yati sudah bayar 20rb", "sudah mi bayar": words of time and particles may stand between the buyer and paying.
    let b = i - 1;
    while (b > 0 && betweenPayer.has(tokens[b]!.t)) b--;
    // "bu tini meuli gula 2 kg 36rb, mayar 20rb": the buyer named opening the message pays too, when the paying follows the
    // goods' money right after a comma and no change is said ("…, bayar 50rb kembali 4rb" is cash handed over).
    const opener = tokens.findIndex((x) => !x.used || honorifics.has(x.t));
    const afterMoney = tokens[i - 1]?.t === ',' && /^(?:\d[\d.,]*|rb|ribu|rebu|ewu|k)$/.test(tokens[i - 2]?.t ?? '');
    // "…, dia bayar 100rb kembali 23rb": with the change said, the money is what was handed over, not paid so far (Rp100.000
    // was booked for Rp77.000 of goods).
    const changeSaid = tokens.slice(i).some((x) => changeWords.has(x.t));
    const payer = !changeSaid && (honorifics.has(tokens[b - 1]?.t ?? '') && (tokens[b]?.t.length ?? 0) > 1 || payerWords.has(tokens[b]?.t ?? '')
      || (afterMoney && opener >= 0 && honorifics.has(tokens[opener]!.t) && /^\p{L}{2,}$/u.test(tokens[opener + 1]?.t ?? '')));
    if (giving && !payer) continue;
    const word = particles.has(tokens[i - 1]?.t ?? '') ? tokens[i - 2]?.t : tokens[i - 1]?.t;
    const soFar = payer || cashShort || soFarBefore.has(word ?? '') || soFarAfter.has(after) && [',', '.', ''].includes(tokens[m + 1]?.t ?? '');
    if (!deposit && rest < 0 && !creditBefore && !half && !soFar && !owed) continue;
    for (let k = i; k < end; k++) tokens[k].used = true;
    if (rest >= 0) tokens[rest].used = true;
    else if (owed) for (let k = n.end; k < owed.end; k++) tokens[k].used = true;
    else if (soFarAfter.has(after)) tokens[m].used = true;
    return { paid: Math.round(n.value), half, soFar: !deposit && rest < 0 && !creditBefore && !half && !owed, rest: owed?.value ?? null, ...(via ? { via } : {}) };
  }
  return null;
}

/**
 * "om tommy so bayar 20rb, kurang 16rb", "pak darto bayar 20rb, kurang 16rb lagi": a debt paid in part, the rest still owed
 * said after it, no goods named. The rest is the books' to know, not money paid: its tokens are marked used (a helper's
 * try paid Rp36.000 and closed the debt; it was goods "kurang" too).
 */
const restWhen = set('lagi maneh deui minggu bulan depan ngarep hareup payun besok bsk lusa sesuk isukan nanti ntar engke mengko akhir awal pas gajian');

export function dropRestOwed(tokens: Token[]): void {
  if (namesGoods(tokens)) return;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].used || !payHeads.has(tokens[i].t)) continue;
    let j = i + 1;
    while (j < tokens.length && (between.has(tokens[j].t) || debtWords.has(tokens[j].t))) j++;
    const n = readNumber(tokens, j);
    if (!n || !(n.money || n.value >= 1000)) continue;
    let k = n.end;
    while (k < tokens.length && (tokens[k].t === ',' || tokens[k].t === 'masih' || tokens[k].t === 'isih')) k++;
    const owed = restOwedAt(tokens, k);
    if (!owed) continue;
    // "…, sisane 15rb minggu ngarep": when the rest comes goes with it (the payment was read as a promise, nothing booked).
    let end = owed.end;
    while (end < tokens.length && restWhen.has(tokens[end]!.t)) end++;
    for (let m = k; m < end; m++) tokens[m].used = true;
    return;
  }
}
