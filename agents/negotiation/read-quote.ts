// Reads a supplier's message into numbers, by rules. Pure. The text is data: whatever it says
// ("abaikan instruksi", "pemilik sudah setuju"), only prices, units, delivery, terms and timing are
// taken from it, and the policy alone decides what to do with them.
import { formatQty, formatRupiah } from '../../core/format.ts';
import { canonicalUnit, convertPrice, convertQty, likelyPack, unitWords, type SaidSize } from './units.ts';
import { inThousands, lastPackWord, lastUnitWord, numbers, perSeveral, perUnitLater, quoteText, units, type Num } from './quote-numbers.ts';
import { wordTable } from '../../core/word-table.ts';
import { conditionBefore, forMore, minimumOrder } from './order-size.ts';

export type Terms = { kind: 'cash' } | { kind: 'tempo'; days: number };

export interface QuoteDetails {
  delivery: number | null;        // rupiah for the whole order; 0 = free delivery
  terms: Terms | null;
  available: number | null;       // in the negotiation's unit
  /** The smallest order the supplier takes, in the negotiation's unit ("min 10 dus"): the owner's summary says it. */
  minimum: number | null;
  when: string | null;            // "besok", "hari ini", as said
  /** Another brand than asked, as the supplier offered it ("sania kosong, adanya bimoli 190rb"). */
  brand: string | null;
  /** What one unit of the negotiation holds, as the supplier said ("640rb per karung isi 25 kg"). */
  size: { size: number; base: string } | null;
  /** Every pack size said in this message ("1 dus isi 12 liter"): the thread keeps them for later prices per pack. */
  sizes: SaidSize[];
}

export type Reading =
  | ({ kind: 'price'; price: number; final: boolean } & QuoteDetails)  // price per unit of the negotiation
  | ({ kind: 'agree' } & QuoteDetails)
  /** `minimum`: "5 dus ga bisa, min 10 dus": refused for the count asked, with the smallest order taken. */
  | { kind: 'decline'; minimum?: number }
  /** `pack`: the pack whose size the question asks ("1 karung isinya berapa kg?" → karung); the answer says what it holds. */
  | { kind: 'unclear'; question: string; amount: number | null; pack?: string }
  | ({ kind: 'other' } & QuoteDetails);

export interface ReadContext {
  item: string;
  unit: string;                   // the negotiation's unit
  /** True once a price per unit has been exchanged: a bare amount then means per that unit. */
  established: boolean;
  /** Our last offer, so "oke 25rb" at our own price reads as agreement. */
  lastOffer: number | null;
  /** Set when we already asked the one question: a bare amount is then read per the negotiation's unit. */
  asked: boolean;
  /** The owner's ceiling per unit: a lot price that works out at a fraction of it is read per unit, or asked. */
  reference?: number | null;
  /** Pack sizes the supplier said earlier in the thread: "1 dus 212rb" after "1 dus isi 12 liter 215rb". */
  known?: SaidSize[];
  /** How much is asked for, in the negotiation's unit: a price for more than that ("kalo ambil 200kg") is not ours. */
  qty?: number;
}

// Units of one piece: a price per piece against a pack asks what the pack holds ("1 dus isinya berapa pcs?"), not
// the other way round (a helper's supplier was asked "1 pcs isinya berapa dus?").
const pieceUnits = new Set(['pcs', 'bungkus', 'botol', 'sachet', 'kaleng', 'pouch', 'gram', 'ons', 'kg', 'liter']);
/**
 * "ya 25 kg lah bu, 13.500 harga pas" haggled per karung against Rp330.000: far under the limit a pack and about it for what
 * the pack holds, the price is per the content's unit (a helper's haggle agreed, ordered and booked Rp13.500 for the karung).
 */
const perContent = (amount: number, size: number, limit: number | null) => limit != null && amount < limit / 4 && amount * size >= limit / 2 && amount * size <= limit * 2;

function packQuestion(amount: number, said: string, asked: string): Reading {
  const [pack, piece] = pieceUnits.has(said) && !pieceUnits.has(asked) ? [asked, said] : [said, asked];
  return { kind: 'unclear', amount, question: `1 ${pack} isinya berapa ${piece}, Pak?`, pack };
}

const before = (text: string, at: number, n = 22) => text.slice(Math.max(0, at - n), at);

const countWords: Record<string, number> = wordTable({ se: 1, satu: 1, dua: 2, tiga: 3, empat: 4 });

/** Payment terms said: "tempo 7 hari", "tempo seminggu", "bayarnya belakangan 2 minggu", or cash. */
export function readTerms(t: string): Terms | null {
  const tempo = /\b(tempo|bayar(?:nya)?(?: belakangan)?|jatuh tempo)\s*(\d+|se|satu|dua|tiga|empat)\s*(hari|minggu|pekan|bulan)/.exec(t);
  if (tempo) {
    const n = countWords[tempo[2]!] ?? Number(tempo[2]);
    return { kind: 'tempo', days: n * (tempo[3] === 'minggu' || tempo[3] === 'pekan' ? 7 : tempo[3] === 'bulan' ? 30 : 1) };
  }
  if (/\b(tunai|cash|cod|kontan|lunas|bayar di tempat)\b/.test(t)) return { kind: 'cash' };
  return null;
}

function readWhen(t: string): string | null {
  // jv "sesuk", "mengko sore", "dino iki"; su "isukan", "poe ieu": kept as said, the owner reads them.
  const m = /\b(hari ini|nanti sore|sore ini|besok pagi|besok sore|besok|lusa|minggu depan|\d+ hari lagi|sesuk (?:isuk|esuk|sore)|sesuk|mengko sore|dino iki|isukan|poe ieu|benjing)\b/.exec(t);
  return m ? m[1]! : null;
}

// "sania kosong, adanya bimoli", "yang ada merk sunco", "adanya minyak curah": the brand on offer, the first word
// after the phrase that is not the asked goods' own.
// su "adana", jv "onone/sing ono" (what there is) too.
const brandRe = /\b(?:adanya|adana|adane|onone|sing ono|yang ada|yg ada|nu aya|gantinya|diganti|merk|merek|merknya|mereknya)\s+(?:(?:merk|merek)\s+)?([a-z][a-z -]*)/;
// "adanya mie sedaap", "adanya gudang garam filter": a kind's word, or a brand's first word, goes with the next (the brand was
// "mie" and Mie Sedaap went into Indomie's stock; "gudang").
const brandLeads = new Set(['mie', 'rokok', 'kopi', 'minyak', 'beras', 'gula', 'teh', 'susu', 'sabun', 'air', 'roti', 'gudang', 'kapal', 'sari', 'pop', 'tolak', 'sun', 'so', 'dua']);
const notBrand = new Set(('cuma cuman hanya stok ready sisa harga yang barang tinggal kosong lagi lain sama juga tapi kalau kalo '
  + 'besok lusa nanti sore pagi siang malam hari minggu ini itu segini segitu '
  // "mau merk apa bu?": a question about the brand names none (a brand "Apa" kept the rice out of stock).
  + 'apa apaan mana yg gimana aja saja').split(' '));

export function readBrand(t: string, item: string): string | null {
  const own = new Set(item.toLowerCase().split(/\s+/));
  const words = brandRe.exec(t)?.[1]?.split(' ') ?? [];
  const at = words.findIndex((x) => x && !own.has(x));
  const w = words[at];
  // "adanya le minerale": a short first word goes with the next ("le" was no brand, and Le Minerale went into Aqua's stock).
  const next = words[at + 1];
  if (w && (w.length < 3 || brandLeads.has(w)) && next && next.length >= 3 && !notBrand.has(next) && !unitWords.includes(next) && !/\d/.test(next)) return `${w} ${next}`;
  if (!w || w.length < 3 || notBrand.has(w) || unitWords.includes(w)) return null;
  return w;
}

// "ongkir tetep 15rb", "ongkirnya cuma 10rb": a word between the fee and its money (the fee was read as the price).
// "ongkir bisa 10rb deh" too (the fee was agreed as the gas's price, and ordered at it).
// "ongkir ke sana 17rb" too (haggling try: it was the sugar's price a kilo).
// "…, kirim 25rb": a bare "send" with money is the fee too (it was read as the price, above the supplier's own, and the
// fee lost); "dikirim 16rb" (the price delivered) is not.
const deliveryRe = /(ongkir|ongkos(?: kirim| antar)?|biaya (?:kirim|antar)|(?<![a-z])(?:kirim|antar|anter))(nya|na|ne|e)?\s*[:=+]?\s*(?:ke ?(?:sana|situ|sini|warung|toko|lokasi|alamat)\s+)?(?:(?:tetep|tetap|cuma|cuman|hanya|jadi|jd|jdi|naik|kena|tambah|plus|sekitar|sktr|bisa|iso|isa|tiasa|dadi|paling|aja|wae)\s+){0,2}$/;
// "modal e wae 26", "HET nya aja udah 19rb": what the goods cost the supplier, or the official ceiling, is no offer (a helper's
// order went out at the supplier's own cost, Rp1.000 a kilo under the price he asked).
const costRe = /\b(?:modal|het|hpp|harga pokok|harga eceran tertinggi)(?:\s*(?:nya|e|ne|na))?(?:\s+(?:wae|aja|saja|wis|udah|sudah|dah|wes|cuma|mung|sendiri|dewe|aku|saya|kula|sih|kan|lho))*\s*(?:rp\.?\s*)?$/;
// "16rb ga dapet": a price turned down, not offered.
// "375rb ga bisa kurang" is a last price, not a refusal of it (a helper's supplier was listed as "tidak bisa").
const refusedAfter = /^\s*(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|ndak|ora|teu)\s*(?:dapet|dapat|bisa|masuk|nutut|cukup|nyandak|iso)\b(?!\s*(?:kurang|turun|nego|ditawar|dikurangi|lebih murah))/;
// "minyak ga bisa 185 bu, rugi saya": our price turned down, said before it (a helper's supplier was recorded as agreeing
// to Rp185.000 and the order went out at it).
// jv "mboten saged", "tak sanggup", "nda bisa", "ga kuat" too (helpers' suppliers: recorded as agreeing, and ordered), and with the
// owner addressed between ("ga bisa kak 45, rugi": the order went to a supplier who had refused).
const refusedBefore = /(?:^|[^\p{L}])(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|ndak|nda|ora|ra|teu|henteu|moal|belum|blm|mboten|tak|kagak|kaga)\s*(?:bisa|bs|dapet|dapat|masuk|iso|isa|tiasa|saged|sanggup|kuat|boleh|kasih|oleh|entuk|nutut|cukup)\s*(?:(?:kak|ka|pak|pa|bos|boss|bu|mas|mbak|mba|om|koh|ko|bang|gan|juragan|mang|teh|kang|cak|ya|yah)\s*)?(?:(?:di|ke|kalo|kalau|klo|yen|nek)\s*)?(?:harga\s*)?(?:rp\.?\s*)?$/u;
// "mau dikirim kapan pak?", "gimana bos jadi ga?": a question is never a yes.
export const questionRe = /\?|\b(kapan|gimana|bagaimana|berapa|brp|apakah|mana|jadi (?:ga|gak|nggak|tidak|ndak|enggak))\b/;
// "tukar tabung kosong": an empty container to swap, not goods run out.
const emptyContainer = /\b(tabung|galon|botol|krat|peti) kosong\b/g;
// jv "ora iso", "ra iso", "mboten saged", "entek", "telas"; su "teu tiasa", "moal bisa", "seep": the same.
// "gula ga jualan", jv "rokok ra dodolan", "ndak nyetok": goods the supplier does not sell (the haggle waited on an answer).
// "kita ga pegang indomie" (we do not carry it): the price was asked again (haggling try).
const declineRe = /\b(tidak|gak|ga|nggak|enggak|ndak|nda|mboten|gk|ora|ra|teu|henteu|moal|tak|kagak|kaga|belum|blm)\s*(bisa|iso|isa|saged|tiasa|ada|ono|aya|sanggup|kuat|jual|jualan|dodol|dodolan|sade|ngical|nyetok|stok|sedia|nyedia|nyediain|masuk|entuk|oleh|pegang|megang|nyekel|ngecer)\b|\b(habis|kosong|stok abis|sold out|entek|telas|seep|kehabisan)\b/;
// "26.800 deh, ga bisa lagi", su "16.800 pangmirahna", jv "wis mentok", "ora iso kurang": the last price too (a haggling try
// countered both again).
const finalRe = /\b(pas|mentok|terakhir|final|harga mati|nett?|paling murah|udah murah|sudah murah|(?:gak|ga|nggak|ngga|tidak|tdk|ndak|ora|teu) (?:bisa|bs|iso|isa|tiasa) (?:kurang|turun|lagi|kurang lagi|turun lagi)|pangmirahna|pang mirahna|sampun pas|wis pas|wes pas|udah pol|sudah pol|pol)\b/;
const checkingRe = /\b(?:cek|cekin|dicek|tanya|tanyain|ditanya|takon|taken|kabari|kabarin|dikabari|dikabarin)\s*(?:dulu|dl|disik|sik|sek|heula|nanti|ntar)\b|\b(?:nanti|ntar|mengko)\s+(?:saya|sy|aku|tak)?\s*(?:kabari|kabarin|infokan|info)\b/;
const agreeRe = /\b(ok|oke|okey|okay|siap|boleh|deal|setuju|sip|bisa|jadi|iya|ya|mangga|nggih|monggo|gas)\b/;

/**
 * "aqua yg 600 sedus 45 mas, yg 1500 lagi kosong" asked for "aqua 1500 ml": the size asked is out of stock, whatever other
 * size is priced (a haggling try agreed the 600 ml dus's Rp45.000 and ordered 1500 ml bottles at it).
 */
function askedSizeGone(t: string, item: string): boolean {
  const size = /\b(\d+(?:[.,]\d+)?)\s*(ml|liter|ltr|l|kg|gram|gr)?\b/.exec(item.toLowerCase());
  if (!size) return false;
  const n = size[1]!.replace(/[.,]/g, '');
  return new RegExp(String.raw`\b${n}\s*(?:ml|liter|ltr|l|kg|gram|gr)?\b(?:\s+\p{L}+){0,3}?\s+(?:kosong|habis|abis|gak ada|ga ada|nggak ada|tidak ada|ndak ada|ora ono|teu aya)\b`, 'u').test(t.replace(/(\d)[.,](\d{3})\b/g, '$1$2'));
}

/** Units of one piece each: a "pcs" of them is one of them. */
const singleUnits = new Set(['botol', 'bungkus', 'kaleng', 'sachet', 'pouch', 'galon', 'tabung']);

export function readQuote(raw: string, ctx: ReadContext): Reading {
  // "hah? 23rb sepeti? ga mungkin mas, … paling 380rb lah": our offer asked back in disbelief is no price of theirs (it was
  // recorded as agreed at Rp23.000 a peti, and ordered); asked back only when a price of their own is said beside it.
  const unasked = raw.replace(/[^?.!,\n]*\d[^?.!,\n]*\?/g, ' ');
  if (/\d/.test(unasked)) raw = unasked;
  const t = perSeveral(quoteText(raw), ctx.unit);
  const nums = numbers(t);
  const said: SaidSize[] = [...(ctx.known ?? [])];
  const details: QuoteDetails = { delivery: null, terms: readTerms(t), available: null, minimum: null, when: readWhen(t), size: null, brand: readBrand(t, ctx.item), sizes: [] };
  if (/gratis ongkir|free ongkir|ongkir gratis|free delivery|antar gratis/.test(t)) details.delivery = 0;
  if (askedSizeGone(t, ctx.item)) return { kind: 'decline' };

  const prices: Num[] = [];
  let lot: Num | null = null;
  let bare: Num | null = null;
  for (const n of nums) {
    const pre = before(t, n.at);
    // "1 dus 220rb isi 12": a count after "isi" is what the pack holds, in the negotiation's unit when none is said
    // (it was read as Rp12.000, then agreed).
    // A count there is never a price: "teh gelas 22rb per dus isi 24" was read as Rp24.000/dus and ordered at it. With no
    // unit of its own, a unit priced later says what the pieces are ("1 dus isi 40, per bungkus 2.850").
    if (!n.money && /\bisi\s*$/.test(pre)) {
      const pack = lastUnitWord(pre);
      // "bimoli 14rb/pcs, 1 dus isi 12": the unit priced before counts as well (it was asked "1 pcs isinya berapa dus?").
      const pricedIn = [...t.slice(n.end).matchAll(perUnitLater), ...t.slice(0, n.at).matchAll(perUnitLater)].map((m) => canonicalUnit(m[1])).find((u) => u && u !== pack);
      // "sania 1 liter dus isi 6, sedus 95": a count of the haggle's own pack with no unit holds the goods' pieces (the usual
      // dus of 12 was stocked on arrival).
      const base = n.unit ?? (pack === ctx.unit ? pricedIn ?? 'pcs' : ctx.unit);
      if (pack && base && pack !== base) {
        said.unshift({ pack, size: n.value, base });
        details.sizes.push({ pack, size: n.value, base });
      }
      continue;
    }
    // "per bungkus 2.850", "/kg 26rb": the unit said before its price; "per renteng jadinya 12.900an", "serak 58rb" (one
    // rak) too (haggling try: Rp500 a renteng was agreed; the kilo's Rp26.000 was taken as the rak's).
    // "per renceng kang, 10.500": the supplier's address and a comma may stand between (Rp10.500 was agreed per kg of onions).
    const unitBefore = !n.unit ? new RegExp(String.raw`(?:(?:\bper|\/)\s*(${units})\s*(?:(?:kang|pak|bu|mas|mbak|mba|kak|bos|boss|gan|om|teh|bang|koh|ko|juragan)\b\s*)?[,:=]?\s*(?:(?:jadi|jadinya|jadine|harganya|cuma)\s+)?|\bs[ea](${units})\s+)(?:rp\.?\s*)?$`).exec(pre) : null;
    if (unitBefore) Object.assign(n, { unit: canonicalUnit(unitBefore[1] ?? unitBefore[2]!), per: true });
    // "780 pas" after "sekarung 50kg 790rb", haggled per kg: a bare number, in thousands, of the pack's price is that pack's
    // (a haggling try read it as a refusal, and the order went out at the dearer Rp790.000).
    const pack = !n.money && !n.unit && n.value >= 100 && n.value < 1000 && ctx.reference ? said.find((s) => s.base === ctx.unit && s.pack !== ctx.unit) : undefined;
    const perPack = pack ? (n.value * 1000) / pack.size : 0;
    if (pack && !inThousands(n, ctx.reference!, ctx.unit) && perPack >= ctx.reference! / 3 && perPack <= ctx.reference! * 3) {
      Object.assign(n, { value: n.value * 1000, money: true, unit: pack.pack, per: true });
    }
    if (inThousands(n, ctx.reference ?? null, ctx.unit)) Object.assign(n, { value: n.value * 1000, money: true });
    // "2 karung @645": "@" prices each one of the count before it, not the lot (it was Rp322.500 a karung, ordered at it).
    // "1 dus isi 6 botol @31rb": each of what the pack holds, named right before it (Rp31.000 a dus was agreed, Rp186.000
    // billed).
    const at = n.money && !n.unit ? /(\p{L}*)\s*@\s*(?:rp\.?\s*)?$/u.exec(pre) : null;
    const held = details.sizes[0];
    if (at && held && held.pack === ctx.unit && canonicalUnit(at[1]!) === held.base) Object.assign(n, { unit: held.base, per: true });
    else if (at && lot?.unit) Object.assign(n, { unit: lot.unit, per: true });
    // "tp 26rb ya bukan 25.300": the price said to be wrong is not theirs (the bot's Rp25.300 was recorded as agreed).
    if (/\b(?:bukan|bkn|dudu|sanes)\s*(?:rp\.?\s*)?$/.test(pre)) continue;
    if (n.money && deliveryRe.test(pre)) {
      // "ongkos kirim 15rb per karung": for each of the count asked (one fee was added to the lot, Rp15.000 short).
      // "ongkir 15rb sekarung 25 kg": "se-" with what the pack holds after it sizes the pack; the fee is for the lot.
      const sized = /s[ea]\p{L}+$/u.test(t.slice(n.at, n.end)) && /^\s*(?:isi\s*)?\d+(?:[.,]\d+)?\s*(?:kg|kilo|liter|ltr|gram|gr|butir|biji|bks|pcs)\b/.test(t.slice(n.end));
      // "ongkir 10rb per karung" of rice haggled per kilo, the sack's size said: for each sack the kilos fill.
      const packSize = n.per && n.unit !== ctx.unit ? [...details.sizes, ...(ctx.known ?? [])].find((s) => s.pack === n.unit && s.base === ctx.unit)?.size : undefined;
      const each = !n.per || sized || !ctx.qty ? 1 : n.unit === ctx.unit ? ctx.qty : packSize ? Math.ceil(ctx.qty / packSize) : 1;
      details.delivery = n.value * each;
      continue;
    }
    if (costRe.test(pre)) continue;
    if (n.money && refusedAfter.test(t.slice(n.end))) continue;
    // "gak bisa kak 27rb udah mentok" against our Rp25.000: their own price, above ours (it closed the haggle as refused).
    if (refusedBefore.test(pre) && !(n.money && ctx.lastOffer != null && n.value > ctx.lastOffer)) continue;
    // "kalo ambil 200kg 12.500", "12.500 itu minimal 200kg": a price for a bigger order than ours is no offer to us (a
    // helper's order went out at it for 100 kg); the count of that condition is no lot either.
    if (!n.money && conditionBefore.test(before(t, n.at, 16))) continue;
    if (n.money && forMore(t, n.at, n.end, ctx)) continue;
    if (/(tempo|hari|minggu)\s*$/.test(pre) || /^\s*(hari|minggu|bulan)/.test(t.slice(n.end))) continue;
    if (!n.money) {
      if (!n.unit) {
        if (n.value >= 100) bare = n;
        continue;
      }
      // "sekarung 25 kg": one sack holds 25 kg.
      // "2 karung (@25kg) 640rb": in brackets too (the 25 kg were the lot, and 640rb a price per 25 kg).
      // Not the unit of a price before it: "30rb/kg 1 rak" is no kilo holding a rak (haggling try: Rp30.000 a kilo became a
      // rak's, under the owner's Rp55.000 a rak limit, and was ordered).
      const packBefore = /(?:\/|\bper)\s*\p{L}+\s*$/u.test(pre) ? null : new RegExp(String.raw`\b(?:se|sa)?(${units})\s*\(?\s*(isi|@)?\s*$`).exec(pre);
      // "1 rak 30 butir kurleb 2 kilo": about that much, said of the pack just sized, is its size in that unit too.
      const about = /\b(?:kurleb|kurang lebih|krg lbh|sekitar|kira kira|kira2|kisaran)\s*$/.test(pre) ? said[0]?.pack : undefined;
      if (about && about !== n.unit) {
        said.unshift({ pack: about, size: n.value, base: n.unit });
        details.sizes.push({ pack: about, size: n.value, base: n.unit });
        continue;
      }
      if (packBefore || /\bisi\s*$/.test(pre)) {
        const pack = canonicalUnit(packBefore?.[1] ?? null) ?? lastPackWord(pre);
        if (pack && pack !== n.unit) {
          said.unshift({ pack, size: n.value, base: n.unit }); // before the remembered ones: said now, it counts
          details.sizes.push({ pack, size: n.value, base: n.unit });
        }
        continue;
      }
      // "stok tinggal 1 karung", jv "kari 5 kg": what is left (the order went out for 2 karung, and 2 were booked).
      if (/(ready|stok|stock|ada|adanya|sedia|tersedia|cuma|hanya|max|maks|sisa|tinggal|tersisa|kari|kantun)\s*$/.test(pre)) {
        details.available = convertQty(ctx.item, n.value, n.unit, ctx.unit, said) ?? null;
        continue;
      }
      lot = n;
      continue;
    }
    prices.push(n);
  }
  const own = said.find((s) => s.pack === ctx.unit);
  if (own) details.size = { size: own.size, base: own.base };
  details.minimum = minimumOrder(t, ctx, said);
  // "serak 58rb, kalo per kilo 26rb" haggled per rak: the price in the haggle's own unit, wherever it was said.
  // "sekarung 25kg 395rb. kalo mau beras pandan wangi … 82rb per sak", su "… 62rb. upami le minerale mah 54rb": what follows
  // "if you want" is another offer; the price before it is this one's (the other's Rp82.000 a karung was ordered).
  const other = /\b(?:kalo|kalau|klo|kl|upami|nek|lamun|mun)\s+(?:mau|butuh|hoyong|pengen|pingin)\b|\bupami\b|\bada juga\b/.exec(t)?.index ?? -1;
  const ours = prices.filter((p) => p.unit === ctx.unit || p.unit == null);
  const firstOffer = other >= 0 ? ours.filter((p) => p.at < other) : [];
  const last = firstOffer.at(-1) ?? prices.filter((p) => p.unit === ctx.unit).at(-1) ?? prices[prices.length - 1];
  if (!last) {
    if (declineRe.test(t.replace(emptyContainer, ''))) return details.minimum != null ? { kind: 'decline', minimum: details.minimum } : { kind: 'decline' };
    // "790 terakhir ya", "ok deal 400": a number of its own is never a yes to our offer (helpers' suppliers were
    // recorded as agreeing to the bot's lower price, and the order went out at it).
    if (bare) return ctx.asked ? { kind: 'other', ...details } : { kind: 'unclear', amount: null, question: `Maksudnya ${formatQty(bare.value)} itu harga berapa per ${ctx.unit}, Pak?` };
    // "besok pagi bisa": when it can come, not a yes to the price.
    // "harganya sy cek dulu ya": the price is still to come, not a yes (haggling try: recorded as agreeing).
    // "ongkir 15rb ya pak" after our counter: a fee told with "ya" is no yes to our price (a helper's order went out at a price
    // the supplier never agreed to).
    const yes = t.replace(/\b(?:hari ini|nanti sore|sore ini|besok pagi|besok sore|besok|lusa)\s+(?:bisa|jadi)\b/g, '');
    const feeOnly = details.delivery != null && !/\b(ok|oke|okey|okay|siap|boleh|deal|setuju|sip|mangga|monggo)\b/.test(yes);
    if (!questionRe.test(t) && !checkingRe.test(t) && !feeOnly && agreeRe.test(yes)) return { kind: 'agree', ...details };
    return { kind: 'other', ...details };
  }

  // "siap pak 3 karung ya. oh iya harga naik jadi 12.800": a count said, then a new sentence about the price, is no lot of
  // that price (Rp171 a kilo was read, and the raise after the order was only forwarded).
  if (lot && lot.at < last.at && /[.!?\n]\s[^]*\b(?:harga|hrg|harganya)\b/.test(t.slice(lot.end, last.at))) lot = null;
  let unit = last.unit;
  const amount = last.value;
  // Not the pack of a condition ("320 mentok kalo ambil sebal": Rp320.000 a slop if a bal is taken; it was read per bal, and
  // Rp32.000 a slop agreed and ordered).
  // Nor a pack sized after it ("gula 17rb net, sekarung 50 kg": what a sack holds, not the price's unit; a helper's order
  // went out at Rp340/kg, booked Rp37.000 for 50 kg).
  if (!unit) unit = [...t.matchAll(perUnitLater)].map((m) => ({ at: m.index, end: m.index + m[0].length, u: canonicalUnit(m[1]) }))
    .find((m) => m.at > last.at && !conditionBefore.test(t.slice(Math.max(0, m.at - 24), m.at))
      && !(t.slice(m.at, m.at + 2) === 'se' && /^\s*(?:isi\s*)?\d/.test(t.slice(m.end)))
      // Nor the delivery fee's ("ongkir 10rb per karung").
      && !/(?:ongkir|ongkos|kirim|antar)[^,.]*$/.test(t.slice(Math.max(0, m.at - 24), m.at)))?.u ?? null;
  // "sania 2 liter 32.500 per pc" haggled per botol: one piece is one bottle (the supplier was asked what a liter holds).
  if (unit === 'pcs' && singleUnits.has(ctx.unit)) unit = ctx.unit;
  // "peti isi 15 kg 390rb"; not "2 karung isi 25kg 640rb", the price of the two (it was Rp640.000 a karung, and the
  // counter above the supplier's own price).
  const counted = lot && lot.at < last.at && lot.value !== 1 && lot.unit === details.sizes[0]?.pack;
  // A price near the owner's limit per their unit, with a pack's size said in that unit, is that unit's (per the pack it
  // would be a fraction of the limit).
  const limit = ctx.reference ?? null;
  const perOwnUnit = limit != null && amount >= limit / 2 && amount <= limit * 2 && details.sizes[0]?.base === ctx.unit && details.sizes[0]!.size > 2;
  // "1 karung isi 25 kg harga 13.500": a kilo's price (perContent).
  const size = details.sizes.length === 1 ? details.sizes[0]! : null;
  if (!unit && size?.pack === ctx.unit && perContent(amount, size.size, limit)) unit = size.base;
  if (!unit && details.sizes.length === 1 && !counted && !perOwnUnit) unit = details.sizes[0]!.pack;
  // "255rb sepuluh kilo": the count right after the price is its lot too.
  const lotAfter = lot != null && lot.at > last.at && /^\s*$/.test(t.slice(last.end, lot.at));
  if (!unit && lot && (lot.at < last.at || lotAfter) && lot.unit) {
    // "10 kg 260rb": the amount is for the lot.
    const perLot = convertQty(ctx.item, lot.value, lot.unit, ctx.unit, said);
    // "endog 10 kilo 28rb" against a ceiling of Rp27.000/kg: Rp2.800/kg is no quote; the supplier repeated the
    // quantity and priced one kilo. Neither reading near the ceiling: ask.
    const ref = ctx.reference ?? null;
    const perOne = convertPrice(ctx.item, amount, lot.unit, ctx.unit, said);
    const unclearLot = { kind: 'unclear', amount, question: `${formatRupiah(amount)} itu per ${lot.unit} atau untuk ${formatQty(lot.value)} ${lot.unit}, Pak?` } as const;
    if (perLot && ref && perLot > 1 && amount / perLot < ref / 4) {
      if (perOne != null && perOne >= ref / 2 && perOne <= ref * 2) return price(perOne);
      if (!ctx.asked) return unclearLot;
    }
    // "2 karung 655" against Rp650.000 a karung: the lot at half the ceiling or each at about it; asked (it was Rp327.500
    // a karung, agreed and ordered at half the money).
    if (perLot && ref && perLot > 1 && !ctx.asked && amount / perLot < ref * 0.6 && perOne != null && perOne >= ref * 0.6 && perOne <= ref * 1.6) return unclearLot;
    if (perLot) return price(amount / perLot);
    // "1 dus 212rb" with the dus's size unknown: a price per dus, never per liter (a helper's supplier was offered more
    // than it asked: Rp18.000/liter for Rp17.667).
    if (lot.unit !== ctx.unit) {
      // "premium 25kg 350rb" haggled per karung: one karung of 25 kg at that price, when it is about the owner's limit a karung
      // or the one question was asked already (a helper's supplier answered "Harganya berapa per karung?" so and was dropped).
      const packOf = lot.value > 1 && likelyPack(ctx.item, lot.unit) === ctx.unit;
      const perBase = perContent(amount, lot.value, ref);
      if (packOf && (ctx.asked || perBase || (ref != null && amount >= ref / 2 && amount <= ref * 2))) {
        details.size = { size: lot.value, base: lot.unit };
        details.sizes.push({ pack: ctx.unit, size: lot.value, base: lot.unit });
        return price(perBase ? amount * lot.value : amount);
      }
      if (ctx.asked) return { kind: 'other', ...details };
      return packQuestion(amount, lot.unit, ctx.unit);
    }
  }
  if (!unit) {
    // Supplier try: "adanya bimoli 190rb" against a ceiling of Rp180.000/dus was asked "per dus atau per pcs?";
    // an amount near the owner's ceiling per unit is a price per that unit (per pcs it would be absurd).
    const ref = ctx.reference ?? null;
    // Once prices were exchanged a bare amount is per unit, unless it is far above the ceiling ("400rb terakhir" for eggs
    // at about Rp26.000/kg is a peti's or the lot's price: it was recorded as Rp400.000/kg).
    const absurd = ref != null && amount > ref * 3;
    // "2.100 kak" for water asked per dus near Rp52.000: a piece's price, never the pack's (a helper's order went out at
    // Rp2.100/dus after "per botol kak" was not read). Far under the ceiling it is asked, and after asking left unread.
    // "13.500 harga pas" after "13.800/kg" for a karung whose 25 kg are known: still a kilo's (it was asked "per apa?").
    const known = ctx.known?.find((k) => k.pack === ctx.unit);
    if (known && perContent(amount, known.size, ref)) return price(amount * known.size);
    if (ref != null && amount < ref / 4) {
      return ctx.asked ? { kind: 'other', ...details } : { kind: 'unclear', amount, question: `${formatRupiah(amount)} itu harga per apa, Pak? Per ${ctx.unit} atau per biji/bungkusnya?` };
    }
    if (ctx.asked || (ctx.established && !absurd) || (ref != null && amount >= ref / 2 && amount <= ref * 2)) unit = ctx.unit;
    else return { kind: 'unclear', amount, question: `Harganya per ${ctx.unit} atau per ${likelyPack(ctx.item, ctx.unit)}, Pak?` };
  }
  const per = convertPrice(ctx.item, amount, unit, ctx.unit, said);
  // "25 pas, sepeti" haggled per kilo near Rp27.000: a pack named after a price about the limit a kilo is what must be taken,
  // and the price is still a kilo's (a helper's haggle read Rp1.667/kg, and the order went out at it).
  if (per != null && !last.unit && limit != null && per < limit / 4 && amount >= limit / 2 && amount <= limit * 2) return price(amount);
  if (per == null) {
    if (ctx.asked) return { kind: 'other', ...details };
    return packQuestion(amount, unit, ctx.unit);
  }
  return price(per);

  function price(p: number): Reading {
    const perUnit = Math.round(p);
    if (ctx.lastOffer != null && perUnit === ctx.lastOffer && agreeRe.test(t)) return { kind: 'agree', ...details };
    return { kind: 'price', price: perUnit, final: finalRe.test(t), ...details };
  }
}
