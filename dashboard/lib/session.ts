// Dashboard sessions: a random token in an httpOnly cookie, only its sha256 in dashboard_sessions.
// No Next.js imports: the Fastify routes (login, live, exports) and the pages both use this.
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../core/db/open.ts';
import type { Actor } from '../../core/db/tenant.ts';
import { asService } from './sql.ts';
import type { TenantZone } from '../../core/format.ts';

export const SESSION_COOKIE = 'juragan_session';
export const CSRF_COOKIE = 'juragan_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_DAYS = 30;

export type MemberRole = 'owner' | 'staff' | 'cashier';

export interface Session {
  sessionId: string;
  tenantId: string;
  memberId: string;
  role: MemberRole;
  memberName: string;
  tenantName: string;
  zone: TenantZone;
}

export const newToken = () => randomBytes(32).toString('base64url');
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const tokenShape = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
const row = z.object({
  session_id: z.string(), tenant_id: z.string(), member_id: z.string(), role: z.enum(['owner', 'staff', 'cashier']),
  member_name: z.string(), tenant_name: z.string(), timezone: z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']),
});

/** The live session of a cookie value, or null (missing, malformed, unknown, revoked, expired, member removed). */
export async function sessionFromToken(db: Db, token: string | undefined | null): Promise<Session | null> {
  if (!token || !tokenShape.safeParse(token).success) return null;
  const { rows } = await asService(db, 'select * from dashboard_session($1)', [sha256(token)]);
  const r = row.safeParse(rows[0]);
  if (!r.success) return null;
  const s = r.data;
  return {
    sessionId: s.session_id, tenantId: s.tenant_id, memberId: s.member_id, role: s.role,
    memberName: s.member_name, tenantName: s.tenant_name, zone: s.timezone,
  };
}

export async function revokeToken(db: Db, token: string): Promise<void> {
  await asService(db, 'select revoke_dashboard_session($1)', [sha256(token)]);
}

/** The identity every query of this session runs as: RLS and the SQL functions see the member's claims. */
export const actorOf = (s: Session): Actor => ({ role: 'authenticated', tenantId: s.tenantId, memberId: s.memberId, memberRole: s.role });

/** Cost and profit are the owner's (the SQL functions enforce it; pages use this to lay out). */
export const seesCosts = (s: Session) => s.role === 'owner';
