// The numbers a correction says, read on their own: "10 bks", "30rb", "17 ewu sekilo", "5 bks 17,5rb", and a price said
// right after goods of the last booking ("gulane 17 ewu sekilo"). Pure; correct.ts applies them.
import { readSize } from '../../../core/units.ts';
import { readAmount } from '../answers.ts';
import { unitOf } from '../../language/units.ts';
import { honorifics, numberWords, slangMoney } from '../../language/lexicon.ts';
import type { Correction } from './read.ts';

/** `per`: money said per one unit ("4rb segelas", "17 ewu sekilo", "@3500", "3rb/bks"); `whole`: said as the total ("totalnya 20rb"). */
export type Part = { n: number; unit: string | null; money: boolean; per?: true; whole?: true };

// "eh salah, totalnya 20rb" after two renteng at Rp19.000: the whole line's money, however close to a unit's price (Rp20.000
// a renteng was booked).
const wholeWord = /\b(?:total|totalnya|totale|totalna|semuanya|semuane|kabeh|kabehe|jadinya|jadine)\b/i;

// A price per one unit: "@" before the number, or "per"/"/"/"se-unit" (sekilo, segelas, sebungkus) after it.
const perUnit = /@\s*(?:rp\.?\s*)?\d|\d\s*(?:rb|ribu|rebu|ewu|ewon|k)?\s*(?:\/\s*\p{L}|per\s+\p{L}|se(?:kilo|kg|liter|gelas|bungkus|bks|biji|butir|botol|btl|pcs|ons|renteng|sachet|saset|dus|pak|slop|karung|porsi|piring|mangkok|cup|ikat)\b|sa(?:kilo|gelas|bungkus|siki|hiji)\b|sak\s?(?:kilo|kilone|liter|gelas|bungkus|biji)\b)/iu;

/** Slang money of a thousand or more written as thousands: "goceng" → "5rb", "ceban" → "10rb". */
export function slangAsThousands(text: string): string {
  return text.replace(/\p{L}+/gu, (w) => ((slangMoney[w.toLowerCase()] ?? 0) >= 1000 ? `${slangMoney[w.toLowerCase()]! / 1000}rb` : w));
}

/** "10 bks" → 10 bks; "30rb" → money 30.000; "48" → 48; "17 ewu sekilo" → 17.000 per unit. */
export function readPart(said: string): Part | null {
  // "harganya goceng sebotol": slang money said as its rupiah (a helper's correction re-booked one bottle at Rp6.000).
  const s = slangAsThousands(said);
  // "30rb", "Rp30.000", "30.000" (a thousands separator) are money; so are Javanese "ewu" and krama "ewon".
  const money = /\d\s*(rb|ribu|rebu|ewu|ewon|k|jt|juta)\b|rp|\b\d{1,3}(?:[.,]\d{3})+\b/i.test(s);
  if (money) {
    // "2 kilo 34rb" is two changes in one: not guessed (it was read as a price of Rp2).
    if ((s.match(/\d+(?:[.,]\d+)*/g) ?? []).length > 1) return null;
    const n = readAmount(s.replace(/(\d)\s*ewon\b/gi, '$1 ewu'));
    return n == null ? null : { n, unit: null, money: true, ...(perUnit.test(s) ? { per: true as const } : wholeWord.test(s) ? { whole: true as const } : {}) };
  }
  // "3500 per bks": a bare number said per a unit is a price (a count is not: "2 sebungkus").
  const price = perUnit.test(s) ? readAmount(s) : null;
  if (price != null && price >= 100) return { n: price, unit: null, money: true, per: true };
  const m = /(\d+(?:[.,]\d+)?)\s*([\p{L}]+)?/u.exec(s);
  if (!m) return null;
  const n = readSize(m[1]) ?? (m[1] === '0' ? 0 : null);
  if (n == null) return null;
  if (!m[2] && n >= 1000) return { n: readAmount(s) ?? n, unit: null, money: true };
  // "cuma ambil 2 indomie": goods after the count are no unit ("1 indomie Indomie Goreng isinya berapa bks?" was asked).
  return { n, unit: m[2] && unitOf(m[2].toLowerCase()) !== null ? m[2] : null, money: false };
}

/** "cuma datang 6 kg", "baru nyampe 1 karung": what came, said of a purchase, is its count ("cuma 6 kg"). */
export const cameRe = /\b(?:cuma|cuman|mung|hanya|baru)\s+(?:datang|dateng|dtg|nyampe|nyampai|sampai|sampe|masuk|teka|tekan)\s+(?=\d)/gi;

type LastItem = { name: string; typed?: string | null; qty?: number; unit?: string | null; unitPrice?: number | null; said?: { qty: number; unit: string; size?: number } | null };

const smallNumbers = ['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'];
const words = (i: { name: string; typed?: string | null }) => `${i.name} ${i.typed ?? ''}`.toLowerCase().split(/\s+/);

/**
 * "gulane 17 ewu sekilo" right after "payu gulo 2 kilo": the goods of the last booking named back (Javanese
 * -ne/-e, Sundanese -na, Indonesian -nya: "the sugar") with only a price after them is that booking's price,
 * not a new sale of one kilo. Null unless the named word is in one of the booking's product names (or is
 * the word the owner typed for it: "beas" for Beras Medium) and what follows is one price ("gulane 2 kilo
 * 34rb" is a message of its own).
 */
export function readPriceFollowUp(text: string, lastItems: LastItem[], intent?: string): Correction | null {
  // Cleaned but for "@" and "/", which say the price is per unit. The possessive may stand apart ("beas na").
  let said = text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}\s.,+@/]/gu, ' ').replace(/\s+/g, ' ').trim()
    // "eh telurnya setengah kilo": a half said in words before a unit is a count too (it was offered as a new sale).
    .replace(/\b(?:setengah|stengah|separo|separuh|sapalih)(?= \p{L})/gu, '0.5').replace(/\bseperempat(?= \p{L})/gu, '0.25')
    .replace(/\b(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)(?= (?:kilo|kg|bungkus|bks|botol|btl|dus|liter|sachet|renteng|karung|biji|pcs|gelas|porsi|ons)\b)/g, (w) => String(smallNumbers.indexOf(w) + 1))
    // jv "eh gulane mung sekilo": one of a unit said as one word, "only" before it (it offered a new sale of 1 kg, and "ya" sold it);
    // with money said ("gulane 17 ewu sekilo") it is per one.
    .replace(/\b(?:se|sa)(kilo|bungkus|botol|dus|liter|renteng|karung|biji|gelas|porsi|ons)\b/g, (all, u: string, at: number, whole: string) => (/\d/.test(whole) ? all : `1 ${u}`))
    // "eh telurnya cuma datang 6 kg", "berasnya baru nyampe 1 karung" right after an arrival: what came is the count (it was
    // booked as stock coming in beside the purchase).
    .replace(cameRe, 'cuma ');
  const named = namedCount(said, lastItems, intent === 'sale');
  if (named) return named;
  // "eh 2 aja", "eh 1,5 kg" right after one line: its count (not understood); "eh sekilonya 27rb" after a purchase of eggs:
  // the price of one (not understood).
  const bare = /^(?:eh|ehh|eits|lho|loh)\s*,?\s+(\d+(?:[.,]\d+)?)(?:\s+(\p{L}+))??(?:\s+(?:aja|saja|wae|doang|ji|mi|deh|ding))?$/u.exec(said);
  const unitOk = (u: string | undefined) => u === undefined || readPart(`1 ${u}`)?.unit != null;
  if (bare && lastItems.length === 1 && unitOk(bare[2]) && readPart(bare[1]!)?.money === false) return { to: `${bare[1]!}${bare[2] ? ` ${bare[2]}` : ''}`, from: null };
  const onePrice = /^(?:eh|ehh|lho|loh)\s*,?\s+(?:harga\s+)?(se|sa)(\p{L}+?)(?:nya|ne|na)\s+(\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k)?)$/u.exec(said);
  if (onePrice && lastItems.length === 1 && unitOk(onePrice[2]) && readPart(onePrice[3]!)?.money) return { to: `${onePrice[3]!} ${onePrice[1]!}${onePrice[2]!}`, from: null };
  // "eh harganya 18rb sekilo", "eh regane 12 ewu per biji" right after one line: its price each ("Harga barang apa?" was asked,
  // and the goods named then not understood).
  const itsPrice = /^(?:eh|ehh|lho|loh)\s*,?\s+(?:harganya|hargane|hargana|regane|regana)\s+(\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k)?)\s+(?:per\s+|(se|sa))(\p{L}+)$/u.exec(said);
  if (itsPrice && lastItems.length === 1 && unitOk(itsPrice[3]) && readPart(itsPrice[1]!)?.money) return { to: `${itsPrice[1]!} se${itsPrice[3]!}`, from: null };
  said = said.replace(/\s(?:cuma|cuman|mung|mek|ngan|hanya)(?= \d)/g, '');
  // "eh kopinya 4" after a sale of gula and kopi: "eh" and the goods back with a count is that line's count (it offered a
  // new sale, and "ya" sold 4 more).
  // "oh iya, kopinya 3 sachet", Banjar "bujur, …" (right, …) too (a second sale was booked, or offered).
  const counted = /^(?:eh|ehh|lho|loh|eits|oh iya|o iya|oh iyo|bujur|astaga|waduh|aduh)\s*,?\s+(\p{L}{3,}?)(?: ?(?:nya|ne|na)|e)\s+(\d+(?:[.,]\d+)?(?:\s+\p{L}+)?)(?:\s+(?:aja|saja|wae|doang))?$/u.exec(said);
  // "energen harusnya 4" right after a sale of energen: that line's count (it offered a second sale of 4).
  const should = /^(?:eh\s+)?(\p{L}{3,}?)(?: ?(?:nya|ne|na)|e)?\s+(?:harusnya|seharusnya|mestinya|kudune|kuduna)\s+(\d[\d.,]*(?:\s*(?:rb|ribu|rebu|ewu|k)\b)?(?:\s+\p{L}+)?)$/u.exec(said);
  if (should && lastItems.some((i) => words(i).includes(should[1]!))) return { to: `${should[1]!} ${should[2]!}`, from: null };
  // "eh harga kopi tadi 2500 sebiji", jv "eh regane kecap mau 12 ewu sak biji": the price of the last booking's goods "just now"
  // is that booking's (the shelf price was changed, and the sale kept).
  const priceThen = /^(?:eh|ehh|lho|loh)\s*,?\s+(?:harga|harganya|hargane|hargana|rego|regane)\s+((?:\p{L}+ ){0,2}\p{L}{3,}?)\s+(?:tadi|td|mau|wau)\s+(\d.*)$/u.exec(said);
  const thenGoods = priceThen?.[1]!.split(' ') ?? [];
  if (priceThen && readPart(priceThen[2]!)?.money && lastItems.some((i) => thenGoods.every((w) => words(i).includes(w)))) {
    return { to: lastItems.length > 1 ? `${priceThen[1]!} ${priceThen[2]!}` : priceThen[2]!, from: null };
  }
  // "eh telur tadi 12 kilo, totalnya 324rb" right after a purchase of telur: that entry's count and money (it was booked as a
  // sale of 12 kg beside the purchase).
  // Ambon "seng, telur tadi satu kilo, 30 ribu" ("no, …"): said after a "no", the count in words.
  // Bali "nenten, pop mie tadi 2 aja", Papua "tra jadi, aqua tadi cuma 2 botol", Manado "nyanda": the same (a second sale was
  // asked, and "ya" booked it; or "tidak ketemu").
  const again = /^(?:eh|ehh|lho|loh|seng|sonde|bukan|bkn|dudu|sanes|ndak|nda|nenten|tra|tara|nyanda)(?:\s+jadi)?\s*,?\s+((?:\p{L}+\s+){1,3}?)(?:tadi|td|mau)\s+(\d+(?:[.,]\d+)?(?:\s+\p{L}+)?)(?:\s*,?\s*(?:(?:totalnya|total|totale|harganya|jadi)\s+)?(\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|jt|juta)))?$/u.exec(said);
  const goodsWords = again?.[1]!.trim().split(' ') ?? [];
  if (again && readPart(again[2]!)?.money === false && goodsWords.every((w) => lastItems.some((i) => words(i).includes(w)))) {
    return { to: `${goodsWords.join(' ')} ${again[2]!}${again[3] ? ` ${again[3]}` : ''}`, from: null };
  }
  // "eh telurnya 135rb" right after a purchase of eggs: "eh" first too (a sale of a kilo at Rp135.000 was booked beside it).
  // "teh pucuknya 3500" after teh pucuk and energen: goods of two words, and the line named with the money (a sale of one
  // more bottle at Rp3.500 was booked).
  // "eh sampoerna 3 bungkus", "eh gula 3 kg" right after a sale of them: the goods back without "its", a count with its unit
  // (a second sale was offered, and "ya" booked it).
  const plain = /^(?:eh|ehh|lho|loh|eits)\s*,?\s+((?:\p{L}{3,} ){1,3}?)(\d+(?:[.,]\d+)? \p{L}+)(?: (?:aja|saja|wae|doang))?$/u.exec(said);
  const plainGoods = plain?.[1]!.trim().split(' ') ?? [];
  if (plain && readPart(plain[2]!)?.money === false && readPart(plain[2]!)?.unit != null && lastItems.some((i) => plainGoods.every((w) => words(i).includes(w)))) {
    return { to: lastItems.length > 1 ? `${plainGoods.join(' ')} ${plain[2]!}` : plain[2]!, from: null };
  }
  const isCount = counted != null && readPart(counted[2]!)?.money === false;
  const m = isCount ? counted : /^(?:(?:eh|ehh|lho|loh|oh)\s*,?\s+)?((?:\p{L}+ ){0,2}\p{L}{3,}?)(?: ?(?:nya|ne|na)|e)\s+(\S*\d.*)$/u.exec(said);
  const part = m ? readPart(m[2]!) : null;
  if (!m || !part || (!isCount && !part.money)) return null;
  const goods = m[1]!.split(' ');
  if (!lastItems.some((i) => goods.every((w) => words(i).includes(w)))) return null;
  return { to: isCount || lastItems.length > 1 ? `${m[1]!} ${m[2]!}` : m[2]!, from: null };
}

// "kopinya jadi 2", jv "kopine dadi 2 wae", "pop mie nya 2 aja", "gulanya cuma 1 kilo": goods of the last booking named back with a count and a
// word that says it replaces ("jadi", "aja", "cuma") is that line's count, no "eh" needed (a helper's try: "kopinya jadi 2"
// sold one more coffee at Rp2.000, "kopinya 2 aja" asked what was meant). "pop mie nya tambah 1": one more on that line
// (it booked a stock delivery of one cup).
const replacing = /^((?:\p{L}+ ){0,2}\p{L}{3,}?)(?: ?(?:nya|ne|na)|e) (?:(jadi|jd|dadi|dados|janten|cuma|cuman|mung|hanya|ngan|tambah|nambah|ditambah|tambih) )?(\d+(?:[.,]\d+)?)(?: (\p{L}+))??(?: (aja|saja|wae|bae|doang|hungkul|wungkul|lagi|deui|ji|mi|bah|deh|ding|ya|kak))?$/u;

// "tambah gula sekilo" right after a sale of gula at the owner's price: one more kilo on that line, at that price (a try
// booked it apart at the shelf price, Rp1.500 more).
const moreOf = /^(?:tambah|nambah|tambahin|nambahin|tambih)(?: lagi)? ((?:\p{L}+ ){0,2}\p{L}{3,}?)(?: ?(?:nya|ne|na))? (\d+(?:[.,]\d+)?)(?: (\p{L}+))??(?: (lagi|deui))?$/u;

// su "kopina mang udin tambah hiji": the buyer named after the goods only says which sale (a stock delivery was booked).
const buyerAfterGoods = /^((?:\p{L}+ ){0,2}\p{L}{3,}?(?: ?(?:nya|ne|na)|e)) (\p{L}+) \p{L}{3,}(?= (?:jadi|jd|dadi|dados|janten|cuma|cuman|mung|hanya|ngan|tambah|nambah|ditambah|tambih) )/u;
// "kelewat, indomie goreng tambah 2 lagi": missed when the sale was said, more of its goods (a stock delivery was booked).
const missedMore = /^(?:kelewat|kelewatan|ketinggalan|kelupaan|lupa)\s*,?\s+((?:\p{L}+ ){0,2}\p{L}{3,}) (?=(?:tambah|nambah|tambih) )/u;

function namedCount(text: string, lastItems: LastItem[], sold: boolean): Correction | null {
  // Makassar "… tambah satu lagi di'": the closing "di" says nothing (a stock delivery was booked).
  const said = countsAsDigits(text.replace(buyerAfterGoods, (all, goods: string, title: string) => (honorifics.has(title) ? goods : all))
    .replace(missedMore, '$1nya ').replace(/ di$/, ''));
  const more = moreOf.exec(said);
  const m = more ? [more[0], more[1], 'tambah', more[2], more[3], more[4]] : replacing.exec(said);
  if (!m || (!m[2] && !m[5])) return null;
  const goods = m[1]!.split(' ');
  const lines = lastItems.filter((i) => goods.every((w) => words(i).includes(w)));
  const unit = m[4] ?? '';
  if (lines.length !== 1 || (unit && readPart(`1 ${unit}`)?.unit == null)) return null;
  const line = lines[0]!;
  // A sale's count changed keeps the price of one it was sold at ("jual sampoerna 2 bungkus 70 ribu" then "sampoernane siji
  // wae" kept the Rp70.000 for one pack; "tambah gula sekilo" after 2 kg for Rp34.000 made 3 kg Rp34.000).
  const each = sold && line.unitPrice ? Math.round(line.unitPrice * (line.said?.size ?? 1)) : null;
  const at = each ? ` @${each}` : '';
  if (!/tambah|nambah|tambih/.test(m[2] ?? '')) return m[5] === 'lagi' || m[5] === 'deui' ? null : { to: `${m[1]!} ${m[3]!}${unit && ` ${unit}`}${at}`, from: null };
  const had = line.said?.qty ?? line.qty;
  const n = readSize(m[3]!);
  // "tambah gula 1 ons" after a kilo: another unit is no more of the same count.
  const lineUnit = line.said?.unit ?? line.unit;
  if (had == null || n == null || (unit && lineUnit && unitOf(unit) !== unitOf(lineUnit.toLowerCase()))) return null;
  const sayUnit = unit || line.said?.unit || '';
  return { to: `${m[1]!} ${had + n}${sayUnit && ` ${sayUnit}`}${at}`, from: null };
}

/**
 * "aquanya jadi 2", "aquanya tadi 2 aja" with another entry booked since: that entry's count, found by its goods (a
 * corrections try sold one more bottle at Rp2.000 instead). Only with a word that says it replaces; null otherwise.
 */
export function readNamedCountEarlier(text: string): Correction | null {
  const said = text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}\s.,]/gu, ' ').replace(/\s+/g, ' ').trim()
    .replace(/^(?:eh|ehh|lho|loh|oh)\s+/, '');
  // "yang beras tadi 2 kg", "yang kulakan gula tadi 12 kg": "the one of … before" with its count (not understood, or a second
  // purchase booked beside the first).
  const thatOne = /^(?:yang|yg|sing|nu) (?:(?:laku|jual|kulakan|kulak|beli|tuku) )?((?:\p{L}+ ){0,2}\p{L}{3,}) (?:tadi|td|mau) (\d+(?:[.,]\d+)?)(?: (\p{L}+))?(?: (?:aja|saja|wae|doang))?$/u.exec(said);
  if (thatOne && readPart(thatOne[2]!)?.money === false && (!thatOne[3] || readPart(`1 ${thatOne[3]}`)?.unit != null)) {
    return { to: `${thatOne[1]!} ${thatOne[2]!}${thatOne[3] ? ` ${thatOne[3]}` : ''}`, from: null, earlier: true };
  }
  return namedCountEarlier(said.replace(/ (?:tadi|td)(?= )/, ''));
}

function namedCountEarlier(said: string): Correction | null {
  const m = replacingEarlier.exec(countsAsDigits(said));
  if (!m || (!m[2] && !m[5]) || /tambah|nambah|tambih/.test(m[2] ?? '') || m[5] === 'lagi' || m[5] === 'deui') return null;
  const unit = m[4] ?? '';
  // "harga indomie jadi 4000": a price, not a count.
  if ((unit && readPart(`1 ${unit}`)?.unit == null) || readPart(m[3]!)?.money !== false || /\b(?:harga|harganya|total|totalnya)\b/.test(m[1]!)) return null;
  return { to: `${m[1]!} ${m[3]!}${unit && ` ${unit}`}`, from: null, earlier: true };
}

// With "its" said ("aquanya", jv "aquane", su "aquana"): a bare "-e" is too often the goods' own last letter ("indomie").
const replacingEarlier = new RegExp(replacing.source.replace('(?: ?(?:nya|ne|na)|e)', '(?: ?(?:nya|ne|na))'), 'u');

/** su "kopina tambah dua", jv "gulane siji wae": a count said in one word, after the word that replaces or before "only", as digits. */
function countsAsDigits(said: string): string {
  const digits = (w: string) => {
    const n = numberWords[w];
    return n !== undefined && n > 0 && n < 100 && Number.isInteger(n) ? String(n) : w;
  };
  return said.replace(/( (?:jadi|jd|dadi|dados|janten|cuma|cuman|mung|hanya|ngan|tambah|nambah|ditambah|tambih) )(\p{L}+)/u, (all, lead: string, w: string) => `${lead}${digits(w)}`)
    .replace(/ (\p{L}+)( (?:aja|saja|wae|bae|doang|hungkul|wungkul|lagi|deui|ji|mi|bah|deh|ding|ya|kak))?$/u, (all, w: string, tail?: string) => ` ${digits(w)}${tail ?? ''}`);
}

// The money of a debt named back by its noun: "eh bayarnya 30rb" after a debt paid (a helper's try booked an expense of
// Rp30.000 and left the payment at Rp20.000), "eh utangnya 25rb" after a debt.
const amountNouns: Record<string, RegExp> = {
  debt_pay: /^(?:bayar|mayar|bayaran|cicil|cicilan|nyicil|setor|setoran)$/,
  debt_add: /^(?:utang|hutang|bon|kasbon|ngutang|ngebon)$/,
};

/** "eh bayarnya 30rb" right after a debt paid: that entry's amount; null for anything else. */
export function readAmountFollowUp(text: string, last: { intent: string; items: unknown[]; category?: string | null }): Correction | null {
  // "eh listriknya 120rb" right after "bayar listrik 100rb": the bill named back (a product "listriknya" was offered).
  const bill = last.intent === 'expense' && last.category && /^\p{L}+$/u.test(last.category) ? new RegExp(`^${last.category}$`) : undefined;
  const noun = amountNouns[last.intent] ?? bill;
  if (!noun || (last.items.length && !bill)) return null;
  const named = namedAmount(text);
  return named && !named.before && noun.test(named.noun) ? { to: named.money, from: null } : null;
}

const amountSaid = String.raw`(?:(?:cuma|cuman|mung|hanya|harusnya|jadi)\s+)?(\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|jt|juta)?)(?:\s+(?:aja|saja|wae|ya|kak|atuh|mah|ji|mi|deh|dong))?$`;
// su "gasna tadi 23rb atuh": with "tadi" no "eh" is needed (a new sale of gas was booked).
const itsAmount = new RegExp(String.raw`^(?:(?:(?:eh|ehh|lho|loh|eits|maaf|sori|salah)\s+)+(\p{L}{3,}?)(?:nya|ne|na|e)\s+(?:(?:tadi|td|mau)\s+)?|(\p{L}{3,}?)(?:nya|ne|na|e)\s+(?:tadi|td|mau)\s+)${amountSaid}`, 'u');
const thatAmount = new RegExp(String.raw`^(?:(?:eh|ehh|lho|loh|eits|maaf|sori|salah)\s+)*(?:yang|yg)\s+(\p{L}{3,})\s+(?:tadi|td)\s+${amountSaid}`, 'u');

/**
 * "eh bensinnya 30rb" (its noun), "eh yang bensin tadi 30rb" (the one before): a noun and the money said for it; `before`
 * when it says "the one before". Null for anything else.
 */
export function namedAmount(text: string): { noun: string; money: string; before: boolean } | null {
  const said = text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}\s.,]/gu, ' ').replace(/\s+/g, ' ').trim();
  const its = itsAmount.exec(said);
  const m = its ? [its[0], its[1] ?? its[2], its[3]] : thatAmount.exec(said);
  if (!m || !readPart(m[2]!)?.money) return null;
  return { noun: m[1]!, money: m[2]!, before: !its };
}

const moneyTail = String.raw`(?:@\s*)?(?:rp\.?\s*)?\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|jt|juta)?(?:\s*(?:\/|per)\s*\p{L}+|\s+se\p{L}+)?`;
const countMoney = new RegExp(String.raw`^(.*?)(\d+(?:[.,]\d+)?(?:\s+\p{L}+)?)\s+(${moneyTail})$`, 'u');

/** "5 bks 17,5rb", "gg 5 bungkus 125rb" → the goods said, the count with its unit, and the money; else null. */
export function countAndMoney(s: string): { lead: string; count: string; money: string } | null {
  const m = countMoney.exec(s.trim());
  if (!m || !readPart(m[3]!)?.money || readPart(m[2]!)?.money !== false) return null;
  return { lead: m[1]!, count: m[2]!, money: m[3]! };
}
