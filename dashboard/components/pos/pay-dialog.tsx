'use client';
// "Bayar": cash with quick amounts ("Uang pas" finishes at once) and change; QRIS shown as a QR code
// carrying the amount, then confirmed by the cashier; transfer; "Utang" (credit) for a named customer.
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { formatRupiah } from '../../../core/format.ts';
import { quickAmounts, readCash, type PayMethod } from '../../lib/pos/cart.ts';

/** The most change a checkout may give back: more is a mistyped amount. */
const MAX_CHANGE = 10_000_000;

export type QrisFor = (amount: number) => { ok: true; payload: string } | { ok: false; message: string };

const TABS: { method: PayMethod; label: string }[] = [
  { method: 'cash', label: 'Tunai' }, { method: 'qris', label: 'QRIS' }, { method: 'transfer', label: 'Transfer' }, { method: 'credit', label: 'Utang' },
];

export function PayDialog({ total, customer, qrisFor, onPaid, onClose }: {
  total: number;
  customer: string;
  qrisFor: QrisFor;
  onPaid: (method: PayMethod, tendered?: number) => void;
  onClose: () => void;
}) {
  const [method, setMethod] = useState<PayMethod>('cash');
  // No minus in the field ("-5000" read as 5000 showed change). "50.000" is fifty thousand; cents after a last separator
  // ("50.000,00", "700000.5") are dropped (a helper's try: Rp6.376.005 change); "50rb" is Rp50.000 (readCash).
  const [cash, setCash] = useState('');
  const tendered = readCash(cash);
  // "999999999999999" typed as cash: change beyond any note a customer carries is a typo, never a sale to save.
  const tooMuch = tendered > total + MAX_CHANGE;
  // "abc" or "lima puluh": nothing read, so "Selesai" stays grey; say why (a helper saw only the grey button).
  const unread = cash.trim() !== '' && tendered === 0;
  const problem = tooMuch ? `Uang diterima terlalu besar (kembalian lebih dari ${formatRupiah(MAX_CHANGE)}). Periksa lagi angkanya.`
    : unread ? 'Tulis jumlah uangnya dengan angka, misalnya 50000 atau 50rb.' : null;
  return (
    <div className="pos-modal" role="dialog" aria-label="Pembayaran">
      <div className="pos-sheet">
        <div className="pos-sheet-head">
          <h2>Bayar {formatRupiah(total)}</h2>
          <button type="button" className="link" onClick={onClose}>Batal</button>
        </div>
        <div className="pos-cats">
          {TABS.map((t) => (
            <button key={t.method} type="button" aria-pressed={method === t.method} className={method === t.method ? 'on' : ''} onClick={() => setMethod(t.method)}>{t.label}</button>
          ))}
        </div>
        {method === 'cash' && (
          <div>
            <div className="pos-quick">
              {quickAmounts(total).map((a, i) => (
                <button key={a} type="button" data-pay={i === 0 ? 'exact' : 'quick'} onClick={() => onPaid('cash', a)}>
                  {i === 0 ? 'Uang pas' : formatRupiah(a)}
                </button>
              ))}
            </div>
            <label htmlFor="pos-cash">Uang diterima</label>
            <input id="pos-cash" inputMode="numeric" value={cash} placeholder={String(total)} maxLength={24} onChange={(e) => setCash(e.target.value.replace(/-/g, ''))} />
            <p className={problem ? 'pos-change error' : 'pos-change'} role={problem ? 'alert' : undefined}>
              {problem ?? (tendered >= total ? `Kembalian ${formatRupiah(tendered - total)}` : tendered > 0 ? `Kurang ${formatRupiah(total - tendered)}` : ' ')}
            </p>
            <button type="button" className="pos-pay" disabled={tendered < total || tooMuch} onClick={() => onPaid('cash', tendered)}>Selesai</button>
          </div>
        )}
        {method === 'qris' && <QrisPanel total={total} qrisFor={qrisFor} onPaid={() => onPaid('qris')} />}
        {method === 'transfer' && (
          <div>
            <p>Minta pelanggan mentransfer {formatRupiah(total)}, lalu periksa uangnya sudah masuk.</p>
            <button type="button" className="pos-pay" onClick={() => onPaid('transfer')}>Sudah ditransfer</button>
          </div>
        )}
        {method === 'credit' && (
          <div>
            {customer.trim()
              ? <p>Dicatat sebagai utang <b>{customer.trim()}</b> sebesar {formatRupiah(total)}.</p>
              : <p className="error">Utang perlu nama pelanggan: isi kolom Pelanggan di keranjang dulu.</p>}
            <button type="button" className="pos-pay" disabled={!customer.trim()} onClick={() => onPaid('credit')}>Catat utang</button>
          </div>
        )}
      </div>
    </div>
  );
}

function QrisPanel({ total, qrisFor, onPaid }: { total: number; qrisFor: QrisFor; onPaid: () => void }) {
  const [svg, setSvg] = useState('');
  const q = qrisFor(total);
  const payload = q.ok ? q.payload : '';
  useEffect(() => {
    if (!payload) return;
    let live = true;
    // Imported statically, not lazily: a chunk first asked for while offline would not be in the cache.
    void QRCode.toString(payload, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((s) => { if (live) setSvg(s); });
    return () => { live = false; };
  }, [payload]);
  // No code set (or a bad one): the customer may still have paid by the warung's printed QRIS sticker; a helper's cashier
  // could not record that sale at all.
  if (!q.ok) {
    return (
      <div className="pos-qris">
        <p className="error">{q.message}</p>
        <p>Kalau pembeli sudah membayar lewat QRIS warung yang tercetak, catat sebagai QRIS. Total {formatRupiah(total)}.</p>
        <button type="button" className="pos-pay" onClick={onPaid}>Sudah dibayar lewat QRIS</button>
      </div>
    );
  }
  return (
    <div className="pos-qris">
      <div className="pos-qr" data-qris={payload} role="img" aria-label="Kode QRIS" dangerouslySetInnerHTML={{ __html: svg }} />
      <p>Pindai dengan aplikasi bank atau e-wallet. Total {formatRupiah(total)}.</p>
      <button type="button" className="pos-pay" onClick={onPaid}>Sudah dibayar</button>
    </div>
  );
}
