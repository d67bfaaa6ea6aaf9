// Per-chat ordering without a lock service: a chat's oldest unfinished inbox row is claimed with a
// lease. While a row is "processing" under a live lease, nobody else may take any row of that chat,
// so one chat's messages never overtake each other; other chats go on in parallel.
import type { Db } from '../../core/db/open.ts';
import { serviceQuery } from '../../core/db/tenant.ts';

export interface InboxRow {
  id: string;
  tenant_id: string | null;
  channel: string;
  account: string;
  external_id: string;
  sender_phone: string | null;
  sender_address: string;
  chat: string;
  kind: 'text' | 'voice' | 'image' | 'document';
  body: string | null;
  media_ref: string | null;
  transcript: string | null;
  attempts: number;
}

// Short, because it is renewed every third of its length while a message is handled (a slow STT or
// LLM call keeps it), and it is all a worker killed mid-message leaves behind: its chats wait this
// long before the stalled job or the sweeper takes them over. At 120 s the soak (bench/soak.ts) saw
// chats stuck for 2–3 minutes after every kill -9; at 30 s, a reply 28–30 s late after a third of
// the kills. As long as the BullMQ job lock (bullmq-queue.ts), so the stalled job finds it free.
export const LEASE_SECONDS = 10;

/**
 * Claims the oldest unfinished row of the chat that `inboxId` belongs to, or returns null when there
 * is none or another worker holds the chat. One statement: it runs as its own transaction. Every claim
 * increments `attempts`, so the returned `attempts` is this claim's fencing token: renewing the lease
 * and finishing the row only work while it still matches (see renewLease, internal.finish_inbox).
 */
export async function claimNext(db: Db, inboxId: string, leaseSeconds = LEASE_SECONDS): Promise<InboxRow | null> {
  const { rows } = await serviceQuery<InboxRow>(db,
    `with c as (select channel, account, chat from inbox where id = $1)
     update inbox set status = 'processing', attempts = attempts + 1,
            locked_until = now() + make_interval(secs => $2)
      where id = (select i.id from inbox i, c
                   where i.chat = c.chat and i.channel = c.channel and i.account = c.account
                     and i.status in ('pending', 'processing')
                   order by i.id limit 1)
        and (status = 'pending' or locked_until < now())
      returning id::text, tenant_id, channel, account, external_id, sender_phone, sender_address, chat, kind,
                body, media_ref, transcript, attempts`,
    [inboxId, leaseSeconds],
  );
  return rows[0] ?? null;
}

/** Extends the lease of a row this claim still holds; false when it was lost (expired and taken). */
export async function renewLease(db: Db, row: InboxRow, leaseSeconds = LEASE_SECONDS): Promise<boolean> {
  const { rowCount } = await serviceQuery(db,
    `update inbox set locked_until = now() + make_interval(secs => $3)
      where id = $1 and attempts = $2 and status = 'processing'`, [row.id, row.attempts, leaseSeconds]);
  return rowCount === 1;
}

/**
 * Keeps the lease alive while a slow message (speech to text, an LLM) is being handled: renews it every
 * third of its length, one renewal in flight at most. Returns the function that stops it.
 */
export function keepLease(db: Db, row: InboxRow, leaseSeconds = LEASE_SECONDS, onLost?: () => void): () => void {
  let inFlight = false;
  const timer = setInterval(() => {
    if (inFlight) return;
    inFlight = true;
    renewLease(db, row, leaseSeconds)
      .then((held) => { if (!held) onLost?.(); })
      .catch(() => {}) // a failed renewal is retried on the next tick; the finish is fenced anyway
      .finally(() => { inFlight = false; });
  }, Math.max(50, (leaseSeconds * 1000) / 3));
  timer.unref();
  return () => clearInterval(timer);
}

/** Gives a row back after a failure so the retry (or the sweeper) can claim it again; only while this claim holds it. */
export async function release(db: Db, row: InboxRow, error: string): Promise<void> {
  await serviceQuery(db, `update inbox set status = 'pending', locked_until = null, last_error = $3
    where id = $1 and attempts = $2 and status = 'processing'`, [row.id, row.attempts, error.slice(0, 500)]);
}
