// "Ekspor semua data": every table the warung owns as one CSV each, in one ZIP, read as the owner (RLS
// keeps other warungs out). Secrets stay out: session token hashes, PIN hashes.
import { stringify } from 'csv-stringify/sync';
import type { Db } from '../../core/db/open.ts';
import { withActor } from '../../core/db/tenant.ts';
import { actorOf, type Session } from './session.ts';
import { wallClock, zip } from './zip.ts';

export const exportedTables: Record<string, string> = {
  warung: 'select id, name, city, timezone, closing_time, settings, created_at from tenants',
  anggota: 'select id, phone, name, role, active, created_at from members',
  kontak: 'select * from contacts',
  produk: 'select * from products',
  satuan_kemasan: 'select * from product_units',
  mutasi_stok: 'select * from stock_movements',
  transaksi: 'select * from transactions',
  transaksi_baris: 'select * from transaction_lines',
  utang: 'select * from debts',
  pembayaran_utang: 'select * from debt_payments',
  alokasi_pembayaran: 'select * from debt_payment_allocations',
  pengingat_utang: 'select * from debt_reminders',
  pesan_masuk: 'select id, member_id, channel, kind, body, transcript, media_ref, sent_at, received_at, status from inbox',
  pesan_keluar: 'select id, inbox_id, channel, chat, body, status, created_at, sent_at from outbox',
  negosiasi: 'select * from negotiations',
  penawaran: 'select * from negotiation_offers',
  harga_pasar: 'select * from market_prices where tenant_id is not null',
  catatan_audit: 'select * from audit_log',
  sesi_dasbor: 'select id, member_id, created_at, expires_at, last_seen_at, revoked_at, user_agent from dashboard_sessions',
};

const cell = (v: unknown) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : v);

/** `now`: when the archive is made; its files carry that time in the warung's zone. */
export async function exportAll(db: Db, s: Session, now: Date): Promise<Buffer> {
  const files = await withActor(db, actorOf(s), async (tx) => {
    const out: { name: string; data: Buffer }[] = [];
    for (const [name, sql] of Object.entries(exportedTables)) {
      const r = await tx.query(`${sql} order by 1`);
      const header = r.fields.map((f) => f.name);
      out.push({ name: `${name}.csv`, data: Buffer.from('\ufeff' + stringify([header, ...r.rows.map((row) => header.map((h) => cell(row[h])))])) });
    }
    return out;
  });
  return zip(files, wallClock(now, s.zone));
}
