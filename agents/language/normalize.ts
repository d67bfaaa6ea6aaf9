// Normalising and tokenising chat text.
import { goodsWords } from './gazetteer.ts';
import { numberWords, slangMoney } from './lexicon.ts';

const slangThousands = Object.keys(slangMoney).filter((w) => slangMoney[w]! >= 1000 && /^\p{L}+$/u.test(w)).join('|');
import { regionalWords } from './regional.ts';
import { keepSecondNumber } from './self-correction.ts';
import { wordTable } from '../../core/word-table.ts';

const marketThenGoods = new RegExp(`\\b((?:di|ke|ka|dari|dr|neng|nang|ning|ing) pasar) (\\p{L}+)(?= (?:${[...goodsWords].join('|')})\\b)`, 'gu');

const voucherMargin = /\b((?:pulsa|token|kuota|voucher|saldo|topup)(?: \p{L}+){0,3} )(\d+) ?(?:rb|ribu|rebu|k)\b([^,;\n\d]*?),? (?:untung|untungnya|laba|labanya|cuan|bati|bathi) (\d+) ?(rb|ribu|rebu|k)?(?=\s*(?:[,.;\n]|$))/gu;

/** Longer messages are not bookkeeping lines; cutting them keeps the parser fast on any input. */
export const MAX_CHARS = 2000;
/** At most this many tokens are read (a long voice note of several items is about 60). */
export const MAX_TOKENS = 160;

export type Token = {
  /** Lower-case text of the token. */
  t: string;
  /** True when no space separates it from the token before ("5bks", "15rb", "600ml"). */
  glued: boolean;
  /** Offset in the normalised text. */
  start: number;
  /** Set by the extractors once a token has been read as a date, a name, a price… */
  used: boolean;
  /** Part of a product's name whatever it looks like ("roti tawar", "kacang dua kelinci"). */
  literal?: boolean;
  /** Names a variant of the goods before ("mie sedap soto 3, sing goreng 2"): the rest of their name is theirs. */
  variant?: boolean;
};

// Anything that is not a letter, a digit, whitespace or punctuation we read becomes a space
// (emoji, symbols, control characters).
// Bottled drinks whose size in millilitres is said bare after the brand ("aqua 600"), and those sizes.
const bottled = 'aqua|minerale|cleo|ades|vit|prima|pucuk|sosro|cola|sprite|fanta|pocari|mizone|nestle|club|frestea|fruitea';
const bottleSizes = '200|220|240|250|300|330|350|380|390|400|450|500|600|750|1000|1500';

const noise = /[^\p{L}\p{N}\s@/+:,.;?&%=\-]/gu;
// Stretched letters in chat ("makasihhh", "bangettt") — three or more become one.
const stretched = /(\p{L})\1{2,}/gu;

const verbSlips = new Set(['laku', 'jual', 'beli', 'bayar', 'utang', 'hutang', 'ngutang', 'lunas', 'kulakan', 'kulak', 'ngebon', 'kasbon']);
const slips: Record<string, string> = wordTable({ utng: 'utang', htng: 'hutang', hutng: 'hutang', ngutng: 'ngutang', bayr: 'bayar', byar: 'bayar', lku: 'laku',
  // Jakarta try: "bu ani utg 20rb" and "bnsin 30k" became products sold, "beli mnyk 2 liter" and "eh slh, …" were not
  // understood. ("bli" stays: Bali's "bli wayan" is a man's name, not "beli".)
  utg: 'utang', htg: 'hutang', bnsin: 'bensin', bensn: 'bensin', mnyk: 'minyak', myk: 'minyak', slh: 'salah' });
const slipped = new RegExp(`\\b(?:${Object.keys(slips).join('|')}|\\p{L}+(\\p{L})\\1)\\b`, 'gu');

/** Words written with a full stop that ends no sentence: "pt. indomarco", "cv. maju jaya", "hj. siti", "jl. mawar". */
const abbreviations = new Set('pt cv ud tb jl jln no hj dr drs ir bpk sdr kel kec gg rp'.split(' '));


// City owners' English words, read as the Indonesian the parser knows.
const english: Record<string, string> = wordTable({
  'sold out': 'laku', 'how much': 'berapa', today: 'hari ini', yesterday: 'kemarin',
  'this week': 'minggu ini', 'last week': 'minggu lalu', 'this month': 'bulan ini', 'last month': 'bulan lalu',
  // A city warung's chat (Jakarta try): "paid electricity 150k", "rina owes 20k", "stock of sugar?", "cancel the last one".
  sold: 'laku', sell: 'jual', bought: 'beli', buy: 'beli', paid: 'bayar', pay: 'bayar', owes: 'ngutang', owe: 'ngutang',
  debt: 'utang', electricity: 'listrik', water: 'air', rent: 'sewa', salary: 'gaji', 'stock of': 'stok', 'the last one': 'yang terakhir',
  cancel: 'batal', payment: 'bayar', from: 'dari', 'paid by': 'bayar', 'by': 'pakai', each: 'satunya', btw: ' ', profit: 'untung', whats: ' ', what: ' ', my: ' ', expense: 'pengeluaran', expenses: 'pengeluaran', sugar: 'gula', rice: 'beras', eggs: 'telur', egg: 'telur', 'cooking oil': 'minyak goreng', cigarettes: 'rokok',
});
const englishWords = new RegExp(`\\b(${Object.keys(english).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

/** Lower-case, NFKC, emoji and symbols removed, spaces collapsed. Never throws. */
export function normalizeText(text: string): string {
  if (typeof text !== 'string') return '';
  const cut = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const early = cut
    .normalize('NFKC')
    .toLowerCase()
    // Sundanese written with accents ("ogé mésér"): the letters without them, as most owners type.
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC')
    .replace(/[‘’`´]/g, "'")
    .replace(/'/g, '')
    // "parkir duaribu", "tigaratus", "limapuluh ribu": a number word glued to its multiplier (read as goods "duaribu").
    .replace(/\b(dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas)(ribu|rebu|ratus|juta|puluh|belas)\b/g, '$1 $2')
    // "pagi2", "tadi2", Javanese "isuk2", Sundanese "beurang2": a doubled time word, not a count of 2.
    .replace(/\b(pagi|siang|sore|malam|malem|tadi|td|barusan|kemarin|kmrn|sekarang|skrg|udah|udh|baru|dulu|isuk|esuk|awan|bengi|wengi|enjing|beurang|peuting)2\b/g, '$1')
    // "ibu2", "bapak2", "bocah2": people (plural), not a count of 2.
    .replace(/\b(ibu|ibuk|bapak|bpk|anak|orang|org|emak|mamah|mbak|mas|bocah|budak|tetangga|abang|cewek|cowok)2\b/g, '$1 $1')
    // Betawi "maksudnye", jv "maksude", su "maksadna": "I mean", as the self-correction knows it (Betawi "bayar cepek... eh
    // maksudnye 20 rebu" was an expense of the payer's name).
    .replace(/\b(?:maksudnye|maksude|maksudne|maksudna|maksadna|mksdnya|mksdnye|mksd)\b/g, 'maksudnya')
    // Ambon try: "gula pasir 1 kg deng 3 ons, 17 ribu sekilo" booked 3 ons (Rp5.100): kilos and ons said together are one
    // weight, "1,3 kg".
    .replace(/\b(\d+)\s*(?:kg|kilo)\s+(?:(?:dan|deng|dengan|sama|karo|jeung|tambah|lebih|plus)\s+)?([1-9])\s*ons\b/g, '$1,$2 kg')
    // Riau try: "aqua gelas 2 dus 48 gelas sedus, 38rb sedus": what one pack holds said as "48 gelas sedus" is "isi 48 gelas"
    // (read beside the comma, 1 dus was booked for 2).
    .replace(/\b(\d+\s*(dus|pak|bal|karton|slop|renteng|karung|peti|krat|box)\s+)(\d+\s+\p{L}+)\s+se\2\b/gu, '$1isi $3')
    // Medan "kawan ku beli aqua 2 botol": "my friend", one word (the "ku" left alone read as "I", and the sale a purchase).
    .replace(/\b(kawan|teman|temen|tmn|adik|adek|kakak|abang|tetangga|sodara|saudara|sepupu|ponakan|keponakan)\s+ku\b/g, '$1ku')
    // "beli seruit? bukan, beli terasi 10 bungkus": what was asked of oneself and said "no" to is taken back.
    // "korek seceng? ah bukan, 3 ribu sebiji": only the money asked is taken back when a number follows, the goods stay (the
    // whole was read as a correction of the sale before, Aqua Gelas re-booked at Rp1.000).
    .replace(/^([^?\n;]*?)\s*\S+\?\s*(?:(?:ah|eh|ehh|oh)\s+)?(?:bukan|bkn|ga|gak|nggak|ngga|enggak|ndak|nda|tidak|dudu|sanes|sonde|seng|kada)(?:\s+(?:lah|deh|kok|ding|deng|ah))?\s*[,.]\s*(?=\d)/u, '$1 ')
    .replace(/^[^?\n;]*\?\s*(?:(?:ah|eh|ehh|oh)\s+)?(?:bukan|bkn|ga|gak|nggak|ngga|enggak|ndak|nda|tidak|dudu|sanes|sonde|seng|kada)(?:\s+(?:lah|deh|kok|ding|deng|ah))?\s*[,.]\s*/u, '')
    // "sugeng enjing, stok indomie goreng", "pagi bos, stok rokok": a greeting and a comma before the message are no part of
    // it (the stock asked was answered with a greeting only).
    .replace(/^(?:(?:selamat|slmt|met|sugeng|wilujeng)\s+)?(?:pagi|siang|sore|malam|malem|enjing|siyang|sonten|dalu|enjang)(?:\s+(?:bos|boss|kak|min|mas|mbak|mba|pak|bu|gan|juragan|jur|semua))?\s*[,.!]+\s*(?=\p{L})/u, '')
    // "beli gas 5 tabung, isi ulang @20rb": a refill said after the count is how the tubes were bought, not goods of their
    // own (a Rp20.000 gas expense was booked; the 5 tubes never came in).
    .replace(/(\d+\s*(?:tabung|tbg|galon))\s*,?\s*isi\s+ulang(?=\s*(?:@|\d|rp))/gu, '$1')
    // Bali "om swastyastu. pagi ini laku indomie goreng 5 bks" (the greeting was the customer "Om Swastyastu").
    .replace(/^(?:om\s+)?(?:swastyastu|suastiastu)\s*[,.!]*\s*(?=\p{L})/u, '')
    // "1. beras 25kg 300rb" on its own line: the list number is a separator, not a quantity.
    .replace(/(^|\n)[ \t]*\d{1,2}[.)][ \t]+(?=\p{L})/gu, '$1; ')
    // "…, 6500 satu kotak", su "20rb sa dus": money then "one <unit>" is a price per that unit (Rp6.500 was the total of 5).
    // Money only (not "sampoerna 16 satu bungkus"), the unit closing the clause (not "7rb satu bks kopi": a pack of coffee).
    .replace(/(\d+(?:[.,]\d+)?\s*(?:rb|ribu|rebu|ewu|k)|\d[\d.,]*\d{2})\s+(?:satu|sa|se|hiji|siji)\s+(?=(?:kotak|dus|bungkus|bks|pak|kg|kilo|liter|botol|karung|sak|renteng|renceng|slop|bal|ikat|tabung|galon|lusin|krat|rak|pcs|biji)\s*(?:[,.;!]|$))/gu, '$1 per ')
    // "a.n. pak budi": "atas nama", as on a receipt.
    .replace(/\ba\.n\.?(?=\s)/g, 'atas nama')
    // "di h. ujang", "hj. siti": haji, a title before the name.
    .replace(/\bhj?\.\s?(?=\p{L}{3})/gu, 'haji ')
    // "gas tiga kilo dua tabung" (a voice note): the cylinder's size said in words is its size, not a count of kilos.
    .replace(/\b(gas(?: elpiji| lpg| melon)?) (tiga|lima|dua belas|duabelas) (?:kilo|kg)\b/g, (_, gas: string, n: string) => `${gas} ${n === 'tiga' ? 3 : n === 'lima' ? 5 : 12} kg`)
    // "aqua 600 ml entek", "aqua 600 ml sisa 20 botol": millilitres before "gone" or a count left in another unit are the
    // bottle's size (they set the stock to 600 ml).
    .replace(/\b(\d+) ml(?= (?:entek|habis|abis|kosong)\b| (?:sisa|sesa|tinggal) \d+ \p{L})/gu, '$1ml')
    // "gaji karyawan 2 orang @ 1,2jt": wages of each said with the people counted are their total.
    .replace(/\b(\d{1,2}) (orang|org|karyawan|pegawai)( \p{L}+)? (?:@|masing2|masing-masing|per orang) ?(\d+(?:[.,]\d+)?) ?(rb|ribu|jt|juta|k)\b/gu,
      (_, n: string, who: string, what: string | undefined, v: string, m: string) => `${n} ${who}${what ?? ''} ${Math.round(Number(n) * Number(v.replace(',', '.')) * (/^(jt|juta)$/.test(m) ? 1e6 : 1e3))}`)
    // "aqua 600 ml sedus": a size written apart before one pack of it stays the size.
    .replace(/\b(\d+) (ml|liter|ltr|lt|gram|gr)(?= (?:se|sa)(?:dus|karton|pak|renteng|bal|krat|slop)\b)/g, '$1$2')
    // Sunda tries: "sakilona 14 rebu" ("a kilo of it", a product "sakilona" was offered), "1 dus eusi 6" ("holding": a
    // product "eusi" was bought, 6 × Rp228.000).
    .replace(/\b(s[ae](?:kilo|liter|ons|bungkus|bks|botol|btl|dus|renteng|slop|pak|bal|karung|sak|gelas|biji|butir|rak|kotak|pcs|lusin|kodi))(?:na|nya|ne)\b/g, '$1')
    .replace(/\beusi(?=\s+\d)/g, 'isi').replace(/\beusina\b/g, 'isinya')
    // "parkire mau 3rb ae", "bensine 20rb", "listriknya 100rb": a bill with "its" is the bill (products "parkire" and
    // "bensine" were offered at the money said).
    .replace(/\b(parkir|listrik|bensin|ongkos|ongkir|sewa|gaji|gajih|upah|iuran|sampah|keamanan|pdam|ojek|ojol|token|pulsa|kuota)(?:nya|ne|e|na)\b/g, '$1')
    // "beras 2 karung @25kg 660rb": a measure after "@" beside a pack is what each holds, not a price (Rp16.500.000).
    .replace(/\b(karung|sak|dus|karton|jerigen|jeriken|peti|krat|bal|ball|galon) ?@ ?(\d+(?:[.,]\d+)?) ?(kg|kilo|liter|ltr|lt|l|gram|gr|btl|botol|bks|bungkus|pcs|biji|butir|sachet)\b/g, '$1 isi $2 $3')
    // "aqua 600 2 tunai": a bottled drink's size in millilitres, then the count (a helper's sale booked 600 bottles).
    .replace(new RegExp(String.raw`\b(${bottled}) (${bottleSizes}) (\d{1,2})\b(?! ?(?:rb|ribu|rebu|ewu|k|jt|ml|%|\d|dus|karton|krat|pak|pack|renteng|botol|btl|pcs|biji|gelas|cup|bal|slop|lusin)\b)`, 'g'), '$1 $2ml $3')
    // "laku aqua 600, 3 botol", Medan "aqua 600 sikit, 3 botol": the size, then a comma or a filler before the count (600
    // bottles were sold).
    .replace(new RegExp(String.raw`\b(${bottled}) (${bottleSizes})(?:\s+(?:sikit|sedikit|aja|saja|doang|ya|kak))?\s*,\s*(?=\d)`, 'g'), '$1 $2ml ')
    // Kupang "dia pung doi belum ada", "uangnya belum ada": the buyer's money is not there yet, so the goods are owed (it was
    // a stock question, "ada" asked, and no debt booked).
    .replace(/\b(?:(?:dia|de|dia punya|dia pung|de pung|pung)\s+)?(?:uang|duit|duwit|doi|dhuwit)(?:nya|ne|na)?\s+(?:belum|blm|belom|lom|durung|sonde|seng|tra|tara|can|acan)\s+(?:ada|ono|aya|cukup|nyampe)\b/g, 'belum bayar')
    // "stok aqua 600": the size closing the message, no count after it (the stock was set to 600 bottles).
    .replace(new RegExp(String.raw`\b(${bottled}) (${bottleSizes})(?=\s*[?.!]*$)`, 'g'), '$1 $2ml')
    // "indomie 2 dus, 1 dus 40, harga 115rb sedus\": a bare number after one of the packs counted, with the pack's own
    // price said in rupiah, is what each holds (Medan try: 2 dus booked at Rp40.000 each).
    // jv krama "indomie soto kalih dus": "two" before a unit (it bought 1 dus).
    .replace(/\bkalih(?= (?:dus|bungkus|bks|kilo|kg|liter|botol|btl|renteng|slop|karung|pak|bal|biji|butir|ons|sachet|gelas|tabung|kotak|rak|lusin)\b)/g, '2')
    .replace(/\b(\d+) (dus|karton|bal|pak|slop|renteng|karung|sak|krat|peti) ?[,;]? (?:1|se) \2 (\d{1,3})\b(?! ?(?:rb|ribu|rebu|ewu|k|jt|juta|%))(?=.*\b\d+(?:[.,]\d+)? ?(?:rb|ribu|rebu|ewu|k|jt|juta) ?(?:se\2|(?:per|\/) ?\2)\b)/g, '$1 $2 isi $3')
    // "kopi kapal api 5 renteng, 1 renteng 10 sachet 17rb", "indomie 2 dus, 1 dus 40 bungkus 110rb": what one of the packs
    // holds and then money, closing the message, is that one pack's price (Medan try: Rp17.000 was the whole of 5 renteng).
    .replace(/\b(\d+) (dus|karton|bal|pak|slop|renteng|karung|sak|krat|peti|rak|lusin) ?[,;] ?(?:1|se) \2 (?:isi )?(\d{1,3}) (\p{L}+) (\d+(?:[.,]\d+)? ?(?:rb|ribu|rebu|ewu|k))\s*$/u, '$1 $2 isi $3 $4 $5 se$2')
    // "indomie goreng 2 dus, isi 40 bks sedus", Minang "2 dus, sadus isi 12", "2 renteng, serenteng 12 sachet": what one pack
    // holds, said after the count (a Makassar and a Padang try booked 1 dus: Rp110.000 of Rp220.000).
    .replace(/\b(\d+) (dus|karton|bal|pak|slop|renteng|renceng|karung|krat|peti|rak|lusin) ?[,;]? (?:isi|eusi) (\d{1,3})((?: \p{L}+)?) s[ea]\2\b/gu, '$1 $2 isi $3$4')
    .replace(/\b(\d+) (dus|karton|bal|pak|slop|renteng|renceng|karung|krat|peti|rak|lusin) ?[,;]? s[ea]\2 (?:isi |eusi )?(\d{1,3})(?=(?: (?:bks|bungkus|sachet|saset|pcs|biji|botol|btl|gelas|kaleng|pouch|batang|butir|liter|kg))?\s*(?:[,;]|$))/gu, '$1 $2 isi $3')
    // "barang baru kerupuk jangek 20 bungkus modal 3rb jual 5rb", "new item: teh kotak 24 pcs modal 3500 jual 5000": a new
    // product's opening stock, as "stok awal" says it (a city try: the cost became the selling price and the 20 were sold).
    .replace(/^(?:(?:barang|produk|item|jualan|dagangan) (?:baru|anyar)|new item|new product|(?:tambah|nambah|input) (?:barang|produk|item)(?: baru)?)\s*[:,-]?\s+(?=.*\d)/, 'stok awal ')
    // Makassar "kasih masuk, …" (write it down) opens the entry; it adds no stock.
    .replace(/^(?:kasih|kasi|kase) masuk\s*[,.:]\s*/, '')
    // "laku aqua 2 btl. laku kopi 1. bu sri ngutang gula": a full stop between sentences parts them as ";" does (the
    // tokens keep no "."; "kopi 1 bu sri" read "1 bu" as a count). Not after one letter ("a.n. pak budi") nor after an
    // abbreviation ("pt. indomarco", "cv. maju jaya", "hj. siti").
    .replace(/\b(\p{L}+|\d+)\.\s+(?=\p{L})/gu, (all, w: string) => (w.length < 2 && !/\d/.test(w)) || abbreviations.has(w) ? all : `${w}; `)
    // "si udin (anak pak rt) ngutang rokok": who someone is, in brackets, names no goods or second person.
    .replace(/\((?:anak|istri|suami|adik|adek|kakak|kakaknya|mertua|ponakan|keponakan|cucu|menantu|tetangga|teman|temen|sopir|supir|karyawan|pegawai|yang|yg)\b[^()\d]*\)/g, ' ')
    .replace(noise, ' ')
    // Javanese "dodol" opening a line is "to sell" ("dodol endog sekilo"); the snack keeps its name
    // ("dodol garut", or after another verb: "laku dodol 2 bks").
    .replace(/(^|\n|;\s*)(?:aku |tak |wis |mau |tadi )?dodol (?!garut|betawi|durian|kudus|nanas|\d)/g, '$1adol ')
    // "lap hari ini": chat shorthand for laporan before a period ("lap" alone is a rag: "beli lap 2 biji").
    .replace(/(^|\n|;\s*)lap (?=(?:hari|hr|kemarin|kmrn|kemaren|minggu|mgg|bulan|bln|harian|mingguan|bulanan)\b)/g, '$1laporan ')
    // jv "gulo saiki tak dol 19rb sekilo" (I sell): "tak dol" is selling (a helper's try asked a product "dol", and the
    // price answered another question).
    // "beras premium 1 karung 25 kg 400rb udah kubayar": the owner paid for goods, no sale said, is a purchase (it was sold,
    // the stock going under nought).
    .replace(/\b(?:udah|sudah|wis|uwis|sampun|dah)\s+(?:ku|tak|tek|dak)\s?(?:bayar|bayari|bayarin|bayarke|lunasi|lunasin)\b/g,
      (said, at: number, whole: string) => (/\b(?:laku|lku|payu|jual|terjual|kejual|ngadep|adol|didol|kasbon|ngebon|ngutang|utang|bon)\b/.test(whole) ? said : 'kulakan lunas'))
    // "es batu goceng, buat minum sendiri kagak dijual": not for sale is the shop's own use, no sale (it was sold).
    .replace(/\b(?:ga|gak|kagak|kaga|nggak|ngga|enggak|tidak|tdk|bukan|bkn|ora|ra|teu|henteu|ndak)\s+(?:untuk\s+|buat\s+)?di(?:jual|dol|ical)\b/g, 'buat sendiri')
    .replace(/\b(?:tak|dak|tek|tag)\s+(?:dol|dole|dodol|edol)\b/g, 'jual')
    // Manado "ada orang da bli mie 4 bks" (someone bought): "bli" after "orang" or "da"/"so" (already) is buying, where Bali's
    // "bli wayan" stays a man (a helper's try: not understood).
    .replace(/\b(orang|org)\s+(?:(?:da|so|su|sdh|udah|udh|sudah)\s+)?b(?:e)?li\b/g, '$1 beli')
    // Javanese "sak" before a unit: after a price it is "per" ("26500 sak kilone"); otherwise "one"
    // ("payu gula sak kilo" = sekilo). Before other words it is a sack ("sak karung").
    // "15 ribu satu mangkok", "10 ewu siji porsi": "one" after a price is the same "per".
    // Goods named after "satu <unit>" are another line ("… 7rb, satu bks kopi").
    // "goceng sak bungkus": money said as slang is a price too (an owner try: Rp1.000 a pack, goceng the total).
    .replace(/\b(goceng|ceban|gocap|seceng|ceceng|noceng|goban|cepek|gopek|nopek|noban|cepban|gocan)\s+(?:sak|sa)\s+(?=(?:kilo|kg|liter|biji|bungkus|bks|renteng|butir|ons|pcs|iji|dus|slop|pak|karung|peti|tabung|botol|gelas|bal|porsi|mangkok|mangkuk|piring|ekor|ikat|lusin|papan|rak|cup|saset|sachet)(?:ne|e|na|nya)?\b)/gu, '$1 per ')
    .replace(/(\d+\s*(?:rb|ribu|rebu|ewu|k)?\s+)(sak|sa|satu|siji|hiji) (?=((?:kilo|kg|liter|biji|bungkus|bks|renteng|butir|ons|pcs|iji|siji|dus|slop|pak|karung|peti|tabung|botol|gelas|bal|porsi|mangkok|mangkuk|piring|ekor|ikat|lusin|papan|rak|cup|saset|sachet)(?:ne|e|na|nya)?\b)(\s+(?!(?:aja|saja|ya|yo|kak|wae|bae|tok|tadi)\b)\p{L}{2,})?)/gu,
      (all, before: string, one: string, _unit: string, goods: string | undefined) =>
        // "sampoerna 16 satu bungkus 32rb": "one" after a bare count is the count, not "per"; jv "surya 16 sak bungkus" too
        // (the 16 is the goods' name, pieces.ts).
        (!/(?:rb|ribu|rebu|ewu|k|\d{3})\s*$/.test(before) || (one !== 'sak' && one !== 'sa' && goods) ? all : `${before}per `))
    // "minyak 2 liter siji 40rb" (owner try: 2 liters at Rp40.000 each, Rp80.000): "one" straight after a size is one
    // piece of that size, the money its price.
    .replace(/(\d\s*(?:liter|ltr|lt|ml|gram|gr|kg|kilo))\s+(?:siji|satu|hiji|setunggal|sahiji)(?:\s+(?=\d+(?:[.,]\d+)?\s*(?:rb|ribu|rebu|ewu|k)\b)|(?=\s*(?:[,.;\n]|$)))/gu, '$1 1 ')
    // "empal gentong 5 mangkok, siji 20 ewu": after a count, "one (is)" then a price is the price of each.
    .replace(/(\d\s*\p{L}*\s*,?\s*)(?:siji|satu|hiji|sijine|satunya|sijina)\s+(?=\d+(?:[.,]\d+)?\s*(?:rb|ribu|rebu|ewu|k)\b)/gu, '$1@')
    // "bayar utangnya semua" (Palembang "galo"): the whole debt, as "lunas" says it.
    .replace(/\b(bayar|bayarin|nyaur|mbayar|mayar) (?:utang|hutang|bon|kasbon|utange|utangna)(?:nya|ne|na)? (?:semua|semuanya|kabeh|kabehe|sadayana|sedanten|sekalian)\b(?! \d)/g, '$1 lunas')
    // Kupang "mama ros su bayar semua": a person who has paid "all" closing the message has paid off.
    .replace(/\b(sudah|udah|udh|sdh|su|so) (bayar|nyaur) (?:semua|semuanya|samua|kabeh|sadayana)(?=\s*[.!]*$)/g, '$1 $2 lunas')
    // "ina sari kasih uang utangnya 30 ribu": giving the money of a debt is paying it.
    .replace(/\b(?:kasih|ngasih|kasi|kase|nyerahin|setor) (?:uang|duit|duwit) (?=(?:utang|hutang|bon|kasbon)(?:nya|ne|na)?\b)/g, 'bayar ')
    // "bu rina udh tf 44k": a person who has sent money by transfer has paid.
    // Not money sent by the owner "ke agen".
    .replace(/\b(udh|udah|sdh|sudah|dah|wis|wes|geus|su|so) (tf|transfer|trf|trnsf)(?= (?:rp\.? ?)?\d| lunas\b)/g, '$1 bayar $2')
    // Kupang "beta su kasi mama ina pinjam uang 100 ribu": lending to someone is their borrowing.
    .replace(/\b(?:(?:su|so|sudah|udah|udh|sdh) )?(?:kasi|kasih|kase|ngasih) ((?:\p{L}+ ){1,3}?)(pinjam|pinjem|minjem|minjam)\b/gu, '$1$2')
    // Pontianak "…, kamek catat ye" (I'll note it): the owner saying so names no goods (a product "ye" was offered); Betawi
    // "katenye" is "katanya" (they say).
    .replace(/[,;]?\s*(?:kamek|kame|sy|saya|aku|ak|gw|gue|beta|ane|abdi|kulo|tak) (?:catat|catet|tulis|cetet)(?:\s+(?:ye|ya|yo|yah|dulu|dl))*\s*[.!]*$/, '')
    .replace(/\bkatenye\b/g, 'katanya')
    // "ama dodi ambil gula 1 kilo, catat dulu ya": written down to be paid later.
    .replace(/([,;]\s*|\s)(?:catat|catet|dicatat|dicatet|tulis|ditulis) (?:dulu|dl|aja dulu|dulu aja)(?=(?:\s+(?:ya|yah|kak|dong|aja|yaa))*\s*[.!]*$)/g, '$1bayar nanti')
    // "nanti bayar pas pulang dari kebun": when someone comes home from somewhere names no person or goods.
    .replace(/\b(?:pas |waktu |wkt |kalau |kalo |klo |habis |abis |sepulang )?(?:pulang|balik|mulih|mantuk) (?:dari|dr|ti|saking|seko|soko) \p{L}+/gu, ' ')
    // An elderly owner's formal sentences: "Saya ingin mencatat bahwa pada hari ini telah terjual dua bungkus …",
    // "pembelian barang dagangan berupa gula pasir sebanyak sepuluh kilogram dengan harga …", "meminjam uang tunai sebesar …".
    .replace(/\b(?:saya |kami )?(?:ingin|mau|hendak|bermaksud) (?:mencatat|melaporkan|mencatatkan|menyampaikan)(?: bahwa)?\b/g, ' ')
    .replace(/\bpada hari ini\b/g, 'hari ini').replace(/\btelah\b/g, 'sudah')
    .replace(/\b(?:melakukan )?pembelian(?: barang)?(?: dagangan)?\b/g, 'kulakan').replace(/\bmembeli\b/g, 'beli').replace(/\bmenjual\b/g, 'jual')
    .replace(/\b(?:berupa|sebanyak|sejumlah|sebesar)\b/g, ' ').replace(/\bdengan harga\b/g, 'total')
    .replace(/\b(?:meminjam|pinjam|minjem|pinjem) (?:doi|duit|uang)(?: tunai| cash)?\b/g, 'pinjam uang')
    .replace(/\b(?:mengembalikan|ngembaliin|balikin|kasi kembali|kasih kembali|kase kembali) (?:uang |duit )?(?:pinjaman|pinjamannya|pinjamane|utang|utangnya|hutangnya)\b/g, 'bayar utang')
    .replace(/\bsecara (?:kredit|hutang|utang|bon)\b/g, 'ngutang').replace(/\bsecara (?:tunai|kontan|cash)\b/g, 'tunai')
    // "bayar di tempat": cash on delivery.
    .replace(/\b(?:bayar|dibayar) (?:di tempat|ditempat)\b/g, 'cod')
    // jv krama "kalih" is "two" and "and": before goods that have their own count ("kalih aqua gelas setunggal dus",
    // "gula kalih kilo kalih kopi setunggal renteng") it joins them (a helper's try booked 2 gelas for the dus).
    .replace(/\bkalih (?=(?!(?:kilo|kg|liter|biji|bungkus|bks|renteng|butir|ons|pcs|iji|dus|slop|pak|karung|peti|tabung|botol|gelas|bal|porsi|ekor|ikat|lusin|rak|sachet|saset|bungkus)\b)\p{L}+(?: \p{L}+){0,2} (?:setunggal|satu|siji|sak|kalih|tigang|tiga|telu|sekawan|papat|gangsal|limang|\d+(?![.,]?\d)(?! ?(?:rb|ribu|rebu|ewu|k|jt|juta)\b)|\d+(?:[.,]\d+)? ?(?:kilo|kg|liter|biji|bungkus|bks|renteng|butir|ons|pcs|iji|dus|slop|pak|karung|peti|tabung|botol|gelas|bal|porsi|ekor|ikat|lusin|rak|sachet|saset)\b))/gu, 'sama ')
    // "ambil stok beras 1 karung", Makassar "ambe mi stok": stock fetched for the shop is bought (it was sold); "smua" is "semua".
    .replace(/\b(?:ambil|ambe|ngambil|njupuk|nyokot|nyandak)(?: mi| mo| ma)? (?:stok|stock|setok)\b/g, 'kulakan')
    .replace(/\bsmua\b/g, 'semua')
    // jv "tuku bensin 15rb gae kulakan" (petrol for the trip to buy stock): what it was for is no goods and no purchase (a
    // product "bensin gae" was bought and kept).
    .replace(/\b(?:gae|gawe|kanggo|nggo|buat|untuk|utk|keur|pikeun)\s+(?:kulakan|kulak|belanja|blanja|ke pasar|ning pasar|nang pasar|ka pasar|jalan|ngirim|nganter|antar)\s*$/, '')
    // jv "sak tengah e" (spoken apart): half.
    .replace(/\bsak ?tengah(?: ?e| ?ne)?\b/g, 'setengah')
    .replace(/\bsak (?=(?:kilo|kg|liter|biji|bungkus|bks|renteng|butir|ons|pcs|iji|dus|slop|pak|karung|peti|tabung|botol|gelas|bal)(?:ne|e|na|nya)?\b)/g, '1 ')
    // "kari piro" / "kantun pinten" (Javanese, "how many left"): not the flavour in "Indomie Kari".
    .replace(/\b(?:kari|kantun) (?:piro|pira|pinten|sepiro|sepira)\b/g, 'sisa berapa')
    .replace(stretched, '$1')
    // "lakuu", "bayarr" (a doubled last letter) and "utng", "bayr" (a vowel left out): the cue words as meant.
    .replace(slipped, (w) => slips[w] ?? (verbSlips.has(w.slice(0, -1)) ? w.slice(0, -1) : w));
  return keepSecondNumber(regionalWords(early))
    // "20 rebu hiji" (su), "28 ewu siji" (jv), "20rb satu", "rongewu sijine": "each" after a price that ends its clause.
    // "sarebu lima ratus hiji", "sewu limang atus siji": the hundreds after the thousand belong to the price too.
    // "goceng satu": slang money too (3 bottles were Rp5.000 together).
    .replace(new RegExp(String.raw`(\d\s*(?:rb|ribu|rebu|ewu|k)|\d{4,}|\b\p{L}*(?:ribu|rebu|ewu)|\b(?:${slangThousands}))((?:\s+\p{L}+)?\s+(?:ratus|atus|ngatus|gatus))?\s+(?:hiji|sahiji|sahijina|siji|sijine|sijining|setunggal|setunggalipun|satu)(?=\s*(?:[,.;\n]|$))`, 'gu'), '$1$2 satunya')
    // su "engke mayar na" (pays later, "-na" written apart): the suffix is no goods.
    .replace(/\b(mayar|bayar|dibayar) na\b/g, '$1')
    // "bayar nota kemarin ke agen": a supplier's invoice paid is a debt paid (not a bill named "nota"), and the day
    // said is the invoice's, not the payment's.
    .replace(/\b(bayar|byr|lunasin|lunasi|nglunasi|ngelunasi|nyicil) (?:nota|notanya|faktur)(?: (?:yang |yg )?(?:kemarin|kmrn|kemaren|wingi|kamari|minggu lalu|bulan lalu))?\b/g, '$1 utang')
    // "pulsa listrik 100rb laku, untung 2rb": a voucher sold with its margin said is sold at the denomination plus it
    // (it was a report of profit).
    .replace(voucherMargin, (_, head: string, denom: string, mid: string, margin: string, unit: string | undefined) => {
      const extra = Number(margin) * (unit || Number(margin) < 100 ? 1000 : 1);
      return `${head}${denom}rb${mid} ${Number(denom) * 1000 + extra}`;
    })
    // "grabfood 3 pesanan total 120rb": a count of orders is no count of goods.
    .replace(/\b\d+ (pesanan|pesenan|orderan|order)\b/g, '$1')
    // "setengah kilo sekilonya 18 ribu", "seliternya 12rb": "its kilo" before money is the price of one, as "sekilo";
    // "tiga perempat kilo": three quarters.
    .replace(/\bse(kilo|liter|bungkus|biji|butir|botol|dus|renteng|ons|gelas|porsi)(?:nya|ne|na)(?= (?:rp\.? ?)?\d|\s+(?:se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\w*\s+(?:ribu|rebu|ewu))/g, 'se$1')
    .replace(/\b(?:tiga|3) ?perempat\b/g, '0,75')
    // "gaji mbak rini satu koma lima juta" (a voice note): a decimal said in words is the digits ("1,5 juta").
    .replace(/\b(nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|\d+) koma (satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|\d)\b/g,
      (_, a: string, b: string) => `${numberWords[a] ?? a},${numberWords[b] ?? b}`)
    // "rata2 sehari laku berapa": an average asked (one word, so "rata 2" is no count of goods "rata").
    .replace(/\b(?:rata(?:2|-rata| rata|\^2)|rerata)\b/g, 'ratarata')
    // "sesok" (Surabaya, Malang): tomorrow, as "sesuk".
    .replace(/\bsesok\b/g, 'sesuk')
    // "… 55rb di pasar bersehati": the market's name at the end of a clause is where, not goods.
    .replace(/\b(di|ke|ka|dari|dr|neng|nang|ning|ing) pasar \p{L}+(?=\s*(?:[,.;!]|$))/gu, '$1 pasar')
    // "beli telur 2 rak di pasar terong 110rb" (Makassar's Pasar Terong): after goods counted in the same clause, the
    // word between "pasar" and the money is the market too ("beli di pasar beras 600rb" keeps its rice).
    .replace(/(\d[^,;:\n]*?\b(?:di|ke|ka|dari|dr) pasar) \p{L}+(?=\s+(?:rp\.?\s?)?\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|jt|juta)?\b(?!\s*(?:kg|kilo|ons|gram|gr|liter|ltr|bks|bungkus|rak|butir|biji|pcs|btl|botol|dus|karung|sak|pak|renteng|bal|ikat|ekor)\b))/gu, '$1')
    // "belanja di pajak sambu cabe 2 kg" (Medan's Pajak Sambu): a word that is no goods between "pasar" and goods this
    // table knows is the market's name ("beli di pasar ikan asin" keeps its fish).
    .replace(marketThenGoods, (all, at: string, name: string) => (goodsWords.has(name) ? all : at))
    // "bayar kalo udah laku" (paid once sold, as goods on consignment are), "kalo udah gajian": later, not a sale.
    .replace(/\b(bayar|dibayar|mbayar|mayar)( \p{L}+)? (?:kalo|kalau|klo|kl|nek|lek|lamun|mun|pas) (?:udah |udeh |sudah |dah |wis |geus )?(?:laku|kejual|terjual|payu|laris|abis|habis|gajian)\b/gu, '$1$2 nanti')
    // "gas 2 tabung 46rb, yang satu ditukar tabung kosong": an empty cylinder handed in is how gas is sold, no goods.
    .replace(/,?\s*(?:yang |yg )?(?:satu|\d+) (?:di)?tu[kc]ar(?:in)? (?:sama |dengan |pake )?tabung(?: kosong)?(?=\s*(?:[,.;\n]|$))/g, '')
    // "kira2" (about) is a word, not a count of 2 ("laku indomie kira2 20 bks").
    .replace(/\bkira ?2\b/g, 'kira kira')
    // Bali's greeting "om swastiastu" is no customer named "Om Swastiastu".
    .replace(/\b(?:om )?swastiastu\b/g, 'salam')
    // "tutup dulu ya, rekap hari ini", "udahan dulu, laporan harian": closing the shop (or the day's chat), said before the
    // request, is no goods.
    .replace(/^(?:(?:mau|udah|sudah|dah|wis|wes) )?(?:tutup(?: warung| toko| lapak)?|udahan|segitu|cukup)(?: dulu| dl)?(?: ya| yah| kak| yaa)?\s*[,.!]\s*(?=\S)/, '')
    // "bayar pake dana 25rb": the DANA e-wallet, paid like QRIS, is no goods ("dana" alone is a fund).
    .replace(/\b(pake|pakai|pakek|via|lewat|bayar|dibayar|ku|tf|transfer) (?:dana|link ?aja|spay)\b/g, '$1 qris')
    // Sunda "mayar ku qris" (by QRIS): "ku" is the "pake" before a means of paying, not goods.
    .replace(/\bku (?=(?:qris|transfer|tf|tunai|cash|kontan|gopay|ovo|dana|shopeepay)\b)/g, 'pake ')
    // Chat's "hari ni" is "hari ini".
    .replace(/\b(hari|hr) ni\b/g, '$1 ini')
    .replace(/(\d) ?(?:persen|prsn)\b/g, '$1%')
    // "jual pulsa 20rb … harga 22rb, modal pulsanya 20.500": the cost said beside a sale is no line of it (it was sold twice).
    .replace(/,?\s*\bmodal(?:nya|ne|na)?(?: \p{L}+)? (?:rp\.? ?)?\d[\d.,]*\s*(?:rb|ribu|rebu|k)?\b/gu, (m, offset: number, all: string) => (/\b(?:jual|laku|payu|terjual|kejual)\b/.test(all.slice(0, offset)) ? '' : m))
    // "belum kubayar", "durung takbayar": the paying verb with its pronoun glued on.
    .replace(/\b(?:ku|tak|dak)(bayar|lunasin|lunasi)\b/g, '$1')
    // Manado "babayar" (paid), "babeli" (bought): the verb's prefix.
    .replace(/\bba(bayar|beli)\b/g, '$1')
    // "16rb5", "26k5": the hundreds glued after the thousands (Rp16.500; "16rb5" was 5 kg at Rp16.000).
    .replace(/\b(\d{1,4})(?:rb|k)([1-9])\b/g, (_, k: string, h: string) => String(Number(k) * 1000 + Number(h) * 100))
    // "orderan grab: 5 aqua 20rb", "shopeefood masuk: pop mie …": a delivery app's order came in (a transport expense, a
    // purchase of stock "masuk").
    .replace(/\b(?:go ?fud|go food)\b/g, 'gofood').replace(/\b(grab|shopee) (?:food|fud)\b/g, '$1food')
    .replace(/\b(?:orderan|order|pesanan|pesenan) (grab|gojek|shopee)\b(?! ?food)/g, 'orderan $1food')
    // "fee aplikasi 2.400", "biaya aplikasi 2rb": the app's cut.
    .replace(/\b(?:fee|biaya|komisi|potongan) (?:aplikasi|app|apk)(?= \d)/g, 'potongan')
    .replace(/\b(gofood|grabfood|shopeefood) masuk\b/g, 'orderan $1')
    // "…, dibayar lewat grab 30rb" (a try: a product "grab"): the app pays into the warung's account.
    .replace(/\b((?:di)?bayar(?:nya)?) (?:lewat|via|pake|pakai|dari|sama|ama|sm) (?:grab|gojek|shopee|gofood|grabfood|shopeefood|aplikasi|app)\b/g, '$1 transfer')
    // "pace yan datang beli surya": a person coming to buy, not goods that came (it was a purchase, stock up).
    .replace(/\b(?:datang|dateng|teka|mampir|kesini|kemari) (?=(?:beli|tuku|meuli|meli|mbeli|belanja|ngutang|ngebon|ambil|ngambil|nyokot)\b)/g, '')
    // Betawi "belon" is "belum"; Makassar "belum pi dibayar" puts a particle between (both were paid in full).
    .replace(/\bbelon\b/g, 'belum')
    .replace(/\b(belum|blm|belom) (?:pi|mi|ji) (?=(?:di)?bayar)/g, '$1 ')
    // "dipotong gojek 20%", "grab motong 20%", "potong gojek 6rb": a delivery app's cut, said with its name (it became
    // goods "gojek"); "kepotong 25%", "terpotong 5rb" say the same without it (it became goods "kepotong").
    .replace(/\b(?:(?:diskon|potongan|dipotong|potong|motong|kepotong|terpotong|komisi)(?:nya)? (?:gojek|grab|shopee|aplikasi|app)|(?:gojek|grab|shopee) (?:motong|potong|dipotong|ambil|komisi)|kepotong(?:an)?|terpotong|kepotongan)(?= \d+(?:[.,]\d)?(?:%|rb|k|ribu|rebu)?\b| \d+(?:[.,]\d)?%)/g, 'potongan')
    // "gas 1 tabung 22rb, tabungnya tuker": the empty cylinder swapped is how gas is sold, no goods of its own.
    .replace(/[,;]?\s*\b(?:(?:tabung|tabungnya|tabunge|tabungna)(?: kosong(?:nya)?)? (?:tuker|tukar|dituker|ditukar|tukeran|tukaran)|(?:tuker|tukar) tabung(?:nya)?)\b/g, '')
    // "nanti ditagih ke kas rw" (billed later, to whom): goods taken now on credit, said as "nanti bayar".
    .replace(/\b(nanti|ntar|besok|bsk|mengko|engke|akhir bulan) ditagih(?:in|kan|ke|na)?(?: (?:ke|ka|sama|ama|nang) [^,.;\n]*)?/g, '$1 bayar')
    // City owners' English (Jakarta try): "sold out roti 8 pcs", "how much profit today?".
    .replace(englishWords, (w) => english[w] ?? w)
    // Javanese numbers typed as one word: "rongewu" (2.000), "limangatus" (500), "telungpuluh" (30).
    .replace(/\b(rong|telung|patang|limang|nem|pitung|wolung|sangang)(ewu|atus|puluh)\b/g, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim();
}

const tokenRe = /\d+(?:[.,]\d+)*|\p{L}+|[@/+:,;?&%=\-]/gu;

/** Splits normalised text into words, numbers and punctuation; digits and letters split apart ("5bks"). */
export function tokenize(norm: string): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  for (const m of norm.matchAll(tokenRe)) {
    if (out.length >= MAX_TOKENS) break;
    const start = m.index ?? 0;
    const t = m[0];
    out.push({ t, start, glued: start === prevEnd, used: false });
    prevEnd = start + t.length;
  }
  return out;
}

export const isDigits = (t: string): boolean => t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57;
