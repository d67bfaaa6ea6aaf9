// Reads the goods lines of a message: product words, quantity and unit, unit price or line total.
// Which price is which follows FRAME.md ("@", "per", "/", "satunya", "se<unit>", "harga" mark a unit price;
// an unmarked price or one marked "total"/"semua"/"jadi" is the line total).
import { measureFactor } from '../../core/units.ts';
import { packUnits, sizeUnits } from './lexicon.ts';
import { inThousands, isMoney, isNamePart } from './number-roles.ts';
import type { Piece } from './pieces.ts';
import { nameVariants, priceTheOneNamed, sameGoodsAgain } from './line-links.ts';
import { dropConsumeVerb, dropStrays, joinKindAndBrand } from './strays.ts';

export type Draft = {
  name: string[];
  qty: number | null;
  unit: string | null;
  unitPrice: number | null;
  total: number | null;
  /** The quantity came from "se<unit>" ("harga gula sekilo 18rb" may mean per kilo). */
  seQty: boolean;
  closed: boolean;
  lastName: boolean;
  /** Base units in one pack as said ("dus isi 24", "1 karung 50kg") and the base unit named with it. */
  packSize: number | null;
  packUnit: string | null;
  /** A name alone closed by a colon: a heading ("beli bahan: ...") when lines follow. */
  heading: boolean;
  /** Named after "sisanya" ("..., sisanya sayur"): its money is what the stated total leaves. */
  rest: boolean;
  /** Named as a variant of the line before ("..., sing goreng 2"): takes the rest of that line's name. */
  variant: boolean;
  priceUnit?: string; // the measure the unit price is per, when another than the count's ("5 ons 120rb/kg" → "kg")
};
export type Ceiling = { value: number; perUnit: boolean; totalMarked: boolean };
export type ItemsRead = {
  drafts: Draft[]; grand: number | null; monies: number[]; ceiling: Ceiling | null;
  /** Money taken off ("diskon 2rb") and delivery paid ("ongkir 10rb"); never goods lines. */
  discount: number | null; delivery: number | null;
  /** The stated total came after the discount or delivery, so it already includes them. */
  grandAfterAdjust: boolean;
  /** A line's only price was marked as a total ("jadi 14rb") after a discount or delivery: what was paid. */
  totalAfterAdjust: boolean;
};
export type Mode = 'trade' | 'price' | 'negotiate';

const draft = (): Draft => ({
  name: [], qty: null, unit: null, unitPrice: null, total: null, seQty: false, closed: false, lastName: false,
  packSize: null, packUnit: null, heading: false, rest: false, variant: false,
});
const budgetWords = new Set(['budget', 'bajet', 'budjet']);
const restWords = new Set(['sisa', 'sisanya', 'sisane', 'sisana', 'sesa', 'sesana', 'sisae']);
const bundleWords = new Set(['dapet', 'dapat', 'dpt', 'oleh', 'entuk', 'meunang']);
const voucherWords = new Set(['pulsa', 'token', 'voucher', 'vocer', 'kuota', 'paket']);

const stickUnits = new Set(['batang', 'btg']);

export function readItems(pieces: Piece[], mode: Mode): ItemsRead {
  const drafts: Draft[] = [];
  const monies: number[] = [];
  let cur: Draft | null = null;
  let grand: number | null = null;
  let pendingMoney: number | null = null;
  // The line that took an amount said before any goods ("belanja 350rb buat sayur sama bumbu").
  let moneyFirst: Draft | null = null;
  let mark: 'unit' | 'total' | 'max' | 'disc' | 'ship' | null = null;
  /** The "total" just read follows the line's count or unit with no separator ("bawang 2 kg total 70rb"). */
  let lineTotalMark = false;
  let discount: number | null = null;
  let delivery: number | null = null;
  let grandAfterAdjust = false;
  let totalAfterAdjust = false;
  // "harga maks 48rb": "harga" after the item makes the ceiling a price per unit.
  let maxPerUnit = false;
  let ceiling: Ceiling | null = null;
  let last: { d: Draft | null; field: 'total' | 'unitPrice' | 'grand' | 'pending' | 'ceiling' } | null = null;
  let seUnitNext = false;
  let seUnitBefore: string | null = null;
  let moneyAt = -1;
  // Closures below reassign these; reading them through functions keeps TypeScript from narrowing to null.
  const getCur = (): Draft | null => cur;
  const getLast = () => last;
  const getCeiling = (): Ceiling | null => ceiling;

  const open = (): Draft => { const d = draft(); drafts.push(d); cur = d; return d; };
  // "1 karung (50 kilo) harganya 15.800 sekilo", "1 karung 25kg 12rb/kg": a price per what the pack holds is a pack's
  // price of that many (a helper's try booked a karung of sugar at Rp15.800). "@" alone says no unit: "2 dus isi 48
  // gelas @ 20rb" is a dus's price, "1 bal isi 20 bungkus @ 1.500" a bungkus's, and only the catalogue can tell.
  const perContents = (d: Draft, unit: string | null) => {
    if (d.unitPrice !== null && unit !== null && d.packSize !== null && d.packUnit === unit && d.unit !== null && d.unit !== unit) {
      d.unitPrice = Math.round(d.unitPrice * d.packSize);
      monies[monies.length - 1] = d.unitPrice;
    }
  };
  const retroUnit = (unit: string | null) => {
    if (!last) return;
    if (last.field === 'ceiling' && ceiling) ceiling.perUnit = true;
    const d = last.d;
    if (d && last.field === 'total' && d.unitPrice === null) { d.unitPrice = d.total; d.total = null; last.field = 'unitPrice'; }
    if (d && unit && d.unit === null && last.field === 'unitPrice') d.unit = unit;
    // "beli daging 5 ons 120rb/kg": counted in one measure, priced per another of its kind; the frame says which.
    if (d && unit && d.unit !== null && last.field === 'unitPrice' && (measureFactor(d.unit, unit) ?? 1) !== 1) d.priceUnit = unit;
    if (d && last.field === 'unitPrice') perContents(d, unit);
  };
  const money = (raw: number, m: typeof mark, totalMarked: boolean) => {
    // Rupiah are whole numbers.
    const v = Math.round(raw);
    monies.push(v);
    const d: Draft | null = cur;
    if (m === 'disc' && mode === 'trade') { discount = (discount ?? 0) + v; last = null; return; }
    if (m === 'ship' && mode === 'trade') { delivery = (delivery ?? 0) + v; last = null; return; }
    const adjusted = discount !== null || delivery !== null;
    if (mode === 'negotiate') {
      if (!ceiling || m === 'max') ceiling = { value: v, perUnit: m === 'unit' || (m === 'max' && maxPerUnit), totalMarked };
      last = { d: null, field: 'ceiling' };
      return;
    }
    if (!d) { pendingMoney ??= v; last = { d: null, field: 'pending' }; return; }
    if (mode === 'price' || m === 'unit') {
      if (d.unitPrice === null) { d.unitPrice = v; last = { d, field: 'unitPrice' }; }
      return;
    }
    // "telur 5 kg 27rb sekilo, bawang merah 2 kg total 70rb, indomie …": "total" glued to an unpriced line after priced ones
    // is that line's (it was the message's Rp70.000 and the shallots took the catalogue cost).
    const ownTotal = lineTotalMark && d.total === null && d.unitPrice === null && drafts.every((x) => x === d || x.total !== null || x.unitPrice !== null);
    if (m === 'total' && drafts.length > 1 && !ownTotal) { grand = v; grandAfterAdjust = adjusted; last = { d: null, field: 'grand' }; return; }
    if (d.total === null) {
      d.total = v;
      if (adjusted && m === 'total') totalAfterAdjust = true;
      last = { d, field: 'total' };
      return;
    }
    if (grand === null) { grand = v; grandAfterAdjust = adjusted; }
    last = { d: null, field: 'grand' };
  };

  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p];
    const c = getCur();
    switch (piece.k) {
      case 'sep':
        // "belanja ke pasar 350rb: bawang 2 kg 70rb, ...": money before the colon and before any goods is the total.
        if (piece.raw === ':' && pendingMoney !== null && !drafts.some((d) => d.name.length > 0)) { grand = pendingMoney; pendingMoney = null; }
        if (c && piece.raw === ':' && c.lastName && c.qty === null && c.total === null && c.unitPrice === null) c.heading = true;
        if (c) { c.closed = true; c.lastName = false; }
        mark = null;
        break;
      case 'word': {
        const d = c && !c.closed && !piece.variant && (c.lastName || c.name.length === 0) ? c : open();
        if (piece.variant) d.variant = true;
        if (pendingMoney !== null && d.total === null) { d.total = pendingMoney; pendingMoney = null; moneyFirst = d; }
        if (d.name.length === 0 && restWords.has(pieces[p - 1]?.raw ?? '')) d.rest = true;
        d.name.push(piece.raw);
        d.lastName = true;
        break;
      }
      case 'num': {
        const span = isNamePart(pieces, p, c, mode);
        if (span > 0 && c) {
          const digits = piece.n.words ? String(piece.n.value) : piece.raw;
          const unit = pieces[p + 1] as { raw: string; glued?: boolean };
          c.name.push(span === 2 ? `${digits}${unit.glued ? '' : ' '}${unit.raw}` : digits);
          p += span - 1;
          break;
        }
        if (isMoney(pieces, p, mode)) {
          const prev = pieces[p - 1];
          // "pulsa 10rb 12rb", "token listrik 50rb 52rb": a voucher's face value, then what it sold for.
          if (c && mode === 'trade' && mark === null && moneyAt === p - 1 && c.total !== null && c.unitPrice === null
            && c.qty === null && c.name.some((x) => voucherWords.has(x))) {
            c.total = Math.round(piece.n.value);
            monies.push(c.total);
            moneyAt = p;
            break;
          }
          const totalMarked = mark === 'total' || (prev?.k === 'max' && budgetWords.has(prev.raw)) || pieces[p - 2]?.k === 'total';
          money(inThousands(pieces, p, mode) ? piece.n.value * 1000 : piece.n.value, seUnitNext ? 'unit' : mark, totalMarked);
          if (c && mode === 'trade' && seUnitNext) perContents(c, seUnitBefore);
          moneyAt = p;
          seUnitNext = false;
          mark = null;
          break;
        }
        const next = pieces[p + 1];
        if (piece.n.value <= 0) break;
        // "beras sekilo 14rb laku 3", "telor 1 kg 30rb laku 2", "aqua sebotol 4rb laku lima": a count after the price of
        // one unit is how many of them were traded (it booked one). "bawang putih sekilo 42rb laku setengah": half of a weighed
        // unit too (it booked 1 kg for Rp42.000).
        const counted = Number.isInteger(piece.n.value) && piece.n.value >= 2 && piece.n.value < 1000;
        const part = piece.n.words && piece.n.value < 1 && sizeUnits.has(c?.unit ?? '');
        if (c && mode === 'trade' && c.qty === 1 && c.unit !== null && c.total !== null && c.unitPrice === null && moneyAt < p
          && (piece.n.bare || piece.n.words) && (counted || part) && (!next || next.k === 'sep')) {
          c.unitPrice = c.total;
          c.qty = piece.n.value;
          c.total = Math.round(c.unitPrice * c.qty);
          c.seQty = false;
          monies[monies.length - 1] = c.total;
          break;
        }
        // "gorengan 10 biji, 3 rebu dua", "bakwan 9 goceng tiga": the money buys that many, a bundle's price (garut try:
        // Rp3.000 for ten).
        if (c && mode === 'trade' && moneyAt === p - 1 && c.total !== null && c.unitPrice === null && c.qty !== null
          && piece.n.value >= 2 && piece.n.value <= 20 && piece.n.value < c.qty && (!next || next.k === 'sep')) {
          c.total = Math.round((c.qty * c.total) / piece.n.value);
          monies[monies.length - 1] = c.total;
          break;
        }
        // "aqua gelas sedus 1": the count of the "se" unit just named.
        // "beras sekarung 25 kilo": a size in another unit is what the pack holds.
        if (c && c.seQty && pieces[p - 1]?.k === 'se') {
          if (next?.k === 'unit' && next.u !== c.unit) { c.packSize = piece.n.value; c.packUnit = next.u; p++; break; }
          // "sekilo setengah": one and a half kilo, not half a kilo.
          c.qty = piece.n.words && piece.n.value < 1 && next?.k !== 'unit' ? 1 + piece.n.value : piece.n.value;
          c.seQty = false;
          if (next?.k === 'unit') p++;
          break;
        }
        // "2 porsi 2x12rb": the count said again before the price of one.
        if (c && c.qty === piece.n.value && !c.closed && next?.k === 'per' && next.raw === 'x') break;
        // "gula 2 kilo setengah": a half said after the unit belongs to its count (2.5 kg).
        if (c && c.qty !== null && Number.isInteger(c.qty) && !c.closed && pieces[p - 1]?.k === 'unit' && piece.n.words && piece.n.value < 1 && next?.k !== 'unit') {
          c.qty += piece.n.value;
          break;
        }
        // "1 dus isi 72 pcs": what one unit holds, not another line.
        if (c && (c.qty !== null || c.unit !== null) && !c.closed && pieces[p - 1]?.raw === 'isi') {
          // "minyak sania 2 liter 1 dus isi 6 pouch": the size said first was each pouch's, so it names the goods
          // (read as what the dus holds, the 1 L pouches were bought).
          if (c.packSize !== null && c.packUnit !== null && sizeUnits.has(c.packUnit) && next?.k === 'unit' && !sizeUnits.has(next.u)) {
            if (!c.name.some((w) => /\d/.test(w))) c.name.push(sizeWord(c.packSize), c.packUnit);
          }
          c.packSize = piece.n.value;
          if (next?.k === 'unit') { c.packUnit = next.u; p++; }
          break;
        }
        // "beras 25 kg 1 karung": the weight said first is what the pack holds. "le minerale 1,5 liter 2 dus", "aqua 600 ml
        // 1 dus", "sania 1 l masuk 2 dus": a bottle's size before a box (a verb between) names the bottles (1.5 liter, 1 pcs).
        const unitBefore = pieces[p - 1]?.k === 'stop' && pieces[p - 2]?.k === 'unit' ? pieces[p - 2] : pieces[p - 1];
        if (c && c.qty !== null && !c.closed && c.packSize === null && c.unit !== null && unitBefore?.k === 'unit'
          && sizeUnits.has(unitBefore.raw) && next?.k === 'unit' && next.u === 'dus' && (c.unit === 'ml' || c.unit === 'liter')
          && !c.name.some((w) => /\d/.test(w))) {
          c.name.push(sizeWord(c.qty), c.unit);
          c.qty = piece.n.value;
          c.unit = next.u;
          p++;
          break;
        }
        if (c && c.qty !== null && !c.closed && c.packSize === null && c.unit !== null && unitBefore?.k === 'unit'
          && sizeUnits.has(unitBefore.raw) && next?.k === 'unit' && packUnits.has(next.u)) {
          c.packSize = c.qty;
          c.packUnit = c.unit;
          c.qty = piece.n.value;
          c.unit = next.u;
          p++;
          break;
        }
        // "mie sedaap 2 dus, 1 dus 40 bungkus, 110rb sedus": after a comma, one of the item's own unit and a count of
        // another unit is what that unit holds (Makassar try: it was read as the count, 1 dus).
        if (c && c.qty !== null && c.closed && c.packSize === null && piece.n.value === 1 && next?.k === 'unit' && next.u === c.unit) {
          const at = pieces[p + 2]?.raw === 'isi' ? p + 3 : p + 2;
          const size = pieces[at];
          const sizeUnit = pieces[at + 1];
          if (size?.k === 'num' && !isMoney(pieces, at, mode) && sizeUnit?.k === 'unit' && sizeUnit.u !== c.unit) {
            c.packSize = size.n.value;
            c.packUnit = sizeUnit.u;
            p = at + 1;
            break;
          }
          // "kulak indomie goreng 2 dus @110rb, 1 dus isi 40": the contents without their unit (the dus was asked about).
          if (at === p + 3 && size?.k === 'num' && !isMoney(pieces, at, mode) && size.n.value > 1 && sizeUnit?.k !== 'unit') {
            c.packSize = size.n.value;
            p = at;
            break;
          }
        }
        // "minyak 2 dus isi 12 botol 1 liter 420rb", "aqua 2 dus isi 24 botol 600 ml": what each bottle holds, said after
        // the contents (it was read as the price of one liter, Rp840.000 for Rp420.000).
        const contents = pieces[p - 1];
        if (c && c.packSize !== null && !c.closed && next?.k === 'unit' && sizeUnits.has(next.raw)
          && next.u !== c.unit && next.u !== c.packUnit && contents?.k === 'unit' && contents.u === c.packUnit) {
          // The size names which goods ("minyak sania 1 dus isi 6 pouch 2 liter" bought the 1 L bottles).
          if (!c.name.some((w) => /\d/.test(w))) c.name.push(piece.raw, next.raw);
          p++;
          break;
        }
        // "rokok 2 bungkus 1 bungkus nya 25rb": the price of one unit follows; after a comma only for the same unit
        // ("indomie 10 bks, 1 bks 3500").
        if (c && c.qty !== null && (!c.closed || next?.k === 'unit' && next.u === c.unit) && piece.n.value === 1 && next?.k === 'unit') {
          const after = pieces[p + 2]?.raw === 'nya' ? p + 3 : p + 2;
          if (pieces[after]?.k === 'num' && isMoney(pieces, after, mode)) { seUnitNext = true; p = after - 1; break; }
        }
        // "1 sak 25 kg", "2 jerigen 5 liter": the size of each unit, not another line.
        const prevPiece = pieces[p - 1];
        if (c && c.qty !== null && !c.closed && next?.k === 'unit' && (prevPiece?.k === 'unit' || prevPiece?.k === 'se') && c.packSize === null
          && !stickUnits.has(next.u)) {
          c.packSize = piece.n.value;
          c.packUnit = next.u;
          p++;
          break;
        }
        const d = c && c.qty === null && !(c.closed && c.name.length > 0) ? c : open();
        d.qty = piece.n.value;
        if (next?.k === 'unit') { d.unit = next.u; p++; }
        d.lastName = false;
        // "rokok surya 2 bks 1 batang", "… 2 bks sama 3 batang": loose sticks beside the packs are another line of the
        // same cigarettes (the stick was read as what a pack holds, and dropped).
        if (d !== c && c && d.name.length === 0 && c.name.length > 0 && stickUnits.has(d.unit ?? '') && c.unit !== null && !stickUnits.has(c.unit)) {
          d.name = [...c.name];
        }
        break;
      }
      case 'unit':
        if (pieces[p - 1]?.k === 'per') retroUnit(piece.u);
        if (c && c.unit === null) c.unit = piece.u;
        break;
      case 'se': {
        const prev = pieces[p - 1];
        const next = pieces[p + 1];
        if (prev?.k === 'num' && moneyAt === p - 1 && getLast()?.field !== 'pending') { retroUnit(piece.u); break; }
        if (next?.k === 'num' && c && c.qty !== null) { seUnitNext = true; seUnitBefore = piece.u; break; }
        const d = c && c.qty === null && !(c.closed && c.name.length > 0) ? c : open();
        d.qty = 1;
        d.seQty = true;
        d.unit = piece.u;
        d.lastName = false;
        break;
      }
      case 'per': {
        const next = pieces[p + 1];
        // "teh botol x 3 @ 6.000": "x" before a small count is the count.
        if (piece.raw === 'x' && c && c.qty === null && next?.k === 'num' && next.n.bare && next.n.value < 1000 && p + 2 < pieces.length) {
          c.qty = next.n.value;
          c.lastName = false;
          p++;
          break;
        }
        if (moneyAt === p - 1 && (next?.k === 'unit' || piece.raw === 'satunya' || piece.raw === 'perbiji')) retroUnit(null);
        else mark = 'unit';
        break;
      }
      case 'total': {
        // "kopi 10 gelas ceban dapet 3", "gorengan goceng dapet 3": a bundle price, the money buys that many.
        const n = pieces[p + 1];
        if (mode === 'trade' && bundleWords.has(piece.raw) && moneyAt === p - 1 && c && c.total !== null && c.unitPrice === null
          && n?.k === 'num' && n.n.bare && n.n.value >= 2 && n.n.value <= 20 && pieces[p + 2]?.k !== 'unit' && pieces[p + 2]?.k !== 'num') {
          if (c.qty === null) c.qty = n.n.value;
          else c.total = Math.round((c.qty * c.total) / n.n.value);
          monies[monies.length - 1] = c.total;
          p++;
          break;
        }
        // "maks 270rb semua": a total word right after the ceiling makes it the lot's.
        { const ce = getCeiling(); if (mode === 'negotiate' && ce && getLast()?.field === 'ceiling' && !ce.perUnit) ce.totalMarked = true; }
        mark = 'total';
        // Only with more said after it, or money too small for the lot: "kopi 3 total 13rb" at the end is the lot's.
        lineTotalMark = (pieces[p - 1]?.k === 'unit' || pieces[p - 1]?.k === 'num')
          && pieces.slice(p + 2).some((x, i, after) => x.k === 'sep' && after.slice(i + 1).some((y) => y.k === 'num'));
        break;
      }
      case 'disc': case 'ship':
        mark = piece.k;
        if (c) c.lastName = false;
        break;
      case 'max': maxPerUnit = mark === 'unit' && pieces[p - 1]?.k === 'harga'; mark = 'max'; break;
      case 'harga': if (mark === null) mark = 'unit'; if (c) c.lastName = false; break;
      default:
        if (c) c.lastName = false;
    }
  }
  if (mode === 'trade') { dropStrays(drafts); dropConsumeVerb(drafts); joinKindAndBrand(drafts); nameVariants(drafts); sameGoodsAgain(drafts); priceTheOneNamed(drafts); }
  // "indomie 2 bks sama kopi 3 saset 10rb": one unmarked sum after several unpriced lines is their total.
  const named = drafts.filter((d) => d.name.length > 0);
  const lastOne = named.at(-1);
  // "beli sayur sama bumbu 185rb": none counted, the same.
  const allCounted = named.every((d) => d.qty !== null);
  const noneCounted = named.every((d) => d.qty === null);
  if (mode === 'trade' && grand === null && named.length > 1 && lastOne && lastOne.total !== null && lastOne.unitPrice === null
    && named.slice(0, -1).every((d) => d.total === null && d.unitPrice === null) && (allCounted || noneCounted)) {
    grand = lastOne.total;
    lastOne.total = null;
  }
  // "belanja ke pasar 350rb buat sayur sama bumbu", "bayar qris 25k buat indomie 5 bungkus + aqua 1 botol": an amount
  // before several goods, none priced, is theirs. Counted or not: "utang 35rb, ambil rokok 1 bks deng korek" (a helper's try
  // gave the cigarettes the Rp35.000 and the lighter its shelf price, Rp38.000).
  if (mode === 'trade' && grand === null && moneyFirst !== null && named.length > 1 && named[0] === moneyFirst
    && named.slice(1).every((d) => d.total === null && d.unitPrice === null)) {
    grand = moneyFirst.total;
    moneyFirst.total = null;
  }
  // "..., sisanya sayur": the one line named after "sisanya" gets what the stated total leaves.
  const rest = drafts.filter((d) => d.rest && d.total === null && d.unitPrice === null);
  const others = drafts.filter((d) => !d.rest && d.name.length > 0);
  if (mode === 'trade' && grand !== null && rest.length === 1 && others.every((d) => d.total !== null)) {
    const left = grand - others.reduce((a, d) => a + d.total!, 0);
    if (left > 0) rest[0].total = left;
  }
  const result: ItemsRead = { drafts, grand, monies, ceiling, discount, delivery, grandAfterAdjust, totalAfterAdjust };
  return result;
}

/** A size as it is written in a product's name ("1,5" liter, as the catalogue writes it). */
const sizeWord = (n: number): string => String(n).replace('.', ',');
