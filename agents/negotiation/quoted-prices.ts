// Prices in a supplier's free message ("telur 26rb/kg, beras 13.500 per kg"): what, how much, per what.
// Pure. Only amounts marked per a unit are taken, so a phone number or a total is not a price.
import { canonicalUnit, unitWords } from './units.ts';

export interface QuotedPrice { commodity: string; price: number; unit: string }

const filler = new Set(['harga', 'hrg', 'pak', 'bu', 'kak', 'mas', 'ada', 'ready', 'hari', 'ini', 'skrg', 'sekarang', 'untuk', 'utk', 'yang', 'yg', 'buat', 'nya', 'kalau', 'kalo', 'ya', 'juga', 'dan', 'sama', 'rp',
  'naik', 'turun', 'jadi', 'mulai', 'besok', 'cuma', 'hanya', 'aja', 'saja', 'sudah', 'udah', 'lagi', 'masih', 'tinggal']);
const re = new RegExp(String.raw`(?:rp\.?\s*)?(\d+(?:[.,]\d+)*)\s*(rb|ribu|k)?\s*(?:\/|per\s*|se)(${unitWords.join('|')})(?![a-z])`, 'g');

export function quotedPrices(raw: string): QuotedPrice[] {
  const text = raw.toLowerCase();
  const out: QuotedPrice[] = [];
  let from = 0;
  for (const m of text.matchAll(re)) {
    const [, digits, suffix, unit] = m;
    const value = suffix ? Math.round(Number(digits!.replace(/\.(?=\d{3}\b)/g, '').replace(',', '.')) * 1000) : Number(digits!.replace(/[.,]/g, ''));
    const words = text.slice(from, m.index).split(/[^a-z]+/).filter((w) => w && !filler.has(w));
    from = m.index! + m[0].length;
    const commodity = words.slice(-2).join(' ');
    if (!commodity || !(value >= 100)) continue;
    out.push({ commodity, price: value, unit: canonicalUnit(unit) ?? unit! });
  }
  return out;
}
