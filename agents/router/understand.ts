// Understanding a message: the rule parser first; when it is unsure and an LLM is configured, the
// LLM's frame (validated, never trusted blindly); otherwise one precise question.
import { frameSchema, type Frame } from '../../core/frame.ts';
import { zoneOffsetMinutes } from '../../core/format.ts';
import type { Env } from './env.ts';
import { halfWords, lenderWords, movedTo, movesDown, movesUp } from '../language/lexicon.ts';
import { allOwed } from '../language/intent.ts';
import { normalizeText } from '../language/normalize.ts';
import { unitWord } from './corrections/read-counts.ts';
import { canonicalUnit, costedStockIn, type PriceKind } from './catalogue/item-math.ts';
import { goodsQuestion, isGoodslessSale } from './questions/mixed-sale.ts';
import { payerFirst } from './people/payer-first.ts';

/** Below this the parser's frame is not booked without help. */
export const CONFIDENT = 0.6;

export type Understanding =
  | { kind: 'frame'; frame: Frame; priceKind: PriceKind[] }
  | { kind: 'ask'; text: string; resumable: boolean };

export async function understand(env: Env): Promise<Understanding> {
  const zone = env.agentCtx.tenant.timezone;
  const offsetMinutes = zoneOffsetMinutes[zone];
  const parsed = env.deps.parse(env.text, { now: env.now, offsetMinutes });
  const { confidence, ask: asked, ...parsedFrame } = parsed;
  const frame = withLender(env.text, keepSaidUnits(env.text, parsedFrame));
  const paying = await payerFirst(env, frame);
  if (paying !== frame) return { kind: 'frame', frame: paying, priceKind: [] };
  const ask = frame.counterparty && !parsedFrame.counterparty ? asked.filter((a) => !/counterparty/i.test(a)) : asked;
  const priceAsk = ask.some(isPriceKindAsk);
  if (confidence >= CONFIDENT) return { kind: 'frame', frame, priceKind: priceKinds(env.text, frame, priceAsk) };
  if (env.llm) {
    const fromLlm = await askLlm(env, offsetMinutes);
    if (fromLlm) return { kind: 'frame', frame: fromLlm, priceKind: priceKinds(env.text, fromLlm, false) };
  }
  // What is only missing a price or its reading is resumable: the catalogue or one question settles it.
  const resumable = frame.items.length > 0 && bookable.has(frame.intent) && ask.every((a) => isPriceKindAsk(a) || /price|qty/i.test(a));
  if (resumable) return { kind: 'frame', frame, priceKind: priceKinds(env.text, frame, priceAsk) };
  if (frame.intent === 'unknown' || frame.intent === 'help' || frame.intent === 'greeting') return { kind: 'frame', frame, priceKind: [] };
  return { kind: 'ask', text: questionFor(ask, frame), resumable: true };
}

/**
 * The parser writes units canonically ("3 sachet" → bungkus). The word the owner used is kept instead
 * when it means the same unit, so a new product is created "per sachet" and replies say "3 sachet".
 */
// Words for a different thing than the canonical unit names (a sachet is not a bungkus to the owner);
// spellings of the same unit ("kilo", "bks") stay canonical.
const keptWords = new Set(['sachet', 'saset', 'pack', 'pak', 'cup', 'box', 'karton', 'sak', 'butir', 'biji', 'buah']);

export function keepSaidUnits(text: string, frame: Frame): Frame {
  const words = text.toLowerCase().match(/\d+(?:[.,]\d+)?\s*\p{L}+/gu) ?? [];
  const items = frame.items.map((item) => {
    if (!item.unit || item.qty == null) return item;
    for (const w of words) {
      const m = /^(\d+(?:[.,]\d+)?)\s*(\p{L}+)$/u.exec(w);
      if (!m || Number(m[1].replace(',', '.')) !== item.qty) continue;
      const said = m[2];
      if (keptWords.has(said) && said !== item.unit && canonicalUnit(said) === canonicalUnit(item.unit)) return { ...item, unit: said };
    }
    return item;
  });
  return { ...frame, items };
}

/**
 * "pinjem duit koperasi 2jt", "bayar cicilan ke bank 1jt": a lender named without a name (the parser leaves the
 * counterparty empty) is the one owed ("Atas nama siapa?" was asked).
 */
export function withLender(text: string, frame: Frame): Frame {
  if ((frame.intent !== 'debt_add' && frame.intent !== 'debt_pay') || frame.counterparty || frame.direction !== 'payable') return frame;
  const lender = text.toLowerCase().split(/[^\p{L}]+/u).find((w) => lenderWords.has(w));
  return lender ? { ...frame, counterparty: lender } : frame;
}

/**
 * A money event without its amount ("bayar listrik"): ask, and read the answer with the message. A debt paid with no
 * amount is paid whole only when the message says so ("lunas", "semua"; "setengahnya" is half): "pak darto nyaur
 * setengahipun" (half, in words the parser did not know) and "bi eti mulangkeun endog" (goods given back) paid all.
 */
export function missingAmount(frame: Frame, text: string): string | null {
  if ((frame.intent === 'expense' || frame.intent === 'debt_add') && frame.amount == null && frame.items.every((i) => i.total == null && i.unit_price == null)) {
    return frame.intent === 'expense' ? 'Berapa, Kak?' : 'Utangnya berapa, Kak?';
  }
  if (frame.intent === 'debt_pay' && frame.amount == null && frame.counterparty && !paysWhole(text)) {
    return 'Bayar berapa, Kak? Kalau lunas semua, balas "lunas".';
  }
  return null;
}

/** The message says a debt is paid in full or by half, so no amount is needed. */
export const paysWhole = (text: string): boolean => {
  const said = normalizeText(text);
  return allOwed.test(said) || /\b(?:lunas|dilunasi|ngelunasi|melunasi|lunasi|beres|tuntas)/.test(said) || said.split(/[^\p{L}]+/u).some((w) => halfWords.has(w));
};

/**
 * "pesenin gula 1 karung ke toko makmur": a request for quotes with its goods and count but no limit asks the
 * limit per unit; the answer ("650rb") completes the message said again with "maks" (the router's reparse).
 * Without a count it asks the count and the limit. Null when the request is whole or names no goods.
 */
export function missingForRequest(frame: Frame, text: string): { ask: string; reparse: string } | null {
  const item = frame.items[0];
  if (frame.intent !== 'negotiate' || !item || frame.max_unit_price) return null;
  if (item.qty && item.unit) return { ask: `Batas harganya berapa per ${item.unit}, Kak? (Batasnya tidak saya sebut ke supplier.)`, reparse: `${text} maks` };
  return { ask: `${cap(item.product)} berapa banyak, dan batas harganya berapa, Kak? Misalnya "2 dus maks 180rb/dus".`, reparse: text };
}

const bookable = new Set(['sale', 'purchase', 'stock_in', 'stock_out', 'stock_set', 'price_set', 'stock_check']);

// A price word says which reading was meant. A unit word ("@", "per", "sebungkus", "harga") speaks for the
// item it stands by; a total word ("total", "semua", "jadi") for the whole message. One of a unit is
// said many ways: "sebungkus", su "sakilo", jv "sak dus", "siji", or "1 dus 22rb" after the count.
const oneUnit = String.raw`${unitWord}(?:ne|e|na|nya)?`;
// "modal" (the cost) marks a price the same way: "stok awal rokok 10 bks modal 250rb".
const hargaWord = String.raw`\b(?:harga|hargane|hargana|harganya|hargi|regane|regi|modal|modalnya|modale|modalna)\b`;
const hargaMark = new RegExp(hargaWord, 'i');
const unitMark = new RegExp(String.raw`(@|\bper\b|\/|satunya|sebiji|\b(?:se|sa)${oneUnit}\b|\b(?:sak|siji|satu|1)\s*${oneUnit}\b|${hargaWord})`, 'i');
const totalMark = /(\btotal|\bsemua|\bjadi\b|\bdapet|\bdapat)/i;
// "12rb-an", "4rb an", "3500an", "2rban", "seribuan", "noceng an": the price level of each, said after a count.
const approxMark = /\d\s*(?:rb|ribu|rebu|ewu|k)?\s*-?\s*an\b|\drbu?an\b|\b(?:seribuan|sarebuan|sewuan|serebuan|secengan|gocengan|cebanan|cepekan|gopekan|nocengan)\b|\b(?:seceng|ceceng|noceng|goceng|ceban|noban|goban|gopek)\s*-?\s*an\b/i;

/**
 * A bare number after several units ("indomie 5 bks 3500") is read as the total by the parser; when the
 * catalogue price says it may be the unit price, the router asks. Marked 'unsure' here, decided in resolve.
 * "indomie soto 3 @3500 sama teh pucuk 2 btl 4rb": the "@" marks Indomie's price only; the tea's stays unsure.
 */
export function priceKinds(text: string, frame: Frame, parserUnsure: boolean): PriceKind[] {
  const whole = totalMark.test(text);
  const parts = itemTexts(text, frame);
  return frame.items.map((i, k) => {
    if (frame.intent === 'price_set') return priceMove(text);
    if (frame.intent !== 'sale' && frame.intent !== 'purchase' && !costedStockIn(frame.intent, i)) return null;
    if (parserUnsure) return 'unsure';
    const part = parts[k] ?? text;
    // "gula 5 kilo harganya 90rb": only "harga" marks it per unit; the catalogue may still say total (settle-item.ts).
    if (!whole && i.unit_price != null && (i.qty ?? 1) > 1 && hargaMark.test(part) && !unitMark.test(part.replace(new RegExp(hargaWord, 'gi'), ' '))) return 'named';
    // "kulakan sabun 2 dus total 12000": a total said as such is the total, never a price per piece read off it
    // (the ledger-chat property test found it booked as 2 dus of 2 at Rp6.000 a piece, Rp24.000).
    // "1 dus total 6000": "total" said outright wins over the one of a unit before it.
    if (whole && frame.items.length === 1 && i.total != null && (!unitMark.test(part) || /\btotal(?:nya)?\b/i.test(part))) return 'total';
    // "rongewu sijine", "dua rebu hiji": "each" after the price in the regional words normalize.ts reads as "satunya" (the
    // tea's Rp2.000 each was asked per bottle or total).
    // "6500 satu kotak", su "20rb sa dus" read as "per <unit>" there too (the owner was asked, and the numbers of the answer lost).
    const read = normalizeText(part);
    const marked = whole || unitMark.test(part) || /\bsatunya\b/.test(read) || unitMark.test(read);
    if (marked || i.total == null || i.qty == null || i.qty <= 1) return null;
    return approxMark.test(parts[k] ?? text) ? 'level' : 'unsure';
  });
}

// "harga telor naik 2rb", "turunin harga beras 500 perak": the price moves by the amount; "naik jadi 32rb" states it.
function priceMove(text: string): PriceKind {
  if (movedTo.test(text)) return null;
  return movesUp.test(text) ? 'up' : movesDown.test(text) ? 'down' : null;
}

/** Each item's stretch of the message, from its name to the next item's; all null when a name is not found as written. */
function itemTexts(text: string, frame: Frame): (string | null)[] {
  if (frame.items.length < 2) return frame.items.map(() => null);
  const lower = text.toLowerCase();
  const starts: number[] = [];
  let from = 0;
  for (const item of frame.items) {
    const at = lower.indexOf(item.product.toLowerCase(), from);
    if (at < 0) return frame.items.map(() => null);
    starts.push(at);
    from = at + item.product.length;
  }
  return starts.map((start, k) => lower.slice(start, starts[k + 1] ?? lower.length));
}

async function askLlm(env: Env, offsetMinutes: number): Promise<Frame | null> {
  try {
    const { rows } = await env.tx.query<{ name: string }>(
      `select name from public.products where tenant_id = $1 and active order by name limit 300`,
      [env.agentCtx.tenant.id],
    );
    const raw: unknown = await env.llm!.extractFrame({ text: env.text, now: isoWithOffset(env.now, offsetMinutes), products: rows.map((r) => r.name) });
    const checked = frameSchema.safeParse(raw);
    return checked.success ? checked.data : null;
  } catch {
    // The LLM is a helper, not a dependency: on any failure the rule result stands.
    return null;
  }
}

/** "2026-11-21T19:05:00+07:00" */
export function isoWithOffset(at: Date, offsetMinutes: number): string {
  const local = new Date(at.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const h = String(Math.floor(offsetMinutes / 60)).padStart(2, '0');
  const m = String(offsetMinutes % 60).padStart(2, '0');
  return `${local}+${h}:${m}`;
}

const isPriceKindAsk = (a: string) => /price_kind|unit_or_total|per.*total|total.*per/i.test(a);

/** One precise question from what the parser says is missing. */
export function questionFor(ask: string[], frame: Frame): string {
  const item = frame.items[0];
  const unit = item?.unit ?? 'satuan';
  for (const a of ask) {
    if (isPriceKindAsk(a)) return `Harga per ${unit} atau total, Kak?`;
    if (/qty|jumlah|quantity/i.test(a)) return `${item ? cap(item.product) : 'Barangnya'} berapa ${item?.unit ?? 'banyak'}, Kak?`;
    if (/amount|nominal/i.test(a) && !item) return frame.intent === 'debt_add' ? 'Utangnya berapa, Kak?' : 'Berapa, Kak?';
    if (/price|harga|amount|nominal/i.test(a)) return `Harganya berapa, Kak?${item ? ` (${item.product})` : ''}`;
    if (/product|item|barang/i.test(a)) return isGoodslessSale(frame) ? goodsQuestion : 'Barangnya apa, Kak?';
    if (/counterparty|nama|who/i.test(a)) return 'Atas nama siapa, Kak?';
    if (/intent/i.test(a)) return 'Maksudnya jual, kulakan, atau pengeluaran, Kak?';
    if (a.includes('?')) return a;
  }
  return 'Maaf Kak, maksudnya gimana? Contoh: "laku indomie 5 bks 17.500" atau "bayar listrik 150rb".';
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
