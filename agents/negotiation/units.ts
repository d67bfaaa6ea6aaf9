// Units a supplier may quote in, and how they convert to the unit the owner asked for, so prices are
// compared per the same unit. Pure. A pack whose size is not known (a "karung" of rice can be 25 or
// 50 kg) converts to nothing: the caller asks the supplier instead of guessing.
import { wordTable } from '../../core/word-table.ts';

const aliases: Record<string, string> = wordTable({
  kg: 'kg', kilo: 'kg', kilogram: 'kg', kilonya: 'kg',
  peti: 'peti', rak: 'rak', karung: 'karung', sak: 'karung', dus: 'dus', kardus: 'dus', lusin: 'lusin',
  butir: 'pcs', btr: 'pcs', biji: 'pcs', pcs: 'pcs', pc: 'pcs', buah: 'pcs',
  liter: 'liter', ltr: 'liter', l: 'liter', gram: 'gram', gr: 'gram', ons: 'ons',
  bks: 'bungkus', bungkus: 'bungkus', botol: 'botol', btl: 'botol', ikat: 'ikat', renteng: 'renteng', renceng: 'renteng', rentengan: 'renteng',
  sachet: 'sachet', saset: 'sachet', sct: 'sachet', slop: 'slop', bal: 'bal', karton: 'dus', galon: 'galon', tabung: 'tabung',
  kaleng: 'kaleng', pouch: 'pouch',
});

export const unitWords = Object.keys(aliases).sort((a, b) => b.length - a.length);

/** "Kilo" → "kg", "sak" → "karung"; an unknown word is kept as said, lower case. */
export function canonicalUnit(word: string | null | undefined): string | null {
  if (!word) return null;
  const w = word.toLowerCase().trim();
  return aliases[w] ?? w;
}

interface PackRule { item: RegExp; pack: string; size: number; base: string }

// Sizes the trade agrees on. A peti of eggs is 15 kg; a rak holds 30 eggs; a lusin is 12.
const packRules: PackRule[] = [
  { item: /tel[uo]r/, pack: 'peti', size: 15, base: 'kg' },
  { item: /tel[uo]r/, pack: 'rak', size: 30, base: 'pcs' },
  { item: /./, pack: 'lusin', size: 12, base: 'pcs' },
  { item: /./, pack: 'kg', size: 1000, base: 'gram' },
  { item: /./, pack: 'kg', size: 10, base: 'ons' },
];

/** A pack size the supplier said ("peti isi 15 kg", "karung 50kg"). */
export interface SaidSize { pack: string; size: number; base: string }

function sizeOf(item: string, pack: string, base: string, said: SaidSize[]): number | null {
  const s = said.find((x) => x.pack === pack && x.base === base);
  if (s) return s.size;
  const r = packRules.find((x) => x.pack === pack && x.base === base && x.item.test(item.toLowerCase()));
  return r ? r.size : null;
}

/** Price per `to` from a price per `from`; null when the sizes are not known. */
export function convertPrice(item: string, price: number, from: string, to: string, said: SaidSize[] = []): number | null {
  if (from === to) return price;
  const down = sizeOf(item, from, to, said);      // 1 from = down × to: price per to = price / down
  if (down) return price / down;
  const up = sizeOf(item, to, from, said);        // 1 to = up × from
  if (up) return price * up;
  return null;
}

/** A quantity in `from` expressed in `to`; null when the sizes are not known. */
export function convertQty(item: string, qty: number, from: string, to: string, said: SaidSize[] = []): number | null {
  if (from === to) return qty;
  const down = sizeOf(item, from, to, said);
  if (down) return qty * down;
  const up = sizeOf(item, to, from, said);
  if (up) return qty / up;
  return null;
}

/** The pack a supplier of this item is likely to quote in, for the question "per kg atau per peti?". */
export function likelyPack(item: string, unit: string): string {
  const i = item.toLowerCase();
  if (/tel[uo]r/.test(i)) return unit === 'peti' ? 'kg' : 'peti';
  if (/beras|gula|tepung|terigu/.test(i)) return unit === 'karung' ? 'kg' : 'karung';
  return unit === 'dus' ? 'pcs' : 'dus';
}
