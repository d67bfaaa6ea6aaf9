// Reading the simulator's replies for one phone, after a cursor. The cursor is the last reply's
// sent_at as text (microseconds kept), so it survives restarts and works across processes.
import type { Db } from '../../../core/db/open.ts';
import { serviceQuery } from '../../../core/db/tenant.ts';

export interface SimReply {
  id: string;
  text: string;
  at: string;
}

export async function listReplies(db: Db, phone: string, after: string | null): Promise<{ replies: SimReply[]; cursor: string | null }> {
  const { rows } = await serviceQuery<{ id: string; text: string; at: Date; cursor: string }>(db,
    `select id, body as text, sent_at as at, sent_at::text as cursor from outbox
      where channel = 'simulator' and chat = $1 and status = 'sent' and ($2::timestamptz is null or sent_at > $2::timestamptz)
      order by sent_at limit 100`,
    [phone, after],
  );
  return {
    replies: rows.map((r) => ({ id: r.id, text: r.text, at: r.at.toISOString() })),
    cursor: rows.at(-1)?.cursor ?? after,
  };
}

/** The cursor of the newest reply, so a client can start from "now". */
export async function latestCursor(db: Db, phone: string): Promise<string | null> {
  const { rows } = await serviceQuery<{ c: string | null }>(db,
    `select max(sent_at)::text as c from outbox where channel = 'simulator' and chat = $1 and status = 'sent'`, [phone]);
  return rows[0]?.c ?? null;
}
