// Step 1 of every message: write it to the inbox (deduplicated on channel + account + external id),
// then queue its chat's drain. Nothing is acknowledged before the row is committed.
import type { InboundMessage } from '../../core/ports/channel.ts';
import { serviceQuery } from '../../core/db/tenant.ts';
import type { PipelineDeps } from './deps.ts';
import { queueDrain } from './queues.ts';

export interface IngestResult {
  inboxId: string;
  duplicate: boolean;
}

export async function ingest(deps: Pick<PipelineDeps, 'db' | 'queue' | 'inlineDrains'>, msg: InboundMessage, opts: { answer?: boolean } = {}): Promise<IngestResult> {
  const inserted = await serviceQuery<{ id: string }>(deps.db,
    `insert into inbox (channel, account, external_id, sender_phone, sender_address, chat, kind, body, media_ref, quoted_id, sent_at, status)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     on conflict (channel, account, external_id) do nothing
     returning id::text`,
    [msg.channel, msg.account, msg.externalId, msg.senderPhone, msg.senderAddress, msg.chat, msg.kind, msg.body,
      msg.mediaRef, msg.quotedId, msg.sentAt, opts.answer === false ? 'ignored' : 'pending'],
  );
  let row: { inboxId: string; duplicate: boolean; pending: boolean };
  if (inserted.rows[0]) {
    row = { inboxId: inserted.rows[0].id, duplicate: false, pending: opts.answer !== false };
  } else {
    const found = (await serviceQuery<{ id: string; status: string }>(deps.db,
      `select id::text, status from inbox where channel = $1 and account = $2 and external_id = $3`,
      [msg.channel, msg.account, msg.externalId])).rows[0]!;
    row = { inboxId: found.id, duplicate: true, pending: found.status === 'pending' };
  }
  // Drained or queued after commit: a drain that runs before the row is visible would find nothing.
  // A duplicate still pending is queued again (its first job may have been lost with a crash).
  if (row.pending && !deps.inlineDrains?.tryStart(row.inboxId)) await queueDrain(deps.queue, row.inboxId);
  return { inboxId: row.inboxId, duplicate: row.duplicate };
}
