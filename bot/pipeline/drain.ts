// The inbox job: drain the row's chat, oldest first, until nothing is left or someone else holds it.
import { toReply, isRetryable, AppError } from '../../core/errors.ts';
import { maskPhone } from '../../core/logger.ts';
import { withService } from '../../core/db/tenant.ts';
import { FinalJobError } from '../../core/ports/job-queue.ts';
import { claimNext, release, type InboxRow } from './claim.ts';
import type { PipelineDeps } from './deps.ts';
import { finishWith, processRow } from './process-row.ts';
import { queueSend } from './queues.ts';

const DEFAULT_MAX_ATTEMPTS = 5;

export async function drainChatOf(deps: PipelineDeps, inboxId: string, attempt = 1): Promise<void> {
  const chat = await withService(deps.db, async (tx) =>
    (await tx.query<{ channel: string; account: string; chat: string }>(`select channel, account, chat from inbox where id = $1`, [inboxId])).rows[0],
  );
  if (!chat) throw new FinalJobError(`inbox row ${inboxId} not found`);
  // A retry may follow a crash between commit and queueing the replies: queue what is still unsent.
  if (attempt > 1) await requeueUnsent(deps, chat);
  for (;;) {
    const row = await withService(deps.db, (tx) => claimNext(tx, chat));
    if (!row) return;
    const started = Date.now();
    let outboxIds: string[];
    try {
      outboxIds = await processRow(deps, row);
    } catch (err) {
      await handleFailure(deps, row, err);
      continue;
    }
    deps.faults?.('committed');
    for (const id of outboxIds) await queueSend(deps.queue, id);
    deps.logger.info({ inbox: row.id, chat: maskPhone(row.sender_phone), ms: Date.now() - started, replies: outboxIds.length }, 'message handled');
  }
}

/** Retryable and attempts left: give the row back and fail the job (the chat waits, keeping its order). Else apologise and move on. */
async function handleFailure(deps: PipelineDeps, row: InboxRow, err: unknown): Promise<void> {
  const code = err instanceof AppError ? err.code : (err as Error).message;
  const maxAttempts = deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (isRetryable(err) && row.attempts < maxAttempts) {
    await withService(deps.db, (tx) => release(tx, row.id, code));
    deps.logger.warn({ inbox: row.id, attempt: row.attempts, err: code }, 'message failed, will retry');
    throw err;
  }
  deps.logger.error({ inbox: row.id, attempt: row.attempts, err: code }, 'message failed for good');
  const ids = await finishWith(deps, row, null, [{ text: toReply(err) }], 'failed');
  await withService(deps.db, (tx) => tx.query(`update inbox set last_error = $2 where id = $1`, [row.id, code.slice(0, 500)]));
  for (const id of ids) await queueSend(deps.queue, id);
}

async function requeueUnsent(deps: PipelineDeps, chat: { channel: string; account: string; chat: string }): Promise<void> {
  const ids = await withService(deps.db, async (tx) => (await tx.query<{ id: string }>(
    `select id from outbox where channel = $1 and account = $2 and chat = $3 and status in ('pending', 'sending')`,
    [chat.channel, chat.account, chat.chat])).rows);
  for (const { id } of ids) await queueSend(deps.queue, id);
}
