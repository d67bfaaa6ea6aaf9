// The safety net: finds inbox rows and replies whose job was lost (a crash, a restart of the
// in-process queue) and queues them again. Runs at start and then every minute.
import { withService } from '../../core/db/tenant.ts';
import type { PipelineDeps } from './deps.ts';
import { queueDrain, queueSend } from './queues.ts';

/**
 * `minAgeSeconds`: how old an unfinished row must be to count as lost. A reply being sent may ask for
 * more (`sendingMinAgeSeconds`): one that a process is handing to its channel right now is "sending".
 */
export async function sweep(deps: Pick<PipelineDeps, 'db' | 'queue'>, opts: { minAgeSeconds: number; sendingMinAgeSeconds?: number }): Promise<{ inbox: number; outbox: number }> {
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
      `select id from outbox where (status = 'pending' and created_at < now() - make_interval(secs => $1))
          or (status = 'sending' and created_at < now() - make_interval(secs => $2))`,
      [opts.minAgeSeconds, opts.sendingMinAgeSeconds ?? opts.minAgeSeconds],
    )).rows,
  }));
  for (const { id } of inbox) await queueDrain(deps.queue, id);
  for (const { id } of outbox) await queueSend(deps.queue, id);
  return { inbox: inbox.length, outbox: outbox.length };
}
