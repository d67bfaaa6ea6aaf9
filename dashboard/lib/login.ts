// Login by a one-time code sent through the warung's own channel. Codes are 6 digits, stored hashed,
// live 5 minutes, die after 5 wrong tries; at most 5 per phone per hour (SQL: *_dashboard_login.sql).
// A number that is no member gets the same answers (a code is stored for it, and never sent).
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../core/db/open.ts';
import { asService } from './sql.ts';
import { newToken, sha256, SESSION_DAYS, type MemberRole } from './session.ts';

export interface CodeRecipient { tenantId: string; memberId?: string; phone: string }
/**
 * Sends a text to a phone (a member, or a contact) through the warung's channel (WhatsApp, or the simulator).
 * With a dedupeKey the text is queued at most once for that key (outbox.dedupe_key), however often it is asked.
 */
export type SendText = (to: CodeRecipient, text: string, opts?: { dedupeKey?: string }) => Promise<void>;

export const codeHash = (phone: string, code: string) => sha256(`login:${phone}:${code}`);
export const codeText = (code: string) =>
  `Kode masuk dasbor Juragan: ${code}\nBerlaku 5 menit. Jangan berikan kode ini ke siapa pun, termasuk yang mengaku dari Juragan.`;

export type RequestResult = 'sent' | 'too_many';

export async function requestCode(db: Db, phone: string, send: SendText): Promise<RequestResult> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const { rows } = await asService<{ ok: boolean }>(db, 'select issue_login_code($1, $2) as ok', [phone, codeHash(phone, code)]);
  if (!rows[0]?.ok) return 'too_many';
  const member = (await asService<{ tenant_id: string; id: string }>(db,
    `select tenant_id, id from members where phone = $1 and active
      order by case role when 'owner' then 0 when 'staff' then 1 else 2 end, created_at limit 1`, [phone])).rows[0];
  if (member) await send({ tenantId: member.tenant_id, memberId: member.id, phone }, codeText(code));
  return 'sent';
}

export type LoginResult =
  | { status: 'ok'; token: string; role: MemberRole }
  | { status: 'wrong' | 'expired' | 'too_many' | 'none' };

const result = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), role: z.enum(['owner', 'staff', 'cashier']) }),
  z.object({ status: z.enum(['wrong', 'expired', 'too_many', 'none']) }),
]);

export async function loginWithCode(db: Db, phone: string, code: string, userAgent: string | undefined): Promise<LoginResult> {
  const token = newToken();
  const { rows } = await asService<{ r: unknown }>(db, `select login_with_code($1, $2, $3, $4, $5::interval) as r`,
    [phone, codeHash(phone, code), sha256(token), userAgent ?? null, `${SESSION_DAYS} days`]);
  const r = result.parse(rows[0]?.r);
  return r.status === 'ok' ? { status: 'ok', token, role: r.role } : r;
}
