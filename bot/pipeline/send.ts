// The outbox job: send one reply through its channel, at most once in effect. The row is marked
// "sending" before the transport is called and "sent" after; a retry in between sends again, which
// the channels make harmless (WhatsApp reuses the message id derived from the outbox id, the
// simulator only makes the row visible).
import { serviceQuery } from '../../core/db/tenant.ts';
import { FinalJobError } from '../../core/ports/job-queue.ts';
import type { PipelineDeps } from './deps.ts';
import { queueSend } from './queues.ts';
import { markSent } from './sent-marks.ts';

/** A reply this process has claimed ("sending") and is about to hand to its channel. */
export interface Outgoing { id: string; channel: string; chat: string; body: string }

export async function sendOutbox(deps: PipelineDeps, outboxId: string, attempt: number, lastAttempt: boolean): Promise<void> {
  const row = (await serviceQuery<Outgoing>(deps.db,
    `update outbox set status = 'sending', attempts = $2 where id = $1 and status in ('pending', 'sending')
     returning id, channel, chat, body`,
    [outboxId, attempt],
  )).rows[0];
  if (!row) return; // already sent
  await transmit(deps, row, lastAttempt);
}

async function transmit(deps: PipelineDeps, row: Outgoing, lastAttempt: boolean): Promise<void> {
  const channel = deps.channels[row.channel];
  if (!channel) throw new FinalJobError(`no channel ${row.channel} for outbox ${row.id}`);
  deps.faults?.('sending');
  try {
    const externalId = await channel.send({ id: row.id, chat: row.chat, text: row.body });
    await markSent(deps.db, row.id, externalId);
    channel.afterSent?.({ id: row.id, chat: row.chat, text: row.body });
    deps.faults?.('sent');
  } catch (err) {
    if (lastAttempt) {
      await serviceQuery(deps.db, `update outbox set status = 'failed' where id = $1`, [row.id]);
    }
    throw err;
  }
}

/**
 * Sends a new reply right away when this process works the outbox queue (the channel is here), which
 * spares a queue round trip per message; otherwise, or when the send fails, the outbox job does it.
 */
export async function deliver(deps: PipelineDeps, outboxId: string): Promise<void> {
  if (!deps.sendsInline) return void (await queueSend(deps.queue, outboxId));
  try {
    await sendOutbox(deps, outboxId, 1, false);
  } catch (err) {
    deps.logger.warn({ outbox: outboxId, err: (err as Error).message }, 'send failed; queued for retry');
    await queueSend(deps.queue, outboxId);
  }
}

/**
 * deliver() for a reply the pipeline just committed: when this process sends inline, the row was
 * written already claimed ("sending", attempt 1, what sendOutbox would set), so it goes straight to
 * the channel, one update fewer. The outbox job and the sweeper take "sending" rows like "pending" ones.
 */
export async function deliverWritten(deps: PipelineDeps, out: Outgoing & { claimed: boolean }): Promise<void> {
  if (!out.claimed) return deliver(deps, out.id);
  try {
    await transmit(deps, out, false);
  } catch (err) {
    deps.logger.warn({ outbox: out.id, err: (err as Error).message }, 'send failed; queued for retry');
    await queueSend(deps.queue, out.id);
  }
}
