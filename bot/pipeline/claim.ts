// Per-chat ordering without a lock service: a chat's oldest unfinished inbox row is claimed with a
// lease. While a row is "processing" under a live lease, nobody else may take any row of that chat,
// so one chat's messages never overtake each other; other chats go on in parallel.
import type { Tx } from '../../core/db/tenant.ts';

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

export const LEASE_SECONDS = 120;

/** Claims the chat's oldest unfinished row, or returns null when there is none or it is taken. */
export async function claimNext(tx: Tx, chatOf: { channel: string; account: string; chat: string }): Promise<InboxRow | null> {
  const { rows } = await tx.query<InboxRow>(
    `update inbox set status = 'processing', attempts = attempts + 1,
            locked_until = now() + make_interval(secs => $4)
      where id = (select id from inbox
                   where channel = $1 and account = $2 and chat = $3 and status in ('pending', 'processing')
                   order by id limit 1)
        and (status = 'pending' or locked_until < now())
      returning id::text, tenant_id, channel, account, external_id, sender_phone, sender_address, chat, kind,
                body, media_ref, transcript, attempts`,
    [chatOf.channel, chatOf.account, chatOf.chat, LEASE_SECONDS],
  );
  return rows[0] ?? null;
}

/** Gives a row back after a failure so the retry (or the sweeper) can claim it again. */
export async function release(tx: Tx, id: string, error: string): Promise<void> {
  await tx.query(`update inbox set status = 'pending', locked_until = null, last_error = $2 where id = $1`, [id, error.slice(0, 500)]);
}
