// Server-side reads and writes of the POS (no Next imports): the catalogue, booking one sale through
// pos_book_sale, and a booked sale as a receipt. Every query runs as the logged-in member (RLS applies).
import { createHash } from 'node:crypto';
import type { Db } from '../../../core/db/open.ts';
import { withActor } from '../../../core/db/tenant.ts';
import { actorOf, type Session } from '../session.ts';
import type { Catalogue, Sale, SaleResult } from './contract.ts';
import type { ReceiptSale } from './receipt.ts';

const num = (v: unknown) => Number(v);

export async function loadCatalogue(db: Db, s: Session): Promise<Catalogue> {
  return withActor(db, actorOf(s), async (tx) => {
    const t = (await tx.query(`select name, timezone, settings ->> 'qris' as qris, pos_cashier_discount from tenants where id = $1`, [s.tenantId])).rows[0];
    const products = (await tx.query(
      `select p.id, p.name, p.aliases, p.category, p.barcode, p.unit, p.sell_price as price,
              case when internal.stock_came_in(p.tenant_id, p.id)
                then coalesce((select s.level from stock_on_hand s where s.tenant_id = p.tenant_id and s.product_id = p.id), 0) end as stock,
              coalesce((select jsonb_agg(jsonb_build_object('name', u.name, 'size', u.size, 'price', u.sell_price) order by u.size, u.name)
                          from product_units u where u.tenant_id = p.tenant_id and u.product_id = p.id), '[]'::jsonb) as packs
         from products p where p.tenant_id = $1 and p.active
        order by p.category nulls last, p.name`, [s.tenantId])).rows;
    const customers = (await tx.query(
      `select id, name from contacts where tenant_id = $1 and kind = 'customer' and active order by name`, [s.tenantId])).rows;
    const body = {
      tenant: { name: t.name as string, timezone: t.timezone as string, qris: (t.qris as string | null) ?? null, allowCashierDiscount: Boolean(t.pos_cashier_discount) },
      products: products.map((p) => ({
        id: p.id as string, name: p.name as string, aliases: (p.aliases as string[] | null) ?? [], category: p.category as string | null, barcode: p.barcode as string | null,
        unit: p.unit as string, price: p.price === null ? null : num(p.price), stock: p.stock === null ? null : num(p.stock),
        packs: (p.packs as { name: string; size: number | string; price: number | null }[]).map((u) => ({ name: u.name, size: num(u.size), price: u.price })),
      })),
      customers: customers.map((c) => ({ id: c.id as string, name: c.name as string })),
    };
    // The version is the content's hash: any change in what the page sells from changes it.
    const version = createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 16);
    return { version, ...body };
  });
}

/** Why a sale was refused, in words for the cashier (codes from pos_book_sale and post_transaction). */
export const rejectMessages: Record<string, string> = {
  'not_found:device': 'Perangkat kasir ini tidak dikenal. Daftarkan ulang perangkat.',
  'forbidden:device': 'Perangkat kasir ini sudah dihapus pemilik.',
  'forbidden:cashier': 'Kasir ini bukan anggota aktif warung.',
  'invalid:discount': 'Diskon lebih besar dari harga barang.',
  'invalid:receipt_no': 'Nomor struk tidak cocok dengan kode perangkat.',
  'conflict:receipt_no': 'Nomor struk ini sudah dipakai transaksi lain.',
  'conflict:id': 'Kode transaksi ini sudah dipakai transaksi lain.',
  'not_found:product': 'Barang tidak ada di katalog warung.',
  'not_found:pack': 'Kemasan barang tidak ada di katalog.',
  'not_found:contact': 'Pelanggan tidak ditemukan.',
  'invalid:customer': 'Utang perlu nama pelanggan.',
  'invalid:amount': 'Jumlah bayar tidak sama dengan total belanja.',
  'invalid:tendered': 'Uang tunai kurang dari total.',
  'forbidden:tenant': 'Perangkat ini milik warung lain.',
};

export interface NegativeStock { name: string; unit: string; level: number }
export interface Booked { result: SaleResult; untoldNegative: NegativeStock[] }

/**
 * Books a batch of sales in one transaction and one call (pos_book_sales: each sale in its own
 * subtransaction, the batch's products locked first). A refusal of the database (a bad sale) is a
 * 'rejected' result with its message for the cashier; anything else (the database is away) is thrown,
 * the whole batch rolls back, and the device keeps its sales and retries.
 */
export async function bookSales(db: Db, s: Session, sales: Sale[]): Promise<Booked[]> {
  const rows = await withActor(db, actorOf(s), async (tx) =>
    (await tx.query<{ r: BookedRow[] }>('select pos_book_sales($1, $2) as r', [s.tenantId, JSON.stringify(sales)])).rows[0]!.r);
  return rows.map((r, i) => {
    const sale = sales[i]!;
    if (r.status === 'rejected') {
      const code = r.error ?? 'rejected';
      return {
        result: {
          id: sale.id, status: 'rejected', transactionId: null, receiptNo: sale.receiptNo, total: null, flags: [],
          error: code, message: rejectMessages[code] ?? 'Transaksi ditolak server. Periksa isinya lalu buat ulang.',
        },
        untoldNegative: [],
      };
    }
    return {
      result: { id: r.id, status: r.status, transactionId: r.transactionId, receiptNo: r.receiptNo, total: num(r.total), flags: r.flags ?? [] },
      untoldNegative: (r.negative ?? []).map((n) => ({ ...n, level: num(n.level) })),
    };
  });
}

/** One answer of pos_book_sales (pos_book_sale's result, or a refusal). */
interface BookedRow {
  id: string; status: 'booked' | 'duplicate' | 'rejected'; error?: string;
  transactionId: string | null; receiptNo: string; total: number | string | null; flags: string[] | null; negative?: NegativeStock[] | null;
}

/** A booked sale as a receipt (null when no such sale in the member's warung). */
export async function receiptOf(db: Db, s: Session, saleId: string): Promise<ReceiptSale | null> {
  return withActor(db, actorOf(s), async (tx) => {
    const sale = (await tx.query(
      `select s.receipt_no, s.occurred_at, s.total, m.name as cashier, t.counterparty_name as customer,
              p.method, p.amount, p.tendered
         from pos_sales s join members m on m.tenant_id = s.tenant_id and m.id = s.cashier_id
         join transactions t on t.tenant_id = s.tenant_id and t.id = s.transaction_id
         join pos_payments p on p.tenant_id = s.tenant_id and p.sale_id = s.id
        where s.tenant_id = $1 and s.id = $2`, [s.tenantId, saleId])).rows[0];
    if (!sale) return null;
    const lines = (await tx.query(
      `select pr.name, l.qty, coalesce(l.pack, pr.unit) as unit, l.unit_price, l.discount, l.total
         from pos_sale_lines l join products pr on pr.tenant_id = l.tenant_id and pr.id = l.product_id
        where l.tenant_id = $1 and l.sale_id = $2 order by l.line_no`, [s.tenantId, saleId])).rows;
    return {
      warung: s.tenantName, zone: s.zone, at: new Date(sale.occurred_at), receiptNo: sale.receipt_no, cashier: sale.cashier,
      customer: sale.customer, total: num(sale.total),
      lines: lines.map((l) => ({ name: l.name, qty: num(l.qty), unit: l.unit, unitPrice: num(l.unit_price), discount: num(l.discount), total: num(l.total) })),
      payment: { method: sale.method, amount: num(sale.amount), tendered: sale.tendered === null ? null : num(sale.tendered) },
    };
  });
}
