// Test helper: the pipeline's real parts (router, identify, simulator channel) on a given database,
// with a queue that is never worked, so a test drives drainChatOf itself, step by step.
import { handleMessage, identifySender } from '../../agents/router/handle-message.ts';
import type { Db } from '../../core/db/open.ts';
import { silentLogger } from '../../core/logger.ts';
import { systemClock } from '../../core/ports/clock.ts';
import { SimulatorChannel } from '../channels/simulator/simulator-channel.ts';
import { MemoryMediaStore } from '../media/memory-media-store.ts';
import { InlineJobQueue } from '../queue/inline-queue.ts';
import type { PipelineDeps } from './deps.ts';
import { ingest } from './ingest.ts';

export function manualDeps(db: Db, over: Partial<PipelineDeps> = {}): PipelineDeps {
  return {
    db, queue: new InlineJobQueue(), channels: { simulator: new SimulatorChannel() }, clock: systemClock, logger: silentLogger,
    identifySender, handleMessage, llm: null, transcriber: null, media: new MemoryMediaStore(), ...over,
  };
}

/** Writes a text message from `phone` to the inbox (as the simulator would) and returns its id. */
export async function inboxText(deps: PipelineDeps, phone: string, text: string, externalId = `${phone}-${Math.random()}`): Promise<string> {
  const { inboxId } = await ingest(deps, {
    channel: 'simulator', account: 'sim', externalId, senderPhone: phone, senderAddress: phone, chat: phone,
    kind: 'text', body: text, mediaRef: null, quotedId: null, sentAt: new Date(),
  });
  return inboxId;
}
