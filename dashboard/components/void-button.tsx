'use client';
// Void with confirmation; goes through void_transaction (stock and debt reversed in SQL).
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { postJson } from './api.ts';

export function VoidButton({ id }: { id: string }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [key] = useState(() => crypto.randomUUID()); // one void request, however often it is clicked
  if (!asking) return <button type="button" className="danger" onClick={() => setAsking(true)}>Batalkan transaksi</button>;
  return (
    <div className="card" role="dialog" aria-label="Konfirmasi pembatalan">
      <p>Yakin batalkan transaksi ini? Stok dan utangnya ikut dikembalikan.</p>
      <div className="row-actions">
        <button type="button" className="danger" onClick={async () => {
          const r = await postJson(`/api/transaksi/${id}/void`, { key });
          if (!r.ok) return setError(r.body.message ?? 'Gagal membatalkan.');
          setAsking(false);
          router.refresh();
        }}>Ya, batalkan</button>
        <button type="button" className="secondary" onClick={() => setAsking(false)}>Tidak</button>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}
