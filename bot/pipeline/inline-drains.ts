// Drains started by the process that ingested the message, when it works the inbox queue itself (the
// all-in-one process of `npm start`). Through the queue a message costs three round trips to it (add,
// take, finish: BullMQ's Redis scripts) before and after the drain this process would run anyway.
// The inbox row is committed first, as always; the drain is the same drainChatOf with the same lease.
// A message that finds every slot taken, and a drain that fails, go through the queue as before, and
// a row this process dies holding is found by the sweeper (its lease runs out), as a stalled job is.
import type { Logger } from '../../core/logger.ts';

export class InlineDrains {
  readonly #running = new Set<Promise<void>>();
  readonly #slots: number;
  readonly #drain: (inboxId: string) => Promise<void>;
  readonly #toQueue: (inboxId: string) => Promise<unknown>;
  readonly #logger: Logger;
  #closed = false;

  /** `toQueue` hands a row to the queue after a failed drain (as the job's retry would take it). */
  constructor(slots: number, drain: (inboxId: string) => Promise<void>, toQueue: (inboxId: string) => Promise<unknown>, logger: Logger) {
    this.#slots = slots;
    this.#drain = drain;
    this.#toQueue = toQueue;
    this.#logger = logger;
  }

  /** Starts draining the row's chat here; false when every slot is taken (then queue it). */
  tryStart(inboxId: string): boolean {
    if (this.#closed || this.#running.size >= this.#slots) return false;
    const run: Promise<void> = this.#drain(inboxId)
      .catch((err: unknown) => {
        this.#logger.warn({ inbox: inboxId, err: (err as Error).message }, 'inline drain failed; queued for retry');
        return this.#toQueue(inboxId);
      })
      .then(() => {}, (err: unknown) => {
        this.#logger.warn({ inbox: inboxId, err: (err as Error).message }, 'could not queue the drain; the sweeper will');
      })
      .finally(() => this.#running.delete(run));
    this.#running.add(run);
    return true;
  }

  get running(): number {
    return this.#running.size;
  }

  /** No new drains; resolves when the running ones are done (before the queue and database close). */
  async close(): Promise<void> {
    this.#closed = true;
    while (this.#running.size) await Promise.allSettled([...this.#running]);
  }
}
