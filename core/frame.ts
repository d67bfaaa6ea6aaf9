// The message frame: what the language layer returns for one chat message.
// The contract is ../shared/nlu/FRAME.md; this zod schema is its single source in code
// (the LLM adapters derive their JSON schema from it, the parser's output is checked against it).
import { z } from 'zod';

export const intents = [
  'sale', 'purchase', 'expense', 'debt_add', 'debt_pay', 'stock_check', 'stock_in', 'stock_set',
  'price_set', 'report', 'negotiate', 'market_price', 'undo', 'help', 'greeting', 'unknown',
  // Beyond FRAME.md (see agents/language/README.md): asking about debts ("utang siapa aja", "utang bu yati
  // berapa"; direction payable for "utang saya ke siapa"), drafting a reminder ("tagih bu yati"), and
  // listing the day's entries ("catatan hari ini").
  'debt_query', 'debt_remind', 'entries',
  // A WhatsApp-ready promo text from the catalogue ("buatin promo minggu ini").
  'promo',
  // Goods gone without a sale: broken, spoiled, expired, lost ("telor pecah 3 butir", "roti basi 2 bks dibuang").
  'stock_out',
] as const;
export type Intent = (typeof intents)[number];

export const periods = ['today', 'yesterday', 'this_week', 'last_week', 'this_month', 'last_month'] as const;
export type Period = (typeof periods)[number];
/** Whole local days, inclusive (YYYY-MM-DD). */
export type DayRange = { from: string; to: string };

export const payments = ['cash', 'qris', 'transfer', 'credit'] as const;
export type Payment = (typeof payments)[number];

export const expenseCategories = ['listrik', 'air', 'gas', 'sewa', 'gaji', 'transport', 'pulsa', 'plastik', 'lainnya'] as const;

const rupiah = z.number().int().nonnegative();

export const frameItemSchema = z.object({
  product: z.string(),
  qty: z.number().nonnegative().nullable(),
  /** Canonical unit (FRAME.md) or the unit word as said. */
  unit: z.string().nullable(),
  unit_price: rupiah.nullable(),
  total: rupiah.nullable(),
  // Extensions beyond FRAME.md; absent means null.
  /** Base units in one pack, as said: "dus isi 24" → 24, "1 karung 50kg" → 50. */
  pack_size: z.number().positive().nullable().optional(),
  /** The base unit said with pack_size: "kg" in "1 karung 50kg"; null for "isi 24". */
  pack_base_unit: z.string().nullable().optional(),
  /** Goods coming in with their selling price said ("kulakan kecap 1 dus 120rb jual 12rb"): that price, and the unit it
   *  is per when said ("jual 19rb/liter"; null: not said). */
  sell_price: rupiah.nullable().optional(),
  sell_unit: z.string().nullable().optional(),
  /** The measure unit_price is per when the count is in another of its kind ("daging 5 ons 120rb/kg" → "kg"). */
  price_unit: z.string().nullable().optional(),
});
export type FrameItem = z.infer<typeof frameItemSchema>;

export const frameSchema = z.object({
  intent: z.enum(intents),
  items: z.array(frameItemSchema),
  amount: rupiah.nullable(),
  counterparty: z.string().nullable(),
  direction: z.enum(['receivable', 'payable']).nullable(),
  category: z.string().nullable(),
  /** YYYY-MM-DD in the tenant's zone; null = today. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  period: z.enum(periods).nullable(),
  max_unit_price: rupiah.nullable(),
  payment: z.enum(payments).nullable(),
  // Extensions beyond FRAME.md; absent means null.
  /** Money taken off the total ("diskon 2rb", "dipotong 2rb jadi 50rb"). */
  discount: rupiah.nullable().optional(),
  /** Delivery cost on a purchase ("ongkir 10rb"): landed cost, never replaces the goods. */
  delivery_cost: rupiah.nullable().optional(),
  /** sale/purchase on credit: what was paid at once, a down payment ("bayar 20rb sisanya ngutang"); the rest is owed. */
  paid_now: rupiah.nullable().optional(),
  /** how the down payment came when said ("qris 50rb sisanya ngebon"); absent is cash. */
  paid_now_via: z.enum(['cash', 'qris', 'transfer']).nullable().optional(),
  /** sale/purchase on credit with this share of the total paid at once: "dibayar separo" (0.5), "3 bungkus, 2 tunai
   *  sebungkus diutang" (2/3). The total is known only once priced; the down payment is that share of it. */
  paid_share: z.number().gt(0).lt(1).nullable().optional(),
  /** sale/purchase paid by cash and QRIS/transfer at once ("bayar 50rb qris 20rb tunai"; payment is the non-cash means):
   *  the rupiah paid in cash and by the other means, one of them null when not said ("40rb qris sisanya tunai");
   *  `cash_share` when only counts were said and the price is the catalogue's ("laku 10 es kopi, 6 cash 4 qris": 0.6). */
  tender: z.object({ cash: rupiah.nullable(), other: rupiah.nullable(), cash_share: z.number().gt(0).lt(1).optional() }).nullable().optional(),
  /** sale: the banknote handed over when no change was said ("bayarnya pakai uang 50rb, kembaliannya berapa"); the reply
   *  says the change. */
  tendered: rupiah.nullable().optional(),
  /** report: whole days no period names ("laporan tgl 1 sampai 3", "bulan september", "3 hari terakhir"), inclusive;
   *  period is null then. */
  range: z.object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).nullable().optional(),
  /** report: the periods asked after the first ("laporan kemarin sama hari ini": today), each answered too. */
  more_periods: z.array(z.enum(periods)).max(5).optional(),
  /** negotiate: the ceiling as said when it was marked neither per unit nor for the whole lot ("10 kg maks 27rb");
   *  max_unit_price divides it by qty (FRAME.md), the negotiation may read it per unit from price references. */
  max_unmarked: rupiah.nullable().optional(),
  /** debt_add of money itself ("pinjam uang 50rb", "kasbon duit 50rb"): how it went through the drawer (payment stays
   *  credit, FRAME.md); "bu ani ngutang 20rb" names no money moving. */
  cash_moved: z.enum(['cash', 'qris', 'transfer']).nullable().optional(),
  /** "batal 3": the entry's number in "catatan hari ini". */
  target: z.number().int().positive().nullable().optional(),
});
export type Frame = z.infer<typeof frameSchema>;

/** What the rule parser adds: how sure it is and what is missing or ambiguous. */
export const parseResultSchema = frameSchema.extend({
  confidence: z.number().min(0).max(1),
  ask: z.array(z.string()),
});
export type ParseResult = z.infer<typeof parseResultSchema>;
