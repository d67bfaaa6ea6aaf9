// Everything the pipeline needs, wired once in bot/main.ts (the only place adapters are chosen).
import type { Db } from '../../core/db/open.ts';
import type { QueryResultRow } from 'pg';
import type { Logger } from '../../core/logger.ts';
import type { Channel } from '../../core/ports/channel.ts';
import type { Clock } from '../../core/ports/clock.ts';
import type { JobQueue } from '../../core/ports/job-queue.ts';
import type { Llm } from '../../core/ports/llm.ts';
import type { MediaStore } from '../../core/ports/media-store.ts';
import type { Transcriber } from '../../core/ports/transcriber.ts';
import type { HandleMessage, Sender } from '../../agents/router/types.ts';
import type { InlineDrains } from './inline-drains.ts';

export type { HandleMessage };

/**
 * Who wrote, decided in the message's transaction as the service before it acts as the sender: one
 * statement that rides with the `begin` (null: nothing to look up), and the sender read from its rows.
 */
export interface IdentifySender {
  sql(who: SenderAddress): string | null;
  read(who: SenderAddress, rows: readonly QueryResultRow[]): Sender;
}
type SenderAddress = { channel: string; senderPhone: string | null; senderAddress: string };

export interface PipelineDeps {
  db: Db;
  queue: JobQueue;
  channels: Partial<Record<string, Channel>>;
  clock: Clock;
  logger: Logger;
  identifySender: IdentifySender;
  handleMessage: HandleMessage;
  llm: Llm | null;
  transcriber: Transcriber | null;
  media: MediaStore;
  voice?: { maxSeconds?: number; ffmpegPath?: string };
  /** Set by start() when this process works the outbox queue: replies are then sent right after commit. */
  sendsInline?: boolean;
  /** Set by start() when this process works the inbox queue: a new message is drained here when a slot is free. */
  inlineDrains?: InlineDrains;
  /** Length of a claim's lease on an inbox row (default LEASE_SECONDS); renewed while the row is handled. */
  leaseSeconds?: number;
  /** After this many failed attempts a message gets an apology and the chat moves on. */
  maxAttempts?: number;
  /** Test hook: called at named steps so a test can inject a crash there. */
  faults?: (step: PipelineStep) => void;
}

export type PipelineStep = 'claimed' | 'transcribed' | 'identified' | 'handled' | 'outbox_written' | 'committed' | 'sending' | 'sent';
