// Pengaturan's POS part: the warung's active POS devices and whether cashiers may give discounts
// (read as the logged-in member: RLS keeps it to the warung's rows).
import type { Db } from '../../../core/db/open.ts';
import { withActor } from '../../../core/db/tenant.ts';
import { actorOf, type Session } from '../session.ts';

export interface PosDeviceRow { id: string; code: string; name: string | null; member: string; created_at: Date; last_seen_at: Date | null }

export async function posDevices(db: Db, s: Session): Promise<{ devices: PosDeviceRow[]; allowCashierDiscount: boolean }> {
  return withActor(db, actorOf(s), async (tx) => {
    const devices = (await tx.query<PosDeviceRow>(
      `select d.id, d.code, d.name, m.name as member, d.created_at, d.last_seen_at
         from pos_devices d join members m on m.tenant_id = d.tenant_id and m.id = d.member_id
        where d.tenant_id = $1 and d.revoked_at is null order by d.created_at desc`, [s.tenantId])).rows;
    const t = (await tx.query<{ d: boolean }>('select pos_cashier_discount as d from tenants where id = $1', [s.tenantId])).rows[0];
    return { devices, allowCashierDiscount: Boolean(t?.d) };
  });
}
