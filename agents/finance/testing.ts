// Test helpers for the finance and inventory agents: the demo warung's ids, hand-built frames, and a
// runner that calls an agent inside a transaction as a member, the way the pipeline does.
import type { Db } from '../../core/db/open.ts';
import { withActor, withService } from '../../core/db/tenant.ts';
import type { TenantZone } from '../../core/format.ts';
import type { AgentContext, ResolvedFrame, ResolvedItem } from '../router/types.ts';

export const TENANT = 'a0000000-0000-4000-8000-000000000001';
export const OWNER = { id: 'b0000000-0000-4000-8000-000000000001', role: 'owner' as const, phone: '+6281200000001', name: 'Bu Sri' };
export const CASHIER = { id: 'b0000000-0000-4000-8000-000000000002', role: 'cashier' as const, phone: '+6281200000002', name: 'Mbak Dewi' };
export const CONTACT = { makmur: 'c0000000-0000-4000-8000-000000000001', darto: 'c0000000-0000-4000-8000-000000000011', rini: 'c0000000-0000-4000-8000-000000000012', yati: 'c0000000-0000-4000-8000-000000000013' };
const pid = (n: number) => `d0000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;
export const P = {
  indomie: pid(1), beras: pid(7), minyak2: pid(10), gula: pid(12), bawangPutih: pid(19), aqua: pid(25), aquaGelas: pid(26), kopi: pid(30),
};

export function item(productId: string | null, name: string, qty: number, unit: string | null, unitPrice: number | null, total?: number | null): ResolvedItem {
  return { productId, name, qty, unit, unitPrice, total: total === undefined ? (unitPrice === null ? null : Math.round(qty * unitPrice)) : total };
}

export function frame(intent: ResolvedFrame['intent'], f: Partial<ResolvedFrame> = {}): ResolvedFrame {
  return {
    intent, items: [], amount: null, counterparty: null, direction: null, category: null, date: null, period: null,
    max_unit_price: null, payment: null, contactId: null, ...f,
  };
}

let inbox = 1000;
/** A fresh inbox id, as if a new message arrived. */
export const nextInbox = () => String(++inbox);

export interface RunOpts { inboxId?: string; now?: Date; member?: typeof OWNER | typeof CASHIER; zone?: TenantZone }

/** Runs fn as a member of the demo warung in one transaction, with an AgentContext for it. */
export function run<T>(db: Db, opts: RunOpts, fn: (ctx: AgentContext) => Promise<T>): Promise<T> {
  const member = opts.member ?? OWNER;
  return withActor(db, { role: 'authenticated', tenantId: TENANT, memberId: member.id, memberRole: member.role }, (tx) =>
    fn({
      tx, tenant: { id: TENANT, name: 'Warung Bu Sri', timezone: opts.zone ?? 'Asia/Jakarta' }, member,
      inboxId: opts.inboxId ?? nextInbox(), source: 'chat', now: opts.now ?? new Date(),
    }),
  );
}

/** A single value from the database, read as the service role (tests check rows directly). */
export async function scalar<T = unknown>(db: Db, sql: string, args: unknown[] = []): Promise<T> {
  return withService(db, async (tx) => (await tx.query(sql, args)).rows[0]?.v as T);
}

export const level = (db: Db, productId: string) =>
  scalar<number>(db, `select coalesce(sum(qty), 0)::float8 as v from stock_movements where product_id = $1`, [productId]);
