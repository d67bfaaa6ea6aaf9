import { InlineJobQueue } from './inline-queue.ts';
import { jobQueueContract } from './job-queue.contract.ts';

jobQueueContract('inline', ({ onFailed }) => new InlineJobQueue({ onFailed }));
