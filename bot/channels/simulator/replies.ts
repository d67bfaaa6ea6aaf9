// Reading the simulator's replies for one phone, after a cursor. The cursor is the last reply's
// sent_at as text (microseconds kept), so it survives restarts and works across processes. Without a
// cursor a reader gets the newest page and the newest cursor (a client starting now must not replay
// old replies, nor be handed a cursor from a chat's first hundred).
import type { Db } from '../../../core/db/open.ts';
import { serviceQuery } from '../../../core/db/tenant.ts';
import { AppError } from '../../../core/errors.ts';

export interface SimReply {
  id: string;
  text: string;
  at: string;
}

export const PAGE = 100;

/** A cursor as this API hands them out ("2026-12-01 14:22:39.123456+00"); '' is none; anything else is bad_request:after. */
export function readCursor(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)(Z|[+-]\d{2}(?::?\d{2}){0,2})?$/.exec(raw.trim());
  const iso = m ? `${m[1]}T${m[2]}${zoneOf(m[3])}` : '';
  // Out-of-range parts the pattern lets through (month 13) fail here, or in the database (badCursor).
  if (!m || !Number.isFinite(Date.parse(iso))) {
    throw new AppError('bad_request:after', { message: 'after must be a cursor returned by this API' });
  }
  return raw.trim();
}

const zoneOf = (z: string | undefined) => (!z ? 'Z' : z === 'Z' ? z : /^[+-]\d{2}$/.test(z) ? `${z}:00` : z.slice(0, 6));

export async function listReplies(db: Db, phone: string, after: string | null): Promise<{ replies: SimReply[]; cursor: string | null }> {
  type Row = { id: string; text: string; at: Date; cursor: string };
  const rows = after === null
    ? (await serviceQuery<Row>(db,
        `select * from (select id, body as text, sent_at as at, sent_at::text as cursor from outbox
          where channel = 'simulator' and chat = $1 and status = 'sent' order by sent_at desc limit ${PAGE}) r order by at`,
        [phone])).rows
    : (await serviceQuery<Row>(db,
        `select id, body as text, sent_at as at, sent_at::text as cursor from outbox
          where channel = 'simulator' and chat = $1 and status = 'sent' and sent_at > $2::timestamptz
          order by sent_at limit ${PAGE}`,
        [phone, after]).catch(badCursor)).rows;
  return {
    replies: rows.map((r) => ({ id: r.id, text: r.text, at: r.at.toISOString() })),
    cursor: rows.at(-1)?.cursor ?? after,
  };
}

/** A cursor the pattern let through but the database cannot read (22007/22008: bad datetime) is the client's error. */
function badCursor(err: { code?: string }): never {
  if (err.code === '22007' || err.code === '22008') throw new AppError('bad_request:after', { message: 'after is not a valid cursor', cause: err });
  throw err;
}

/** The cursor of the newest reply, so a client can start from "now". */
export async function latestCursor(db: Db, phone: string): Promise<string | null> {
  const { rows } = await serviceQuery<{ c: string | null }>(db,
    `select max(sent_at)::text as c from outbox where channel = 'simulator' and chat = $1 and status = 'sent'`, [phone]);
  return rows[0]?.c ?? null;
}
