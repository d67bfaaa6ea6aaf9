// Reading a correction ("salah, harusnya 5 bukan 3", "yg aqua tadi 2 aja", jv "sing kopi mau 3 wae dudu 4") into what
// it changes to and from. Pure: text in, a Correction out; correct.ts applies it to the booked entry.
import { unitOf } from '../../language/units.ts';
import { honorifics, moneyMultipliers } from '../../language/lexicon.ts';
import { countWord, countsAsDigits, fractionsAsDigits, unitWord } from './read-counts.ts';
import { person, readGoodsSwap } from './read-goods.ts';
import { cameRe, slangAsThousands } from './said-numbers.ts';
import { clean, readNotForSale } from '../answers.ts';
import { givenBack } from '../../language/intent.ts';

/** `earlier`: the goods were named as "the one before" ("yg aqua tadi …"), so they may be an earlier entry. */
export type Correction = { to: string; from: string | null; earlier?: true };

// "eh tadi indomie goreng bukan 5, 6 bungkus nya" (read in readCorrectionText).
const goodsNotCommaRe = new RegExp(String.raw`^(?:(?:eh|lho|loh|aduh|waduh|maaf|sori)\s+)*(?:tadi|td)\s+((?:\p{L}+\s+){1,3}?)(?:bukan|bkn|dudu|sanes)\s+(\d[^,]*?)\s*,\s*(?:tapi\s+|harusnya\s+)?(\d\S*(?:\s+(?:rb|ribu|rebu|ewu|jt|juta|k))?(?:\s+${unitWord})?)\s*(?:nya|ne|na)?(?:\s+(?:aja|saja|wae|ya|kak))?$`, 'u');

/** Words said around a correction's number that name nothing: "40 ribu ji", "3 aja". */
const correctionParticles = new Set(['ji', 'mi', 'ki', 'aja', 'saja', 'wae', 'mawon', 'deh', 'ya', 'kak', 'bae', 'ae', 'lah', 'dong']);

const particle = String.raw`(?:ya|yah|yaa|kak|ka|deh|dong|lho|loh|gitu|gt|bos|boss|bang|mbak|mba|mas|ji)`;
// "<goods> yang [terjual] [N unit] tadi [pagi] <rest with a number>": goods named first, then which entry.
const laterWhich = /^(?:eh\s+)?((?:(?!(?:yang|yg|sing|nu|salah|eh|maaf|maap|sorry|sori|punten|hapunten|ngapunten|nyuwun|aduh|waduh|lho|loh|tadi|td)\s)\p{L}+\s+){1,3}?)(?:yang|yg|sing|nu)\s+(?:(?:terjual|kejual|laku|payu|dijual|dibeli|dikulak|dibayar)\s+)?((?:\d\S*|s[ae]\p{L}+)\s+(?:\p{L}+\s+)?)?(?:tadi|td|mau|barusan)\s+(?:(?:pagi|siang|sore|malam|isuk|awan)\s+)?(?!salah|lepat|keliru|kleru)(\S*.*\d.*)$/u;
const priceWord = /^(?:harga|harganya|hargane|hargana|rego|regane|regone)\s/;
const shouldWord = /^(?:harusnya|seharusnya|mestinya|kudune|jadi)\s+/;

/** laterWhich said as the forms read below: a price as "<goods> tadi harganya …", a count as "yang <goods> tadi N bukan M". */
function laterEntry(all: string, goods: string, count: string | undefined, rest: string): string {
  if (priceWord.test(rest)) return `${goods}tadi ${rest}`;
  // "rokok yang 2 bungkus tadi 50rb": money said for a count is not read here (total or each?).
  if (count && /^\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|jt|juta)?$/.test(rest.replace(shouldWord, '')) && /rb|ribu|rebu|ewu|k\b|jt|juta|\d{4}/.test(rest)) return all;
  if (count && !/\b(?:bukan|bkn|dudu|sanes)\b/.test(rest)) return `yang ${goods}tadi ${rest.replace(shouldWord, '')} bukan ${countsAsDigits(count.trim())}`;
  return `yang ${goods}tadi ${rest.replace(shouldWord, /\b(?:bukan|bkn|dudu|sanes)\b/.test(rest) ? '' : 'harusnya ')}`;
}
const closingParticles = new RegExp(String.raw`(\d\S*(?:\s+(?!${particle}\b)\p{L}+)?)(?:\s+${particle})+$`, 'u');

/**
 * "salah, harusnya 5 bukan 3" → { to: '5', from: '3' }; "koreksi: harusnya indomie soto" → { to, from: null };
 * without "harusnya" only with a number ("eh salah, gulane 650rb", "keliru, 3 bks"), so "salah ketik" and
 * "salah orang" stay what they are.
 */
const paymentAgain = new RegExp(String.raw`^(?:(?:eh|ehh|lho|loh|waduh|aduh|maaf|sori)\s+)+((?:bayar|bayaran|cicilan|nyicil|setoran)(?:\s+(?:utang|hutang|utange|utangnya))?\s+(?:${[...honorifics].join('|')})\s+\p{L}+)\s+(?:tadi|td|mau)\s+(?:(?:cuma|jadi|harusnya)\s+)?(\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|jt|juta)?)(?:\s+(?:aja|saja|wae))?$`, 'u');

const notUnitRe = new RegExp(String.raw`^(?:(?:eh|lho|loh|aduh|waduh|maaf|salah|keliru)\s*,?\s+)*(?:bukan|bkn|dudu|sanes)\s+${unitWord}\s*,\s*(?:tapi\s+|harusnya\s+)?(\d+(?:[.,]\d+)?\s+${unitWord})(?:\s+(?:aja|saja|wae))?$`, 'u');

// Two counts said in words, one taken back: jv "dudu loro, telu", "telu dudu loro", su "tilu, sanes dua" ("telu" was sold as
// telur, "tilu" offered as a new product, or not understood).
const countWordsSwap = /^(?:(?:eh|salah|keliru|lepat)\s*,?\s+)*(?:(?:bukan|bkn|dudu|sanes)\s+(\p{L}+)\s*,?\s*(?:tapi\s+|harusnya\s+)?(\p{L}+)|(\p{L}+)\s*,?\s*(?:bukan|bkn|dudu|sanes)\s+(\p{L}+))(?:\s+(?:aja|saja|wae|doang))?$/u;

// "korek seceng? ah bukan, 3 ribu sebiji": a question to oneself answered "no" puts this message right, not an earlier entry
// (Aqua Gelas sold before was re-booked at Rp1.000).
const selfAnswered = /\?\s*(?:(?:ah|eh|ehh|oh)\s+)?(?:bukan|bkn|ga|gak|nggak|tidak|dudu|sanes)\s*[,.]/iu;

export function readCorrection(text: string): Correction | null {
  // "ga jadi, rokok surya 16 tadi dibalikin": goods given back undo their sale, no count changed (the last sale, another
  // product's, was re-booked as 16 packs).
  // "bukan dijual, untuk pakai sendiri" (to "Produk baru es batu?"): goods not for sale, no goods swapped (it searched for
  // an entry "dijual", and the ice was later booked as stock beside the expense).
  if (selfAnswered.test(text) || givenBack.test(text.toLowerCase()) || (readNotForSale(text) && !/\d/.test(text))) return null;
  // Papua "tra jadi, …", Manado "nyanda, …", Bali "nenten, …" opening it: "no, …" (Papua read "tra aqua" as goods).
  // Yogya krama "eh mboten, gula wau 2 kg" ("no, the sugar just now…"): a second sale was booked. Chat's "slh", "tdi" too.
  text = text.replace(/\bslh\b/gi, 'salah').replace(/\b(?:tdi|wau)\b(?=\s+\d)/gi, 'tadi')
    .replace(/^\s*(?:eh\s+)?(?:tra|tara|nyanda|nenten|mboten|boten)(?:\s+jadi)?\s*,\s*/i, 'salah, ')
    // Betawi "kagak, 3 biji", "eh kebanyakan, cuman 2 biji": "no", "too many", then the count (not understood).
    .replace(/^\s*(?:eh\s+)?(?:kagak|kaga|gak|ga|nggak|ndak|kebanyakan|kelebihan)\s*,\s*(?:(?:cuma|cuman|cm|hanya|mung)\s+)?(?=\d)/i, 'salah, ')
    // jv "mau aqua e dudu 2 dus, 3 dus ding", "mau surya 12 dudu sak slop, 5 bungkus ae": "mau" (earlier) and the goods before
    // "not" open a correction (each was asked whether to book it as a new sale).
    .replace(/^\s*(?:eh\s+)?mau\s+((?:[\p{L}\d]+\s+){1,3}?)(?:(?:e|iku|kuwi)\s+)?(?=(?:dudu|bukan)\s+\d)/iu, 'salah, $1tadi ')
    // su "hapunten, teh pucuk tadi sanes 16rb tapi 14 rebu": a sorry and a comma before the goods named as "tadi" say no more
    // than without them ("bagian mana yang salah?" was asked).
    .replace(/^\s*(?:eh\s+)?(?:maaf|maap|sori|sorry|punten|hapunten|ngapunten|sepurane|nyuwun sewu)\s*,\s*(?=(?:\p{L}+\s+){1,3}(?:tadi|td|mau|wau)\s)/iu, '')
    // "kulakan beras tadi bukan 2 karung tapi 1 karung": goods of before, "not N but M", is a correction without "salah" (a
    // haggle's arrival was bought again).
    .replace(/^\s*(?:(?:kulakan|kulak|beli|tuku|laku|jual|payu)\s+)?(\p{L}+(?:\s+\p{L}+){0,2}?)\s+(tadi|td)\s+(?=(?:bukan|bkn|dudu|sanes)\s+\d[^]*\b(?:tapi|tp|tpi|namung|nanging)\s+\d)/iu, 'salah, $1 $2 ')
    // Medan "pala kau, salah itu, …", "alamak", "astaga": an oath first says nothing (a second sale was booked).
    .replace(/^\s*(?:(?:pala|palak)\s+(?:kau|ko|kao)|alamak|astaga|astagfirullah|astaghfirullah|ya ampun|buset)\b\s*,?\s*/i, '')
    // Betawi "eh salah tuh, bukan empat, tiga doang": "that" after "wrong" (not understood). Medan "salah kali aku, …" (my
    // mistake): "very" and "I" (Amang Tigor's sugar was re-booked as the rice said).
    .replace(/^(\s*(?:eh\s+)?(?:salah|keliru))\s+(?:tuh|nih|kali aku|kali awak|aku|awak|kali)\s*,/i, '$1,')
    // Makassar "bawang merah tadi 45rb sekilo ji bukan 40": the particle before "not" says nothing (it sold 40 kg).
    .replace(/\s+(?:ji|mi|ki|pi|mo)\s+(?=(?:bukan|bkn|dudu|sanes)\b)/gi, ' ')
    // "eh gulanya cuma datang 7 kg" after other entries: what came is the purchase's count (it was booked as stock coming in).
    .replace(cameRe, 'cuma ');
  const swap = countWordsSwap.exec(clean(text));
  const [wordFrom, wordTo] = swap ? [countWord(swap[1] ?? swap[4]), countWord(swap[2] ?? swap[3])] : [null, null];
  if (wordFrom && wordTo) return { to: wordTo, from: wordFrom };
  const read = readCorrectionText(text);
  // "eh sunlight tadi salah, 1 aja 6rb": "just" between the numbers is no unit ("1 aja … isinya berapa pcs?" was asked).
  // "eh kopi tadi harganya 2500 ya": a particle closing it is no unit ("1 ya Kopi isinya berapa sachet?" was asked and kept).
  // "surya 16 tadi 2 bks": "tadi" between the goods and the count goes, so a number in the name is not read as the count.
  const c = read && { ...read, to: read.to.replace(/\s+(?:aja|saja|wae|mawon|doang)(?=\s+\d|$)/g, '').replace(closingParticles, '$1')
    .replace(/(\p{L}+(?:\s+\d+)?)\s+(?:tadi|td)\s+(?=\d[\d.,]*\s+\p{L})/u, '$1 ')
    // "aqua 600 dua": a count in words closing it, as digits (it was read as 600).
    .replace(/(\s)(\p{L}+)$/u, (all, sp: string, w: string) => (countWord(w) ? `${sp}${countWord(w)}` : all)) };
  // jv "salah, rong bungkus maksude telung bungkus": the wrong count, "I mean", the right one (the 2 packs were booked again).
  const meant = c && c.from == null ? /^(\d[\d.,]*(?:\s+\p{L}+)?)\s+(?:maksudnya|maksude|maksudku|maksud|mksdnya|mksd)\s+(\d.*)$/u.exec(c.to) : null;
  if (meant) return { to: meant[2]!, from: meant[1]! };
  // "bayar UD Sinar Jaya 45rb dudu 50": the old amount said bare is in the new one's thousands (50 matched no Rp50.000).
  const money = c?.from && /^\d+$/.test(c.from) ? /^\D*\d+\s*(rb|ribu|rebu|ewu|k)\b\D*$/.exec(c.to) : null;
  return c && money ? { ...c, from: `${c.from}${money[1] === 'k' ? 'rb' : money[1]}` } : c;
}

function readCorrectionText(text: string): Correction | null {
  // "salah, harganya goceng sebotol": slang money as rupiah (it was taken for goods "goceng botol", not found).
  // "cuma 1/2 kilo 14rb": a fraction typed with a slash is a count (the slash went, and "1 2 kilo" lost it).
  text = fractionsAsDigits(slangAsThousands(text)).replace(/\b([1-3])\/([248])\b/g, (all, a: string, b: string) => (Number(a) < Number(b) ? String(Number(a) / Number(b)) : all))
    // Corrections try: "eh salah, 2 doang" asked what a "doang" holds; "eh salah mbak, surya 12" named goods "mbak surya";
    // su "harusna" is "harusnya" (the last entry, another product's, was changed).
    .replace(/\s+(?:doang|thok)(\s*[.!]*)$/i, ' aja$1').replace(/\bharusna\b/gi, 'harusnya')
    // Surabaya tries: jv "sing bener 20rb" (the right one is), "… salah rek, 20rb" (a call to the listener), "mau iku" (that
    // one), "dadi" (so), su "16rb lain 15rb" (not): a second expense was booked, or goods "bensin rek" looked for.
    .replace(/\b(?:sing|yang|yg|nu)\s+(?:bener|benere|leres|bener e)\b/gi, 'harusnya').replace(/\blain\s+(?=\d)/gi, 'bukan ')
    .replace(/\s+(?:rek|cak|lur|bro|bos)\s*,/gi, ',').replace(/\s(?:iku|kuwi|kui|eta)(?=\s)/gi, '').replace(/\bdadi\b/gi, 'jadi')

    // jv "sunsilk mau salah, mung 6 sachet 6rb": "only" before the right count says no more than the count (a second sale
    // was booked beside the first).
    .replace(/\b(salah|keliru)(\s*,\s*|\s+)(?:mung|cuma|cuman|cm|hanya|ngan|mek|gur)\s+(?=\d)/giu, '$1$2')
    // su "… minyak sania 2 liter lain nu 1 liter, eusina 6": "lain nu" is "not the one", "eusina" what it holds (the plastic
    // bags bought after the oil were re-booked as "2 liter").
    .replace(/\blain\s+nu\b/gi, 'bukan nu').replace(/\beusina\b/gi, 'isinya')
    // su "hoyong ngoreksi: parkir 2rb sanes 5rb", "mau ralat: …" (I want to correct): "salah" (its words were goods named).
    // "ehh koreksi koreksi, aqua 600 nya dua aja bukan empat": said twice, after a comma (a sale of 600 bottles was offered).
    .replace(/^(?:(?:eh|ehh|ehhh)\s+)?(?:(?:mau|hoyong|arep|pengen|pingin|bade|ajeng)\s+)?(?:(?:ngoreksi|ngoreksian|koreksi|ralat|ngeralat|lereskeun|ngalereskeun)(?:\s*[:,]\s*|\s+))+(?=\S)/i, 'salah, ')
    // "ga jadi, sewa lapaknya 1,5jt", Banjar "kada jadi, …", Pontianak "ndak jadi, … jak": called off, then said again with its
    // number, is the entry put right (a second expense was booked beside the first).
    .replace(/^(?:eh\s+)?(?:ga|gak|nggak|ngga|enggak|tidak|tdk|ndak|kada|ora|teu|indak|kagak|sonde|seng|nyanda)\s+(?:jadi|jd|sido|sida|tulus)\s*,\s*(?=\D*\d)/i, 'salah, ')
    .replace(/\s+jak(\s*[.!]*)$/i, ' aja$1')
    .replace(/\b(salah|keliru|maaf|sori)\s+(?:mbak|mba|mas|kak|bu|pak|bos|bang|teh|kang|om|mang)\s*,/i, '$1,')
    // Round-two tries: jv "kliru, dudu …" (not understood), Minang "bungkuih" (the purchase before was offered to undo).
    .replace(/\b(?:kliru|kleru|klru)\b/gi, 'keliru').replace(/\bbungkuih\b/gi, 'bungkus')
    // "salah, rokok surya 12 harusnya 29 ribu": the goods before "should be" ("1 harusnya Rokok Surya 12 isinya berapa?").
    .replace(/^((?:eh\s+)?(?:salah|keliru|ralat|koreksi))\s*,?\s*((?:\p{L}+\s+){1,3}\d{2,}\s+)(?:harusnya|seharusnya|mestinya|kudune)\s+(?=\S*\d)/iu, '$1 harusnya $2')
    // "eh salah, indomie goreng tadi 6 bungkus, bukan 5": the goods and "tadi" after "salah" are "the one before".
    // Goods whose name holds a number ("surya 16", "aqua 600"): the number is part of the name (16 packs were booked).
    .replace(/^(?:eh\s+)?(?:salah|keliru)\s*,?\s*(\p{L}+\s+(?:(?:\p{L}+|\d+)\s+){0,2}?)(?:tadi|td)\s+(?=\d[\d.,]*\s*\p{L}*\s*,?\s*(?:bukan|bkn|dudu|sanes)\s+\d[\d.,]*\s*\p{L}*\s*$)/iu, 'yang $1tadi ')
    // su "eh aqua nu tadi 2 wungkul": the goods before "the one" (not understood).
    .replace(/^(?:eh\s+)?((?:\p{L}+\s+){1,3}?)(?:yang|yg|sing|nu)\s+(tadi|td|mau)\s+(?=\d)/iu, 'yang $1$2 ').replace(/\bwungkul\b/gi, 'aja')
    // jv "eh kopine mung 3": the goods with a possessive and "only" (a sale of "kopine" was offered).
    .replace(/^(?:eh\s+)(\p{L}{3,}?(?:nya|ne|na|e))\s+(?:cuma|cuman|cm|mung|mek|ngan|hanya)\s+(?=\d)/iu, 'salah, $1 ');
  // Manado try: "salah barang, tadi itu minyak sania 1 liter bukan minyak sania 2 liter": goods of one size for another (the
  // 2 L bottle was booked again as "1 liter", half a bottle).
  const sizeSwap = /^(?:(?:eh|lho|loh|aduh|waduh|maaf)\s+)*(?:salah|keliru|lepat)(?:\s+barang(?:nya)?)?\s*,?\s*(?:(?:tadi|td)\s+)?(?:itu\s+)?((?:\p{L}+\s+){1,3}\d+(?:[.,]\d+)?\s*(?:liter|ltr|l|ml|kg|kilo|gram|gr))\s+(?:bukan|bkn|dudu|sanes)\s+((?:\p{L}+\s+){1,3}\d+(?:[.,]\d+)?\s*(?:liter|ltr|l|ml|kg|kilo|gram|gr))$/u
    .exec(clean(text));
  if (sizeSwap) return { to: sizeSwap[1]!, from: sizeSwap[2]! };
  // Helper's try: "tadi salah, gg bukan 1 slop, 5 bungkus 125rb": the goods, what they were not, then (after a comma)
  // what they were. Read before the commas go (it became a new product "gg bukan" and a second sale).
  const notThen = /^(?:(?:eh|lho|loh|aduh|waduh|maaf|tadi|td)\s+)*(?:salah|keliru|ralat|koreksi)\s*,?\s*((?:\p{L}+\s+){1,3}?)(?:bukan|bkn|dudu|sanes)\s+(\d[^,]*?)\s*,\s*(?:tapi\s+|harusnya\s+)?(\d.*)$/u
    .exec(clean(text));
  if (notThen) return { to: `${notThen[1]!}${notThen[3]!}`.trim(), from: notThen[2]!.trim() };
  // "salah ketik, 5", "sori typo, harusnya 2 aja": the number typed wrong, then the right one after a comma or "harusnya" (it
  // offered to void entry number 5; "salah ketik 5" without either still names entry 5).
  const mistyped = /^(?:(?:eh|sori|sorry|maaf|maap|aduh)\s+)*(?:salah\s+(?:ketik|tulis|nulis|input)|typo)\s*(?:,\s*(?:harusnya\s+)?|\s(?:harusnya|maksudnya)\s+)(\d[\d.,]*(?:\s+\p{L}+)?)(?:\s+(?:aja|saja|wae|doang))?$/u.exec(clean(text));
  if (mistyped) return { to: mistyped[1]!.replace(/\s+(?:aja|saja|wae|doang)$/, ''), from: null };
  // "eh bukan 30 ribu, 40 ribu ji bensinnya": the old number, a comma, the new one with the goods after it (a new product
  // "bukan" was offered).
  // "eh bukan 1 dus, 12 btl": the unit stays with its number (12 dus were booked). jv "salah, dudu 5, 4 bungkus 14rb": the money
  // after it too (5 packs were kept at Rp2.800).
  // Said bare too: su "sanes 100rb, 120rb listrik teh" (the two were summed into a new Rp220.000 expense).
  const notComma = new RegExp(String.raw`^(?:(?:eh|lho|loh|aduh|waduh|maaf|salah|keliru)\s*,?\s+)*(?:bukan|bkn|dudu|sanes)\s+(\d[^,]*?)\s*,\s*(?:tapi\s+|harusnya\s+)?(\d\S*(?:\s+(?:rb|ribu|rebu|ewu|jt|juta|k))?(?:\s+${unitWord}\b)?(?:\s+\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|jt|juta|k)\b)?)((?:\s+\p{L}+){0,3})$`, 'u')
    .exec(clean(text));
  if (notComma) {
    // su "… listrik teh": "teh" after the goods is the topic's particle, not tea.
    const goods = notComma[3]!.trim().split(/\s+/).filter((w) => w && !correctionParticles.has(w)).join(' ').replace(/(\p{L}) (?:teh|mah)$/u, '$1');
    return { to: `${goods} ${notComma[2]!}`.trim(), from: notComma[1]!.trim() };
  }
  // "eh bayar utang bu Tini tadi 25rb" with a sale after it: that payment's money (a second payment was booked).
  const payment = paymentAgain.exec(clean(text));
  if (payment) return { to: `${payment[1]!} ${payment[2]!}`, from: null };
  // "eh totalnya 50rb aja, tak kasih diskon", "eh total kulakan gula tadi 175rb, ada ongkos": the total said again, a reason
  // after it (each was booked as an expense of that much).
  const total = /^(?:(?:eh|ehh|lho|loh|oh|waduh|aduh|maaf|sori)\s+)+(?:total|totalnya|totale|totalna|jadinya|jadine)\s+(?:(?:laku|jual|kulakan|kulak|beli|belanja)\s+)?((?:\p{L}+\s+){0,3}?)(?:(?:tadi|td|mau)\s+)?(?:(?:jadi|cuma|cuman|mung)\s+)?(\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|jt|juta))(?:\s+(?:aja|saja|wae|doang))?(?:\s*,.*)?$/u
    .exec(clean(text));
  if (total) return { to: `${total[1]!}totalnya ${total[2]!}`.trim(), from: null, ...(total[1] ? { earlier: true as const } : {}) };
  // "eh bukan dus, 1 bks", su "sanes renceng, 2 sachet": the unit booked wrong, then the count in the right one (not understood;
  // the sale of a whole dus stayed).
  const notUnit = notUnitRe.exec(clean(text));
  if (notUnit) return { to: notUnit[1]!, from: null };
  // "eh tadi indomie goreng bukan 5, 6 bungkus nya": the goods first, the old count, then the new one after a comma (a new
  // sale of 6 was offered).
  const goodsNotComma = goodsNotCommaRe.exec(clean(text));
  if (goodsNotComma && !honorifics.has(goodsNotComma[1]!.split(' ')[0]!)) return { to: `${goodsNotComma[1]!}${goodsNotComma[3]!}`.trim(), from: goodsNotComma[2]!.trim(), earlier: true };
  const swapped = readGoodsSwap(text);
  if (swapped) return swapped;
  // "salah, es teh yang 8 gelas harusnya 10": the entry named by its old count, then the new one (a city try re-booked the
  // same 8 glasses).
  const oldCount = /^(?:(?:eh|lho|loh|aduh|waduh|maaf|sori)\s+)*(?:salah|keliru|ralat|koreksi)\s*,?\s*((?:\p{L}+\s+){1,3}?)(?:yang|yg|sing|nu)\s+(\d[\d.,]*(?:\s+\p{L}+)?)\s+(?:harusnya|seharusnya|mestinya|kudune|kuduna|jadi)\s+(\d.*)$/u.exec(clean(text));
  if (oldCount) return { to: `${oldCount[1]!}${oldCount[3]!}`.trim(), from: oldCount[2]!.trim() };
  // "salah harga gula tadi, harusnya 680rb sekarung": what was wrong, the goods and "tadi", then the right number.
  const wrongOf = /^(?:(?:eh|lho|loh|aduh|waduh|maaf)\s+)*(?:salah|keliru|ralat|koreksi)\s+(?:harga|harganya|hrg|hitung|itung|total|totalnya|jumlah|jumlahnya)\s+((?:\p{L}+\s+){1,4}?)(?:tadi|td|barusan|mau|wau)\s*,?\s*(?:(?:harusnya|seharusnya|mestinya|jadi|kudune)\s+)?(\S*\d.*)$/u
    .exec(clean(text));
  if (wrongOf) return { to: `${wrongOf[1]!}${wrongOf[2]!}`.trim(), from: null, earlier: true };
  const t = fractionsAsDigits(clean(text)).replace(/,(?!\d)/g, ' ').replace(/\s+/g, ' ').trim()
    // Corrections later in the day: "indomie goreng yang 6 bungkus tadi harganya 3rb aja", "minyakita yang terjual tadi pagi 3
    // ji, bukan 2" (each was booked as a new sale): the goods, then "the one (sold) earlier", perhaps by its count. Said so,
    // they are "yang <goods> tadi …"; the old count is kept for a count that changed, dropped before a price.
    .replace(laterWhich, (all, goods: string, count: string | undefined, rest: string) => laterEntry(all, goods, count, rest))
    // "yang sabun tadi totalnya 15rb" (not understood): "the one" before goods and a price word says no more than without it.
    .replace(/^(?:eh\s+)?(?:yang|yg|sing|nu)\s+((?:\p{L}+\s+){1,3}?)(tadi|td|mau)\s+(?=(?:harga|harganya|hargane|hargana|rego|regane|totalnya|totale)\s+\S*\d)/u, '$1$2 ')
    // "tadi aqua 600 harganya 5rb sebotol, bukan 4rb": "tadi" before the goods and a price word (600 bottles were offered).
    .replace(/^(?:eh\s+)?(?:tadi|td)\s+((?:\p{L}+\s+){1,3}?(?:\d+\s+)?)(?=(?:harga|harganya|hargane|hargana|rego|regane|totalnya|totale)\s+\S*\d)/u, '$1tadi ')
    // jv "kopi kapal api mau harusnya 6rb": "mau" is "tadi" (a new sale of Rp6.000 was booked).
    .replace(/^((?:\p{L}+\s+){1,4}?)(?:mau|wau)\s+(harusnya|seharusnya|mestinya|kudune)\s+(?=\S*\d)/u, '$1tadi $2 ')
    // "tadi yg lifebuoy salah, cuma 1", "yg lifebuoy tadi harusnya 1": "the one before" said first, or "should be"
    // with no "wrong" (both were not understood).
    .replace(/^(?:tadi|td)\s+((?:yang|yg|sing|nu)\s+)/, '$1')
    // "eh tadi indomie yang 10 bks salah, harusnya 8 bks": the goods, then which entry by its count (a pages try: a new sale of
    // 10 was offered).
    .replace(/^(?:eh\s+)?(?:tadi|td)\s+((?:\p{L}+\s+){1,3}?)(?:yang|yg|sing|nu)\s+(\d\S*(?:\s+\p{L}+)?)\s+salah\b/u, '$1$2 tadi salah')
    .replace(/^((?:yang|yg|sing|nu)\s+(?:\p{L}+\s+){1,3}(?:tadi|td)\s+)(harusnya|seharusnya|mestinya)\b/u, '$1salah $2')
    // "utang bu sri tadi harusnya 35rb": the entry named without "yang" (a second debt was booked beside the first).
    .replace(/^(?!(?:yang|yg|sing|nu|eh|salah)\s)((?:\p{L}+\s+){1,4}?)(tadi|td)\s+(harusnya|seharusnya|mestinya)\s+(?=\S*\d)/u, 'yang $1$2 salah $3 ')
    // Helper tries: "eh typo td es kopsu nya 6 bkn 7", jv "lho kleru, 2 bks ae": "typo" opening it and a slip of
    // "keliru" say "salah"; a possessive typed apart joins its word; jv "ae" is "aja".
    .replace(/^((?:eh|lho|loh|lha|aduh|waduh)\s+)?typo\b/, '$1salah').replace(/\b(?:kleru|kliru|klru)\b/g, 'keliru')
    .replace(/(\p{L}) nya\b/gu, '$1nya')
    // "teh pucuknya 2 nya bukan 3": a possessive after the count is no unit ("1 nya Teh Pucuk isinya berapa?" was asked).
    .replace(/(\d) (?:nya|ne|na)\b/g, '$1').replace(/\bae$/, 'aja').replace(/^((?:eh|lho|loh|lha|aduh|waduh)\s+)?salah td\b/, '$1salah')
    // Papua try: "tadi sa salah, minyak cuma laku 1 botol" ("I was wrong earlier") booked a second sale.
    .replace(/^(?:tadi|td)\s+(?:(?:sa|saya|sy|aku|ak|gw|gue|ane|kita|awak|ulun)\s+)?salah\b/, 'salah')
    // Helpers' tries: "eh maksudnya 12rb" (a new product "maksudnya"), "harusnya 11rb" (not understood), "lho kok 80rb,
    // salah, minyak 2 liter 1 botol 40rb" (a second sale): "I meant", "should be" alone, or a complaint before "salah".
    .replace(/^(?:(?:eh|lho|loh|lha|aduh|waduh)\s+)?(?:maksudnya|maksude|maksudku|mksdnya|mksde|mksd|maksud(?:\s+(?:saya|sy|aku|gw|gue))?)\s+(?=\S*\d)/, 'salah ')
    // "harusnya sampoerna 3 slop, 1020 ribu": the goods may come first (it booked a sale after a purchase).
    .replace(/^(?:eh\s+)?(harusnya|seharusnya|mestinya|mestine|kudune)\s+(?=(?:\p{L}+\s+){0,3}\S*\d)/u, 'salah $1 ')
    .replace(/^(?:(?:lho|loh|lha|lah|eh)\s+)?kok\s+(?:\S+\s+){1,3}?salah\s+/, 'salah ')
    // jv "eh ora ding, mau sing tak bayar UD Sinar Jaya 45rb dudu 50" ("no wait, what I paid earlier"): a correction of the
    // payment (a second payment was booked).
    .replace(/^(?:(?:eh|lho|lha|wah)\s+)?(?:ora|ra|hora|dudu)\s+(?:ding|deng)\s+/, 'salah ')
    .replace(/^salah\s+(?:mau|tadi|td|wau)\s+(?:(?:sing|yang|yg|nu)\s+)?(?:(?:tak|dak|tek|aku|sy|saya|gw|gue|abdi|kula)\s+)?(?=(?:bayar|mbayar|mayar|nyaur)\s)/, 'salah ')
    // Corrections try: "eh pak agus bayarnya cuma 10rb", "eh ternyata bayar sinar jaya nya cuma 80rb" ("only paid") booked
    // a second payment or an expense; "eh sunlight tadi cuma 1, 6rb" a new sale. "Only" after the payment or the goods
    // named as "tadi" says what it was.
    .replace(/^(?:(?:eh|lho|loh|lha|oh|ternyata|trnyata|ternyta)\s+)+((?:\p{L}+\s+){1,4}?(?:bayarnya|bayare|bayarna|nyicilnya|nyicile|dibayar|mbayare|cicilannya)|bayar\s+(?:\p{L}+\s+){0,3}?\p{L}+?)(?:nya)?\s+(?:cuma|cuman|cm|mung|mek|hanya|kur|ngan)\s+(?=\d)/u, 'salah $1 ')
    .replace(/^(?:(?:eh|lho|loh|lha|oh|ternyata)\s+)*((?:(?!yang\s|yg\s|sing\s|nu\s)\p{L}+\s+){1,3}?)(tadi|td|mau|barusan)\s+(?:cuma|cuman|cm|mung|hanya)\s+(?=\d)/u, '$1$2 salah ');
  // "yg tadi teh pucuknya 6 aja bukan 8", "sing mau kopine 3 dudu 4": "the one before" with a number
  // both ways is a correction without "salah" (Javanese dudu, Sundanese sanes: "not").
  // The "tadi" may follow the goods: "yg teh botol tadi 5 aja bukan 6".
  const before = /^(?:eh\s+)?(?:yang|yg|sing|nu|anu)\s+((?:\S+\s+){0,4}?)(?:tadi|td|barusan|mau|wau|nembe)\s+(.*\d.*?)\s+(?:aja\s+|saja\s+|wae\s+|mawon\s+)?(?:bukan|bkn|bukannya|dudu|sanes)\s+(\S*\d.*)$/.exec(t);
  if (before) return { to: `${before[1]!}${before[2]!.replace(/\s+(?:aja|saja|wae|mawon)$/, '')}`.trim(), from: before[3]!.trim(), ...(before[1] ? { earlier: true as const } : {}) };
  // "5 bukan 4 indomienya", "eh 5 bks aja bukan 4, yg indomie": the numbers first, then the goods (or none).
  const numbersFirst = new RegExp(String.raw`^(?:(?:eh|lho|loh|lha|waduh|aduh)\s+)?(\d\S*(?:\s+${unitWord})?)\s+(?:(?:aja|saja|wae|mawon)\s+)?(?:bukan|bkn|bukannya|dudu|sanes)\s+(\d\S*(?:\s+${unitWord})?)(?:\s+(?:(?:yang|yg|sing|nu)\s+)?(?!(?:tadi|td|barusan|mau|ya|kak)$)(\p{L}+(?:\s+\p{L}+){0,2}?))?(?:\s+(?:tadi|td|barusan|mau|ya|kak))?$`, 'u').exec(t);
  if (numbersFirst) return { to: `${numbersFirst[3] ? `${numbersFirst[3].trim()} ` : ''}${numbersFirst[1]!}`, from: numbersFirst[2]!.trim() };
  // "gula tadi salah harga, sekilo 19rb", "kulakan minyakita tadi pagi harganya 17rb per pcs, bukan 17.500": the goods and
  // "tadi" first, then what was wrong or the price (corrections try: a new sale of a kilo was booked; the selling price was
  // set to the cost). Read before the goods-and-numbers pattern below: jv "telur mau totale 57rb, dudu 60rb" named goods
  // "telur mau totale" (nothing found). jv "gula mau salah rego, sakilo 17rb": "rego" is the price, su "sakilo" a kilo.
  const goodsTadi = /^(?:(?:eh|lho|loh|aduh|waduh|maaf|sori)\s+)*(?:(?:laku|jual|payu|kulakan|kulak|beli|belanja|tuku)\s+)?((?:(?!(?:yang|yg|sing|nu|anu|lha|lah|punten|ngapunten|hapunten|maaf)\s)\p{L}+\s+(?:\d{2,}\s+(?=(?:tadi|td|barusan|mau|wau)\s))?){1,3}?)(?:tadi|td|barusan|mau|wau)\s+(?:(?:pagi|siang|sore|malam|isuk|awan)\s+)?(?:(?:salah|keliru|lepat)(?:\s+(?:harga|harganya|hargane|hargana|rego|regane|regone|hitung|total|totalnya|totale|jumlah|jumlahnya))?|harga|harganya|hargane|hargana|rego|regane|regone|totalnya|totale)\s+(?:(?:harusnya|seharusnya|mestinya|kudune|kuduna|jadi)\s+)?((?:s[ae]\p{L}+\s+)?\S*\d.*?)(?:\s+(?:bukan|bkn|dudu|sanes)\s+(\S*\d.*))?$/u.exec(t);
  // "sekilo 19rb" is "19rb sekilo": a price per kilo. A number in the goods' name ("aqua 600 tadi …") is kept with them.
  if (goodsTadi) return { to: `${goodsTadi[1]!}${countsAsDigits(goodsTadi[2]!).replace(/^(s[ae]\p{L}+)\s+(\S*\d\S*)$/u, '$2 $1')}`.trim(), from: goodsTadi[3]?.trim() ?? null, earlier: true };
  // City owner try: "eh teh pucuknya 5 aja bukan 6", jv "kopine 3 wae dudu 4": the goods and both numbers, no "yg tadi".
  // "eh sorry tadi cust beras bayarnya 25rb bukan 20rb": a sorry, "earlier" and "the customer" open it (the two amounts were
  // summed into a new Rp45.000 expense).
  const both = /^(?!.*\b(?:salah|lepat|koreksi|ralat|keliru)\b)(?:(?:eh|lho|loh|lha|waduh|aduh|sorry|sori|maaf|maap|punten|tadi|td)\s+)*(?:(?:cust|customer|costumer|pembeli|pelanggan|langganan)\s+)?((?:\p{L}+\s+){1,4}?)(\d\S*(?:\s+(?!aja\b|saja\b|wae\b|mawon\b)\p{L}+)?)\s+(?:(?:aja|saja|wae|mawon)\s+)?(?:bukan|bkn|bukannya|dudu|sanes)\s+(\d.*)$/u.exec(t);
  if (both) return { to: `${both[1]!}${both[2]!}`.trim(), from: both[3]!.trim() };
  // Without the old number, "just N" says it: "eh yg aqua tadi 2 aja", "sing kopi mau 3 wae".
  const only = /^(?:eh\s+)?(?:yang|yg|sing|nu|anu)\s+((?:\S+\s+){0,4}?)(?:tadi|td|barusan|mau|wau|nembe)\s+(\S*\d\S*(?:\s+\p{L}+)?)\s+(?:aja|saja|wae|mawon|hungkul)$/u.exec(t);
  if (only) return { to: `${only[1]!}${only[2]!}`.trim(), from: null, ...(only[1] ? { earlier: true as const } : {}) };
  // "yang energen tadi 5 sachet 12.500": the entry named, then its count and money said again (not understood).
  const again = /^(?:eh\s+)?(?:yang|yg|sing|nu|anu)\s+((?:\p{L}+\s+){1,4}?)(?:tadi|td|barusan|mau|wau|nembe)\s+(\d[\d.,]*\s+\p{L}+\s+\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k)?)$/u.exec(t);
  if (again) return { to: `${again[1]!}${again[2]!}`.trim(), from: null, earlier: true };
  // "eh 6 gelas deng", "5 aja ding": "ding" (and Jakarta "deng") takes back what was just said.
  // jv "eh sing mie sedap soto mau 4 ding": the goods said as "the one before" come first.
  const ding = /^(?:(?:eh|ehh|eits|aduh|waduh|lho|lha)\s+)?(?:(?:yang|yg|sing|nu|anu)\s+((?:\p{L}+\s+){1,4}?)(?:(?:tadi|td|barusan|mau|wau|nembe)\s+))?((?:\p{L}+\s+){0,3}?\S*\d\S*(?:\s+(?!aja\b|saja\b|wae\b)\p{L}+)?)\s+(?:(?:aja|saja|wae)\s+)?(?:ding|deng|dink)$/u.exec(t);
  if (ding && !/\b(?:ding|deng|dink)\b/.test(ding[2]!)) return { to: `${ding[1] ?? ''}${ding[2]!}`.trim(), from: null, ...(ding[1] ? { earlier: true as const } : {}) };
  // "salah tadi, bukan 12 botol tapi 10 botol", jv "salah rek, dudu 3 tapi 5", su "lepat, sanes 2 tapi 3": the old
  // number, then the new one after "but".
  // su "eh lain 5 tapi 4": "lain" is "not" before a number and "tapi" (a product "lain" was offered).
  const notBut = /^(?:(?:eh|lho|loh|aduh|waduh|maaf|sori|punten|yang|yg|sing|nu|tadi|td)\s+)*(?:(?:salah|lepat|keliru|typo|ralat|koreksi)\s+)?(?:(?:rek|kak|tadi|td|ya)\s+)*(?:bukan|bkn|dudu|sanes|lain(?=\s+\d))\s+(\S*\d.*?|\p{L}+\s+\S*\d.*?)\s+(?:tapi|tp|tpi|namung|nanging|tapi harusnya|tapi yang bener)\s+(.+)$/u.exec(countsAsDigits(t));
  if (notBut) {
    // "bukan 3 korek tapi 2": goods after the old count belong with the new one (it asked "bagian mana yang salah?").
    const goodsAfter = /^(\d\S*)\s+(\p{L}+(?:\s+\p{L}+){0,3})$/u.exec(notBut[1]!.trim());
    if (goodsAfter && !goodsAfter[2]!.split(' ').some((w) => unitOf(w) !== null || moneyMultipliers.has(w))) return { to: `${goodsAfter[2]!} ${notBut[2]!.trim()}`, from: goodsAfter[1]! };
    return { to: notBut[2]!.trim(), from: notBut[1]!.trim() };
  }
  // "salah, korek bukan 3 tapi 2": the goods, then not-but (a sale of "korek bukan 3" was offered).
  const goodsThenNot = /^(?:(?:eh|lho|loh|aduh|waduh|maaf|sori)\s+)*(?:salah|lepat|keliru|typo|ralat|koreksi)\s+((?:(?!bukan\b|bkn\b|dudu\b|sanes\b)\p{L}+\s+){1,3})(?:bukan|bkn|dudu|sanes)\s+(\S*\d.*?)\s+(?:tapi|tp|tpi|namung|nanging)\s+(.+)$/u.exec(countsAsDigits(t));
  if (goodsThenNot) return { to: `${goodsThenNot[1]!}${goodsThenNot[3]!}`.trim(), from: goodsThenNot[2]!.trim() };
  // "salah, bukan kapal api tapi good day", "eh bukan indomie goreng, indomie soto": other goods, no number (a helper's
  // try was not understood). Only after "salah"/"eh", so "bukan bu tini, bu tina" stays a person's (person.ts, read first).
  // Said bare too ("bukan indomie kari, indomie soto", jv "dudu …, …", su "lain kapal api, good day eta mah": not understood),
  // when neither side is a person.
  const goodsNotBut = /^(?:(?:eh|lho|loh|aduh|waduh|maaf|sori)\s*,?\s+|(?:salah|keliru|ralat|koreksi)\s*,?\s+)*(?:bukan|bkn|dudu|sanes|lain(?=\s+\p{L}+(?:\s+\p{L}+){0,3}\s*,))\s+(\p{L}+(?:\s+\p{L}+){0,3}?)(?:\s*,\s*|\s+(?:tapi|tp|tpi|harusnya)\s+)(\p{L}+(?:\s+\p{L}+){0,3}?)(?:\s+(?:eta\s+mah|mah|eta|iku|kuwi|ya|kak))?$/u
    .exec(clean(text));
  if (goodsNotBut && !/\d/.test(t) && !person(goodsNotBut[1]!) && !person(goodsNotBut[2]!)) return { to: goodsNotBut[2]!.trim(), from: goodsNotBut[1]!.trim() };
  // "ralat, bukan sampoerna tapi surya 16": the other goods' name ends in a number (16 packs were booked); correct.ts takes
  // it as goods only when a product is named so.
  const numberedNotBut = /^(?:(?:eh|lho|loh|aduh|waduh|maaf|sori)\s*,?\s+|(?:salah|keliru|ralat|koreksi)\s*,?\s+)+(?:bukan|bkn|dudu|sanes)\s+(\p{L}+(?:\s+\p{L}+){0,3}?)\s+(?:tapi|tp|tpi|harusnya)\s+(\p{L}+(?:\s+\p{L}+){0,2}\s+\d+)$/u.exec(clean(text));
  if (numberedNotBut) return { to: numberedNotBut[2]!, from: numberedNotBut[1]! };
  // "yg gula tadi salah, bukan gula tapi beras premium", jv "sing gula mau salah, dudu gula tapi …": other goods for an earlier
  // entry (corrections try: it was only offered to undo, and the rice sale was lost).
  const swapEarlier = /^(?:eh\s+)?(?:yang|yg|sing|nu|anu)\s+((?:\p{L}+\s+){1,3}?)(?:tadi|td|barusan|mau|wau|nembe)\s+(?:salah|lepat|keliru)\s+(?:bukan|bkn|dudu|sanes)\s+((?:\p{L}+\s+){0,3}?)(?:tapi|tp|tpi|namung|nanging)\s+(\p{L}+(?:\s+\p{L}+){0,3})$/u.exec(t);
  if (swapEarlier && !/\d/.test(t)) return { to: swapEarlier[3]!, from: swapEarlier[1]!.trim(), earlier: true };
  // jv "sing aqua mau dudu sedus tapi rong dus", "yg aqua tadi bukan 1 dus tapi 2 dus": the goods named as "the one
  // before", then not-but.
  const namedNotBut = /^(?:eh\s+)?(?:yang|yg|sing|nu|anu)\s+((?:\p{L}+\s+){1,3}?)(?:tadi|td|barusan|mau|wau|nembe)\s+(?:bukan|bkn|dudu|sanes)\s+(\S*\d.*?)\s+(?:tapi|tp|tpi|namung|nanging)\s+(.+)$/u.exec(countsAsDigits(t));
  if (namedNotBut) return { to: `${namedNotBut[1]!}${namedNotBut[3]!}`.trim(), from: namedNotBut[2]!.trim(), earlier: true };
  // "yang indomie kari tadi salah, harusnya indomie soto", jv "sing kopi mau kliru, kudune good day": other goods for the
  // entry named (corrections try: "indomie kari indomie soto" was searched for and not found).
  const swapLater = /^(?:eh\s+)?(?:(?:yang|yg|sing|nu|anu)\s+)?((?:\p{L}+\s+){1,3}?)(?:tadi|td|barusan|mau|wau|nembe)\s+(?:salah|lepat|keliru)\s+(?:harusnya|seharusnya|mestinya|kudune|kuduna|kedahna|jadi)\s+(\p{L}+(?:\s+\p{L}+){0,3})$/u.exec(t);
  if (swapLater && !/\d/.test(t) && !honorifics.has(swapLater[2]!.split(' ')[0]!)) return { to: swapLater[2]!, from: swapLater[1]!.trim(), earlier: true };
  // "gak jadi, es teh 8 gelas aja", Banjar "kada jadi, 8 aja": changed mind, then the count that holds.
  const changed = /^(?:eh\s+)?(?:gak|ga|gk|nggak|ngga|enggak|tidak|tdk|ndak|nda|kada|ora|ra|teu|sonde|seng|tra)\s+jadi\s+(?:\d+\s+)?((?:\p{L}+\s+){0,4}?)(\S*\d\S*(?:\s+(?!aja\b|saja\b|wae\b|bae\b)\p{L}+)?)\s+(?:aja|saja|wae|mawon|hungkul|bae)$/u.exec(t);
  if (changed) return { to: `${changed[1]!}${changed[2]!}`.trim(), from: null };
  // "hapunten, kopina tilu", "maaf, gulanya 2 kilo": a sorry, the goods with a possessive ("the coffee") and a count.
  const sorry = /^(?:eh\s+)?(?:maaf|maap|sori|sorry|punten|hapunten|ngapunten|sepurane|nyuwun sewu)\s+(\p{L}{3,}?(?:nya|ne|na))\s+(.+)$/u.exec(t);
  if (sorry) {
    const count = countsAsDigits(sorry[2]!);
    if (/^\d+(?:[.,]\d+)?(?:\s+\p{L}+)?(?:\s+(?:aja|saja|wae|mawon|hungkul))?$/u.test(count)) return { to: `${sorry[1]!} ${count.replace(/\s+(?:aja|saja|wae|mawon|hungkul)$/, '')}`, from: null };
  }
  // Sunda try: "beas 2 kilo tadi salah, kuduna 3 kilo": the goods and their old count, then "wrong" and the new one.
  const named = /^(?:eh\s+)?((?:\p{L}+\s+){1,3}?)(\d\S*(?:\s+\p{L}+)?)\s+(?:tadi|td|barusan|mau|wau|nembe)\s+(?:salah|lepat|keliru)\s+(?:(?:harusnya|seharusnya|mestinya|mestine|kudune|kuduna|kedahna|sakuduna|harus(?:nya)?)\s+)?(.+)$/u.exec(t);
  if (named) {
    const to = countsAsDigits(named[3]!);
    if (/\d/.test(to)) return { to: `${named[1]!}${to}`.trim(), from: named[2]!.trim(), earlier: true };
  }
  // "hapunten, nu tadi salah, gasna 4 tabung", "ngapunten sing mau lepat, kudune 3": a "sorry" and "the one
  // before" may come first; Javanese and Sundanese say "wrong" (lepat) and "should be" (kudune, kedahna) too.
  // The goods may come before "salah": "yg aqua tadi salah, 2 dus", jv "lha sing aqua mau salah, 4 dus"; with the
  // supplier and what was wrong: "yg gula dari toko makmur tadi salah harga, harusnya 180rb" (Medan try: it set the
  // selling price of a kilo to Rp180.000).
  const m = /^(?:(?:eh|bah|lho|loh|lha|lah|maaf|sori|sorry|hapunten|punten|ngapunten|sepurane|aduh|waduh)\s+)*(?:(?:yang|yg|sing|nu|anu)\s+((?:\p{L}+\s+){0,5}?))?(?:(?:tadi|td|barusan|mau|wau|nembe)\s+)?(?:salah|lepat|koreksi|ralat|keliru)\s*(?:kak\s+)?(?:tadi\s+)?(?:(?:harga|harganya|hrg|hitung|itung|total|totalnya)\s+)?(harusnya|seharusnya|mestinya|mestine|kudune|kuduna|kedahna|sakuduna|harus(?:nya)?|yang bener|yg bener|sing bener|nu leres|yang benar|yg benar|jadi)?\s+(.+?)(?:\s+(?:bukan|bkn|bukannya|dudu|sanes)\s+(.+))?$/u.exec(t);
  if (!m) return null;
  const to = countsAsDigits(m[3]);
  if (!m[2] && (!/\d/.test(to) || /^(ketik|input|catat|tulis|kirim|masuk|nulis|nyatet)\b/.test(to))) return null;
  const goods = m[1] ?? '';
  // "salah, sampoerna tadi 3 slop bukan 2, 1020 ribu": the money after the old count is the new one's (Rp680.000 was kept).
  const moneyAfterOld = m[4] ? /^(\d\S*(?:\s+(?!rb\b|ribu\b|rebu\b|ewu\b|jt\b|juta\b)\p{L}+)?)\s+(\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|jt|juta))$/u.exec(m[4].trim()) : null;
  if (moneyAfterOld) return { to: `${goods}${to} ${moneyAfterOld[2]!}`.trim(), from: countsAsDigits(moneyAfterOld[1]!), ...(goods ? { earlier: true as const } : {}) };
  // "eh salah, roti tawarnya 1 aja": "just" is no unit ("1 aja Sari Roti Tawar isinya berapa bks?" was asked).
  // su "eh lepat, ngan 3 wungkul": "only … only" around the count (a product "ngan" was searched for).
  return { to: `${goods}${(/\d/.test(to) ? to.replace(/^(?:ngan|mung)\s+(?=\d)/, '').replace(/\s+(?:aja|saja|wae|mawon|hungkul|wungkul|bae|ae|ji|mi)$/, '') : m[3])}`.trim(), from: m[4] ? countsAsDigits(m[4]).trim() : null, ...(goods ? { earlier: true as const } : {}) };
}
