// Who is writing: a member of a warung (by phone, or by WhatsApp JID/LID when the phone is hidden),
// a supplier contact of a warung, or someone unknown (who is then onboarded).
// Runs in the pipeline's service-role transaction, before the tenant is known.
import { prepared, type Tx } from '../../../core/db/tenant.ts';
import type { TenantZone } from '../../../core/format.ts';
import { normalizePhone } from '../answers.ts';
import type { MemberRole, Sender } from '../types.ts';

export interface SenderAddress { channel: string; senderPhone: string | null; senderAddress: string | null }

const zones: readonly TenantZone[] = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];
const roles: readonly MemberRole[] = ['owner', 'staff', 'cashier'];
const asZone = (z: string): TenantZone => zones.find((x) => x === z) ?? 'Asia/Jakarta';
const asRole = (r: string): MemberRole => roles.find((x) => x === r) ?? 'cashier';

export async function identifySender(tx: Tx, who: SenderAddress): Promise<Sender> {
  // Transports should give E.164 already; "0812…"/"62812…" are tolerated rather than missed.
  const phone = who.senderPhone ? normalizePhone(who.senderPhone) ?? who.senderPhone : null;
  const address = who.senderAddress;
  if (!phone && !address) return { kind: 'unknown', phone: null };

  // A phone in two warung (an owner who also works elsewhere) goes to the one they own, then the oldest.
  const member = await prepared<{
    id: string; tenant_id: string; role: string; name: string | null; phone: string;
    tenant_name: string; timezone: string;
  }>(tx,
    `select m.id, m.tenant_id, m.role, m.name, m.phone, t.name as tenant_name, t.timezone
       from public.members m join public.tenants t on t.id = m.tenant_id
      where m.active and (m.phone = $1 or ($2::text is not null and (m.wa_jid = $2 or m.wa_lid = $2)))
      order by (m.role = 'owner') desc, m.created_at
      limit 1`,
    [phone, address],
  );
  const m = member.rows[0];
  if (m) {
    return {
      kind: 'member', tenantId: m.tenant_id, memberId: m.id, role: asRole(m.role), name: m.name, phone: m.phone,
      tenant: { id: m.tenant_id, name: m.tenant_name, timezone: asZone(m.timezone) },
    };
  }

  const supplier = await prepared<{ id: string; tenant_id: string; name: string; phone: string | null }>(tx,
    `select c.id, c.tenant_id, c.name, c.phone from public.contacts c
      where c.active and c.kind = 'supplier'
        and (c.phone = $1 or ($2::text is not null and (c.wa_jid = $2 or c.wa_lid = $2)))
      order by c.created_at limit 1`,
    [phone, address],
  );
  const s = supplier.rows[0];
  if (s) return { kind: 'supplier', tenantId: s.tenant_id, contactId: s.id, name: s.name, phone: s.phone ?? phone ?? '' };

  return { kind: 'unknown', phone };
}
