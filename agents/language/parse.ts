// One message → frame: the steps in order (noise, dates, names, asides, pieces, intent, items, frame).
import type { ParseResult } from '../../core/frame.ts';
import { parseRupiah } from './money.ts';
import { otherDebtor } from './debtor.ts';
import { readCounterparty } from './counterparty.ts';
import { cues, cueTypo, functionWords, stemCue } from './cues.ts';
import { readDate } from './dates.ts';
import { dropPaidBeforeChangeAsk, dropTendered, handedMoney, readChange, readChangeAsk } from './change.ts';
import { dropRestOwed, readDownPayment } from './down-payment.ts';
import { readSellPrices, type SellPrice } from './sell-price.ts';
import { readSplitPay } from './split-pay.ts';
import { readTenderSplit } from './tender-split.ts';
import { oneEach, perPersonCounts, readEach } from './each.ts';
import { readDigital } from './digital.ts';
import { shapeFrame } from './frame.ts';
import { classify, undoPhrase } from './intent.ts';
import { readItems } from './items.ts';
import { cashOutPhrase, expenseCategoryWords, fillerWords, fractionWords, honorifics, multiplierWords, numberWords, ownUseWords, packagingWords, paymentWords, perWords, resaleWords, questionWords, slangMoney, totalWords } from './lexicon.ts';
import { markNoise } from './noise.ts';
import { goodsWords } from './gazetteer.ts';
import { isDigits, MAX_CHARS, MAX_TOKENS, normalizeText, tokenize } from './normalize.ts';
import { dropAsides, markLiterals, paidInThousands, toPieces } from './pieces.ts';
import { unitOf } from './units.ts';

export type ParseContext = { now?: Date; offsetMinutes?: number };

const knownWord = (x: string) => functionWords.has(x) || fillerWords.has(x) || questionWords.has(x) || totalWords.has(x)
  || cues.priceWord.has(x) || cues.market.has(x) || cues.greeting.has(x) || unitOf(x) !== null
  // Number words are never typos of cue words ("pitung" is 7, not "itung"), nor are honorifics (Makassar try: "daeng
  // ngutang gula" was read as "dateng", goods delivered, so a purchase on credit).
  || honorifics.has(x) || perWords.has(x) || numberWords[x] !== undefined || multiplierWords[x] !== undefined || slangMoney[x] !== undefined || fractionWords[x] !== undefined;
// "ada yang beli", "orang beli", Banjar "urang manukar", Manado "ada beli" (someone bought): a customer buying, so a sale.
// "ada yg borong indomie 1 dus", "ono sing pesen sego 5": a customer buying in bulk or ordering, the same.
// "aya nu meser" (su), "ono sing tuku" (jv), "sing tuku aqua ... ngebon" (jv: the one who bought): the same.
// "pembeli bayar qris 45rb buat rokok", "ada yang bayar pake qris 45rb beli rokok": a customer paying is a sale too
// (not the warung's expense or purchase).
// "adek beli gas 1 tabung", "nyong beli …": a word for a person alone opening the message is a customer too (it was the
// owner's purchase, stock up instead of down). Medan "ada kakak beli …", "mamak itu beli …", jv "wong lanang kuwi tumbas …"
// (a lady, that man) were purchases too. Tegal "nyong tuku" is "I buy", though (5 tubes of gas were sold, not bought).
const customerBuys = /\b((ada|aya|ono|onten|wonten) (yang|yg|sing|nu|ingkang) |^(?:tadi |td |barusan )?(?:ada )?(?:adek|ade|dek|adik|nyong(?! (?:tuku|nuku|kulak|blanja)\b)|nona|bocil|cewek|cowok|om|tante|mas|mbak|mba|bang|abang|kak|kakak|teh|aa|akang|ibu|bapak|pak|bu|mamak|emak|mbok|mbah|nenek|kakek|opung|ompung|wong lanang|wong wadon)(?: (?:itu|tu|kuwi|kae|iku|eta|tea|ieu|ni|ini|iki))? |urang (?=nukar |manukar |tukar |beli )|^(?:tadi |td |barusan )?(?:orang |org )?ada (?=beli |bli )|(yang|yg|sing|nu|ingkang|orang|wong|tiyang|priyantun|jalma|jalmi|pembeli|pelanggan|konsumen|customer|ibu ibu|ibuk ibuk|bapak bapak|emak emak|mamah mamah|anak anak|bocah bocah|bocah|budak|barudak|tetangga|tetanggaku|kawan|kawanku|teman|temanku|temen|temenku|anak sekolah|ada ibu|ada bapak|ada anak|ono bocah) )(beli|tuku|meuli|meli|mbeli|tukar|tuker|nukar|manukar|ngambil|ambil|tumbas|mundut|meser|nuku|njupuk|nyandak|nyokot|borong|ngeborong|mborong|belanja|blanja|pesen|pesan|mesen)\b|\b(pembeli|pelanggan|konsumen|customer|cust) (bayar|byr|mbayar|mayar|ngebayar)\b|\b(ada|aya|ono) (yang|yg|sing|nu) (bayar|byr|mbayar|mayar) (pake|pakai|pakek|lewat|via|ku|nganggo) (qris|transfer|tf|ovo|gopay|dana|shopeepay)\b/;
// "ojek online ambil pesenan nasi goreng 2 porsi 30rb": a driver picking up an order opens the message (not "naik ojek");
// "abis itu ada ojol ambil ...": time and sequence words may come first.
const driverPicksUp = /^(?:(?:tadi|td|barusan|ada|abis|habis|terus|trs|trus|lalu|itu|pas|mau|nembe|bar|iki|ieu|mentas)\s+){0,4}(?:ojek online|ojol|driver|kurir|gojek|grab)\b(?:\s+\S+)?\s+(?:ambil|ngambil|jemput)\b/;
// "dapet order nasi kotak 30 dari kantor kelurahan": an order received is a customer's (a sale), whoever it is from.
// "grabfood order nasi goreng 2 porsi", "orderan gofood 3 es teh": a delivery app's order is a customer's; "order gofood
// buat makan siang" (the verb, then the app) is the owner buying food.
// "order grabfood: pop mie 2, …": the app's order listed after a colon is a customer's too (it was bought, stock up).
const orderReceived = /^(?:tadi |td |barusan )?(?:gofood|grabfood|shopeefood|grabmart|gomart)\b|^(?:order|orderan|pesanan|pesenan) (?:gofood|grabfood|shopeefood|grabmart|gomart) ?:|\b(dapet|dapat|ada|terima|nerima|oleh|entuk|meunang|nampi) (order|orderan|pesenan|pesanan)\b|\b(gofood|grabfood|shopeefood)(?: \d+)? (order|orderan|pesenan|pesanan|total)\b|\b(orderan|pesenan|pesanan) (gofood|grabfood|shopeefood)\b/;
// "qris masuk 45rb: aqua 5 botol …", "transfer masuk 120rb indomie 1 dus": money come in by a channel for goods is a
// customer paying (Jakarta try: five sales booked as purchases, "masuk" read as goods coming in).
const paidIn = /\b(?:qris|transfer|tf|trf|transferan|gopay|ovo|shopeepay|linkaja) (?:udah |sudah |wis |geus )?(?:masuk|mlebu|asup|lebet)\b/;
// "potongan 20%", "diskon 10 persen" (a delivery app's cut, a promo): a share off the goods' total.
const appOrder = /\b(?:gofood|grabfood|shopeefood)\b/;
const percentOffRe = /\b(?:diskon|disc|discount|potongan|dipotong|potong|korting|rabat|komisi)(?:nya)?(?: komisi(?:nya)?)? (\d{1,2}(?:[.,]\d)?)%/;
// Cooking what is sold: with a resale word after a purpose ("buat masak dagangan") the goods bought are ingredients.
// "om jemmy kita bayar 100rb", "mang ujang kubayar", Aceh "lon bayar": the warung is the one paying (read before the
// glued pronoun is cut off in normalize.ts; "belum kubayar" is goods not yet paid for, no payment).
const warungPaying = /(?<!\b(?:belum|blm|durung|urung|lom|gak|ga|nggak|tidak|ndak)\s)(?:\b(?:ku|tak)(?:bayar|lunasi|lunasin)\b|\b(?:saya|aku|sy|gw|gue|gua|kita|kami|kula|kulo|abdi|aing|lon|ulon|awak|ambo|beta) (?:bayar|byr|mbayar|mayar|nyaur|lunasi|lunasin)\b)/;
const cookWords = new Set(['masak', 'dimasak', 'olah', 'diolah', 'bikin', 'dibikin', 'gawe', 'digawe', 'nyieun', 'masakan']);
const fromSupplier = /\b(dari|dr|ti|saking|soko|teko|seko|di|ke|ka|neng) (agen|grosir|sales|supplier|suplier|distributor|pabrik|pangkalan|pasar)\b/;
// The expense words of delivery: with goods bought they are part of the purchase ("kirim" stays a delivery verb).
const shippingWords = new Set(['ongkir', 'ongkirnya', 'ongkire', 'ongkos']);
const verbs = new Set([cues.sale, cues.purchase, cues.take, cues.credit, cues.pay, cues.settle].flatMap((s) => [...s]));
// Bounded memo: words repeat across messages.
const stems = new Map<string, string>();
const stem = (w: string): string => {
  let s = stems.get(w);
  if (s === undefined) {
    s = stemCue(w, knownWord);
    // "gulaku" is a sugar brand, not a typo of "ngulak", "tambal" (a tyre patch) no typo of "tambah": goods and
    // bills the tables know are never read as cues.
    if (s === w && !knownWord(w) && !goodsWords.has(w) && expenseCategoryWords[w] === undefined && !/\d/.test(w)) s = cueTypo(w) ?? w;
    if (stems.size > 50_000) stems.clear();
    stems.set(w, s);
  }
  return s;
};

export function parseMessage(text: string, ctx: ParseContext = {}): ParseResult {
  const now = ctx.now && !Number.isNaN(ctx.now.getTime()) ? ctx.now : new Date();
  const offset = Number.isFinite(ctx.offsetMinutes) ? (ctx.offsetMinutes as number) : 420;
  const norm = normalizeText(text);
  const warungPays = warungPaying.test(text.toLowerCase());
  const tokens = tokenize(norm);
  markLiterals(tokens);
  paidInThousands(tokens);
  markNoise(tokens);
  const digital = readDigital(tokens);
  const when = readDate(tokens, norm, now, offset);
  const cp = readCounterparty(tokens);
  const change = readChange(tokens);
  const changeAsked = readChangeAsk(tokens); // "kembaliannya berapa": the change asked is no stock question (the reply says it)
  const tendered = change === null ? dropTendered(tokens) ?? (changeAsked ? dropPaidBeforeChangeAsk(tokens) : null) : null;
  const tender = readTenderSplit(tokens);
  const down = readDownPayment(tokens);
  if (down === null) dropRestOwed(tokens);
  const split = down === null ? readSplitPay(tokens) : null;
  const each = readEach(tokens);
  const sells = readSellPrices(tokens, cp && !cp.toward && !cp.from ? cp.index : -1);
  const allWords = tokens.map((t) => t.t);
  const all = allWords.join(' ');
  // "hapus yang indomie tadi": for an undo the relative clause names the entry, so it is kept.
  const undoing = tokens.some((t) => cues.undo.has(t.t)) || ((all.includes('salah') || all.includes('jadi') || all.includes('sida') || all.includes('sido') || all.includes('usah') || all.includes('jgn') || all.includes('jangan')) && undoPhrase.test(all));
  // "sabaraha stok minyak nu sania": asking about stock, the relative clause says which goods (with a count, as in
  // "stok aqua yang gede tinggal 5", it stays an aside: the count is what the message is about).
  const stockAsk = !undoing && tokens.some((t) => cues.stockWord.has(t.t)) && !tokens.some((t) => isDigits(t.t));
  const purposes = dropAsides(tokens, undoing, stockAsk);
  for (const t of tokens) if (!t.used && !t.literal) t.t = stem(t.t);
  const pieces = toPieces(tokens);
  let words = tokens.filter((t) => !t.used && !t.literal && /^\p{L}/u.test(t.t)).map((t) => t.t);
  const pre = readItems(pieces, 'trade');
  // "beli es batu 2 plastik": bags counted after goods are their unit, not bags bought for the shop (an
  // expense); "beli 2 kresek", with no goods before, are the bags.
  for (const d of pre.drafts) {
    // "bu tejo ngutang 2 galon": a galon with no goods before it is the refill sold (a bare debt was booked).
    if (d.unit === null || !(packagingWords.has(d.unit) || (d.unit === 'galon' && d.name.length === 0))) continue;
    if (d.name.length) words = words.filter((w) => w !== d.unit);
    else [d.name, d.unit] = [[d.unit], null];
  }
  if (each && !each.each) oneEach(pre.drafts, each.people);
  const named = pre.drafts.filter((d) => d.name.length > 0);
  // "kulakan beras ... ongkir 10rb": delivery on goods bought is part of the purchase, not an expense of its own.
  // "kulakan beras 1 karung 300rb gratis ongkir": counted goods with their price are what the message is about.
  if ((pre.delivery !== null && named.some((d) => d.qty !== null || d.total !== null)) || named.some((d) => d.qty !== null && d.total !== null)) {
    words = words.filter((w) => !shippingWords.has(w));
  }
  const verbAt = tokens.findIndex((t) => !t.used && verbs.has(t.t));
  const read = classify({
    words,
    question: pieces.some((p) => p.k === 'q'),
    money: pre.monies.length > 0,
    goods: named.map((d) => d.name.join(' ')),
    // "laku rokok surya, 2 tunai 1 utang pak rizal": the split's counts count the goods.
    counted: named.some((d) => d.qty !== null) || split !== null,
    countedByNumber: named.some((d) => d.qty !== null && !d.seQty) || split !== null,
    countedOnce: named.every((d) => d.qty === null || d.qty === 1),
    countedAny: pre.drafts.some((d) => d.qty !== null),
    all,
    // "wes dibayar mbak yuni 20 ewu": the person after a passive "paid (by)" is the one paying, as if said first.
    cp: cp && { before: !cp.toward && !cp.from && (verbAt < 0 || cp.index < verbAt || paidBy(tokens, cp.index)), toward: cp.toward, from: cp.from, shop: cp.shop, atShop: cp.atShop },
    period: when.period !== null,
    customer: customerBuys.test(all) || driverPicksUp.test(all) || orderReceived.test(all) || paidIn.test(all) || each !== null,
    ownUse: purposes.some((w) => ownUseWords.has(w)),
    fromSupplier: fromSupplier.test(all),
    homeUse: purposes.some((w) => ownUseWords.has(w) && w !== 'warung'),
    resale: purposes.some((w) => resaleWords.has(w)),
    cashOut: cashOutPhrase.test(all),
    // "ambil uang laci 50rb buat beli bensin": the till's money for a cost of the shop.
    billPurpose: purposes.some((w) => expenseCategoryWords[w] !== undefined),
    digital,
    // "beli es batu buat es teh 10rb pengeluaran": the owner's own word for money spent says the same (Bali try: stock).
    ingredients: (purposes.some((w) => cookWords.has(w)) && purposes.some((w) => resaleWords.has(w))) || allWords.includes('bahan')
      || allWords.includes('pengeluaran'),
  });
  const mode = read.intent === 'negotiate' ? 'negotiate' : read.intent === 'price_set' ? 'price' : 'trade';
  const items = mode === 'trade' ? pre : readItems(pieces, mode);
  if (each?.each) perPersonCounts(items.drafts, each.people);
  const payWords = tokens.filter((t) => !t.literal).map((t) => paymentWords[t.t]).filter((p) => p !== undefined);
  const percentOff = Number(percentOffRe.exec(norm)?.[1]?.replace(',', '.') ?? NaN);
  const paid = paidLastRe.exec(norm);
  const paidLast = paid ? parseRupiah(paid[1]!) : null;
  const shaped = shapeFrame({ read, items, when, cp, words: allWords, payWords, down, split, tender, change, tendered, paidLast, percentOff: percentOff > 0 && percentOff < 100 ? percentOff : null, warungPays, truncated: text.length > MAX_CHARS || tokens.length >= MAX_TOKENS });
  // A delivery app's order is paid by the app into the warung's account, never into the drawer.
  const app = shaped.intent === 'sale' && shaped.payment === null && appOrder.test(norm) ? { ...shaped, payment: 'transfer' as const } : shaped;
  const debtor = app.intent === 'debt_pay' ? otherDebtor(norm, app.counterparty) : null;
  const frame = debtor ? { ...app, counterparty: debtor } : app;
  return sells.length ? withSellPrices(frame, sells) : frame;
}

/** Selling prices to the goods they follow: one each in order, or a single one to the last goods said. */
function withSellPrices(frame: ParseResult, sells: SellPrice[]): ParseResult {
  if (!['purchase', 'stock_in', 'stock_set'].includes(frame.intent) || !frame.items.length) return frame;
  const at = (k: number) => (sells.length === frame.items.length ? sells[k] : k === frame.items.length - 1 ? sells[sells.length - 1] : undefined);
  const items = frame.items.map((item, k) => {
    const s = at(k);
    return s ? { ...item, sell_price: s.price, sell_unit: s.unit } : item;
  });
  return { ...frame, items };
}

// "…, bayar 60 ewu", "…, mayar 20rb.": paying said last, with nothing after the money.
// "…, mayah pis 50rb" (Bali: "pay money"), "…, bayar uang 50rb": the note said with its noun (it was shared over the goods).
// Owner try: "laku gula 1 kg bayar 50rb" with no comma booked a kilo of sugar at Rp50.000.
// Surabaya/Medan tries: "…, duwite 10rb", "…, duitnya 50rb", "…, uangnya 50rb" ("the money") were booked as the goods' total.
// "bayar seratus ribu", jv "bayar satus ewu": a note said in words is money too (Rp100.000 was booked as the goods' total).
// "…, dia kasi 100rb" (Makassar), Banjar "mambayar 50 ribu", "bayar pake 50 ribu", Minang "urang bayia pakai 100 ribu": a note
// handed over, said with "gave", "paid with" or the regional "paid" (each was booked as the goods' total, prices raised to fit).
const paidLastRe = new RegExp(String.raw`(?:,\s*|\s+)(?:(?:dia|die|pembeli|orangnya|urangnya|urang|orang|inya|nya|de|dorang)\s+)?(?:bayar|mbayar|mayar|dibayar|bayare|bayarnya|bayarna|mambayar|nabayar|bayia|kasi|kasih|kase|ngasih|ngasi|ngekei|menehi|${handedMoney.join('|')})\s+(?:(?:pake|pakai|pakek|make|nganggo|ku)\s+)?(?:(?:uang|duit|duwit|pis|doi|pitih)\s+)?(\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k)?|(?:[a-z]+\s+){1,3}(?:ribu|rebu|ewu)|seket|gocap|ceban|cepek)\s*[.!]*$`);

const passivePay = new Set(['dibayar', 'dibayare', 'dibayarna', 'dibayarin', 'dilunasi', 'dilunasin']);
const byWords = new Set(['sama', 'sm', 'ama', 'oleh', 'olih', 'karo', 'ku', 'kalih', 'kaliyan']);
/** The counterparty at token `at` follows "dibayar" (or "dibayar sama/oleh/karo/ku"): the agent of the paying. */
function paidBy(tokens: readonly { t: string }[], at: number): boolean {
  const prev = tokens[at - 1]?.t ?? '';
  return passivePay.has(prev) || (byWords.has(prev) && passivePay.has(tokens[at - 2]?.t ?? ''));
}
