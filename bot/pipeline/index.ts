// The conversation pipeline: inbox → drain per chat → router → outbox → channel.
// `start()` registers one processor per queue (a registry, DESIGN rule 7) and the sweeper schedule.
import type { InboundMessage } from '../../core/ports/channel.ts';
import type { JobHandler } from '../../core/ports/job-queue.ts';
import type { PipelineDeps } from './deps.ts';
import { drainChatOf, requeueUnsent } from './drain.ts';
import { InlineDrains } from './inline-drains.ts';
import { ingest } from './ingest.ts';
import { drainPayload, queueDrain, queueNames, sendPayload, type QueueName } from './queues.ts';
import { sendOutbox } from './send.ts';
import { sweep } from './sweep.ts';

export type { PipelineDeps } from './deps.ts';
export { ingest } from './ingest.ts';

export interface Pipeline {
  ingest(msg: InboundMessage, opts?: { answer?: boolean }): ReturnType<typeof ingest>;
  /** Starts the workers; `extra` adds processors for queues other parts own (e.g. scheduled work). */
  start(opts?: { queues?: QueueName[]; concurrency?: number; extra?: Partial<Record<QueueName, JobHandler>> }): Promise<void>;
  /** Waits for the drains this process started itself (call before closing the queue and database). */
  stop(): Promise<void>;
  deps: PipelineDeps;
}

export function createPipeline(deps: PipelineDeps): Pipeline {
  const processors: Record<Exclude<QueueName, 'scheduled'>, JobHandler> = {
    inbox: async (job) => drainChatOf(deps, drainPayload.parse(job.payload).inboxId, job.attempt),
    outbox: async (job) => sendOutbox(deps, sendPayload.parse(job.payload).outboxId, job.attempt, job.attempt >= 8),
    sweep: async () => {
      const found = await sweep(deps, { minAgeSeconds: 30 });
      if (found.inbox || found.outbox) deps.logger.warn(found, 'sweeper re-queued lost work');
    },
  };
  return {
    deps,
    ingest: (msg, opts) => ingest(deps, msg, opts),
    stop: async () => deps.inlineDrains?.close(),
    async start(opts = {}) {
      const concurrency = opts.concurrency ?? 8;
      const all: Partial<Record<QueueName, JobHandler>> = { ...processors, ...opts.extra };
      const queues = opts.queues ?? queueNames;
      deps.sendsInline = queues.includes('outbox');
      if (queues.includes('inbox')) {
        // A failed inline drain is retried as its job would be: unsent replies queued, then the drain after a delay.
        deps.inlineDrains = new InlineDrains(concurrency, (id, claimed) => drainChatOf(deps, id, 1, claimed),
          async (id) => { await requeueUnsent(deps, id); await queueDrain(deps.queue, id, 500); }, deps.logger);
      }
      for (const queue of queues) {
        const handler = all[queue];
        if (handler) await deps.queue.process(queue, handler, { concurrency: queue === 'sweep' ? 1 : concurrency });
      }
      if (!queues.includes('sweep')) return;
      await deps.queue.schedule('sweep', 'sweep', { cron: '* * * * *', tz: 'UTC' }, {});
      // Work left over from the last run (the in-process queue forgets jobs on exit).
      const found = await sweep(deps, { minAgeSeconds: 0 });
      if (found.inbox || found.outbox) deps.logger.info(found, 'resuming unfinished messages');
      // A Redis that comes back may have lost the jobs of messages already in the inbox: queue them again
      // now, not at the next minute's sweep (the soak saw 40 s of unanswered chats after a Redis restart).
      // A job still there is not added twice (the drain's job id), and a second drain finds nothing to claim.
      // That includes replies committed while Redis was away, whose send job could not be queued; but a
      // "sending" reply only as old as the minute sweep's, as a younger one may be on its way right now.
      deps.queue.onReconnect?.(() => {
        sweep(deps, { minAgeSeconds: 0, sendingMinAgeSeconds: 30 })
          .then((again) => { if (again.inbox || again.outbox) deps.logger.warn(again, 'queue came back; re-queued unfinished work'); })
          .catch((err: unknown) => deps.logger.warn({ err: String(err) }, 'sweep after the queue came back failed; the minute sweep retries'));
      });
    },
  };
}
