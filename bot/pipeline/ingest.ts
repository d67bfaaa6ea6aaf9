// Step 1 of every message: write it to the inbox (deduplicated on channel + account + external id),
// then queue its chat's drain. Nothing is acknowledged before the row is committed.
// When this process will drain the message itself (a free inline slot), the row is written already
// claimed if its chat has nothing else unfinished (internal.ingest_inbox): the drain starts with it.
import type { InboundMessage } from '../../core/ports/channel.ts';
import { serviceQuery } from '../../core/db/tenant.ts';
import { LEASE_SECONDS, type InboxRow } from './claim.ts';
import type { PipelineDeps } from './deps.ts';
import { queueDrain } from './queues.ts';

export interface IngestResult {
  inboxId: string;
  duplicate: boolean;
}

export async function ingest(deps: Pick<PipelineDeps, 'db' | 'queue' | 'inlineDrains' | 'leaseSeconds'>, msg: InboundMessage, opts: { answer?: boolean } = {}): Promise<IngestResult> {
  const answer = opts.answer !== false;
  const slot = answer ? deps.inlineDrains?.reserve() ?? null : null;
  let row: { inbox_id: string; inbox_status: string; duplicate: boolean };
  try {
    row = (await serviceQuery<typeof row>(deps.db,
      `select inbox_id::text, inbox_status, duplicate from internal.ingest_inbox($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [msg.channel, msg.account, msg.externalId, msg.senderPhone, msg.senderAddress, msg.chat, msg.kind, msg.body,
        msg.mediaRef, msg.quotedId, msg.sentAt, answer ? 'pending' : 'ignored', slot ? deps.leaseSeconds ?? LEASE_SECONDS : null],
    )).rows[0]!;
  } catch (err) {
    slot?.release();
    throw err;
  }
  const inboxId = row.inbox_id;
  // Drained or queued after commit: a drain that runs before the row is visible would find nothing.
  // A duplicate still pending is queued again (its first job may have been lost with a crash).
  if (slot && !row.duplicate && row.inbox_status === 'processing') slot.start(inboxId, claimedRow(inboxId, msg));
  else if (row.inbox_status !== 'pending') slot?.release();
  else if (slot) slot.start(inboxId);
  else await queueDrain(deps.queue, inboxId);
  return { inboxId, duplicate: row.duplicate };
}

/** The row as internal.ingest_inbox wrote it claimed: the first claim (attempts 1), no tenant yet. */
function claimedRow(id: string, msg: InboundMessage): InboxRow {
  return {
    id, tenant_id: null, channel: msg.channel, account: msg.account, external_id: msg.externalId, sender_phone: msg.senderPhone,
    sender_address: msg.senderAddress, chat: msg.chat, kind: msg.kind, body: msg.body, media_ref: msg.mediaRef, transcript: null, attempts: 1,
  };
}
