// Glue between the page and the pure helpers shared with the server: the receipt's 32-column text
// (lib/pos/receipt.ts, the same lines WhatsApp gets) and the dynamic QRIS (core/qris.ts).
import { QrisError, toDynamicQris } from '../../../core/qris.ts';
import type { TenantZone } from '../../../core/format.ts';
import type { Catalogue, CatalogueProduct } from '../../lib/pos/contract.ts';
import type { QueuedSale } from '../../lib/pos/db.ts';
import { receiptText as layout } from '../../lib/pos/receipt.ts';
import type { QrisFor } from './pay-dialog.tsx';

const ZONES: TenantZone[] = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];
/** The warung's zone from its catalogue; WIB until the catalogue is known. */
export const zoneOf = (timezone: string | undefined): TenantZone => ZONES.find((z) => z === timezone) ?? 'Asia/Jakarta';

export function receiptText(sale: QueuedSale, products: Map<string, CatalogueProduct>, tenant: Catalogue['tenant'] | undefined, cashier: string): string {
  const zone = zoneOf(tenant?.timezone);
  const p = sale.payments[0]!;
  return layout({
    warung: tenant?.name ?? 'Warung', zone, at: sale.occurredAt, receiptNo: sale.receiptNo, cashier,
    customer: sale.customer?.name ?? null,
    lines: sale.lines.map((l) => {
      const prod = products.get(l.productId);
      return {
        name: prod?.name ?? 'Produk', qty: l.qty, unit: l.pack ?? prod?.unit ?? '', unitPrice: l.unitPrice, discount: l.discount,
        total: Math.round(l.qty * l.unitPrice) - l.discount,
      };
    }),
    total: sale.total,
    payment: { method: p.method, amount: p.amount, tendered: p.tendered ?? null },
  });
}

export function qrisFor(staticQris: string | null, amount: number): ReturnType<QrisFor> {
  if (!staticQris) return { ok: false, message: 'QRIS warung belum diisi. Pemilik bisa mengisinya di Pengaturan.' };
  try {
    return { ok: true, payload: toDynamicQris(staticQris, amount) };
  } catch (err) {
    return { ok: false, message: err instanceof QrisError ? err.message : 'Kode QRIS warung tidak valid.' };
  }
}
