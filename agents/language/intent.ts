// Decides what a message is about from its cue words and what else it holds (money, goods, a question).
// Rules run in order; the first that fits wins. Each gives how sure it is.
import type { Intent } from '../../core/frame.ts';
import { cues } from './cues.ts';
import { knownGoods } from './gazetteer.ts';
import { closingOnly } from './noise.ts';
import { seUnit } from './units.ts';
import { debtPayPhrase, expenseCategoryWords, fuelWords, laterCreditClause, maxWords, moneyChanged, movedTo, movesDown, movesUp, paymentWords, returnPhrase, weakExpenseWords, wholeStockAsk } from './lexicon.ts';
import { expenseSignal } from './expense.ts';

/** "buat modal", "modal dari suami", "tambahan modal": money put into the warung, not earned by it. */
const capitalIn = /\b(?:buat|untuk|utk|kanggo|nggo|keur|jadi|dijadikan) (?:tambahan |tambah )?modal\b|\bmodal (?:dari|saka|ti|tina)\b|\b(?:tambah|nambah|tambahan|suntik|suntikan|nyuntik) modal\b/;
/** A loan ("pinjem duit ke koh liong 2jt buat modal") is a debt, whatever it is for. */
const borrowed = /\b(?:pinjam|pinjem|minjem|minjam|nyilih|utang|hutang|ngutang|kredit)\b/;
/** "stok awal", "persediaan awal", "saldo awal stok": the count the books start from. */
export const openingStock = /\b(?:stok|stock|setok|persediaan|saldo) (?:awal|pertama|pembukaan)\b/;
const takeOnCredit = /\b(ngutang|ngebon|kasbon|nganjuk|ngampil|ambil|ngambil|njupuk|nyokot)\b/;

export type Signals = {
  /** Words left after dates, names and asides, in order (suffixes -nya/-ne/-na removed from cue words). */
  words: string[];
  question: boolean;
  money: boolean;
  /** Products named. */
  goods: string[];
  /** A product with a quantity, and one with a quantity written as a number (not "sekilo"). */
  counted: boolean;
  countedByNumber: boolean;
  /** Every count is one of its unit ("harga aqua 1 dus 45rb"): after a price word, a rate rather than goods traded. */
  countedOnce: boolean;
  /** A quantity, with or without a product named. */
  countedAny: boolean;
  /** Every word of the message, dates and names included. */
  all: string;
  /** A counterparty, and whether the message names them before its verb (the customer acting). */
  cp: { before: boolean; toward: boolean; from: boolean; shop: boolean; atShop?: boolean } | null;
  period: boolean;
  /** "ada yang beli": someone bought from the shop. */
  customer: boolean;
  /** A purpose of the shop's own use ("buat masak", "buat hp warung"). */
  ownUse: boolean;
  /** A purpose at home or for the owner ("buat masak"), not the shop's stock; and one of selling it on ("buat dijual"). */
  homeUse: boolean;
  /** Named as coming from a supplier place ("dari agen", "dr grosir"). */
  fromSupplier: boolean;
  resale: boolean;
  /** Money taken from the till ("ambil uang", "njupuk duit"): the owner's, not goods. */
  cashOut: boolean;
  /** A purpose that is a bill or a shop supply ("buat beli bensin", "nggo bayar sampah"). */
  billPurpose: boolean;
  /** Phone credit or a token with its denomination ("pulsa 20rb"): sold at the counter, the money after it paid. */
  digital: boolean;
  /** Bought to cook what is sold ("buat masak dagangan", "bahan nasi uduk"): ingredients, money out, not stock. */
  ingredients: boolean;
};

/** Thanks and greetings that make a message a greeting whatever chat is around them (unlike "ya", "ok", "pagi"). */
const strongGreeting: ReadonlySet<string> = new Set(`makasih makasi makase makaseh mksh mksi terimakasih trimakasih trmksh trims thanks thx tq tks tengkyu tenkyu
  suwun nuwun maturnuwun nuhun assalamualaikum asalamualaikum waalaikumsalam halo hallo helo hai hi hello permisi punten
  sampurasun swastyastu suastiastu`.split(/\s+/));

/** `ownUse`: goods the family takes from the shelf (a stock_out that is no loss). */
export type IntentRead = { intent: Intent; sure: number; ownUse?: true };

const any = (ws: string[], s: ReadonlySet<string>) => ws.some((w) => s.has(w));
const passiveBuy = new Set(['dibeli', 'dibeuli', 'dituku', 'ditumbas', 'dibelanjain']);

/** Goods taken now, paid later: "blm bayar", "bayar nanti", "nanti gajian dibayarnya" (Manado try: booked as cash). */
export const creditPhrase = /\b(blm|belum|belom|durung|urung|dereng|acan|can|ga|gak|gk|nggak|kagak|kaga|ndak|tdk|tidak|teu) ?(?:tak |dak |tek |sy |saya |aku |gw |gue |kula |kulo |kami |abdi |urang |ane )?(bayar|dibayar|mayar|mbayar|lunas|nyaur|nabayar|mambayar|dibayarna)(?:nya|ne|na|e)?\b|\b(bayar|bayarnya|bayarna|bayare|bayah|mbayar|mbayare|mayar|mayarna|mayare|nyaur|dibayar|dibayarna|dibayare) (nanti|ntar|besok|bsk|engko|mengko|sesuk|engke|isukan|isuk|mangke|mangkih|benjing|belakangan|lusa|akhir|awal|minggu depan|bulan depan|minggu ngarep|sasi ngarep|wulan ngarep|minggu payun|bulan payun|minggu hareup|bulan hareup|tgl|tanggal|pas gajian)\b|\b(bayar|bayarnya|bayarna|bayare|mayar|mayare|nyaur) (nunggu |tunggu |pas |abis |habis |yen |nek |lek |mun |lamun |kalau |kalo |klo |setelah |sehabis )?(?:udah |sudah )?(?:gajian|gajihan|panen)$|\b(bayar|bayarnya|mayar) \S+ (hari|hr|minggu|pekan|bulan) lagi\b|\b(bayar|bayarnya|mayar) (hari )?(senin|selasa|rabu|kamis|jumat|sabtu)\b|\b(nanti|ntar|mengko|engko|engkok|engke|mengke|mangke|mangkih|kagek|besok|sesuk|isukan|benjing)( sore| siang| malam| malem| pagi| sonten| enjing| dalu| gajian| abis gajian| habis gajian| pas gajian)?( pi| pa| mo)?( na| dia| die| dianya| orangnya| katanya| katane| jarene| cenah)?( baru| br| nembe)? (bayar|bayarnya|nabayar|dibayar|dibayarnya|dibayarna|dibayare|mayar|mbayar|nyaur)\b|\b(nanti|ntar|besok|bsk) (sore |siang |malam |malem |pagi )?(dia|dianya|orangnya) (tf|transfer)\b|\bjanji (nyaur|bayar|mayar|lunas|dibayar|lunasin)\b|\b(?:bayar|bayarnya|mayar|mbayar|nyaur) \d[\d.,]* ?(?:rb|ribu|rebu|ewu|k)? ?(?:nanti|ntar|besok|bsk|engko|mengko|sesuk|lusa|engke|isukan)\b|\b(?:(?:akhir|awal) (?:bulan|bln|minggu|wulan|sasi)|(?:bulan|bln|minggu) (?:depan|ngarep|payun|hareup)) (?:baru |nembe |anyar )?(?:bayar|dibayar|mayar|nyaur|lunas|dilunasi|dilunasin)\b/;
/** creditPhrase, tested only when a paying word is there (most messages have none). */
export const saysCredit = (t: string): boolean =>
  ((t.includes('ayar') || t.includes('lunas') || t.includes('nyaur') || t.includes('tf') || t.includes('transfer')) && creditPhrase.test(t)) || (t.includes('tempo') && duePhrase.test(t))
  || moneyLater.test(t);
/** Sunda try: "bu endang meser beas 3 kilo, artosna engke sonten" (the money comes later) was a cash sale. */
const moneyLater = /(?<!\b(?:ambil|ngambil|njupuk|jupuk|nyokot|tarik|narik) )\b(?:artos|artosna|artosnya|duit|duitna|duite|duitnya|uang|uange|uangnya|acis|acisna|yatrana) (?:na )?(?:engke|nanti|ntar|mengko|engko|besok|bsk|sesuk|isukan|mangke|mangkih|benjing|nyusul|belakangan)\b/;
/**
 * Goods left to sell on consignment ("bang jali nitip rokok 2 slop, bayar kalo udah laku", "titipan kue dari bu ani 20
 * biji"): they come in and are paid for later, so a purchase on credit from whoever left them. (Paying only for what
 * sold, and giving the rest back, is the owner's to book: a payment, then the count.)
 */
export const consigned = /\b(nitip|titip|nitipin|dititipin|dititip|titipan|konsinyasi|nitipke|dititipke|nitipkeun)\b/;
/** "jatuh tempo minggu depan", "tempo 2 minggu", "bayar tempo": paid later, so on credit. "…, total 130rb tempo" (a helper's
 *  try: a cash purchase) says it after the money; "… dari ud sinar jaya, tempo", "tempo dulu", su "tempo heula" after the
 *  supplier or closing the message (each was booked paid, the supplier owed nothing). */
const duePhrase = /\bjatuh tempo\b|\btempo (\d+|se(minggu|bulan|pekan)|sebulan|seminggu)\b|\b(bayar|dibayar|sistem|pake|pakai) tempo\b|(?:\d|\b(?:rb|ribu|rebu|k|jt|juta))\s?,? tempo\b|,\s?tempo\b|\btempo (?:dulu|dl|dlu|heula|disik|dhisik|dolo|lu)\b|\btempo(?: (?:ya|yo|aja|wae|bae|kak))?$/;
const nowSells = /\b(?:sekarang|skrg|skg|saiki|ayeuna) (?:jual|dijual|dijual jadi|jualnya) (?:rp\.? ?)?\d/;
const priceNow = /\b(?:sekarang|skrg|skg|saiki|ayeuna) (?:jadi |jd )?(?:rp\.? ?)?\d/;
const fromNow = /\bmulai (sekarang|skrg|skg|besok|bsk|hari ini|saiki|ayeuna|sesuk|isukan|minggu depan|bulan depan)\b/;
// "ga jadi", "gak jadi yg barusan", jv "ora sido", su "teu jadi": said alone (only small words around it),
// the last entry is called off.
const aside = String.raw`(?:yg|yang|sing|nu|tadi|td|barusan|deh|aja|ae|wae|mawon|kak|mas|mbak|itu|iku|kuwi|eta|mau|wau|nembe|terakhir|panungtung|pungkasan|wis|udah|dah|udh|sudah|kok|ya|yah|ah|lah|dong|sih|mah|atuh|euy|rek|cak|min|gan|bos|semua|kabeh|sadayana)`;
const calledOff = new RegExp(String.raw`^(?:${aside}\W+)*(?:(?:ga|gak|nggak|gk|ngga|enggak|kagak|kaga|tidak|tdk|ndak|ora|ra|teu|hora) ?(?:jadi|jd|sida|sido|tulus)|gjd)(?:\W+${aside})*\W*$`);
/** Goods given back: "rokok surya 16 tadi dibalikin", jv "dibalekno", su "dipulangkeun"; not the money ("uangnya dikembalikan"). */
export const givenBack = /(?<!\b(?:uang|duit|duwit|doi|dhuwit)(?:nya|ne|na)?\s)\b(?:dibalikin|dibalikan|dibalikkan|dikembalikan|dikembaliin|dibalekno|dibalikno|dibalekke|dibalikke|dipulangin|dipulangkan|dipulangkeun|dibalikeun|diretur)\b/;
export const undoPhrase = /\b(ga|gak|nggak|gk|ngga|enggak|kagak|kaga|tidak|tdk|ndak|ora|teu) (jadi|sida|sido|tulus) (beli|kulakan|laku|jual|ambil|ngutang|ngebon|tuku|payu|meser|ngambil|yang|yg|sing|nu)\b|^(yang|yg|sing|nu) [a-z][a-z ]{0,30} (tadi |td |barusan )?(salah|keliru|lepat)\b|\bsalah (ketik|input|catat|tulis|kirim|masuk|nulis|nyatet|pencet|tekan|klik)\b|\bke(pencet|teken|tekan)\b|\b(jangan|jgn|ga usah|gak usah|gausah|ojo|ojok|ulah|entong) (dicatat|dicatet|catat|catet|dimasukin|diinput)\b|^(?:(?:yang|yg|sing|nu) )?[a-z][a-z ]{0,30} (ga|gak|nggak|gk|ngga|enggak|kagak|ora|teu|ndak|tidak) (jadi|sida|sido|tulus)$/;
const settleLater = /\b(nanti|ntar|besok|bsk|sesuk|isuk|isukan|engko|mengko|engke|lusa|pekan depan|minggu depan|bulan depan|minggu ngarep|sasi ngarep|akhir bulan|awal bulan|gajian)\b(?:\s+\S+)?\s+(dibalikin|dibalikan|dikembalikan|dikembaliin|dibalekke|dibalekno|dibalekake|dibalekna|dibalikeun|dipulangkeun|dilunasi|dicicil|balikin|mbalekke|mbalekna|nyaur|lunas)\b/;
// "minjem lagi 50rb, balikin tanggal 10", "dibalikin minggu depan" (owner tries): the return day after the verb.
const settleLaterAfter = /\b(dibalikin|dibalikinnya|balikinnya|dibalikan|dikembalikan|dikembaliin|dibalekke|dibalekno|dibalekake|dibalekna|dibalikeun|dipulangkeun|mulangkeun|dilunasi|dicicil|balikin|mbalekke|mbalekna|nyaur|lunas|dibayar|bayar)\s+(?:\S+\s+)?(?:(?:tanggal|tgl|tg) \d{1,2}\b|besok|bsk|sesuk|isuk|isukan|lusa|pekan depan|minggu depan|bulan depan|minggu ngarep|sasi ngarep|akhir bulan|awal bulan|gajian)/;
const priceMove = /\b(mahal|murah|naik|turun|anjlok|melonjak|meroket|larang|mirah|awis|mundhak|mudun)\b/;
// "... mahal ga", jv "... larang ra": a question said with a trailing not.
const askTag = /\b(ga|gak|nggak|ngga|enggak|tidak|tdk|ra|ora|teu|henteu|apa|opo|kah)$/;
// "sing kudu dikulak apa wae" / "apa yang perlu dikulak": a must-buy clause with a question word before or after it.
const mustBuy = String.raw`\b(?:yang|yg|sing|nu|ingkang) (?:perlu|harus|hrs|mesti|musti|kudu|kedah|wajib) ?(?:kulak|dikulak|kulakan|dikulakin|beli|dibeli|dibeuli|dituku|tuku|restock|restok|direstock|belanja|dibelanja|dibelanjain|order|diorder|dipesen|dipeser|ditumbas)\b`;
const whatWord = String.raw`\b(?:apa|opo|naon|napa|menapa|punapa)`;
const restockAsk = new RegExp(String.raw`${mustBuy}.*${whatWord}\b|${whatWord}(?: aja| saja| wae| bae| mawon)? ${mustBuy}`);
const helpPhrase = /\bbisa (apa|ngapain|ngapa|dipake|bantu)\b|\b(cara|caranya|carane|gimana) (pake|pakai|make|nyatet|catat|nyatat|input|masukin|pakainya|makenya)\b|\bcara\b|\b(harus|musti|mesti) ngapain\b|\bbaru (pakai|pake|make)\b|\bbisa (catat|nyatet|nyatat|input|masukin|bikin) \w+ (gak|ga|nggak|gk|tidak|enggak|ngga)\b/;
// "apa aja yang bisa dicatat": read on the whole message, since "yang ..." clauses are set aside.
const helpAsk = /\bapa (aja |saja |wae |bae )?(yang|yg) bisa\b/;
// Asking about debts without a question word: "daftar bon", "cek bon ceu imas", "total utang".
// "sisa utang uda rizal" asks what is left of it.
const debtAsk = /\b(daftar|siapa|sopo|sinten|saha|cek|total|rekap|list|sisa|sisanya|sisane|sisana)\b/;
const moneyFlow = /\b(?:uang|duit|duwit|doku|artos|acis) (?:(?:yang|yg|nu|sing|ingkang) )?(?:masuk|keluar|mlebu|metu|asup|kaluar|lebet)\b/;
// "siapa yang belum bayar", "sing durung bayar sopo wae", "saha wae nu can mayar".
const owedToSuppliers = /^(?:total |semua )?(?:utang|hutang|utange|utangku|hutangku|utangnya)(?: (?:saya|aku|gue|gw|kita|warung|abdi))? (?:ke|sama|nang|neng|ka|dateng) (?:para |semua )?(?:supplier|suplier|suplayer|agen|grosir|sales|distributor|pemasok|juragan)(?: (?:semua|semuanya|aja|saja|wae|berapa|brp|piro|sabaraha))?\??$/;
const unpaidWho = /\b(siapa|sapa|sopo|sinten|saha)\b.*\b(belum|blm|belom|durung|urung|dereng|can|acan|teu acan)\s?(bayar|mayar|lunas|nyaur)\b|\b(belum|blm|belom|durung|urung|can|acan)\s?(bayar|mayar|lunas|nyaur)\b.*\b(siapa|sapa|sopo|sinten|saha)\b/;
const showWords = /\b(liat|lihat|cek|cekin|check|tampilkan|tampilin|kirim|kirimin|minta|daftar|list|buka|tingali|deleng|delok)\b/;
const softWords = new Set(['dong', 'ya', 'yaa', 'min', 'kak', 'gan', 'bos', 'tolong', 'tlg', 'coba', 'mana', 'semua', 'semuanya', 'aja', 'saja', 'wae', 'mas', 'mba', 'mbak']);
const debtNouns = new Set(['piutang', 'utang', 'hutang', 'bon', 'utangan', 'hutangan']);
const nowWords = /\b(sekarang|skrg|skg|saiki|ayeuna|kiwari|hari ini|saniki)\b/;
const stockQuestion = /\b(masih|msh|isih|ono|ana|ada|aya|keneh|ready|redi|tersedia|sedia)\b/;

// jv "dipangan dhewe", su "didahar nyalira": goods used at home.
export const givenAway = /\b(kasih|ngasih|dikasih|dikasihkan|dibagi|dibagiin|bagiin|gratis|bonus|hadiah|sedekah|sodaqoh)\b/;
// "anak ambil jajan 2 chiki", "bojoku njupuk sabun 1": the owner's family taking from the shelf ("anak kos" is a boarder,
// a customer; someone's child, "anak pak rt", is named).
/** All that is still owed ("sisa utangnya semua", "full", "seluruhnya"). */
export const allOwed = /\b(semua|semuanya|smua|sisanya|full|seluruhnya|lunas|kabeh|kabehe|sadayana|sedanten|sakabehna|galo)\b/;
const paidWays = new Set(['cash', 'tunai', 'kontan', 'qris', 'transfer', 'tf', 'dibayar', 'bayar', 'utang', 'ngutang', 'hutang', 'bon', 'ngebon', 'kasbon']);
const takenHome = /\b(dipake|dipakai|dimakan|diminum|dimasak|dianggo|diangge|dipangan|didahar|dituang) (sendiri|dewe|dhewe|nyalira|sorangan|pribadi)\b|^(?:si )?(?:anak|anakku|anak2|anak-anak|istri|istriku|bini|suami|suamiku|bojo|bojoku|mertua) (?:saya )?(?:ambil|ngambil|njupuk|jupuk|nyokot|nyandak|minta)\b/;

const notSettled = /\b(?:blm|belum|belom|durung|urung|acan|ga|gak|gk|nggak|kagak|teu) ?lunas\b/;

export function classify(s: Signals): IntentRead {
  const w = s.words;
  const text = w.join(' ');
  const has = (set: ReadonlySet<string>) => any(w, set);
  const goods = s.goods.length > 0;

  // "batalin pengeluaran transport 320rb": the details name the entry to void; nothing new is booked.
  // "salah catat, yang kopi harusnya 3 gelas": a correction voids the entry (the router asks for the right one).
  // "gimana cara hapus catatan": asking how to undo is asking for help, not undoing.
  const howTo = /\b(cara|caranya|carane|carana)\b/.test(s.all);
  if (!howTo && (has(cues.undo) || ((undoPhrase.test(s.all) || calledOff.test(s.all) || givenBack.test(s.all)) && !s.money))) return { intent: 'undo', sure: 0.9 };
  if ((has(cues.help) || helpPhrase.test(text) || (s.all.includes('bisa') && helpAsk.test(s.all)) || /\b(bot|juragan)\b.*\bapa\b/.test(s.all)) && !s.money && !s.counted) return { intent: 'help', sure: 0.85 };
  // "tagih bu yati", "ingetin mang ujang bayar utang" ("tolong ingetin saya" alone asks nothing of a debt).
  // "tagih bu sri 50rb": a chasing verb may name the amount to ask for.
  const chase = w.some((x) => x.includes('tagih') && x !== 'tagihan');
  if (has(cues.remind) && (chase || has(cues.credit) || (!s.money && s.cp !== null && !s.cp.shop))) {
    return { intent: 'debt_remind', sure: 0.85 };
  }
  if (has(cues.promo) && !s.money) return { intent: 'promo', sure: 0.85 };
  // "catatan hari ini", "liat transaksi kemarin", "riwayat apa aja"; but "transaksi hari ini rame" is chat.
  if (has(cues.entries) && !s.money && !s.counted && !has(cues.report)
    && (s.question || showWords.test(s.all) || w.every((x) => cues.entries.has(x) || softWords.has(x)))) return { intent: 'entries', sure: 0.85 };
  // "mbak rini bayar sisa utangnya semua": all that is owed paid (it showed her balance and booked nothing).
  if (!s.money && !s.countedAny && s.cp !== null && !s.question && (has(cues.pay) || has(cues.settle)) && allOwed.test(s.all)) return { intent: 'debt_pay', sure: 0.8 };
  // "utang siapa aja", "piutang", "daftar bon", "siapa yang belum bayar", "bon e bu sri piro": asking, not booking.
  const debtWords = w.filter((x) => cues.credit.has(x));
  // "piutang", "utang": the noun alone lists debts; "bu sri ngutang" (the verb, a person) is a debt missing its amount.
  const onlyDebtWord = debtWords.length > 0 && s.cp === null && w.every((x) => debtNouns.has(x) || x === 'daftar' || x === 'list' || x === 'semua');
  // "tolong tampilkan semua utang pelanggan": asked to be shown (owner try: "tampilkan" was a new product on credit).
  if (debtWords.length > 0 && !s.money && !s.countedAny && (s.question || onlyDebtWord || debtAsk.test(s.all) || showWords.test(s.all) || has(cues.report))) {
    return { intent: 'debt_query', sure: 0.8 };
  }
  if (!s.money && !s.countedAny && unpaidWho.test(s.all)) return { intent: 'debt_query', sure: 0.8 };
  // "utang saya ke supplier", "hutang ke agen": the warung's debts to its suppliers, asked (was a new debt missing its amount).
  if (!s.money && !s.countedAny && owedToSuppliers.test(s.all)) return { intent: 'debt_query', sure: 0.8 };
  // "utang kaka yakob", "bon bu sri": the debt named before the person, nothing counted or priced, asks it
  // ("bu sri ngutang" with no amount is a new debt whose amount is asked).
  if (!s.money && !s.countedAny && s.cp !== null && /^(?:utang|hutang|bon|kasbon|piutang|utange|utangnya|bone)\b/.test(s.all)) return { intent: 'debt_query', sure: 0.8 };
  // "margin indomie berapa", "untung indomie berapa sebungkus": what one unit of the goods earns (cost and price);
  // "modal kopi kapal api brp": what it cost the warung.
  if (!s.money && knownGoods(s.goods) && !s.period && s.question && /\b(margin|marjin|untung|untungnya|laba|labanya|bathi|bati|modal|modalnya|modale|hpp)\b/.test(s.all)) {
    return { intent: 'market_price', sure: 0.75 };
  }
  if (wholeStockAsk.test(s.all)) return { intent: 'stock_check', sure: 0.85 };
  // "apa yang perlu dikulak", jv "sing kudu dikulak apa wae", su "naon wae nu kedah dibeuli": the goods to restock.
  if (!s.money && !goods && restockAsk.test(s.all)) return { intent: 'stock_check', sure: 0.8 };
  if (has(cues.report) && !s.counted) return { intent: 'report', sure: 0.9 };
  // "tutup buku hari ini" (Medan owner try): closing the day's books asks the day's report.
  if (!s.money && !s.countedAny && /\btutup (buku|kas)\b/.test(s.all)) return { intent: 'report', sure: 0.85 };
  // "jumlah duit masuk hari ni berapa" (Padang owner try): money in or out of the till asks the report.
  if (!s.money && !s.countedAny && moneyFlow.test(s.all) && (s.question || s.period)) return { intent: 'report', sure: 0.85 };
  // "stok indomie tinggal berapa, mau kulakan": a stock question, though it names buying.
  const stockAsk = has(cues.stockWord) || has(cues.stockLeft);
  if ((has(cues.reportSoft) || has(cues.sale)) && !has(cues.priceWord) && !stockAsk && !s.money && !s.counted && (s.question || s.period)) {
    return { intent: 'report', sure: 0.8 };
  }
  if (has(cues.negotiate) && (goods || s.money)) return { intent: 'negotiate', sure: 0.9 };
  // A ceiling ("max 27rb/kg", "paling mahal 190rb") only makes sense when asking for offers.
  if (goods && (has(maxWords) || /\bpaling mahal\b/.test(text)) && !has(cues.sale)) return { intent: 'negotiate', sure: 0.75 };
  const priceWord = has(cues.priceWord);
  if ((priceWord || has(cues.market)) && !s.money && (s.question || goods || w.includes('pasaran') || priceWord || w.includes('info'))) {
    // "besok saya ke pasar": the market as a place asks nothing.
    return { intent: 'market_price', sure: goods ? 0.85 : 0.6 };
  }
  // "cabe rawit lagi mahal ga", "telor lagi naik ya?", jv "lombok larang": how the price of goods moves is a market question.
  if (goods && !s.money && !s.countedAny && priceMove.test(text) && (s.question || askTag.test(text)) && !has(cues.sale) && !has(cues.purchase) && !has(cues.credit) && !has(cues.stockWord)) {
    return { intent: 'market_price', sure: 0.75 };
  }
  if (!s.money && (has(cues.stockWord) || has(cues.stockLeft) || has(cues.stockOut) || stockQuestion.test(text))
    && s.question && !has(cues.stockCount)) return { intent: 'stock_check', sure: 0.85 };
  if (!s.money && /\b(cek|cekin|check|lihat|liat)\b/.test(text) && (has(cues.stockWord) || goods)) return { intent: 'stock_check', sure: 0.8 };
  // "bawang beureum ayeuna sabaraha sakilo": what goods cost now, with no verb, is a market price question.
  if (!s.money && goods && s.question && nowWords.test(s.all) && !has(cues.sale) && !has(cues.purchase) && !has(cues.credit)) {
    return { intent: 'market_price', sure: 0.7 };
  }
  // Owner try (Makassar): "stok awal indomie goreng 40 bungkus modal 2800" was a sale of 40 packs. The goods a warung
  // starts its books with come in at their cost; no money moves today.
  if (s.counted && goods && openingStock.test(s.all) && !has(cues.sale) && !has(cues.purchase) && !has(cues.credit)) return { intent: 'stock_in', sure: 0.85 };
  const creditWord = has(cues.credit);
  // Goods taken, on the whole message too: "ngambil barang … bayar minggu depan" lost its date words to the date reader
  // (a helper's try: an expense of Rp450.000). Not for every message: "besok bayar pdam" is a bill paid tomorrow.
  // "meuli ti UD Sinar Jaya gas 10 tabung @19.500, can dibayar": bought, and the credit said after the supplier's name (a
  // Sunda try: an expense of gas, no debt to the supplier).
  const credit = creditWord || saysCredit(text) || ((has(cues.take) || has(cues.purchase) || w.includes('barang')) && saysCredit(s.all));
  const pay = has(cues.pay);
  // "laku beras 5 kg 70rb lunas": paid in full, a sale.
  // "bang jali kasbon gas 1, bayar 20rb sisanya utang": counted goods with the rest owed are goods taken on a down payment,
  // not a debt paid (a helper's try paid Rp20.000 off his bon and dropped the gas).
  const restOwed = goods && /\b(?:sisa|sisanya|sisane|sesana|kurange|kurangnya)\s+(?:nya\s+)?(?:utang|hutang|ngutang|ngebon|bon|dibon|kasbon)\b/.test(s.all);
  // "ambil barang di toko makmur: beras 1 karung 375rb …, lunas": goods taken from a shop and paid in full (Makassar try:
  // a debt to the shop paid and the goods lost).
  const takenFromShop = has(cues.take) && (w.includes('barang') || s.fromSupplier || (s.cp !== null && (s.cp.shop || s.cp.atShop || s.cp.from)));
  const tradedGoods = s.counted && (has(cues.sale) || has(cues.purchase) || has(cues.stockIn) || restOwed || takenFromShop);
  // "pinjem 500rb bayar akhir bulan": a paying verb that points ahead is a promise, so still a new debt.
  // "bu yanti bayar utang 50rb tapi belum lunas": paid, with some still owed, is no promise (it was a new debt).
  const promise = pay && saysCredit(s.all.replace(notSettled, ' '));
  // "belum lunas" says the opposite of "lunas".
  // "pinjem duit 50rb, besok dibalikin" (ngapak "sesuk dibalekna"): returned later, so the loan is new.
  // "nyicil 50rb, belum lunas": an instalment paid, the rest still owed.
  const settled = (w.some((x) => cues.settle.has(x) && x !== 'lunas') || (has(cues.settle) && !notSettled.test(s.all)))
    && !(creditWord && (settleLater.test(s.all) || settleLaterAfter.test(s.all)));
  // "balikin aqua 2 dus ke agen, rusak", "retur roti 5 bks ke sales": goods sent back, not a debt paid. No intent books a
  // return yet (the router says so and how to take them off the count).
  if (goodsReturned(s, goods)) return { intent: 'unknown', sure: 0.3 };
  // Cashier try: "kembalian kurang 2rb tadi" (the change was 2rb short) was a sale of a product "kembalian kurang".
  // "bu sri bayar utang 50rb kembalian 5rb" is a debt paid with change given (debt-pay reads it).
  if (/\b(kembalian|kembaliannya|kembalianne|susuk|susuke|susukna|susuki|disusuki|nyusuki)\b/.test(s.all) && !has(cues.sale) && !has(cues.purchase) && !s.customer && !s.counted
    && !/\b(?:bayar|nyicil|nyaur|mbayar)\b.*\b(?:utang|hutang|bon|kasbon)/.test(s.all)) {
    return { intent: 'unknown', sure: 0.3 };
  }
  // Owner try: "terima transferan dari anak 1jt buat modal" was a sale of a product "anak". Capital put in from
  // outside moves money only (the router says so: router/unbooked.ts).
  if (s.money && !s.counted && capitalIn.test(s.all) && !has(cues.credit) && !borrowed.test(s.all)) return { intent: 'unknown', sure: 0.3 };
  // "tuker recehan 100rb": changing money for smaller notes moves no money in or out; "tuker gas" is a purchase.
  if (moneyChanged.test(s.all)) return { intent: 'unknown', sure: 0.3 };
  // "bu sri bayar utang 30rb sama beli gula 1 kg 18rb": two entries in one message; one frame cannot hold both (the
  // gula was booked at Rp30.000 on credit), so nothing is booked and the router asks for them one by one.
  // "bu yuli bayar utang 20rb terus ngutang beras 5 kg": a debt paid, then new goods on the bon; the same.
  const takesMore = s.counted && goods && takeOnCredit.test(s.all.replace(debtPayPhrase, ''));
  if ((tradedGoods || takesMore) && s.money && debtPayPhrase.test(s.all)) return { intent: 'unknown', sure: 0.3 };
  if (credit && goods && laterCreditClause.test(s.all)) return { intent: 'unknown', sure: 0.3 };
  // "gula pasir 1 kg 18.500 lunas", "sabun 3 @4500 lunas": counted goods with their money, paid in full, nobody named: a
  // sale paid at once (Bugis try: "Atas nama siapa?", as if a debt were settled).
  if (goods && s.counted && s.money && !s.cp && !pay && !creditWord && !has(cues.purchase) && w.includes('lunas')
    && !w.some((x) => cues.settle.has(x) && x !== 'lunas')) {
    return { intent: 'sale', sure: 0.85 };
  }
  if ((settled || (pay && creditWord && !promise)) && !tradedGoods) return { intent: 'debt_pay', sure: 0.9 };
  // "bu sri udah bayar 30rb": a person (not a shop) paying, no goods and no bill, settles a debt.
  if (pay && !creditWord && !promise && s.cp?.before && !s.cp.shop && !goods && !w.some((x) => expenseCategoryWords[x] !== undefined)) {
    return { intent: 'debt_pay', sure: 0.7 };
  }
  // "gas dijual 2 tabung 46 rebu" (Sunda: sold): counted goods "dijual" with their money (it was an expense of gas).
  const soldCounted = w.includes('dijual') && s.countedByNumber && s.money && !s.resale;
  const saleVerb = has(cues.sale) || s.customer || soldCounted || (s.cp?.before === true && (has(cues.take) || has(cues.purchase)));
  if (goods && s.counted && !saleVerb && !has(cues.purchase) && consigned.test(s.all)) return { intent: 'purchase', sure: 0.85 };
  const purchaseVerb = has(cues.purchase) && !saleVerb;
  if (credit) {
    if (!goods) return { intent: 'debt_add', sure: 0.85 };
    // "pak joko kirim gas 5 tabung 100rb belum dibayar": a supplier delivering on credit.
    const delivered = has(cues.stockIn) && !has(cues.sale) && !s.customer;
    // "ngebon rokok surya 1 slop di toko ko hendra": taken on credit at someone's shop (it was a credit sale to Ko Hendra).
    // "ambil gas 5 tabung dari pak joko, belum kubayar": taken from someone, to pay later (a helper's try: a credit sale to him).
    // "ambil rokok 2 slop dari agen 560rb, tf 500rb sisanya utang ke agen": from a supplier place, no name (a helper's try
    // sold the slops to "Agen" on credit).
    const takenFrom = has(cues.take) && (s.cp?.from === true || s.fromSupplier);
    if (purchaseVerb || delivered || takenFrom || (s.cp && (s.cp.toward || s.cp.shop || (s.cp.atShop && !s.cp.before)) && !saleVerb)) return { intent: 'purchase', sure: 0.85 };
    return { intent: 'sale', sure: 0.85 };
  }
  // "abis kejual beras 5 liter" ("just sold"), "beras 5 liter laku abis": with a sale verb and a count it is a sale;
  // "indomie laku habis" (nothing counted) still says the stock is gone; "gorengan entek, payu 40" sold 40.
  const justSold = has(cues.sale) && s.countedAny;
  if (!s.money && (has(cues.stockCount) || (has(cues.stockOut) && !s.question && !justSold))) return { intent: 'stock_set', sure: 0.85 };
  // "laku indomie 10 bks, 2 bks dibayar qris sisanya cash": the rest paid some way is no count left (the sale became a
  // stock count of 10).
  const restPaid = has(cues.sale) && w.some((x, i) => cues.stockLeft.has(x) && [w[i + 1], w[i + 2]].some((n) => paidWays.has(n ?? '')));
  if (!s.money && s.counted && !restPaid && (has(cues.stockLeft) || (has(cues.stockWord) && /\b(sekarang|skrg|skg|saiki|ayeuna|jadi)\b/.test(text)))) {
    return { intent: 'stock_set', sure: 0.8 };
  }
  if (!s.money && s.counted && has(cues.stockIn)) return { intent: 'stock_in', sure: 0.85 };
  // "beras 2 kg dipake sendiri", "ambil indomie 2 buat makan sendiri": counted goods the family takes, no money.
  if (!s.money && s.counted && goods && s.cp === null && (s.homeUse || takenHome.test(s.all)) && !has(cues.sale) && !has(cues.purchase) && !has(cues.credit)
    && !s.question && !s.customer) return { intent: 'stock_out', sure: 0.8, ownUse: true };
  // "kasih bonus permen 5 biji ke anak-anak", "permen 5 biji dikasih gratis": counted goods given away, no money.
  if (!s.money && s.counted && goods && givenAway.test(s.all) && !has(cues.sale) && !has(cues.purchase) && !has(cues.credit) && !s.question) {
    return { intent: 'stock_out', sure: 0.8 };
  }
  // "telor pecah 3 butir", "roti basi 2 bks dibuang": counted goods gone without a sale or a purchase.
  if (!s.money && s.counted && goods && has(cues.loss) && !has(cues.sale) && !has(cues.purchase) && !s.question) return { intent: 'stock_out', sure: 0.85 };
  // "indomie goreng ono 24 bungkus", "gula aya 3 kilo": the goods, "there are", a count (no verb) states the stock.
  if (!s.money && s.countedByNumber && goods && !s.question && /^(?:\S+ ){1,4}(?:ada|ono|ana|aya|wonten|onten) \d/.test(s.all)
    && !has(cues.sale) && !has(cues.purchase) && !s.customer) return { intent: 'stock_set', sure: 0.7 };
  // "stok telor naik 5 kg", "stok indomie turun 5": the count moved by that much ("naik jadi 5" states it).
  if (!s.money && s.counted && goods && cues.stockWord.has(w[0]) && !s.question && !movedTo.test(s.all)) {
    if (movesUp.test(s.all)) return { intent: 'stock_in', sure: 0.8 };
    if (movesDown.test(s.all)) return { intent: 'stock_out', sure: 0.8 };
  }
  // "stok indomie 20": a count stated.
  if (!s.money && s.countedByNumber && cues.stockWord.has(w[0]) && !s.question) return { intent: 'stock_set', sure: 0.7 };
  // "stok beras": the stock word and goods with nothing counted is a question typed without a "?".
  if (!s.money && !s.counted && goods && cues.stockWord.has(w[0])) return { intent: 'stock_check', sure: 0.75 };
  // Goods delivered with their price: bought from a supplier.
  if (s.money && s.counted && has(cues.stockIn) && !has(cues.sale) && !s.customer) return { intent: 'purchase', sure: 0.7 };
  // "jual pulsa 25rb harga 27rb": a sale at that price; "harga jual pulsa 25rb 27rb" sets it.
  // "topup dana 100rb, admin 2rb": a fee charged on it says the warung sold it.
  if (s.digital && s.money && goods && (has(cues.sale) || s.customer || /\b(admin|adm|fee)\b/.test(s.all)) && !/\b(harga|hrg) (jual|jualnya)\b/.test(s.all)) return { intent: 'sale', sure: 0.9 };
  if (s.money && goods && fromNow.test(s.all)) return { intent: 'price_set', sure: 0.8 };
  // "rokok surya 12 sebungkus sekarang 24rb": goods and "now" before their money, no trading verb, is the new price.
  // "aqua 600 skrg jual 4500": sold at that "now" is the new price, not a sale.
  if (s.money && goods && nowSells.test(s.all) && !s.customer) return { intent: 'price_set', sure: 0.8 };
  if (s.money && goods && priceNow.test(s.all) && !has(cues.sale) && !has(cues.purchase) && !s.customer && !s.countedByNumber) return { intent: 'price_set', sure: 0.75 };
  // "naikin harga minyak 1 liter jadi 20rb": a change verb with "harga" sets a price whatever size is named.
  // "harga jual gudang garam 1 slop jadi 235rb": the selling price.
  // "harga aqua 600 ml jadi 4500": a message opening with "harga" and saying "jadi" sets the price of a sized product.
  const changesPrice = (has(cues.priceChange) && priceWord && !has(cues.sale) && !has(cues.purchase)) || /\b(harga|hrg|rega|rego) (jual|jualnya|ecer|eceran)\b/.test(s.all)
    || (cues.priceWord.has(w[0]) && w.includes('jadi') && !has(cues.sale) && !has(cues.purchase));
  // "ganti lampu 25rb", "ganti oli 50rb": replacing a shop supply or a part is money out, not a new price.
  const supplyChange = !priceWord && w.some((x, i) => expenseCategoryWords[x] !== undefined && (!weakExpenseWords.has(x) || (w[i - 1] === 'ganti' && !fuelWords.has(x))));
  // "harga aqua 1 dus 45rb": opening with "harga", one of a unit at its money is the rate (was booked as a sale).
  const rateOfOne = cues.priceWord.has(w[0]) && s.countedOnce && !has(cues.sale) && !has(cues.purchase) && !s.customer && !s.cp;
  if (s.money && (has(cues.priceChange) || priceWord) && !supplyChange && (!s.countedByNumber || changesPrice || rateOfOne) && (!has(cues.sale) || priceWord)) {
    return { intent: 'price_set', sure: 0.85 };
  }
  // "listrik mati" is news, not a bill: an expense names money or a paying verb.
  // "kapan bayar gaji": a question about paying records nothing.
  // "beli sayur buat masak dagangan 45rb": ingredients of the food sold, bought as a lump sum, are a cost of the day,
  // not goods to resell. Counted ("beli bahan: tepung 2 kg 26rb") they are stock, used up later like any goods.
  if (s.ingredients && s.money && !s.countedAny && !has(cues.sale) && !s.customer && !s.cp?.before) return { intent: 'expense', sure: 0.8 };
  // "ambil uang laci 100rb buat belanja rumah": the till's money taken home is money out, like "prive" (without a
  // purpose, "istri ambil uang 100rb" books nothing: it may be change or a loan).
  // Taken for a bill or a supply ("buat beli bensin"), it is that expense.
  if (s.cashOut && s.money && !goods && (s.homeUse || s.billPurpose)) return { intent: 'expense', sure: 0.85 };
  const expense = (s.money || ((pay || has(cues.expenseVerb)) && !w.includes('kapan'))) && expenseSignal(w, saleVerb || s.resale, s.ownUse, s.money && !s.counted, s.homeUse, s.counted && goods);
  if (expense) return { intent: 'expense', sure: s.money ? 0.85 : 0.6 };
  // "laku 3 bungkus": counted with the product left out is still a trade (the router asks which).
  const traded = s.money || s.counted || s.countedAny;
  // Makassar "dibeli mi gula merah 2 kilo di pasar 30 ribu": bought (passive) at the market or a supplier is the owner's buy.
  if (traded && goods && s.fromSupplier && w.some((x) => passiveBuy.has(x))) return { intent: 'purchase', sure: 0.85 };
  if (saleVerb && traded) return { intent: 'sale', sure: goods ? 0.9 : 0.6 };
  if (purchaseVerb && traded) return { intent: 'purchase', sure: goods ? 0.9 : 0.6 };
  // "dari toko makmur gula 2 karung 1,7jt", "indomie 2 dus dari agen 230rb": goods from a supplier, no verb.
  if (goods && s.money && !saleVerb && ((s.cp && (s.cp.from || s.cp.shop)) || s.fromSupplier)) return { intent: 'purchase', sure: 0.65 };
  // "es batu 1000 seplastik", "indomie goreng 3500 sebungkus", "gorengan 1000an": a rate with nothing counted and no
  // verb tells the price (new warung try: a sale of one was booked once the new product's price was confirmed).
  if (goods && s.money && !s.countedAny && !s.customer && !s.cp && rateSaid(s.all)) return { intent: 'price_set', sure: 0.7 };
  if (goods && s.money) return { intent: 'sale', sure: 0.7 };
  // Cashier try: "aqua 2, indomie goreng 3, bayar qris": counted goods and how they were paid, no verb, is a sale.
  if (goods && s.counted && !s.question && !has(cues.stockWord) && w.some((x) => paymentWords[x] !== undefined && paymentWords[x] !== 'credit')) {
    return { intent: 'sale', sure: 0.75 };
  }
  if (has(cues.greeting) && !goods && !s.money) return { intent: 'greeting', sure: 0.9 };
  if (closingOnly.test(s.all)) return { intent: 'greeting', sure: 0.8 };
  // "makasih banyak min sangat membantu": thanks or a greeting with chat around it, nothing counted or priced.
  if (!s.money && !s.countedAny && (has(strongGreeting) || /^(selamat|met|sugeng|pagi|siang|sore|malam|malem)\b/.test(s.all))) {
    return { intent: 'greeting', sure: 0.6 };
  }
  return { intent: 'unknown', sure: 0.1 };
}

/** A price per one unit said after it ("1000 seplastik", "3500/bks", "25rb per slop") or a price class ("1000an"). */
const rateRe = /\d(?:\s?(?:rb|ribu|rebu|k|ewu))?\s?(?:\/\s?\p{L}+|per \p{L}+|(se\p{L}+))\b|\b\d+(?:rb|k)?an\b/gu;
const rateSaid = (all: string): boolean => [...all.matchAll(rateRe)].some((m) => m[1] === undefined || seUnit(m[1]) !== null);

/**
 * Counted goods given back, to a supplier or by a customer. With money said only "retur"/"return" or a buyer named is
 * sure: "balikin" beside a price is often a swap on a sale ("gas 1 tabung 23rb, tabung kosong dibalikin").
 */
const goodsReturned = (s: Signals, goods: boolean): boolean =>
  goods && s.counted && returnPhrase.test(s.all) && (!s.money || /\b(retur|return|diretur|ngeretur|pembeli|pembelinya|pelanggan|konsumen)\b/.test(s.all));
