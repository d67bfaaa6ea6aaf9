// The selling price said with goods coming in: "kulakan kecap bango 1 dus isi 12 btl 120rb jual 12rb", "stok awal
// minyak 12 liter jual 19rb/liter". Read before the intent, so the selling word does not make the purchase a sale (a
// helper's new warung booked such purchases as sales); the price goes to the goods said before it (`sell_price`).
import { cues } from './cues.ts';
import { perWords } from './lexicon.ts';
import type { Token } from './normalize.ts';
import { readNumber } from './numbers.ts';
import { seUnit, unitOf } from './units.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));
const sellHeads = set('jual jualnya jualne jualane jualna dijual djual dijualnya didol diadol adol');
// "harga jual jadi 19rb", "harga jual naik jd 4500": the new price follows these too (the purchase's money was read as
// a new selling price of Rp150.000 a kilo, and the purchase was lost).
const between = set('nya lagi lg e ke , : jadi jd jdi menjadi naik turun dinaikin diturunin sekarang skrg');
/** Goods coming in: a purchase, opening stock, goods delivered, or their cost ("modal"). */
const incoming = [cues.purchase, cues.stockIn, cues.stockWord, cues.costWord];

export type SellPrice = { price: number; unit: string | null };

/**
 * Each "jual N (per unit)" after goods coming in, in order, its tokens marked used; empty when none. `personAt` is the
 * token index of a person named as the one acting: "pak darto beli gula 2 kg" is his purchase, the warung's sale.
 */
export function readSellPrices(tokens: Token[], personAt = -1): SellPrice[] {
  const out: SellPrice[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].used || !sellHeads.has(tokens[i].t)) continue;
    const cue = tokens.findIndex((t, k) => k < i && !t.used && incoming.some((s) => s.has(t.t)));
    if (cue < 0 || (personAt >= 0 && personAt < cue)) continue;
    let j = i + 1;
    while (between.has(tokens[j]?.t ?? '')) j++;
    const n = readNumber(tokens, j);
    if (!n || !(n.money || n.value >= 100)) continue;
    let end = n.end;
    let unit: string | null = null;
    const next = tokens[end]?.t ?? '';
    if (perWords.has(next) && unitOf(tokens[end + 1]?.t ?? '')) [unit, end] = [unitOf(tokens[end + 1]!.t), end + 2];
    else if (seUnit(next)) [unit, end] = [seUnit(next), end + 1];
    const from = ['harga', 'hrg', 'rega', 'rego'].includes(tokens[i - 1]?.t ?? '') ? i - 1 : i;
    for (let k = from; k < end; k++) tokens[k].used = true;
    out.push({ price: Math.round(n.value), unit });
  }
  return out;
}
