'use client';
// Small hooks over the POS's IndexedDB: Dexie's liveQuery re-runs a query when its tables change in
// any tab of this browser, so two tabs of one device show the same queue and stock.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { CatalogueMeta, PosDb } from '../../lib/pos/db.ts';
import { getMeta } from '../../lib/pos/db.ts';

export function useLive<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({ next: setValue, error: () => {} });
    return () => sub.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}

export interface QueueInfo { count: number; oldest: string | null; rejected: number }

export const useQueue = (db: PosDb) => useLive<QueueInfo>(async () => {
  const [count, first, rejected] = await Promise.all([db.queue.count(), db.queue.orderBy('occurredAt').first(), db.rejected.count()]);
  return { count, oldest: first?.occurredAt ?? null, rejected };
}, [db], { count: 0, oldest: null, rejected: 0 });

export const useProducts = (db: PosDb) => useLive(() => db.products.orderBy('name').toArray(), [db], []);
export const useCustomers = (db: PosDb) => useLive(() => db.customers.orderBy('name').toArray(), [db], []);
export const useCatalogueMeta = (db: PosDb) => useLive(() => getMeta<CatalogueMeta>(db, 'catalogue'), [db], undefined);

/** Re-renders every `ms` (ages like "12 menit" stay current). */
export function useTick(ms: number): number {
  const [n, setN] = useState(0);
  useEffect(() => {
    const t = setInterval(() => setN((x) => x + 1), ms);
    return () => clearInterval(t);
  }, [ms]);
  return n;
}

export function useOnline(): boolean {
  const [online, setOnline] = useState(true);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}
