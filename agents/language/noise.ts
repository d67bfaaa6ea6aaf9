// Phone numbers, clock times and due-date phrases are never quantities, prices or goods: mark their tokens used.
import { isDigits, type Token } from './normalize.ts';
import { cues } from './cues.ts';
import { dropNotTaken } from './not-taken.ts';
import { remainderWords } from './down-payment.ts';
import { unitOf } from './units.ts';

const afterWords = new Set(['pas', 'abis', 'habis', 'kalau', 'kalo', 'klo', 'nek', 'lamun', 'setelah', 'sehabis', 'sesudah']);
const spans = new Set(['hari', 'hr', 'minggu', 'pekan', 'bulan', 'bln']);
const payWords = new Set(['bayar', 'bayarnya', 'bayarna', 'mayar', 'nyaur']);
const retailWords = new Set(['ecer', 'eceran', 'ketengan', 'ngecer', 'diecer', 'ecerane', 'ecerannya']);
const closingBefore = /^(udah|udh|dah|sudah|wis|uwis|mau|arep|ape|bade|atos|tos|pas|abis|habis|sebelum|sblm|menjelang|jam)$/;
const closingAfter = /^(toko|warung|lapak|buku|kios)$/;
const dayParts = new Set(['pagi', 'siang', 'sore', 'malam', 'malem', 'subuh', 'wib', 'wita', 'wit']);

/** The shop closing said on its own ("udah tutup", jv "tutup sik yo", su "atos tutup heula"): a goodbye. */
export const closingOnly = /^(?:(?:udah|udh|dah|sudah|wis|uwis|wes|mau|arep|ape|bade|atos|tos|geus|ok|oke|okey|sip)\s+)*(?:tutup|tutupan|nutup)(?:\s+(?:toko|warung|lapak|kios|dulu|dlu|sik|sek|disik|riyin|heula|ya|yo|yah|ah|kak|mas|mbak|min|lur|gan|bos|kok|ko))*[\s.!]*$/;

export function markNoise(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.used) continue;
    // 0812..., 62812..., +62 812-3456-7890: join the digit groups glued by "-" or spaced after "+62".
    if (isDigits(t.t) && /^(0|62|8)/.test(t.t)) {
      let digits = t.t.replace(/\D/g, '');
      let k = i + 1;
      for (;;) {
        if (k + 1 < tokens.length && tokens[k].t === '-' && /^\d+$/.test(tokens[k + 1].t)) { digits += tokens[k + 1].t; k += 2; }
        // "+62 812 3456 7890": groups of three or four digits.
        else if (k < tokens.length && /^\d{3,4}$/.test(tokens[k].t) && digits.length < 10) { digits += tokens[k].t; k += 1; }
        else break;
      }
      const plus = i > 0 && tokens[i - 1].t === '+';
      if (/^(08|628|8)\d{7,12}$/.test(digits) && (digits.startsWith('08') || digits.startsWith('628') || plus)) {
        for (let j = plus ? i - 1 : i; j < k; j++) tokens[j].used = true;
        continue;
      }
    }
    // "aqua 2 dus ecer 48 botol": between two counts, "ecer" says the second is the pieces of the first, as
    // "2 dus (48 botol)" reads; it is no goods. Elsewhere it may be a name ("bensin eceran").
    if (retailWords.has(t.t) && isDigits(tokens[i + 1]?.t ?? '') && i >= 2 && isDigits(tokens[i - 2].t) && unitOf(tokens[i - 1].t) !== null) {
      t.used = true;
      continue;
    }
    // "beras 25 kg sak 1 sak": the pack named after its size, then counted; the first "sak" is no goods.
    const packUnit = unitOf(t.t);
    if (packUnit !== null && i >= 2 && isDigits(tokens[i - 2].t) && unitOf(tokens[i - 1].t) !== null && unitOf(tokens[i - 1].t) !== packUnit
      && isDigits(tokens[i + 1]?.t ?? '') && unitOf(tokens[i + 2]?.t ?? '') === packUnit) {
      t.used = true;
      continue;
    }
    // "rokok surya ana pira" (jv ngapak: how many are there): "ana" before the question is "ada" (elsewhere a name).
    if (t.t === 'ana' && /^(pira|piro|brp|berapa|sabaraha)$/.test(tokens[i + 1]?.t ?? '')) { t.t = 'ada'; continue; }
    // "aqua 5 dus, nota 215rb": the receipt's sum after counted goods is their total ("beli nota 5rb" is a receipt book).
    if (/^(nota|notanya|notane|notana|struk|struknya|struke)$/.test(t.t) && /^\d/.test(tokens[i + 1]?.t ?? '')
      && tokens.slice(0, i).some((x) => /^\d/.test(x.t))) { t.t = 'total'; continue; }
    // "can mayar" (su: not yet paid, short for "acan"), "nanti pi na bayar" (Makassar: he pays later): the credit rule
    // reads the phrase; "can" and "na" are no goods.
    if ((t.t === 'can' || t.t === 'na') && /^(bayar|dibayar|mayar|mbayar|lunas|nyaur)$/.test(tokens[i + 1]?.t ?? '')) { t.used = true; continue; }
    // "sak iki", "saat ini": now, a time word (jv "sak" is also a sack).
    if ((t.t === 'sak' || t.t === 'saat') && /^(iki|niki|ini)$/.test(tokens[i + 1]?.t ?? '') && !/^\d/.test(tokens[i - 1]?.t ?? '')) {
      t.t = 'saiki';
      tokens[i + 1].used = true;
      continue;
    }
    // "udah tutup, rekap hari ini", "wis tutup toko", "tutup buku": the shop closing, not goods ("tutup botol" is).
    if (/^(tutup|tutupan|nutup)$/.test(t.t) && (closingBefore.test(tokens[i - 1]?.t ?? '') || closingAfter.test(tokens[i + 1]?.t ?? ''))) {
      t.used = true;
      if (closingAfter.test(tokens[i + 1]?.t ?? '')) tokens[i + 1].used = true;
      continue;
    }
    // "gas 4 tabung @23rb, tukar tabung": an exchange of the empty bottle, not more goods.
    if (/^(tukar|tuker|tukeran|tukaran)$/.test(t.t) && /^(tabung|galon|tabunge|galone)$/.test(tokens[i + 1]?.t ?? '') && i > 0) {
      t.used = tokens[i + 1].used = true;
      continue;
    }
    // "gas 1 tabung 23rb, tabung kosong dibalikin" / "galone kosong dituker": the empty one handed back on the sale.
    if (i > 0 && /^(tabung|galon|tabunge|galone|tabungnya|galonnya)$/.test(t.t) && /^(kosong|kosongnya|kosonge)$/.test(tokens[i + 1]?.t ?? '')
      && /^(dibalikin|balikin|dibalikan|dikembalikan|dituker|ditukar|tukar|tuker|dibalekke|balik)$/.test(tokens[i + 2]?.t ?? '')) {
      t.used = tokens[i + 1].used = tokens[i + 2].used = true;
      continue;
    }
    // "…, dak usah kembalian", "ga usah kembaliannya": no change asked for, not goods (Palembang try: a product "kembalian").
    if (/^(?:ga|gak|gk|nggak|ngga|enggak|dak|ndak|tidak|tdk|ora|teu|kagak|nda)$/.test(t.t) && /^(?:usah|perlu|pake|pakai)$/.test(tokens[i + 1]?.t ?? '')
      && /^(?:kembali|kembalian|kembaliannya|kembaliane|susuk|susuke|usuk)$/.test(tokens[i + 2]?.t ?? '')) {
      t.used = tokens[i + 1].used = tokens[i + 2].used = true;
      continue;
    }
    // "laris manis" (selling well): chat, not sweet goods.
    if (t.t === 'laris' && tokens[i + 1]?.t === 'manis') { tokens[i + 1].used = true; continue; }
    // "nuwun sewu" (jv: excuse me) is politeness, not 1000.
    if (t.t === 'nuwun' && tokens[i + 1]?.t === 'sewu') { t.used = tokens[i + 1].used = true; continue; }
    // "jatuh tempo tgl 30": the date is read by the date rules; the phrase itself is not goods.
    if (t.t === 'tempo' || (t.t === 'jatuh' && tokens[i + 1]?.t === 'tempo')) {
      t.used = true;
      // "tempo 2 minggu": how long, not goods.
      if (t.t === 'tempo' && /^\d{1,3}$/.test(tokens[i + 1]?.t ?? '') && spans.has(tokens[i + 2]?.t ?? '')) tokens[i + 1].used = tokens[i + 2].used = true;
      continue;
    }
    // "bayar pas gajian": when a promise falls due, not goods.
    // "bayar gajian" at the end of a message: paid on payday (but "bayar gajian karyawan 2jt" pays wages).
    // "bayar 15rb dulu sisanya gajian": the rest on payday (it was a wage expense of Rp15.000).
    // Sasak "bayar pas panen", "kalo udah panen": at harvest, the same (a product "panen" was offered).
    const due = t.t === 'gajian' || t.t === 'panen';
    if (due && i > 0 && i === tokens.length - 1 && (payWords.has(tokens[i - 1].t) || remainderWords.has(tokens[i - 1].t))) { t.used = true; continue; }
    const already = /^(?:udah|sudah|sdh|dah|wis)$/.test(tokens[i - 1]?.t ?? '') ? 1 : 0;
    if (due && i > already && afterWords.has(tokens[i - 1 - already].t)) {
      for (let k = i - 1 - already; k <= i; k++) tokens[k].used = true;
      continue;
    }
    // "jam 3", "pukul 14.30", "jam 7 pagi", "14:30".
    if ((t.t === 'jam' || t.t === 'pukul' || t.t === 'pkl') && i + 1 < tokens.length && isDigits(tokens[i + 1].t)) {
      let k = i + 2;
      if (tokens[k]?.t === ':' && isDigits(tokens[k + 1]?.t ?? '')) k += 2;
      if (tokens[k] && dayParts.has(tokens[k].t)) k++;
      for (let j = i; j < k; j++) tokens[j].used = true;
      continue;
    }
    if (isDigits(t.t) && tokens[i + 1]?.t === ':' && tokens[i + 1].glued && /^\d{2}$/.test(tokens[i + 2]?.t ?? '') && tokens[i + 2].glued) {
      tokens[i].used = tokens[i + 1].used = tokens[i + 2].used = true;
    }
  }
  dropOutNote(tokens);
  dropNotTaken(tokens);
}

// "…, gorengan teu aya", "…, roti ga ada", "…, es batu abis": goods the warung had none of, said after a sale or a
// purchase with a count. A note, not a line (Sunda try: "tadi payu kopi good day 6 sachet, gorengan teu aya" was a
// stock question and the sale was lost). In a stock count ("stok indomie 5, telur habis") it stays: it is a count.
const absent = /^(?:(?:ga|gak|gk|nggak|ngga|enggak|kagak|kaga|tidak|tdk|ndak|ora|ra|teu|henteu|hente|nyanda|dak|indak) (?:ada|aya|ono|ana|wonten|onten|payu|laku|kejual)|(?:lagi |lg |wis |wes |geus |tos |udah |udh |sudah )?(?:habis|abis|entek|seep|beak|kosong|ludes|telas))(?: (?:kak|ka|mas|mbak|ya|yah|euy|eui|lur|bos|pak|bu|sih|deh))*$/;
const tradeVerbs = new Set([...cues.sale, ...cues.purchase]);

function dropOutNote(tokens: Token[]): void {
  const comma = tokens.findLastIndex((t) => t.t === ',');
  if (comma < 2 || comma > tokens.length - 3) return;
  const before = tokens.slice(0, comma);
  if (!before.some((t) => tradeVerbs.has(t.t)) || !before.some((t) => isDigits(t.t))) return;
  const clause = tokens.slice(comma + 1);
  if (clause.some((t) => /\d/.test(t.t))) return;
  const words = clause.map((t) => t.t);
  // One to three words of goods, then the absence.
  for (let k = 1; k <= 3 && k < words.length; k++) {
    if (absent.test(words.slice(k).join(' '))) {
      for (let j = comma; j < tokens.length; j++) tokens[j].used = true;
      return;
    }
  }
}
