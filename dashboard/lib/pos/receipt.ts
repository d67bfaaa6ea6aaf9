// A POS sale as receipt lines of at most 32 columns (a 58 mm thermal printer's width): the page prints
// them and the receipt route sends them on WhatsApp. Pure (core/format is pure): browser and server.
import { formatDateTime, formatQty, formatRupiah, type TenantZone } from '../../../core/format.ts';

export const RECEIPT_WIDTH = 32;

export interface ReceiptLine { name: string; qty: number; unit: string; unitPrice: number; discount: number; total: number }
export interface ReceiptSale {
  warung: string;
  zone: TenantZone;
  at: Date | string;
  receiptNo: string;
  cashier: string;
  customer?: string | null;
  lines: ReceiptLine[];
  total: number;
  payment: { method: 'cash' | 'qris' | 'transfer' | 'credit'; amount: number; tendered?: number | null };
}

export const paymentName: Record<ReceiptSale['payment']['method'], string> = { cash: 'Tunai', qris: 'QRIS', transfer: 'Transfer', credit: 'Utang' };

/** Words wrapped to the width (a word longer than the width is cut). */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    for (let w = word; w.length > 0; w = w.slice(width)) {
      const piece = w.slice(0, width);
      if (!line) line = piece;
      else if (line.length + 1 + piece.length <= width) line += ` ${piece}`;
      else { out.push(line); line = piece; }
    }
  }
  if (line) out.push(line);
  return out.length ? out : [''];
}

/** Left text and right text on one line; the left is cut when both do not fit. */
function pair(left: string, rightText: string, width: number): string {
  const right = rightText.slice(0, width);
  const room = width - right.length - 1;
  const l = left.length > room ? left.slice(0, Math.max(0, room)) : left;
  return `${l}${' '.repeat(Math.max(1, width - l.length - right.length))}${right}`;
}

/** A header field: the label stays whole, a long value is cut. */
const field = (label: string, value: string, width: number) => pair(label, value.slice(0, width - label.length - 1), width);

const center = (text: string, width: number) => {
  const t = text.slice(0, width);
  return `${' '.repeat(Math.floor((width - t.length) / 2))}${t}`;
};

export function receiptLines(sale: ReceiptSale, width = RECEIPT_WIDTH): string[] {
  const rule = '-'.repeat(width);
  const at = typeof sale.at === 'string' ? new Date(sale.at) : sale.at;
  const out: string[] = [
    ...wrap(sale.warung, width).map((l) => center(l, width)),
    formatDateTime(at, sale.zone),
    field('No', sale.receiptNo, width),
    field('Kasir', sale.cashier, width),
  ];
  if (sale.customer) out.push(field('Pelanggan', sale.customer, width));
  out.push(rule);
  for (const l of sale.lines) {
    out.push(...wrap(l.name, width));
    out.push(pair(`  ${formatQty(l.qty)} ${l.unit} x ${formatRupiah(l.unitPrice)}`, formatRupiah(l.total + l.discount), width));
    if (l.discount > 0) out.push(pair('  Diskon', `-${formatRupiah(l.discount)}`, width));
  }
  out.push(rule, pair('TOTAL', formatRupiah(sale.total), width));
  const p = sale.payment;
  if (p.method === 'cash' && p.tendered != null && p.tendered >= p.amount) {
    out.push(pair('Tunai', formatRupiah(p.tendered), width), pair('Kembali', formatRupiah(p.tendered - p.amount), width));
  } else {
    out.push(pair(paymentName[p.method], formatRupiah(p.amount), width));
  }
  out.push(rule, center('Terima kasih', width));
  return out;
}

/** The receipt as one text (lines joined by newlines). */
export const receiptText = (sale: ReceiptSale, width = RECEIPT_WIDTH) => receiptLines(sale, width).join('\n');
