// Glue between the page and the pure helpers of the POS: the receipt's text and the dynamic QRIS.
import { formatRupiah } from '../../../core/format.ts';
import type { Catalogue, CatalogueProduct } from '../../lib/pos/contract.ts';
import type { QueuedSale } from '../../lib/pos/db.ts';
import type { QrisFor } from './pay-dialog.tsx';

const W = 32;
const pair = (l: string, r: string) => (l.length + r.length + 1 > W ? `${l}\n${r.padStart(W)}` : `${l}${' '.repeat(W - l.length - r.length)}${r}`);

export function receiptText(sale: QueuedSale, products: Map<string, CatalogueProduct>, tenant: Catalogue['tenant'] | undefined, cashier: string): string {
  const out = [tenant?.name ?? 'Warung', sale.receiptNo, new Date(sale.occurredAt).toLocaleString('id-ID'), `Kasir: ${cashier}`, '-'.repeat(W)];
  for (const l of sale.lines) {
    const p = products.get(l.productId);
    out.push(`${p?.name ?? 'Produk'}${l.pack ? ` (${l.pack})` : ''}`.slice(0, W));
    out.push(pair(`  ${l.qty} x ${formatRupiah(l.unitPrice)}`, formatRupiah(l.qty * l.unitPrice - l.discount)));
  }
  out.push('-'.repeat(W), pair('TOTAL', formatRupiah(sale.total)));
  return out.join('\n');
}

export const qrisFor = (_static: string | null, _amount: number): ReturnType<QrisFor> => ({ ok: false, message: 'QRIS belum tersedia.' });
