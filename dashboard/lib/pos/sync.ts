// Sends the queue of sales to POST /api/pos/sales, oldest first, in batches. A sale leaves the queue
// only once the server has answered for it (booked or duplicate: moved to `sent`; rejected: moved to
// `rejected` for the cashier to see), so a lost response, a crash or a reload means a resend that the
// server recognises by the sale's id. One tab of the device sends at a time (Web Locks); the others
// wait their turn and find the queue already empty. Failures retry with exponential backoff.
import { SalesResponse, type Sale, type SaleResult } from './contract.ts';
import { countFrom, type PosDb, type QueuedSale, type SentSale } from './db.ts';

export const BATCH = 100;
const LOCK = 'juragan-pos-sync';

export interface SyncState {
  phase: 'idle' | 'sending' | 'waiting';
  /** The last failure, in words for the cashier (cleared by a success). */
  error?: string;
  /** When the next automatic try is due (ms since epoch), while waiting. */
  retryAt?: number;
}

export interface SyncOptions {
  db: PosDb;
  post: (sales: Sale[]) => Promise<{ ok: boolean; status: number; body: unknown }>;
  onState?: (s: SyncState) => void;
  /** Called after a batch was acknowledged (the page refreshes the catalogue's stock). */
  onSent?: (n: number) => void;
  minDelay?: number;
  maxDelay?: number;
}

export class SaleSync {
  private running: Promise<void> | undefined;
  private again = false;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private readonly o: SyncOptions;

  constructor(o: SyncOptions) {
    this.o = o;
  }

  /** Sends now (or right after the current round). Safe to call often: rounds never overlap in a tab. */
  trigger(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    // Known offline: nothing to try (the 'online' event calls online()); keeps IndexedDB free for checkouts.
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      this.o.onState?.({ phase: 'waiting', error: 'Tidak ada koneksi' });
      return Promise.resolve();
    }
    clearTimeout(this.timer);
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.round().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        void this.trigger();
      }
    });
    return this.running;
  }

  /** Back online: forget the backoff and send at once. */
  online(): void {
    this.failures = 0;
    void this.trigger();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private async round(): Promise<void> {
    // Batches go out one at a time, and the next one leaves as soon as the last one's answer came: its
    // answer is written to IndexedDB while the next batch is on the wire (else the server, the sync's
    // bottleneck, waited for the device between batches). Ids already sent are skipped when the next
    // batch is read, since their rows leave the queue only when that write commits.
    const run = async () => {
      const sent = new Set<string>();
      const read = () => this.o.db.queue.orderBy('occurredAt').filter((s) => !sent.has(s.id)).limit(BATCH).toArray();
      // The answers' writes, in order; false from the first that found none of its sales (then stop).
      let written: Promise<boolean> = Promise.resolve(true);
      let broken = false;
      let drained = false;
      try {
        let batch = await read();
        while (batch.length > 0 && !broken) {
          this.o.onState?.({ phase: 'sending' });
          for (const s of batch) sent.add(s.id);
          const [res, next] = await Promise.all([this.post(batch), read()]);
          if (!res) return; // post() reported the failure and set the retry
          const current = batch;
          written = written.then(async (ok) => {
            if (ok && await this.write(current, res)) return true;
            broken = true;
            return false;
          });
          batch = next;
        }
        drained = batch.length === 0;
      } finally {
        if (await written && drained) this.o.onState?.({ phase: 'idle' });
      }
    };
    try {
      // Without Web Locks (old browsers) a tab still sends; the server's idempotency keeps it right.
      if (typeof navigator !== 'undefined' && navigator.locks) await navigator.locks.request(LOCK, run);
      else await run();
    } catch (err) {
      this.fail(err instanceof Error && /fetch|network|Failed/i.test(err.message) ? 'Tidak ada koneksi' : 'Gagal mengirim');
    }
  }

  /** Posts one batch; returns the server's answers, or undefined after a failure (retried later). */
  private async post(batch: QueuedSale[]): Promise<SaleResult[] | undefined> {
    const sales: Sale[] = batch.map(({ total: _t, attempts: _a, error: _e, stockTaken: _s, ...sale }) => sale);
    const res = await this.o.post(sales);
    if (!res.ok) {
      const why = notSentText(res.status, (res.body as { error?: string } | undefined)?.error);
      await this.o.db.queue.bulkUpdate(batch.map((s) => ({ key: s.id, changes: { attempts: s.attempts + 1, error: why } })));
      this.fail(why);
      return undefined;
    }
    const parsed = SalesResponse.safeParse(res.body);
    if (!parsed.success) {
      this.fail('Jawaban server tidak dikenal');
      return undefined;
    }
    return parsed.data.results;
  }

  /** Moves the answered sales out of the queue; false when the server answered none of them. */
  private async write(batch: QueuedSale[], results: SaleResult[]): Promise<boolean> {
    const byId = new Map(batch.map((s) => [s.id, s]));
    const db = this.o.db;
    let done = 0;
    await db.transaction('rw', [db.queue, db.sent, db.rejected, db.meta], async () => {
      const sent: SentSale[] = [];
      const rejected: SentSale[] = [];
      for (const result of results) {
        const q = byId.get(result.id);
        if (!q) continue;
        const { attempts: _a, error: _e, stockTaken: _s, ...sale } = q;
        (result.status === 'rejected' ? rejected : sent).push({ ...sale, result, sentAt: Date.now() });
        // Booked under another number (this device's counter had been lost: its storage cleared): count on from it.
        if (result.status !== 'rejected' && result.receiptNo !== q.receiptNo) await countFrom(db, q.deviceId, Number(/-(\d+)$/.exec(result.receiptNo)?.[1]));
      }
      await db.sent.bulkPut(sent);
      await db.rejected.bulkPut(rejected);
      await db.queue.bulkDelete([...sent, ...rejected].map((s) => s.id));
      done = sent.length + rejected.length;
    });
    if (done === 0) {
      this.fail('Server belum menjawab transaksi ini');
      return false;
    }
    this.failures = 0;
    void pruneSent(db);
    this.o.onSent?.(done);
    return true;
  }

  private fail(error: string): void {
    this.failures++;
    const min = this.o.minDelay ?? 1_000;
    const delay = Math.min(this.o.maxDelay ?? 30_000, min * 2 ** (this.failures - 1)) * (0.8 + Math.random() * 0.4);
    const retryAt = Date.now() + delay;
    this.o.onState?.({ phase: 'waiting', error, retryAt });
    clearTimeout(this.timer);
    if (!this.stopped) this.timer = setTimeout(() => void this.trigger(), delay);
  }
}

/** Keeps the newest 500 answered sales (receipts to reprint or send); older ones are in the books. */
async function pruneSent(db: PosDb): Promise<void> {
  const n = await db.sent.count();
  if (n > 600) await db.sent.orderBy('sentAt').limit(n - 500).delete();
}

/**
 * What the cashier reads when a batch was not taken. The server's own message is for developers (a helper's cashier saw
 * "Missing or wrong CSRF token" after reopening the page offline); the code says which of a few plain cases it is.
 */
export function notSentText(status: number, code: string | undefined): string {
  if (status === 401) return 'Sesi habis: masuk lagi untuk mengirim';
  if (code?.startsWith('forbidden:csrf')) return 'Menyambung ulang, dikirim sebentar lagi';
  if (status === 429) return 'Server sibuk, dikirim sebentar lagi';
  if (status >= 500) return 'Server sedang gangguan, dikirim lagi nanti';
  return `Server menolak (${status}), dicoba lagi nanti`;
}
