// The pipeline's queues and their payloads. Payloads carry ids only (DESIGN rule 5).
import { z } from 'zod';
import type { JobQueue } from '../../core/ports/job-queue.ts';

export const queueNames = ['inbox', 'outbox', 'sweep', 'scheduled'] as const;
export type QueueName = (typeof queueNames)[number];

export const drainPayload = z.object({ inboxId: z.string().regex(/^\d+$/) });
export const sendPayload = z.object({ outboxId: z.string().uuid() });

/** One job per inbox row; the job drains the row's chat oldest first (see drain.ts). */
export const queueDrain = (queue: JobQueue, inboxId: string, delayMs?: number) =>
  queue.add('inbox', { inboxId }, { jobId: `inbox-${inboxId}`, attempts: 8, backoffMs: 500, ...(delayMs ? { delayMs } : {}) });

export const queueSend = (queue: JobQueue, outboxId: string) =>
  queue.add('outbox', { outboxId }, { jobId: `outbox-${outboxId}`, attempts: 8, backoffMs: 1000 });
