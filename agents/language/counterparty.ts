// Counterparties: a person with an honorific ("bu sri", "koh liong", "pak rt") or a shop ("toko makmur",
// "ud sinar jaya", "alfamart"). Generic places (pasar, agen) are never counterparties.
import { cues, functionWords } from './cues.ts';
import { stopWords } from './stoplist.ts';
import { brandWords, goodsWords } from './gazetteer.ts';
import { deliveryWords, discountWords, expenseCategoryWords, fractionWords, halfWords, peopleWords, fillerWords, honorifics, moneyMultipliers, rupiahWords, knownShops, lenderWords, numberWords, paymentWords, placeWords, questionWords, shopWords, slangMoney, totalWords } from './lexicon.ts';
import { isDigits, type Token } from './normalize.ts';
import { seUnit, unitOf } from './units.ts';
import { debtWords } from './down-payment.ts';

export type Counterparty = {
  name: string;
  /** Named after "ke"/"ka"/"nang": the shop owes them (a supplier). */
  toward: boolean;
  /** Named after "dari"/"dr"/"ti": goods or money came from them. */
  from: boolean;
  /** Index of the first token of the name. */
  index: number;
  shop: boolean;
  /** Named after a word for a shop or supplier ("toko ko ahong", "agen pak joko"): someone the warung buys from. */
  atShop: boolean;
  /** A bare name right after paying ("bayar sinar jaya 70rb", "bayar utang sinar jaya"): paid by or to them, the open debt tells. */
  afterPay: boolean;
};

// Honorifics that are also common words ("teh" = tea, "mas" = gold, "bang" = bank...): a name must follow
// that is not itself followed by a quantity.
const ambiguous = new Set(['teh', 'mas', 'bang', 'om', 'wa', 'bi', 'kak', 'ci', 'yu', 'yuk', 'ning', 'cak', 'dik', 'mak', 'nek', 'neng', 'haji']);
const titles = new Set(['haji', 'rt', 'rw', 'lurah', 'kades', 'guru', 'dokter', 'ustad', 'ustadz', 'h', 'yu']);
// Titles a name follows: "pak haji rahmat", "mbak yu sri" (jv: elder sister), "pak dhe parno", "bu lik sum" (jv:
// uncle, aunt written apart) are three words.
// Medan: "mamak si butet" (Butet's mother) is three words too; so is Batak "inang br sitorus" (boru, a woman's clan).
// Malay birth-order titles too: "mak cik salmah", "pak long udin", "wak ngah" (Pontianak, Riau try).
const beforeName = new Set(['haji', 'yu', 'de', 'dhe', 'lik', 'lek', 'le', 'si', 'cik', 'long', 'ngah', 'alang', 'andak', 'busu', 'usu', 'br', 'boru']);
// Chat fillers that are also short names after a person's honorific: "mbah min" (Paimin), "pak ji" (haji), "mas tok".
// After "kak" they stay the chat's "kak min" (the admin).
const nicknames = new Set(['min', 'ji', 'tok']);
// Nias and Flores kin words that are names too after another honorific: "usi ina", "mama ina".
const kinNames = new Set(['ina', 'ama']);
const amaBefore = new Set(['ke', 'sama', 'sm', 'dari', 'buat', 'untuk', 'utk', 'di', 'tadi', 'td', ',', 'si']);
// Honorifics that are names too after another honorific: "mbak ning", "bu neng", Minang "mak etek" (an aunt, Padang try:
// "etek bali" became the customer, and "mak etek bayia 40rb" an expense).
const honorificNames = new Set(['ning', 'neng', 'etek', 'nyak']);
// In the east "nona" (miss) and "nyong" (young man) are what people are called, after any honorific: "om nyong", "kaka nona".
const calledNames = new Set(['nona', 'nyong']);
// Months that are women's names after an honorific ("ci mei", "bu juni"; Manado try: the payer was lost).
const monthNames = new Set(['mei', 'juni', 'juli', 'april']);
const toward = new Set(['ke', 'ka', 'nang', 'marang', 'kepada', 'kpd']);
// jv "saka sinar jaya" (owner try: a product "saka sinar jaya").
const from = new Set(['dari', 'dr', 'ti', 'saking', 'teko', 'soko', 'saka']);
/** "…, bayar nanti, namanya ani": the name said after "namanya" (and "atas nama", read so) at a clause's end. */
const namedAs = new Set(['namanya', 'namane', 'namina']);

/** A word that can be part of a person's or shop's name. */
export function nameWord(w: string): boolean {
  // Betawi money ("dibayar ceban", "dibayar gocap") is no payer's name (a sale was booked to "Ceban Kembali" at Rp1.000 a bottle).
  return w.length > 1 && !isDigits(w) && !functionWords.has(w) && !fillerWords.has(w) && !questionWords.has(w)
    && paymentWords[w] === undefined && numberWords[w] === undefined && slangMoney[w] === undefined && unitOf(w) === null && seUnit(w) === null
    && !placeWords.has(w) && (!honorifics.has(w) || kinNames.has(w)) && !rupiahWords.has(w) && !discountWords.has(w) && !deliveryWords.has(w) && /^\p{L}+$/u.test(w);
}

// "50rb", "15.000", "rp": the number after the name is a price, so the name is a person's.
// "toko sumber rejeki 15500 sekilo": four figures or more are money too, not a count after a shop's name.
const moneyAfter = (tokens: Token[], k: number) =>
  /^\d{1,3}([.,]\d{3})+$|^\d{4,}$/.test(tokens[k]?.t ?? '') || moneyMultipliers.has(tokens[k + 1]?.t ?? '') || rupiahWords.has(tokens[k]?.t ?? '');
const isQuantity = (t: string | undefined) => t !== undefined && (isDigits(t) || numberWords[t] !== undefined || unitOf(t) !== null);

/** Finds the first counterparty and marks its tokens used. */
export function readCounterparty(tokens: Token[]): Counterparty | null {
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    // Goods phrases ("teh pucuk") are never names.
    if (tok.used || tok.literal) continue;
    const w = tok.t;
    const prev = i > 0 && !tokens[i - 1].used ? tokens[i - 1].t : '';
    if (knownShops.has(w)) return take(tokens, i, 1, prev, true);
    // "dari sales wings", "sales indofood datang": a distributor's salesman named by the brand is a supplier; "sales"
    // alone ("beli dari sales") is a generic place.
    const salesman = w === 'sales' && nameWord(tokens[i + 1]?.t ?? '') && !goodsWords.has(tokens[i + 1].t) && !tokens[i + 1].used;
    // "dari grosir sentosa", "di agen berkah": a wholesaler's or agent's name after the word (it became goods "sentosa").
    const named = (w === 'grosir' || w === 'agen') && nameWord(tokens[i + 1]?.t ?? '') && !goodsWords.has(tokens[i + 1]!.t)
      && !brandWords.has(tokens[i + 1]!.t) && !tokens[i + 1]!.used && !stopWords.has(tokens[i + 1]!.t);
    const shop = shopWords.has(w) || salesman || named;
    if (!shop && !honorifics.has(w)) continue;
    // "1 pak" is a unit (a pack: "teh 2 pak sariwangi"), "es teh" is a drink; "energen 4 bu ani", "minyakita 2 mas bayu" are
    // the buyer after the count (a helper's tries: "ani" matched Rinso Anti Noda and was sold, "bayu" asked as a new product).
    const afterCount = isDigits(prev) || numberWords[prev] !== undefined;
    const personNext = nameWord(tokens[i + 1]?.t ?? '') && !goodsWords.has(tokens[i + 1]!.t) && !brandWords.has(tokens[i + 1]!.t) && !isQuantity(tokens[i + 2]?.t);
    if (prev === 'es' || (afterCount && (shop || !personNext || unitOf(w) !== null))) continue;
    // jv "kulakan telor 420 ewu ning makmur": after a purchase's money "ning" is "at" (the shop is read after), not Miss.
    if ((w === 'ning' || w === 'neng') && moneyMultipliers.has(prev) && tokens.some((t) => cues.purchase.has(t.t))) continue;
    const next = tokens[i + 1];
    // Nias "ama yuli" (father) opens the message or follows "ke"/"sama"; elsewhere Betawi "ama" joins two goods.
    if (w === 'ama' && (goodsWords.has(next?.t ?? '') || !(i === 0 || prev === '' || amaBefore.has(prev)))) continue;
    const nickname = !shop && ((w !== 'kak' && (nicknames.has(next?.t ?? '') || (honorificNames.has(next?.t ?? '') && (!ambiguous.has(w) || next?.t === 'etek'))))
      || (calledNames.has(next?.t ?? '') && !(nameWord(tokens[i + 2]?.t ?? '') && !goodsWords.has(tokens[i + 2]!.t))));
    if (!next || next.used || next.literal || !(nameWord(next.t) || titles.has(next.t) || beforeName.has(next.t) || nickname || (!shop && monthNames.has(next.t)))) continue;
    // "neng toko makmur" (jv: at the shop): the shop is the name, the honorific a preposition.
    if (!shop && shopWords.has(next.t)) continue;
    // "stok teh tong tji", "laku teh sariwangi": "teh" before a goods word is the tea.
    // "soalnya teh pucuknya kadaluarsa": the tea with a possessive is the tea too.
    if (w === 'teh' && (goodsWords.has(next.t) || goodsWords.has(next.t.replace(/(?:nya|ne|na)$/, '')))) continue;
    if (ambiguous.has(w) && isQuantity(tokens[i + 2]?.t) && !moneyAfter(tokens, i + 2)) continue;
    let n = 2;
    const max = shop ? 4 : beforeName.has(next.t) ? 3 : 2;
    // A name word before a quantity is goods ("bu sri gula 2 kg"); before money it is still the name ("pak haji rahmat 3jt").
    // "toko makmur minyak goreng 2 dus": goods after the shop's name are the goods ("toko beras jaya" keeps its first word).
    // "cv maju le minerale": a brand opens the goods too ("le" was the shop's).
    // "UD Sinar Jaya maantar rokok …", "toko makmur antar indomie …": a verb ends the shop's name (a supplier "UD Sinar Jaya
    // Maantar" was made, and the warung's debt to UD Sinar Jaya said paid).
    while (n < max && tokens[i + n] && !tokens[i + n].used && nameWord(tokens[i + n].t) && !((salesman || n >= 2) && (goodsWords.has(tokens[i + n].t) || brandWords.has(tokens[i + n].t)))
      && !(shop && n >= 2 && !shopNameWords.has(tokens[i + n].t) && Object.values(cues).some((set) => set.has(tokens[i + n]!.t)))
      && (!isQuantity(tokens[i + n + 1]?.t) || moneyAfter(tokens, i + n + 1) || (shop && shopNameWords.has(tokens[i + n].t)))) n++;
    // Personal names are one word; a second word is a product more often than a surname, except right before what the
    // person did ("pak budi santoso ambil 2 kg gula": "Produk baru santoso?" was asked).
    const surname = !shop && n === 2 && !beforeName.has(next.t) && surnameBefore(tokens, i + 2);
    return take(tokens, i, shop ? n : surname ? 3 : Math.min(n, beforeName.has(next.t) ? 3 : 2), prev, shop);
  }
  return leadingName(tokens) ?? nameAfterCredit(tokens) ?? leadingSource(tokens) ?? trailingSource(tokens) ?? shopBetween(tokens);
}

/**
 * "kasbon atan pulsa 20rb", "ngebon udin 15rb": a bare name right after the credit word that opens the message, before
 * goods, money or a comma, is who took it (a helper's try booked a product "Atan Pulsa 20rb" and no one's debt).
 */
const creditOpeners = new Set(['kasbon', 'ngebon', 'bon', 'ngutang', 'utang', 'hutang']);
function nameAfterCredit(tokens: Token[]): Counterparty | null {
  const at = firstWord(tokens);
  const name = tokens[at + 1];
  const next = tokens[at + 2];
  if (at < 0 || !creditOpeners.has(tokens[at]!.t) || !name || name.used || name.literal || !next || next.used) return null;
  if (name.t.length < 3 || !nameWord(name.t) || goodsWords.has(name.t) || brandWords.has(name.t) || stopWords.has(name.t) || peopleWords.has(name.t)
    || expenseCategoryWords[name.t] !== undefined || Object.values(cues).some((set) => set.has(name.t))) return null;
  // A brand that is a name too stays the name's ("utang luh sari" asks Luh Sari's debt).
  const goodsNext = goodsWords.has(next.t) || voucherWords.has(next.t);
  return goodsNext || next.t === ',' || moneyAfter(tokens, at + 2) || slangMoney[next.t] !== undefined ? take(tokens, at + 1, 1, '', false) : null;
}
const voucherWords = new Set(['pulsa', 'token', 'voucher', 'vocer', 'kuota']);

/**
 * "beli gas elpiji ke sinar jaya 5 tabung @19rb", Minang "… ka sinar jaya 5 tabuang": a shop named by its usual words
 * (sinar, jaya, makmur…) between the goods and their count (Padang try: a product "Sinar Jaya" was bought, the gas lost).
 */
function shopBetween(tokens: Token[]): Counterparty | null {
  for (let k = 1; k < tokens.length - 2; k++) {
    const via = tokens[k]!;
    if (via.used || !(from.has(via.t) || toward.has(via.t))) continue;
    let n = 0;
    while (n < 3 && tokens[k + 1 + n] && !tokens[k + 1 + n]!.used && shopNameWords.has(tokens[k + 1 + n]!.t)) n++;
    if (n > 0 && isQuantity(tokens[k + 1 + n]?.t)) return take(tokens, k + 1, n, via.t, false);
  }
  return null;
}

/** Words of shops' names ("ud sinar jaya 1 lusin": the name goes on before the count; a supplier "UD Sinar" was made). */
const shopNameWords = new Set(['jaya', 'makmur', 'abadi', 'sentosa', 'santoso', 'rejeki', 'rezeki', 'berkah', 'barokah', 'maju', 'sejahtera', 'mandiri',
  'utama', 'indah', 'agung', 'lestari', 'sumber', 'mulia', 'sakti', 'bersama', 'anugerah', 'anugrah', 'cahaya', 'putra', 'putri', 'sinar', 'mitra', 'karya']);

/** A name word at k right before a person's verb ("… santoso ambil"), none of goods, brands or other words. */
function surnameBefore(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const verb = tokens[k + 1];
  return !!t && !!verb && !t.used && !t.literal && !verb.used && t.t.length >= 3 && nameWord(t.t) && !goodsWords.has(t.t) && !brandWords.has(t.t)
    && !stopWords.has(t.t) && !peopleWords.has(t.t) && expenseCategoryWords[t.t] === undefined && !functionWords.has(t.t)
    // A verb of its own ("pak joko ngelunasin utang"): no name.
    && !Object.values(cues).some((s) => s.has(t.t)) && !verbPrefix.test(t.t) && (personVerbs.has(verb.t) || takeVerbs.has(verb.t));
}
const verbPrefix = /^(?:ng|ny|me|di|ber|ter|mba|nge)/;
const takeVerbs = new Set(['ambil', 'ngambil', 'njupuk', 'nyokot', 'ambe', 'nyandak', 'ngebon', 'kasbon', 'pinjam', 'pinjem', 'minjem']);

// "udin bayar 50rb", "udin ngutang rokok 2": a bare name opening the message before a debt verb is the person
// (it was an expense of the warung's: the owner pays "bayar udin", a person pays "udin bayar").
// "yosef beli beras 2 kg 28rb": a bare name before "beli" is a customer buying (it was the owner's purchase).
const personVerbs = new Set([...cues.pay, ...cues.credit, ...cues.settle, 'beli', 'tuku', 'meser', 'meuli', 'membeli']);
function leadingName(tokens: Token[]): Counterparty | null {
  const at = tokens.findIndex((t) => !t.used);
  // "ina sari bayar utang 30rb": a name may be two words.
  const words = personVerbs.has(tokens[at + 1]?.t ?? '') ? 1 : personVerbs.has(tokens[at + 2]?.t ?? '') ? 2 : 0;
  const verb = tokens[at + words];
  if (!words || !verb || verb.used) return null;
  for (const name of tokens.slice(at, at + words)) {
    if (name.used || name.literal || name.t.length < 3) return null;
    if (!nameWord(name.t) || goodsWords.has(name.t) || expenseCategoryWords[name.t] !== undefined || stopWords.has(name.t)
      // "semua utang siapa saja": all the debts, nobody named.
      || peopleWords.has(name.t) || totalWords.has(name.t) || name.t === 'kapan') return null;
  }
  return take(tokens, at, words, '', false);
}

/**
 * "kulakan dari sinar jaya aqua 2 dus", "kulakan di toke acong indomie goreng 3 dus", "kulakan ke sinar jaya: coca cola
 * …": right after the buying verb and "dari"/"ke"/"di", one to three name words up to the first goods word (or a colon or
 * comma) are the supplier (helpers' tries: products "sinar jaya aqua", "toke acong indomie goreng").
 */
const firstWord = (tokens: Token[]) => tokens.findIndex((t) => !t.used);

function leadingSource(tokens: Token[]): Counterparty | null {
  // "ambil di sinar jaya rokok surya 2 slop": taken at a supplier is bought there (Makassar try: a product "sinar jaya
  // rokok surya 12" sold on credit to the supplier).
  const v = tokens.findIndex((t, k) => !t.used && (cues.purchase.has(t.t) || (k === firstWord(tokens) && cues.take.has(t.t))));
  const taken = v >= 0 && cues.take.has(tokens[v]!.t);
  const via = tokens[v + 1];
  if (v < 0 || !via || via.used || !(from.has(via.t) || toward.has(via.t) || ['di', 'kat', 'teng'].includes(via.t))) return null;
  // "kulakan dari agen berkah minyak goreng …": a word for a supplier before the name ("agen" alone is a place).
  const place = tokens[v + 2] && !tokens[v + 2].used && supplierPlaces.has(tokens[v + 2].t) && !shopWords.has(tokens[v + 2].t) ? 1 : 0;
  const at = v + 2 + place;
  for (let n = 1; n <= 3; n++) {
    const name = tokens.slice(at, at + n);
    if (name.length < n || name.some((t) => t.used || t.literal || !nameWord(t.t) || goodsWords.has(t.t) || stopWords.has(t.t) || shopWords.has(t.t) || lenderWords.has(t.t)
      || (taken && (placeWords.has(t.t) || homeWords.has(t.t))))) return null;
    const next = tokens[at + n];
    if (next && !next.used && (next.t === ':' || next.t === ',' || goodsWords.has(next.t))) {
      if (!place) return taken ? { ...take(tokens, at, n, via.t, false), from: true } : take(tokens, at, n, via.t, false);
      via.used = true;
      return { ...take(tokens, at, n, tokens[v + 2]!.t, false), from: from.has(via.t), atShop: true };
    }
  }
  return null;
}

/**
 * "beli gula 5 kilo 85rb dari sinar jaya", "meser minyak 38rb ti makmur": a bare name closing the message
 * after "dari"/"ti"/"saking" is where the goods or money came from, though it has no honorific or shop
 * word. Only at the very end or before a comma, one to three name words none of which names goods ("dari
 * kemarin", "dari pasar" and "dari 5 bks" are not names).
 */
function trailingSource(tokens: Token[]): Counterparty | null {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1].t === '.') end--;
  // "kulakan surya 16 2 slop 370rb/slop dari sinar jaya, bayar sebagian 400rb": a comma closes the name too.
  let last = end;
  while (last > 0 && payClosers.has(tokens[last - 1].t)) last--;
  // "… 1,7jt dari sinar jaya tunai": how it was paid may close the message after the name (it became goods).
  const ends = [end, ...(last < end ? [last] : []), ...tokens.flatMap((t, k) => (t.t === ',' && k < end ? [k] : []))];
  for (const e of ends) {
    const found = sourceEndingAt(tokens, e, false);
    if (found) return found;
  }
  // "jual beras 2 kg ke yosef 28rb", "beli minyakita 1 dus di sinar jaya 190rb": the name, then only the money (and how
  // it was paid: "beli aqua 2 dus dr sinar jaya 150rb ngutang" asked about a product "sinar jaya").
  for (const e of [last - 1, last - 2]) {
    if (e > 0 && moneyAfter(tokens, e) && (e + 1 === last || moneyMultipliers.has(tokens[e + 1]?.t ?? ''))) return sourceEndingAt(tokens, e, true);
  }
  return null;
}

/** Home, where goods are used, not bought ("meuli beas di imah"). */
const homeWords = new Set(['rumah', 'imah', 'omah', 'umah', 'griya', 'dalem', 'rumahe', 'imahna']);

/** How goods were paid, said after their money: "150rb ngutang", "100rb, belum dibayar", "60rb tunai". */
const payClosers = new Set(['ngutang', 'utang', 'hutang', 'ngebon', 'bon', 'dibon', 'kasbon', 'tunai', 'cash', 'kontan', 'lunas', 'belum', 'blm',
  'dibayar', 'bayar', 'nanti', 'dulu', 'dl', ',', '.',
  // "awak bayar sinar jaya 500 ribu dulu lah": particles closing the message (an expense "Lain-lain" was booked).
  'lah', 'deh', 'dong', 'ya', 'yah', 'kak', 'ji', 'mi', 'sih', 'aja']);

/** How or how much was paid, never a name ("dibayar setengah", "bayar semua", "bayar lunas"). */
const paidHow = new Set(['semua', 'semuanya', 'sisanya', 'lunas', 'full', 'penuh', 'separo', 'separuh', 'sebagian', 'tunai', 'cash', 'kontan',
  // "bayar belakangan", "bayar nanti": when, not whom ("Belakangan" became the supplier owed).
  'belakangan', 'nanti', 'ntar', 'besok', 'lusa', 'dulu', 'tempo', 'kapan', 'kapan2', 'minggu', 'bulan']);

function sourceEndingAt(tokens: Token[], end: number, beforeMoney: boolean): Counterparty | null {
  for (let n = 1; n <= 3; n++) {
    const at = end - n - 1;
    if (at < 0) return null;
    const name = tokens.slice(at + 1, end);
    if (name.some((t) => t.used || t.literal || !nameWord(t.t) || goodsWords.has(t.t))) return null;
    // jv "kulakan indomie 2 dus nang sumber rejeki": after a purchase "nang"/"ke" names where it was bought too.
    const boughtAt = toward.has(tokens[at].t) && tokens.some((t) => cues.purchase.has(t.t));
    const soldTo = beforeMoney && toward.has(tokens[at].t) && tokens.some((t) => cues.sale.has(t.t));
    // Malay "kat", Javanese "teng", "ning", "ing": at. Before the money or closing a clause ("… 78rb di sinar jaya, tunai";
    // owner try: "… 420 ewu ning makmur" named a supplier "Ning Makmur").
    const boughtIn = ['di', 'kat', 'teng', 'ning', 'ing'].includes(tokens[at].t) && tokens.some((t) => cues.purchase.has(t.t))
      && !(n === 1 && (shopWords.has(name[0]!.t) || lenderWords.has(name[0]!.t) || homeWords.has(name[0]!.t)));
    // "bayar ke sinar jaya 50rb" (su "bayar ka …"): the one paid (it was an expense while the debt to them stayed open).
    // A shop or lender word alone ("ke koperasi") is a place, not a name.
    // "lunasin utang ke sinar jaya" at the message's end, no money: the one paid in full.
    const paidTo = (beforeMoney || end === tokens.length) && toward.has(tokens[at].t) && tokens.some((t) => cues.pay.has(t.t) || cues.settle.has(t.t))
      && !(n === 1 && (shopWords.has(name[0]!.t) || lenderWords.has(name[0]!.t)));
    // "bayar sinar jaya 70rb", "bayar utang sinar jaya 72rb": a name right after paying, then the money (or the message's
    // end: "bayar utang sinar jaya" pays all that is open), is the one paid
    // (an expense while their debt stayed open; the router pays a debt only when one is open with them).
    const paying = cues.pay.has(tokens[at].t) || (debtWords.has(tokens[at].t) && cues.pay.has(tokens[at - 1]?.t ?? ''));
    const paidDirect = (beforeMoney || end === tokens.length) && paying && !name.some((t) => expenseCategoryWords[t.t] !== undefined || lenderWords.has(t.t)
      || peopleWords.has(t.t) || stopWords.has(t.t) || shopWords.has(t.t) || debtWords.has(t.t) || placeWords.has(t.t)
      || fractionWords[t.t] !== undefined || halfWords.has(t.t) || paidHow.has(t.t));
    if (!tokens[at].used && (from.has(tokens[at].t) || namedAs.has(tokens[at].t) || boughtAt || soldTo || boughtIn || paidTo || paidDirect)) {
      return { ...take(tokens, at + 1, n, tokens[at].t, false), afterPay: paidDirect };
    }
  }
  return null;
}

function take(tokens: Token[], i: number, n: number, prev: string, shop: boolean): Counterparty {
  const words: string[] = [];
  for (let k = i; k < i + n; k++) { words.push(tokens[k].t); tokens[k].used = true; }
  if (toward.has(prev) || from.has(prev) || namedAs.has(prev) || ['di', 'kat', 'teng', 'sama', 'sm'].includes(prev)) tokens[i - 1].used = true;
  return { name: words.join(' '), toward: toward.has(prev) && !discountTo(tokens, i - 1), from: from.has(prev), index: i, shop, atShop: supplierPlaces.has(prev), afterPay: false };
}

const supplierPlaces = new Set([...shopWords, 'agen', 'grosir', 'grosiran', 'distributor', 'supplier', 'suplier', 'sales', 'warung', 'kios', 'lapak']);

// "diskon 5rb ke bu rt, beli beras ...": a discount given "to" someone names the buyer, not a supplier.
const discountTo = (tokens: Token[], ke: number): boolean =>
  tokens.slice(Math.max(0, ke - 3), ke).some((t) => discountWords.has(t.t));
