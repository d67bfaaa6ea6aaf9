// What the owner reads after a booking. Pure: values in, Indonesian text out. Every reply echoes what
// was booked (product, qty, price, total) so a wrong parse is seen at once.
import { formatQty, formatRupiah } from '../../core/format.ts';
import { canonicalUnit, isContainer, measureFactor } from '../../core/units.ts';
import type { ResolvedFrame } from '../router/types.ts';

export interface BookedLine {
  description: string; qty: number; unit: string | null; unitPrice: number; total: number;
  /** As said when not in the base unit: "1 slop" of 10 bks, "250 gram" of 0,25 kg. */
  said?: { qty: number; unit: string } | null;
}
export interface StockAfter { name: string; unit: string; level: number }

export const kindLabel = { sale: 'Penjualan', purchase: 'Pembelian', expense: 'Pengeluaran', income: 'Pemasukan' } as const;

const oneMeasureNamed = /\s1 ?(l|ltr|liter|kg|kilo|gr|gram|ml)$/i;

/** The quantity said is the size at the end of the product's name ("Gas Elpiji 3 kg", said "3 kg"). */
function namesSize(description: string, said: { qty: number; unit: string }): boolean {
  const m = /\s(\d+(?:[.,]\d+)?) ?(l|ltr|liter|kg|kilo|gr|gram|g|ml|ons)$/i.exec(description);
  return !!m && Number(m[1]!.replace(',', '.')) === said.qty && canonicalUnit(m[2]!) === canonicalUnit(said.unit);
}

/** "Indomie Goreng 5 bks × Rp3.500 = Rp17.500"; a bare amount ("Listrik Rp150.000") when qty is 1 with no unit. */
export function lineText(l: BookedLine): string {
  // "2 liter" of "Minyak Goreng Sania 1 L" is 2 pcs: the name says the size, so "1 L 2 liter (2 pcs)" says it twice.
  // "laku gas elpiji 3 kg" is one Gas Elpiji 3 kg: the size said is the name's, not a quantity ("3 kg 3 kg (1 tabung)").
  if (l.said && !(l.said.qty === l.qty && oneMeasureNamed.test(l.description)) && !namesSize(l.description, l.said)) return saidLineText(l, l.said);
  if (l.qty === 1 && !l.unit) return `${l.description} ${formatRupiah(l.total)}`;
  const qty = `${formatQty(l.qty)}${l.unit ? ` ${l.unit}` : ''}`;
  const exact = Math.round(l.qty * l.unitPrice) === l.total;
  return exact ? `${l.description} ${qty} × ${formatRupiah(l.unitPrice)} = ${formatRupiah(l.total)}` : `${l.description} ${qty} = ${formatRupiah(l.total)}`;
}

/**
 * Both quantities, so a wrong pack size is seen at once: "Gudang Garam 1 slop (10 bks) × Rp230.000 =
 * Rp230.000"; a measure shows its price per base unit: "Gula 250 gram (0,25 kg) × Rp18.000/kg = Rp4.500"; a part of a
 * pack its own: "Rokok Surya 12 4 batang (0,333 bks) × Rp2.500 = Rp10.000".
 */
function saidLineText(l: BookedLine, said: { qty: number; unit: string }): string {
  const qty = `${formatQty(said.qty)} ${said.unit} (${formatQty(l.qty)}${l.unit ? ` ${l.unit}` : ''})`;
  const perSaid = l.total / said.qty;
  // "Beras 5 ons (0,01 karung) × Rp14.000/kg": a measure of goods kept by the pack is priced per kilo or liter, as the
  // owner set it, not per karung (a karung's price of a kilo's sale reads like a wrong booking).
  const main = measureFactor(said.unit, 'kg') !== null ? 'kg' : measureFactor(said.unit, 'liter') !== null ? 'liter' : null;
  if (main && l.unit && isContainer(l.unit)) {
    const perMain = l.total / (said.qty * measureFactor(said.unit, main)!);
    if (Number.isInteger(perMain)) return `${l.description} ${qty} × ${formatRupiah(perMain)}/${main} = ${formatRupiah(l.total)}`;
  }
  // A part of a pack that is no measure ("4 batang (0,333 bks)") is priced per the part, as the cigarette is sold.
  const part = l.qty < said.qty && measureFactor(said.unit, said.unit) === null;
  if (l.qty < said.qty && !(part && Number.isInteger(perSaid))) {
    const exact = Math.round(l.qty * l.unitPrice) === l.total;
    return exact ? `${l.description} ${qty} × ${formatRupiah(l.unitPrice)}/${l.unit ?? 'satuan'} = ${formatRupiah(l.total)}` : `${l.description} ${qty} = ${formatRupiah(l.total)}`;
  }
  return Number.isInteger(perSaid) ? `${l.description} ${qty} × ${formatRupiah(perSaid)} = ${formatRupiah(l.total)}` : `${l.description} ${qty} = ${formatRupiah(l.total)}`;
}

// Written as abbreviations, not as words: "Iuran RT", "Pak RW", "UD Sinar Jaya".
const abbreviations = new Set(['rt', 'rw', 'ud', 'cv', 'pt', 'pln', 'pdam', 'bpjs', 'atk', 'tv']);

export function capitalize(s: string): string {
  return s.replace(/(^|\s)(\p{L}+)/gu, (_, sp: string, w: string) =>
    sp + (abbreviations.has(w) ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1)));
}

export function stockText(s: StockAfter[], label = 'Stok sisa'): string {
  if (s.length === 0) return '';
  if (s.length === 1) return `${label} ${formatQty(s[0]!.level)} ${s[0]!.unit}.`;
  return `${label}: ${s.map((x) => `${x.name} ${formatQty(x.level)} ${x.unit}`).join(', ')}.`;
}

export interface BookingText {
  kind: keyof typeof kindLabel;
  lines: BookedLine[];
  total: number;
  /** "bon Bu Sri", "ke Toko Makmur", "kategori listrik": shown after the label. */
  note?: string | null;
  /** A date when the event was not today, e.g. "20 Nov 2026". */
  dateText?: string | null;
  stock?: StockAfter[];
  /** "Stok sisa" after a sale, "Stok sekarang" after a purchase. */
  stockLabel?: string;
  extra?: string[];
}

export function bookingText(b: BookingText): string {
  const head = `Siap Kak, tercatat ✅ ${kindLabel[b.kind]}${b.note ? ` (${b.note})` : ''}${b.dateText ? ` tgl ${b.dateText}${b.lines.length === 1 ? ':' : ''}` : ''}`;
  const body =
    b.lines.length === 1
      ? `${head} ${lineText(b.lines[0]!)}.`
      : `${head}:\n${b.lines.map((l) => `• ${lineText(l)}`).join('\n')}\nTotal ${formatRupiah(b.total)}.`;
  const sep = b.lines.length === 1 ? ' ' : '\n';
  return [body, stockText(b.stock ?? [], b.stockLabel), ...(b.extra ?? [])].filter(Boolean).join(sep);
}

/** Selling more than the stock on record is booked anyway (a warung never refuses a customer) but flagged. */
export function oversoldText(s: StockAfter): string {
  return `⚠️ Stok ${s.name} di catatan kurang (jadi ${formatQty(s.level)} ${s.unit}). Kalau stoknya sebenarnya ada, kirim "stok ${s.name.toLowerCase()} sekarang …" ya Kak.`;
}

/** A sale under the average cost: often a typo ("45rb" for a dus that cost 72rb), sometimes a clearance. */
export function belowCostText(name: string, unit: string, perUnit: number, cost: number): string {
  return `⚠️ ${name} terjual ${formatRupiah(perUnit)}/${unit}, di bawah modal ${formatRupiah(cost)}/${unit}. Kalau salah ketik, kirim "salah, harusnya …" ya Kak.`;
}

export function debtBalanceText(who: string, direction: 'receivable' | 'payable', outstanding: number): string {
  if (outstanding <= 0) return direction === 'receivable' ? `Utang ${who} sudah lunas 🎉` : `Utang ke ${who} sudah lunas 🎉`;
  return direction === 'receivable'
    ? `Total utang ${who} sekarang ${formatRupiah(outstanding)}.`
    : `Total utang ke ${who} sekarang ${formatRupiah(outstanding)}.`;
}

/** "Dibayar Rp50.000 via QRIS, Rp20.000 tunai (masuk laci)."; a purchase's cash came out of the drawer. */
export function splitTenderText(drawer: 'in' | 'out', other: number, via: string, cash: number): string {
  return `Dibayar ${formatRupiah(other)} ${via}, ${formatRupiah(cash)} tunai (${drawer === 'in' ? 'masuk' : 'dari'} laci).`;
}

/** "Uang Rp50.000, kembalian Rp9.000." after a sale paid with a banknote ("bayarnya pakai uang 50rb, kembaliannya berapa"). */
export function changeText(tendered: number, total: number): string {
  if (tendered === total) return `Uang pas ${formatRupiah(total)}.`;
  return tendered > total
    ? `Uang ${formatRupiah(tendered)}, kembalian ${formatRupiah(tendered - total)}.`
    : `⚠️ Uang ${formatRupiah(tendered)} kurang ${formatRupiah(total - tendered)} dari totalnya, Kak.`;
}

/**
 * The part paid in cash of money paid by two means ("bayar 50rb qris 20rb tunai", "40rb qris sisanya tunai"), once the
 * total is known; null when one means paid it all, or the owner's numbers do not leave a part under the total (then it
 * all stays under the non-cash means, as said first).
 */
export function cashPartOf(frame: Pick<ResolvedFrame, 'payment' | 'tender'>, total: number): number | null {
  const t = frame.payment !== 'credit' ? frame.tender : null;
  const cash = t ? t.cash ?? (t.other !== null ? total - t.other : t.cash_share != null ? Math.round(total * t.cash_share) : null) : null;
  return cash !== null && cash > 0 && cash < total ? cash : null;
}

/** "DP Rp20.000 sudah dibayar, sisa Rp6.000 jadi bon." after a sale or purchase with a down payment. */
export function downPaymentText(kind: 'sale' | 'purchase', paid: number, rest: number, who: string): string {
  return `DP ${formatRupiah(paid)} sudah dibayar, sisa ${formatRupiah(rest)} jadi ${kind === 'sale' ? 'bon' : `utang ke ${who}`}.`;
}

/** The money said to be paid at once already covers the total: nothing is booked, the owner says again. */
export function paidInFullText(paid: number, total: number): string {
  return `Yang dibayar ${formatRupiah(paid)}, padahal totalnya ${formatRupiah(total)}, jadi tidak ada sisa utang, Kak. `
    + 'Belum saya catat. Kalau harganya lain, kirim lagi dengan harganya ya (misal: beras 2 kg 26rb bayar 20rb sisanya ngutang).';
}

/** One line for "batal" confirmations and the conversation state: "Penjualan Indomie Goreng 5 bks × Rp3.500 = Rp17.500". */
export function summaryText(kind: keyof typeof kindLabel, lines: BookedLine[], total: number, note?: string | null): string {
  const label = `${kindLabel[kind]}${note ? ` (${note})` : ''}`;
  if (lines.length === 1) return `${label} ${lineText(lines[0]!)}`;
  return `${label} ${lines.length} barang ${formatRupiah(total)}`;
}

/** Stock is kept in the product's unit; a quantity said in another unit that does not convert is booked as is. */
export function unitMismatchText(name: string, qty: number, said: string, unit: string): string {
  return `⚠️ Stok ${name} dihitung per ${unit}, jadi ${formatQty(qty)} ${said} tercatat ${formatQty(qty)} ${unit}. Kalau beda, koreksi jumlahnya dalam ${unit} ya, Kak.`;
}
