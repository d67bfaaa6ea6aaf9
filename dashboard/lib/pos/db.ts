// The POS's IndexedDB (Dexie): the catalogue with a local stock snapshot, the queue of sales not yet
// acknowledged by the server, sales the server answered (for receipts), and this device's identity,
// sequence counter and offline PIN verifiers. One database per browser profile, shared by its tabs.
import { Dexie, type EntityTable } from 'dexie';
import type { Catalogue, CatalogueProduct, Sale, SaleResult } from './contract.ts';

export interface QueuedSale extends Sale {
  total: number;
  attempts: number;
  /** The last reason a send failed (shown to the cashier). */
  error?: string;
  /** False until the sale's goods are off the stock snapshot (takeStock, saveCatalogue). */
  stockTaken?: boolean;
}
export interface SentSale extends Sale { total: number; result: SaleResult; sentAt: number }
export interface Verifier {
  memberId: string;
  name: string;
  role: 'owner' | 'staff' | 'cashier';
  canDiscount: boolean;
  salt: string;
  hash: string;
  iterations: number;
  at: number;
}
export interface Meta { key: string; value: unknown }
export type Customer = Catalogue['customers'][number];

export class PosDb extends Dexie {
  products!: EntityTable<CatalogueProduct, 'id'>;
  customers!: EntityTable<Customer, 'id'>;
  queue!: EntityTable<QueuedSale, 'id'>;
  sent!: EntityTable<SentSale, 'id'>;
  rejected!: EntityTable<SentSale, 'id'>;
  verifiers!: EntityTable<Verifier, 'memberId'>;
  meta!: EntityTable<Meta, 'key'>;

  constructor(name = 'juragan-pos') {
    // No optimistic cache: with it, a checkout's write re-runs every live query (and re-renders the
    // page) before IndexedDB has even committed the sale, in the middle of the cashier's wait. Live
    // queries then see changes after the commit, which is also what a second tab sees.
    super(name, { cache: 'disabled' });
    this.version(1).stores({
      products: 'id, barcode, category, name',
      customers: 'id, name',
      queue: 'id, occurredAt',
      sent: 'id, sentAt',
      rejected: 'id',
      verifiers: 'memberId',
      meta: 'key',
    });
  }
}

let shared: PosDb | undefined;
export const posDb = (): PosDb => (shared ??= new PosDb());

export async function getMeta<T>(db: PosDb, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}
export const setMeta = (db: PosDb, key: string, value: unknown) => db.meta.put({ key, value });

export interface Device { deviceId: string; code: string }
export interface CatalogueMeta { version: string; tenant: Catalogue['tenant']; fetchedAt: number }

/** Base units of each product the sales take (a pack line counts its pack's size). */
function takenBy(sales: Sale[], products: Map<string, CatalogueProduct>): Map<string, number> {
  const taken = new Map<string, number>();
  for (const l of sales.flatMap((s) => s.lines)) {
    const size = l.pack ? (products.get(l.productId)?.packs.find((u) => u.name === l.pack)?.size ?? 1) : 1;
    taken.set(l.productId, (taken.get(l.productId) ?? 0) + l.qty * size);
  }
  return taken;
}

/**
 * Stores a catalogue from the server. The server's stock does not yet include sales still in the queue,
 * so those are taken off again: the snapshot is what the shelf holds as far as this device knows.
 */
export async function saveCatalogue(db: PosDb, c: Catalogue): Promise<void> {
  await db.transaction('rw', [db.products, db.customers, db.queue, db.meta], async () => {
    const byId = new Map(c.products.map((p) => [p.id, p]));
    const queued = await db.queue.toArray();
    const untaken = queued.filter((q) => q.stockTaken === false).map((q) => q.id);
    const pending = takenBy(queued, byId);
    await db.products.clear();
    await db.products.bulkPut(c.products.map((p) => ({ ...p, stock: p.stock === null ? null : p.stock - (pending.get(p.id) ?? 0) })));
    if (untaken.length) await db.queue.bulkUpdate(untaken.map((id) => ({ key: id, changes: { stockTaken: true } })));
    await db.customers.clear();
    await db.customers.bulkPut(c.customers);
    await db.meta.put({ key: 'catalogue', value: { version: c.version, tenant: c.tenant, fetchedAt: Date.now() } satisfies CatalogueMeta });
  });
}

/**
 * Puts a sale in the queue with the device's next receipt number: one small IndexedDB transaction, all the
 * cashier waits for before the receipt (a receipt on screen is a sale that survives a reload or a crash). Its
 * stock is taken from the snapshot right after, by takeStock.
 *
 * The number is read and counted up in the same transaction as the sale is added, so the device's tabs never
 * share one and a number is used only by a sale saved: no gaps. (Numbers were reserved in blocks of 20 per
 * page open before; each reload skipped the rest of its block, and an owner reads gaps as deleted sales.)
 *
 * A plain IndexedDB transaction, not Dexie's: with Dexie's bookkeeping for its live queries the write took a
 * median 3.4 ms in bench/pos-checkout.ts, a plain put 1.1 ms. The live queries (the queue's count here
 * and in the device's other tabs) learn of the sale from takeStock's write, which follows at once.
 */
export async function enqueueSale(db: PosDb, deviceId: string, build: (seq: number) => QueuedSale): Promise<QueuedSale> {
  if (!db.isOpen()) await db.open();
  return new Promise<QueuedSale>((resolve, reject) => {
    const tx = db.backendDB().transaction(['meta', 'queue'], 'readwrite');
    const meta = tx.objectStore('meta');
    const key = `seq:${deviceId}`;
    let row: QueuedSale | undefined;
    const last = meta.get(key);
    last.onsuccess = () => {
      const seq = ((last.result as { value?: number } | undefined)?.value ?? 0) + 1;
      row = { ...build(seq), stockTaken: false };
      meta.put({ key, value: seq });
      tx.objectStore('queue').add(row);
      // Commit now: left to auto-commit, the browser first answers the add, and only when this page has
      // handled that answer is the commit sent: one more round trip to the browser process per sale.
      tx.commit();
    };
    tx.oncomplete = () => resolve(row!);
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
  });
}

/**
 * Takes queued sales' goods off the stock snapshot, once each (`stockTaken`): the sale given, or every
 * sale not yet taken (at start, after a crash between a sale and its stock). saveCatalogue marks the
 * queue taken too, since it subtracts the whole queue from the server's stock itself.
 */
export async function takeStock(db: PosDb, saleId?: string): Promise<void> {
  await db.transaction('rw', [db.queue, db.products], async () => {
    const sales = saleId
      ? [await db.queue.get(saleId)].filter((s): s is QueuedSale => s?.stockTaken === false)
      : await db.queue.filter((s) => s.stockTaken === false).toArray();
    if (sales.length === 0) return;
    const ids = [...new Set(sales.flatMap((s) => s.lines.map((l) => l.productId)))];
    const products = (await db.products.bulkGet(ids)).filter((p): p is CatalogueProduct => p !== undefined);
    const taken = takenBy(sales, new Map(products.map((p) => [p.id, p])));
    // Stock may go below zero: the sale happened; the server books it and flags it to the owner.
    await db.products.bulkPut(products.map((p) => ({ ...p, stock: p.stock === null ? null : p.stock - (taken.get(p.id) ?? 0) })));
    await db.queue.bulkUpdate(sales.map((s) => ({ key: s.id, changes: { stockTaken: true } })));
  });
}

/**
 * Everything this device keeps, gone (logout, which is refused while sales wait), except the sequence
 * counters: if the server hands this browser the same device again, its receipt numbers go on.
 */
export async function wipe(db: PosDb): Promise<void> {
  await db.transaction('rw', [db.products, db.customers, db.queue, db.sent, db.rejected, db.verifiers, db.meta], async () => {
    const waiting = await db.queue.count();
    if (waiting > 0) throw new Error('pending:sales');
    await Promise.all([db.products.clear(), db.customers.clear(), db.sent.clear(), db.rejected.clear(), db.verifiers.clear(),
      db.meta.filter((m) => !m.key.startsWith('seq:')).delete()]);
  });
}

/** The device's receipt counter moved up to a number the server has for it (never down): after the device lost its
 *  storage it counted from 1 again, and its receipts repeated ones already given to customers. */
export async function countFrom(db: PosDb, deviceId: string, seq: number): Promise<void> {
  if (!Number.isSafeInteger(seq) || seq <= 0) return;
  const key = `seq:${deviceId}`;
  const now = (await db.meta.get(key))?.value;
  if (typeof now !== 'number' || now < seq) await db.meta.put({ key, value: seq });
}
