'use client';
// After "Bayar": the receipt (about 32 columns, printable on a 58 mm printer), "Cetak", "Kirim struk WA"
// (online only: the warung's channel sends it) and "Transaksi baru".
import { useEffect, useRef, useState } from 'react';
import { formatRupiah } from '../../../core/format.ts';

export function ReceiptView({ receiptNo, text, change, online, onSend, onNew }: {
  receiptNo: string;
  /** Written to this device's IndexedDB (the queue): true, still writing: false, or failed. */
  /** The receipt's lines, already laid out to the paper's width. */
  text: string;
  change: number | null;
  online: boolean;
  onSend: (phone: string) => Promise<{ ok: boolean; message: string }>;
  onNew: () => void;
}) {
  const [phone, setPhone] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  // "Transaksi baru" gets the focus (Enter starts the next sale) in the frame that paints the receipt:
  // autoFocus, or an effect (run at once after a flushSync render), would focus during the commit, and
  // focus() makes the browser lay out the page first, in the cashier's wait.
  const next = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => next.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <section className="pos-done" data-receipt={receiptNo}>
      <div className="pos-done-head">
        <h2>Transaksi {receiptNo}</h2>
        {change !== null && change > 0 && <p className="pos-change-big">Kembalian <b>{formatRupiah(change)}</b></p>}
        {/* Saved on the device first; the queue sends it (a helper read "Tersimpan di perangkat" as never sent). */}
        <p className="hint">{online ? 'Tersimpan, terkirim otomatis ke pembukuan' : 'Tersimpan di perangkat, terkirim otomatis saat online'}</p>
      </div>
      <pre className="pos-receipt" aria-label="Struk">{text}</pre>
      <div className="pos-done-actions">
        <button type="button" onClick={() => window.print()}>Cetak struk</button>
        <button type="button" className="pos-pay" ref={next} onClick={(e) => {
          if (e.detail > 0) swallowGhostTap();
          onNew();
        }}>Transaksi baru</button>
      </div>
      <form className="pos-wa" onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setMessage('');
        try {
          setMessage((await onSend(phone)).message);
        } finally {
          setBusy(false);
        }
      }}>
        <label htmlFor="pos-wa">Nomor WhatsApp pelanggan</label>
        <div className="row-actions">
          <input id="pos-wa" type="tel" inputMode="tel" value={phone} placeholder="08…" onChange={(e) => setPhone(e.target.value)} />
          <button type="submit" disabled={!online || busy || phone.trim().length < 8}>Kirim struk WA</button>
        </div>
        {!online && <p className="hint">Kirim struk WA butuh koneksi internet. Struk tetap bisa dicetak.</p>}
        {message && <p className="note" role="status">{message}</p>}
      </form>
    </section>
  );
}

/**
 * The second tap of a double tap on "Transaksi baru" lands on the tile under it once the receipt is gone (a helper's next
 * sale had a coffee nobody sold). That tap comes as a click counted 2 (`detail`); it is dropped before React sees it. A
 * single tap, however fast, is a sale.
 */
function swallowGhostTap(): void {
  const drop = (e: MouseEvent) => {
    if (e.detail < 2) return;
    e.stopPropagation();
    e.preventDefault();
  };
  window.addEventListener('click', drop, true);
  setTimeout(() => window.removeEventListener('click', drop, true), 600);
}
