'use client';
// What waits to be sent and for how long, always on screen: "3 transaksi belum terkirim · 12 menit".
import type { SyncState } from '../../lib/pos/sync.ts';
import type { QueueInfo } from './hooks.ts';
import { useTick } from './hooks.ts';

export function ageText(fromIso: string, now = Date.now()): string {
  const min = Math.floor((now - Date.parse(fromIso)) / 60_000);
  if (min < 1) return 'baru saja';
  if (min < 60) return `${min} menit`;
  const h = Math.floor(min / 60);
  return h < 24 ? `${h} jam` : `${Math.floor(h / 24)} hari`;
}

export function QueueBar({ queue, sync, online, onRetry }: { queue: QueueInfo; sync: SyncState; online: boolean; onRetry: () => void }) {
  useTick(30_000);
  const waiting = queue.count > 0;
  return (
    <div className={`pos-queue ${waiting ? 'waiting' : 'clear'}`} role="status" data-queue={queue.count}>
      <span>
        {waiting ? `${queue.count} transaksi belum terkirim · ${ageText(queue.oldest!)}` : 'Semua transaksi terkirim'}
        {!online && <b className="pos-offline"> · Offline</b>}
        {waiting && online && sync.phase === 'sending' && ' · mengirim…'}
        {waiting && online && sync.phase === 'waiting' && sync.error && ` · ${sync.error}`}
        {queue.rejected > 0 && <span className="error"> · {queue.rejected} ditolak server</span>}
      </span>
      {waiting && online && sync.phase !== 'sending' && <button type="button" className="link" onClick={onRetry}>Kirim sekarang</button>}
    </div>
  );
}
