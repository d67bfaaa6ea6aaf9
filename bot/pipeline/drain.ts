// The inbox job: drain the row's chat, oldest first, until nothing is left or someone else holds it.
import { toReply, isRetryable, AppError } from '../../core/errors.ts';
import { maskPhone } from '../../core/logger.ts';
import { serviceQuery } from '../../core/db/tenant.ts';
import { claimNext, keepLease, release, type InboxRow } from './claim.ts';
import type { PipelineDeps } from './deps.ts';
import { finishWith, LEASE_LOST, processRow, type Finished } from './process-row.ts';
import { queueSend } from './queues.ts';
import { deliverWritten } from './send.ts';

const DEFAULT_MAX_ATTEMPTS = 5;

/** `claimed`: the row, when ingest wrote it already claimed for this drain (ingest.ts). */
export async function drainChatOf(deps: PipelineDeps, inboxId: string, attempt = 1, claimed?: InboxRow): Promise<void> {
  // A retry may follow a crash between commit and queueing the replies: queue what is still unsent.
  if (attempt > 1) await requeueUnsent(deps, inboxId);
  for (let first = claimed; ; first = undefined) {
    const row = first ?? await claimNext(deps.db, inboxId, deps.leaseSeconds);
    if (!row) return;
    const started = Date.now();
    let finished: Finished;
    const stopLease = keepLease(deps.db, row, deps.leaseSeconds);
    try {
      finished = await processRow(deps, row);
    } catch (err) {
      stopLease();
      if (err instanceof AppError && err.code === LEASE_LOST) {
        // Another worker took the row after our lease ran out; everything we did was rolled back.
        deps.logger.warn({ inbox: row.id, attempt: row.attempts }, 'lease lost; the other worker handles the message');
        return;
      }
      await handleFailure(deps, row, err);
      continue;
    } finally {
      stopLease();
    }
    deps.faults?.('committed');
    for (const out of finished.written) await deliverWritten(deps, out);
    deps.logger.info({ inbox: row.id, chat: maskPhone(row.sender_phone), ms: Date.now() - started, replies: finished.written.length }, 'message handled');
    if (!finished.more) return; // nothing left in the chat when this row committed; a later row has its own job
  }
}

/** Retryable and attempts left: give the row back and fail the job (the chat waits, keeping its order). Else apologise and move on. */
async function handleFailure(deps: PipelineDeps, row: InboxRow, err: unknown): Promise<void> {
  const code = err instanceof AppError ? err.code : (err as Error).message;
  const maxAttempts = deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (isRetryable(err) && row.attempts < maxAttempts) {
    await release(deps.db, row, code);
    deps.logger.warn({ inbox: row.id, attempt: row.attempts, err: code }, 'message failed, will retry');
    throw err;
  }
  deps.logger.error({ inbox: row.id, attempt: row.attempts, err: code }, 'message failed for good');
  const { written } = await finishWith(deps, row, null, [{ text: toReply(err) }], 'failed');
  await serviceQuery(deps.db, `update inbox set last_error = $2 where id = $1`, [row.id, code.slice(0, 500)]);
  for (const out of written) await deliverWritten(deps, out);
}

/** Queues the sends of the chat's replies still unsent (a crash between commit and send). */
export async function requeueUnsent(deps: PipelineDeps, inboxId: string): Promise<void> {
  const { rows } = await serviceQuery<{ id: string }>(deps.db,
    `select o.id from outbox o join inbox i on i.channel = o.channel and i.account = o.account and i.chat = o.chat
      where i.id = $1 and o.status in ('pending', 'sending')`, [inboxId]);
  for (const { id } of rows) await queueSend(deps.queue, id);
}
