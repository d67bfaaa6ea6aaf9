// Reads of Stok, Utang-piutang, Kontak and Percakapan: one SQL function each, as the member.
import type { Db } from '../../../core/db/open.ts';
import { withActor } from '../../../core/db/tenant.ts';
import { actorOf, type Session } from '../session.ts';

const read = <R>(db: Db, s: Session, sql: string, params: unknown[]) =>
  withActor(db, actorOf(s), async (tx) => (await tx.query(sql, [s.tenantId, ...params])).rows as R[]);

export interface ProductRow {
  id: string; name: string; aliases: string[]; unit: string; sell_price: number | null; avg_cost: number | null; barcode: string | null;
  category: string | null; reorder_point: number | null; active: boolean; level: number; units: { name: string; size: number; sell_price: number | null }[];
  /** Stock ever came in (not a void's return); goods that never did are not counted. */
  kept: boolean;
}
export const products = (db: Db, s: Session, search: string | null, lowOnly: boolean) =>
  read<ProductRow>(db, s, 'select * from dashboard_products($1, $2, $3)', [search, lowOnly]);

export interface MovementRow { id: number; created_at: Date; kind: string; qty: number; transaction_id: string | null; note: string | null; balance: number }
export const stockHistory = (db: Db, s: Session, productId: string) =>
  read<MovementRow>(db, s, 'select * from dashboard_stock_history($1, $2, 100)', [productId]);

export interface ContactRow {
  id: string; kind: 'customer' | 'supplier'; name: string; aliases: string[]; phone: string | null; note: string | null; active: boolean;
  receivable: number; payable: number; next_due: string | null; oldest_at: Date | null;
}
export const contacts = (db: Db, s: Session, kind: 'customer' | 'supplier' | null = null) =>
  read<ContactRow>(db, s, 'select id, kind, name, aliases, phone, note, active, receivable, payable, next_due::text as next_due, oldest_at from dashboard_contacts($1, $2)', [kind]);

export interface DebtEntry { at: Date; entry: 'debt' | 'payment'; direction: string; amount: number; status: string; note: string | null; transaction_id: string | null }
export const debtHistory = (db: Db, s: Session, contactId: string) =>
  read<DebtEntry>(db, s, 'select * from dashboard_debt_history($1, $2)', [contactId]);

export interface ConversationRow { member_id: string; name: string; role: string; messages: number; last_at: Date | null }
export const conversations = (db: Db, s: Session) => read<ConversationRow>(db, s, 'select * from dashboard_conversations($1)', []);

export interface ChatRow {
  inbox_id: number; at: Date; kind: string; body: string | null; transcript: string | null; media_ref: string | null; status: string;
  replies: { text: string; at: string }[]; booked: { id: string; kind: string; total: number; status: string }[];
}
export const chat = (db: Db, s: Session, memberId: string) => read<ChatRow>(db, s, 'select * from dashboard_chat($1, $2, 100)', [memberId]);

export interface Settings {
  tenant: { name: string; city: string | null; timezone: string; closing_time: string; qris: string | null };
  members: { id: string; name: string; phone: string; role: string; active: boolean }[];
  sessions: { id: string; member: string; created_at: Date; last_seen_at: Date | null; user_agent: string | null; current: boolean }[];
}

export async function settings(db: Db, s: Session): Promise<Settings> {
  return withActor(db, actorOf(s), async (tx) => {
    const t = (await tx.query(`select name, city, timezone, to_char(closing_time, 'HH24:MI') as closing_time, settings ->> 'qris' as qris from tenants where id = $1`, [s.tenantId])).rows[0];
    const members = (await tx.query(`select id, name, phone, role, active from members where tenant_id = $1
       order by active desc, case role when 'owner' then 0 when 'staff' then 1 else 2 end, name`, [s.tenantId])).rows;
    const sessions = s.role === 'owner' ? (await tx.query(
      `select d.id, m.name as member, d.created_at, d.last_seen_at, d.user_agent, d.id = $2 as current
         from dashboard_sessions d join members m on m.id = d.member_id and m.tenant_id = d.tenant_id
        where d.tenant_id = $1 and d.revoked_at is null and d.expires_at > now() order by d.created_at desc`, [s.tenantId, s.sessionId])).rows : [];
    return { tenant: t, members, sessions };
  });
}
