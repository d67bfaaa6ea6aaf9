// Units of goods. A product's stock is counted in ONE base unit (products.unit); people also say
// quantities in measures that convert by definition (250 gram of a product kept per kg) and in packs
// whose size belongs to the product (1 dus Aqua Gelas = 48 gelas) or is a trade default (1 slop = 10
// bks). Pure: values in, values out.
import { wordTable } from './word-table.ts';

const same: Record<string, string> = wordTable({
  bks: 'bungkus', bungkus: 'bungkus', pack: 'bungkus', pak: 'bungkus', sachet: 'bungkus', saset: 'bungkus', sachets: 'bungkus',
  btl: 'botol', botol: 'botol', pcs: 'pcs', pc: 'pcs', biji: 'pcs', buah: 'pcs', butir: 'pcs', bh: 'pcs', btr: 'pcs', unit: 'pcs',
  kg: 'kg', kilo: 'kg', kilogram: 'kg', ltr: 'liter', liter: 'liter', l: 'liter', dus: 'dus', box: 'dus', karton: 'dus', kardus: 'dus',
  karung: 'karung', sak: 'karung', gelas: 'gelas', cup: 'gelas', porsi: 'porsi', kaleng: 'kaleng',
  renteng: 'renteng', ikat: 'ikat', tabung: 'tabung', gram: 'gram', gr: 'gram', g: 'gram', ons: 'ons', ml: 'ml',
  lusin: 'lusin', kodi: 'kodi', gros: 'gros', slop: 'slop', rim: 'rim', rak: 'rak', lembar: 'lembar', lbr: 'lembar',
  batang: 'batang', btg: 'batang',
  // A refill pouch of oil or soap is one piece ("1 dus isi 6 pouch" asked what the dus holds).
  pouch: 'pcs', pouc: 'pcs',
});

/** "bks" → "bungkus", "kilo" → "kg", "sak" → "karung"; an unknown word is kept, lower case. */
export const canonicalUnit = (u: string) => same[u.trim().toLowerCase()] ?? u.trim().toLowerCase();

// Measures that convert by definition, in the smallest unit of their kind.
const measures: Record<string, { kind: 'mass' | 'volume'; size: number }> = wordTable({
  gram: { kind: 'mass', size: 1 }, ons: { kind: 'mass', size: 100 }, kg: { kind: 'mass', size: 1000 },
  ml: { kind: 'volume', size: 1 }, liter: { kind: 'volume', size: 1000 },
});

/** How many `to` one `from` is when both are measures of one kind (1 gram = 0.001 kg); else null. */
export function measureFactor(from: string, to: string): number | null {
  const a = measures[canonicalUnit(from)];
  const b = measures[canonicalUnit(to)];
  return a && b && a.kind === b.kind ? a.size / b.size : null;
}

// Units that name one piece: a said piece is a base piece ("aqua 2 pcs" of a product kept per btl).
const pieces = new Set(['pcs', 'bungkus', 'botol', 'gelas', 'kaleng', 'tabung', 'porsi', 'lembar', 'batang', 'ekor']);
export const isPiece = (u: string) => pieces.has(canonicalUnit(u));
/** A unit that holds pieces (dus, slop, karung, renteng): neither a piece nor a measure. */
export const isContainer = (u: string) => !isPiece(u) && !measures[canonicalUnit(u)];

export interface DefaultPack { unit: string; size: number; /** canonical base units it applies to; absent = any piece */ base?: string[] }

/** Trade sizes every warung knows; a product's own pack units (product_units) come first. */
export const defaultPacks: DefaultPack[] = [
  { unit: 'lusin', size: 12 },
  { unit: 'kodi', size: 20 },
  { unit: 'gros', size: 144 },
  { unit: 'slop', size: 10, base: ['bungkus'] }, // cigarettes: 10 packs a carton
  { unit: 'rim', size: 500, base: ['lembar'] },
  { unit: 'rak', size: 30, base: ['pcs'] }, // eggs counted by the piece (butir)
];

export function defaultPackSize(unit: string, base: string): number | null {
  const u = canonicalUnit(unit);
  const b = canonicalUnit(base);
  const d = defaultPacks.find((p) => p.unit === u);
  if (!d) return null;
  if (d.base ? !d.base.includes(b) : !pieces.has(b)) return null;
  return d.size;
}

export interface PackUnit { name: string; size: number; sellPrice: number | null }

export interface Said {
  qty: number;
  unit: string | null;
  /** A size stated in the message, in `sizeUnit` (null = the base unit): "1 karung 50kg", "dus isi 24". */
  size?: number | null;
  sizeUnit?: string | null;
}

export type Conversion =
  /** Said in the base unit (or a piece word for a piece). */
  | { kind: 'base'; qty: number }
  /** A measure that converts by definition: 250 gram → 0.25 kg (size = base units per said unit). */
  | { kind: 'measure'; qty: number; said: { qty: number; unit: string }; size: number }
  /** A pack: `from` says where its size came from; `remember` when the message stated a new size. */
  | { kind: 'pack'; qty: number; said: { qty: number; unit: string }; size: number; sellPrice: number | null; from: 'product' | 'stated' | 'default'; remember: boolean }
  /** A pack whose size nobody knows yet: ask once. */
  | { kind: 'unknown'; unit: string };

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** A stated size in base units: "50kg" of a product kept per kg is 50; "isi 24" is 24 base units. */
/** Packs whose bare content ("1 rak isi 30") counts pieces, whatever the goods are kept by. */
const piecePacks = new Set(['rak', 'lusin', 'kodi', 'renteng', 'slop']);

function statedSize(s: Said, base: string, name?: string): number | null {
  if (!s.size || s.size <= 0) return null;
  // "telur 2 rak isi 30" of eggs kept per kg: a pack counted in pieces holds pieces, not kilos (60 kg were booked).
  if (!s.sizeUnit && s.unit && piecePacks.has(canonicalUnit(s.unit)) && (measureFactor(base, 'kg') !== null || measureFactor(base, 'liter') !== null)) return null;
  if (!s.sizeUnit || canonicalUnit(s.sizeUnit) === canonicalUnit(base) || (isPiece(s.sizeUnit) && isPiece(base))) return s.size;
  const f = measureFactor(s.sizeUnit, base);
  if (f) return round3(s.size * f);
  // "dus isi 6 liter" of "Minyakita 1 L" kept per pcs: six of the 1 L pouches (the product's usual dus of 12 was stocked).
  const named = name ? namedMeasure(name, s.sizeUnit) : null;
  return named && Number.isInteger(round3(s.size * named)) ? round3(s.size * named) : null;
}

/** A said quantity in the product's base unit. */
export function toBase(s: Said, product: { unit: string; packs: PackUnit[]; name?: string }): Conversion {
  const base = product.unit;
  if (!s.unit) return { kind: 'base', qty: s.qty };
  const u = canonicalUnit(s.unit);
  const b = canonicalUnit(base);
  if (u === b) return { kind: 'base', qty: s.qty };
  if (isStickOfPack(u, b)) return sticks(s, product);
  // "1 pak isi 6 pcs" of soap kept per pcs, "korek 1 pak" of lighters sold 50 a pak: a piece word said to hold
  // several, or the product's own pack of that name, is a pack (a pak of lighters was one lighter).
  const ownPack = product.packs.find((p) => canonicalUnit(p.name) === u && p.size > 1);
  if (isPiece(u) && isPiece(b) && !ownPack && !((statedSize(s, base, product.name) ?? 1) > 1)) return { kind: 'base', qty: s.qty };
  const f = measureFactor(u, b);
  if (f) return { kind: 'measure', qty: round3(s.qty * f), said: { qty: s.qty, unit: s.unit }, size: f };
  // "gula 2 ons" of sugar kept per karung whose kilo is known (1 karung = 50 kg): through the kilo.
  const viaMeasure = measures[u] ? product.packs.find((p) => measureFactor(u, p.name) !== null) : undefined;
  const own = product.packs.find((p) => canonicalUnit(p.name) === u)
    ?? (viaMeasure ? { name: s.unit.toLowerCase(), size: viaMeasure.size * measureFactor(u, viaMeasure.name)!, sellPrice: null } : undefined);
  const stated = statedSize(s, base, product.name);
  // The pack's own name ("kardus" is the dus), but a piece word as the owner said it ("5 butir", kept as pcs).
  const said = { qty: s.qty, unit: own && own.name !== 'pcs' ? own.name : s.unit.toLowerCase() };
  if (stated) {
    return { kind: 'pack', qty: round3(s.qty * stated), said, size: stated, sellPrice: own && own.size === stated ? own.sellPrice : null, from: 'stated', remember: own?.size !== stated };
  }
  if (own) return { kind: 'pack', qty: round3(s.qty * own.size), said, size: own.size, sellPrice: own.sellPrice, from: 'product', remember: false };
  const d = defaultPackSize(u, b);
  if (d) return { kind: 'pack', qty: round3(s.qty * d), said, size: d, sellPrice: null, from: 'default', remember: false };
  // "surya 2 bungkus" of cigarettes kept per slop: a part of the trade pack (a bungkus is a tenth of a slop).
  const part = defaultPackSize(b, u);
  if (part) return { kind: 'pack', qty: round3(s.qty / part), said, size: 1 / part, sellPrice: null, from: 'default', remember: false };
  const named = product.name ? namedMeasure(product.name, u) : null;
  if (named && Number.isInteger(round3(s.qty * named * 4))) {
    // "tepung 2 kg" of "Tepung Segitiga Biru 1 kg" kept per pcs: two of the 1 kg packs. Halves and quarters are
    // sold loose too ("minyakita 1/2 liter" of the 1 L pouch, "terigu 250 gram, sekilo 12rb"); smaller parts are asked.
    return { kind: 'measure', qty: round3(s.qty * named), said: { qty: s.qty, unit: s.unit }, size: named };
  }
  return { kind: 'unknown', unit: s.unit.toLowerCase() };
}

/** A cigarette stick said of goods kept per pack: a part of the base, not a piece of its own. */
export const isStickOfPack = (said: string, base: string) => canonicalUnit(said) === 'batang' && canonicalUnit(base) === 'bungkus';

/**
 * Cigarettes sold by the stick ("ketengan": "rokok surya 3 batang") of a brand kept per pack: a part of the pack, by the
 * size the owner gave before ("1 bks isi 12 batang"), else by the count in the product's name ("Rokok Surya 12",
 * "Sampoerna Mild 16"); otherwise asked. Not a piece of its own: 3 sticks were booked as 3 packs (owner try).
 */
function sticks(s: Said, product: { packs: PackUnit[]; name?: string }): Conversion {
  const said = { qty: s.qty, unit: s.unit!.toLowerCase() };
  const own = product.packs.find((p) => canonicalUnit(p.name) === 'batang');
  if (own) return { kind: 'pack', qty: round3(s.qty * own.size), said, size: own.size, sellPrice: own.sellPrice, from: 'product', remember: false };
  const inName = /\b(10|12|16|20)\b/.exec(product.name ?? '');
  if (!inName) return { kind: 'unknown', unit: said.unit };
  const size = 1 / Number(inName[1]);
  return { kind: 'pack', qty: round3(s.qty * size), said, size, sellPrice: null, from: 'default', remember: false };
}

/**
 * Pieces per one said measure when the product's name carries its size ("Minyak Bimoli 2 liter": 0.5 per
 * liter); null when the name has no size of that kind.
 */
export function namedMeasure(name: string, saidUnit: string): number | null {
  const m = /(\d+(?:[.,]\d+)?)\s*(kg|kilo|gram|gr|g|ons|liter|ltr|l|ml)\b/i.exec(name);
  if (!m) return null;
  const size = Number(m[1].replace(',', '.'));
  const f = measureFactor(saidUnit, m[2]);
  return f && size > 0 ? f / size : null;
}

/**
 * Which unit a said unit price is per, for a quantity said in a measure smaller than the base unit
 * ("250 gram @18rb per kg") or in packs ("sabun 2 lusin @ 2.500" is per piece): the reading nearer the
 * catalogue price per base unit; without a catalogue price, a price of Rp1.000 or more per gram or ml is per
 * kg or liter (no warung good costs that), and a pack's price is the pack's.
 */
export function pricePerBase(price: number, size: number, said: string, catalogue: number | null): boolean {
  // A stick's price is the stick's ("3 batang @2.500"), however near the pack's it is once multiplied.
  if (size === 1 || canonicalUnit(said) === 'batang') return false;
  if (catalogue && catalogue > 0) {
    const off = (x: number) => Math.abs(Math.log(x / catalogue));
    return off(price) < off(price / size);
  }
  const u = canonicalUnit(said);
  return size < 1 && (u === 'gram' || u === 'ml') && price >= 1000;
}

/** "0,06", "24", "isi 24 btl", "24 aja kak" → the first number (decimal comma or point); else null. */
export function readSize(text: string): number | null {
  const m = /(\d+(?:[.,]\d+)?)/.exec(text);
  if (!m) return null;
  const n = Number(m[1].replace(',', '.'));
  return Number.isFinite(n) && n > 0 ? n : null;
}
