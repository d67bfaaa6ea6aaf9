// The safety net: finds inbox rows and replies whose job was lost (a crash, a restart of the
// in-process queue) and queues them again. Runs at start and then every minute.
import { withService } from '../../core/db/tenant.ts';
import type { PipelineDeps } from './deps.ts';
import { queueDrain, queueSend } from './queues.ts';

/**
 * `minAgeSeconds`: how old a pending row must be to count as lost; replies may ask for more
 * (`outboxMinAgeSeconds`), since one this process is sending right now is "sending" too.
 */
export async function sweep(deps: Pick<PipelineDeps, 'db' | 'queue'>, opts: { minAgeSeconds: number; outboxMinAgeSeconds?: number }): Promise<{ inbox: number; outbox: number }> {
  const { inbox, outbox } = await withService(deps.db, async (tx) => ({ // one snapshot for both lists
    // The oldest unfinished row of each chat: its drain takes the rest of the chat in order.
    inbox: (await tx.query<{ id: string }>(
      `select distinct on (channel, account, chat) id::text from inbox
        where (status = 'pending' and received_at < now() - make_interval(secs => $1))
           or (status = 'processing' and locked_until < now())
        order by channel, account, chat, id`,
      [opts.minAgeSeconds],
    )).rows,
    outbox: (await tx.query<{ id: string }>(
      `select id from outbox where status in ('pending', 'sending') and created_at < now() - make_interval(secs => $1)`,
      [opts.outboxMinAgeSeconds ?? opts.minAgeSeconds],
    )).rows,
  }));
  for (const { id } of inbox) await queueDrain(deps.queue, id);
  for (const { id } of outbox) await queueSend(deps.queue, id);
  return { inbox: inbox.length, outbox: outbox.length };
}
