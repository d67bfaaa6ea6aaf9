// The POS's IndexedDB (Dexie): the catalogue with a local stock snapshot, the queue of sales not yet
// acknowledged by the server, sales the server answered (for receipts), and this device's identity,
// sequence counter and offline PIN verifiers. One database per browser profile, shared by its tabs.
import Dexie, { type EntityTable } from 'dexie';
import type { Catalogue, CatalogueProduct, Sale, SaleResult } from './contract.ts';

export interface QueuedSale extends Sale {
  total: number;
  attempts: number;
  /** The last reason a send failed (shown to the cashier). */
  error?: string;
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
    super(name);
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

/**
 * Stores a catalogue from the server. The server's stock does not yet include sales still in the queue,
 * so those are taken off again: the snapshot is what the shelf holds as far as this device knows.
 */
export async function saveCatalogue(db: PosDb, c: Catalogue): Promise<void> {
  await db.transaction('rw', [db.products, db.customers, db.queue, db.meta], async () => {
    const pending = new Map<string, number>();
    const byId = new Map(c.products.map((p) => [p.id, p]));
    await db.queue.each((s) => {
      for (const l of s.lines) {
        const p = byId.get(l.productId);
        const size = l.pack ? (p?.packs.find((u) => u.name === l.pack)?.size ?? 1) : 1;
        pending.set(l.productId, (pending.get(l.productId) ?? 0) + l.qty * size);
      }
    });
    await db.products.clear();
    await db.products.bulkPut(c.products.map((p) => ({ ...p, stock: p.stock - (pending.get(p.id) ?? 0) })));
    await db.customers.clear();
    await db.customers.bulkPut(c.customers);
    await db.meta.put({ key: 'catalogue', value: { version: c.version, tenant: c.tenant, fetchedAt: Date.now() } satisfies CatalogueMeta });
  });
}

/**
 * Records a sale in one IndexedDB transaction: the next sequence number of this device (shared by its
 * tabs, so receipt numbers never repeat), the sale in the queue and the stock it takes. Only after this
 * commits does the page show the receipt.
 */
export async function recordSale(db: PosDb, deviceId: string, make: (seq: number) => Sale & { total: number }): Promise<QueuedSale> {
  return db.transaction('rw', [db.meta, db.queue, db.products], async () => {
    const seq = ((await getMeta<number>(db, `seq:${deviceId}`)) ?? 0) + 1;
    await db.meta.put({ key: `seq:${deviceId}`, value: seq });
    const sale: QueuedSale = { ...make(seq), attempts: 0 };
    await db.queue.add(sale);
    const taken = new Map<string, number>();
    const ids = [...new Set(sale.lines.map((l) => l.productId))];
    const products = await db.products.bulkGet(ids);
    for (const l of sale.lines) {
      const p = products[ids.indexOf(l.productId)];
      const size = l.pack ? (p?.packs.find((u) => u.name === l.pack)?.size ?? 1) : 1;
      taken.set(l.productId, (taken.get(l.productId) ?? 0) + l.qty * size);
    }
    // Stock may go below zero: the sale happened; the server books it and flags it to the owner.
    await db.products.bulkUpdate(products.filter((p) => p).map((p) => ({ key: p!.id, changes: { stock: p!.stock - (taken.get(p!.id) ?? 0) } })));
    return sale;
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
