// Who is writing: a member of a warung (by phone, or by WhatsApp JID/LID when the phone is hidden),
// a supplier contact of a warung, or someone unknown (who is then onboarded).
// Runs in the pipeline's service-role transaction, before the tenant is known.
import { sqlLiteral, type Tx } from '../../../core/db/tenant.ts';
import type { TenantZone } from '../../../core/format.ts';
import { normalizePhone } from '../answers.ts';
import type { MemberRole, Sender } from '../types.ts';

export interface SenderAddress { channel: string; senderPhone: string | null; senderAddress: string | null }

const zones: readonly TenantZone[] = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];
const roles: readonly MemberRole[] = ['owner', 'staff', 'cashier'];
const asZone = (z: string): TenantZone => zones.find((x) => x === z) ?? 'Asia/Jakarta';
const asRole = (r: string): MemberRole => roles.find((x) => x === r) ?? 'cashier';

type Row = { kind: string; id: string; tenant_id: string; role: string | null; name: string | null; phone: string | null; tenant_name: string | null; timezone: string | null };

/** The phone as stored (transports should give E.164; "0812…"/"62812…" are tolerated rather than missed). */
const phoneOf = (who: SenderAddress) => (who.senderPhone ? normalizePhone(who.senderPhone) ?? who.senderPhone : null);

/**
 * The lookup as one statement with its values inlined (internal.identify_sender, service role), so the
 * pipeline can send it in the same round trip as its `begin`. Null when there is nothing to look up.
 */
export function identifySql(who: SenderAddress): string | null {
  const phone = phoneOf(who);
  if (!phone && !who.senderAddress) return null;
  return `select * from internal.identify_sender(${sqlLiteral(phone)}, ${sqlLiteral(who.senderAddress)})`;
}

/** The sender from identifySql's rows (none: unknown, and onboarded). */
export function senderFromRows(who: SenderAddress, rows: readonly Row[]): Sender {
  const r = rows[0];
  if (r?.kind === 'member') {
    return {
      kind: 'member', tenantId: r.tenant_id, memberId: r.id, role: asRole(r.role ?? ''), name: r.name, phone: r.phone ?? '',
      tenant: { id: r.tenant_id, name: r.tenant_name ?? '', timezone: asZone(r.timezone ?? '') },
    };
  }
  if (r?.kind === 'supplier') return { kind: 'supplier', tenantId: r.tenant_id, contactId: r.id, name: r.name ?? '', phone: r.phone ?? phoneOf(who) ?? '' };
  return { kind: 'unknown', phone: phoneOf(who) };
}

/** Identifies the sender in a service-role transaction: one round trip. */
export async function identifySender(tx: Tx, who: SenderAddress): Promise<Sender> {
  const sql = identifySql(who);
  return senderFromRows(who, sql ? (await tx.query<Row>(sql)).rows : []);
}
