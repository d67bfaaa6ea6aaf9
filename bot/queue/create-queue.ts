// The queue for a config: BullMQ when REDIS_URL is set, else the in-process runner.
import type { Config } from '../../core/config.ts';
import type { Logger } from '../../core/logger.ts';
import type { JobQueue } from '../../core/ports/job-queue.ts';
import { InlineJobQueue } from './inline-queue.ts';

export async function createQueue(config: Pick<Config, 'REDIS_URL'> & Partial<Pick<Config, 'QUEUE_PREFIX'>>, logger: Logger, prefix = config.QUEUE_PREFIX): Promise<JobQueue> {
  const onFailed = ({ job, error }: { job: { queue: string; id: string }; error: unknown }) =>
    logger.error({ queue: job.queue, job: job.id, err: (error as Error)?.message }, 'job gave up');
  if (!config.REDIS_URL) return new InlineJobQueue({ onFailed });
  const { BullMqJobQueue } = await import('./bullmq-queue.ts');
  return new BullMqJobQueue({ url: config.REDIS_URL, prefix, onFailed });
}
