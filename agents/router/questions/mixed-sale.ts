// "laku 150rb qris" → "Barangnya apa?" → "campur": many small goods the owner did not count, booked as one
// sale of its total. No stock moves and no cost is known, so the reply says the profit counts all of it.
// (Owner try: "macem2, ga inget" was read with the question's message as a new product "Macem", 2 × Rp75.000.)
import type { Frame } from '../../../core/frame.ts';
import type { Work } from '../state-schema.ts';

/** What a sale of mixed goods is called on its line (Transaksi, "batal"). */
export const MIXED_GOODS = 'barang campur';

// "campur", "macem2", "macam-macam", "rupa-rupa" (Sunda), "werna-werni" (Java), "ga inget", "lupa", "banyak", "eceran".
const mixedAnswer = new RegExp(
  String.raw`^(?:(?:ya|iya|wah|aduh|waduh|hmm+|ah|eh)\s*,?\s*)?(?:barang(?:nya)?\s+)?(?:` +
    String.raw`campur(?:an|\s+aduk)?|ca?mpur2|ma[cs][ae]m(?:\s*-?\s*ma[cs][ae]m|2)|rupa(?:\s*-?\s*rupa|2)|werna(?:\s*-?\s*werni|2)|warna(?:\s*-?\s*warni|2)|` +
    String.raw`(?:ga|gak|nggak|ngga|tidak|tdk|ndak|indak|teu|ora)\s*(?:inget|ingat|apal|hafal|ngitung|dihitung|kecatat)|lupa|poho|kelalen|banyak|eceran|ecer2|` +
    String.raw`semua(?:nya)?|sembarang|apa aja|apa saja|lain2|lain-lain)` +
    String.raw`(?:\s*[,.]?\s*(?:aja|saja|wae|bae|kak|ya|yah|deh|sih|lah|pokoknya|semua(?:nya)?|barangnya|` +
    String.raw`(?:ga|gak|nggak|tidak|ndak|teu|ora)\s*(?:inget|ingat|apal|hafal)|lupa|totalnya?\s*aja|catat\s+total(?:nya)?\s*aja))*[.!]*$`,
  'iu',
);

/** Whether an answer says the goods were mixed or not remembered. */
export const readMixedGoods = (text: string): boolean => mixedAnswer.test(text.trim());

/** A sale with its money said and no goods: what "campur" can complete. */
export const isGoodslessSale = (frame: Pick<Frame, 'intent' | 'items' | 'amount'>): boolean =>
  frame.intent === 'sale' && frame.items.length === 0 && (frame.amount ?? 0) > 0;

/** The question for such a sale, with the way out. */
export const goodsQuestion = 'Barangnya apa, Kak? Kalau campur, balas *campur*: saya catat totalnya saja.';

/** The sale as one line of mixed goods, settled (no catalogue lookup, no stock). */
export function mixedSaleWork(frame: Frame): Work {
  const total = frame.amount!;
  return {
    frame: { ...frame, items: [{ product: MIXED_GOODS, qty: 1, unit: null, unit_price: null, total }] },
    resolved: [{ productId: null, name: MIXED_GOODS, qty: 1, unit: null, unitPrice: null, total }],
    priceKind: [null],
    confirmed: true,
    replaces: null,
  };
}

/** Said under the booking: why stock did not move and what the profit counts. */
export const mixedSaleNote = 'Stok tidak berubah, dan modal barangnya tidak diketahui: laba kotor menghitung semuanya. Lain kali tulis barangnya supaya stok ikut terpotong.';
