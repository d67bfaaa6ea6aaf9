// Drains started by the process that ingested the message, when it works the inbox queue itself (the
// all-in-one process of `npm start`). Through the queue a message costs three round trips to it (add,
// take, finish: BullMQ's Redis scripts) before and after the drain this process would run anyway.
// The inbox row is committed first, as always; the drain is the same drainChatOf with the same lease.
// The slot is taken before the row is written, so the row can be written already claimed (ingest.ts):
// a row claimed for a slot is always drained by it. A message that finds every slot taken, and a drain
// that fails, go through the queue as before, and a row this process dies holding is found by the
// sweeper (its lease runs out), as a stalled job is.
import type { Logger } from '../../core/logger.ts';
import type { InboxRow } from './claim.ts';

/** A slot taken for a drain about to start: start it once the row is committed, or give it back. */
export interface DrainSlot {
  /** Drains the row's chat here; `claimed` is the row when it was written already claimed. */
  start(inboxId: string, claimed?: InboxRow): void;
  release(): void;
}

export class InlineDrains {
  readonly #running = new Set<Promise<void>>();
  readonly #slots: number;
  readonly #drain: (inboxId: string, claimed?: InboxRow) => Promise<void>;
  readonly #toQueue: (inboxId: string) => Promise<unknown>;
  readonly #logger: Logger;
  #closed = false;
  #reserved = 0; // slots taken by messages being written
  #unreserved: (() => void)[] = []; // close() waiting for the last taken slot to start or be given back

  /** `toQueue` hands a row to the queue after a failed drain (as the job's retry would take it). */
  constructor(slots: number, drain: (inboxId: string, claimed?: InboxRow) => Promise<void>, toQueue: (inboxId: string) => Promise<unknown>, logger: Logger) {
    this.#slots = slots;
    this.#drain = drain;
    this.#toQueue = toQueue;
    this.#logger = logger;
  }

  /** Takes a slot for a message about to be written; null when every slot is taken (then queue it). */
  reserve(): DrainSlot | null {
    if (this.#closed || this.#running.size + this.#reserved >= this.#slots) return null;
    this.#reserved++;
    let open = true;
    const give = () => {
      if (!open) return false;
      open = false;
      if (--this.#reserved === 0) for (const wake of this.#unreserved.splice(0)) wake();
      return true;
    };
    return {
      start: (inboxId, claimed) => { if (give()) this.#start(inboxId, claimed); },
      release: () => { give(); },
    };
  }

  #start(inboxId: string, claimed?: InboxRow): void {
    const run: Promise<void> = this.#drain(inboxId, claimed)
      .catch((err: unknown) => {
        this.#logger.warn({ inbox: inboxId, err: (err as Error).message }, 'inline drain failed; queued for retry');
        return this.#toQueue(inboxId);
      })
      .then(() => {}, (err: unknown) => {
        this.#logger.warn({ inbox: inboxId, err: (err as Error).message }, 'could not queue the drain; the sweeper will');
      })
      .finally(() => this.#running.delete(run));
    this.#running.add(run);
  }

  get running(): number {
    return this.#running.size;
  }

  /** No new drains; resolves when the running ones are done (before the queue and database close). */
  async close(): Promise<void> {
    this.#closed = true;
    // A slot taken before close is started right after its row commits: wait for it too.
    while (this.#running.size || this.#reserved) {
      if (this.#running.size) await Promise.allSettled([...this.#running]);
      else await new Promise<void>((r) => this.#unreserved.push(r));
    }
  }
}
