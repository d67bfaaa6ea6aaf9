'use client';
// Login by WhatsApp code: the number first ("Kirim kode"), then the 6-digit code ("Masuk").
import { useState, type FormEvent } from 'react';
import { postJson } from './api.ts';

export function LoginForm({ demo }: { demo: boolean }) {
  const [step, setStep] = useState<'phone' | 'code'>('phone');
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function sendCode(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await postJson('/api/auth/code', { phone });
    setBusy(false);
    if (!r.ok) return setError(r.body.error === 'bad_request:body' ? 'Nomor WhatsApp belum benar. Tulis misalnya 0812 3456 7890.' : r.body.message ?? 'Gagal mengirim kode. Coba lagi.');
    setNote(r.body.message ?? 'Kode sudah dikirim.');
    setStep('code');
  }

  async function login(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await postJson<{ next?: string }>('/api/auth/login', { phone, code });
    setBusy(false);
    if (!r.ok) return setError(r.body.error === 'bad_request:body' ? 'Kodenya 6 angka dari WhatsApp. Cek lagi, ya.' : r.body.message ?? 'Gagal masuk. Coba lagi.');
    window.location.assign(r.body.next ?? '/');
  }

  return (
    <div className="card login">
      {step === 'phone' ? (
        <form onSubmit={sendCode}>
          <label htmlFor="phone">Nomor WhatsApp</label>
          <input id="phone" name="phone" type="tel" inputMode="tel" autoComplete="tel" placeholder="0812-3456-7890"
            value={phone} onChange={(e) => setPhone(e.target.value)} required />
          <button type="submit" disabled={busy}>Kirim kode</button>
        </form>
      ) : (
        <form onSubmit={login}>
          {note && <p className="note" role="status">{note}</p>}
          <label htmlFor="code">Kode</label>
          <input id="code" name="code" inputMode="numeric" autoComplete="one-time-code" pattern="\d{6}" maxLength={6} placeholder="6 angka"
            value={code} onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))} required autoFocus />
          <button type="submit" disabled={busy}>Masuk</button>
          <button type="button" className="link" onClick={() => { setStep('phone'); setCode(''); setError(null); }}>Ganti nomor / kirim ulang</button>
        </form>
      )}
      {error && <p className="error" role="alert">{error}</p>}
      {demo && (
        <p className="hint">
          Mencoba Juragan? Pakai nomor demo <b>0812-0000-0001</b> (Bu Sri, pemilik). Kodenya masuk ke obrolan di{' '}
          <a href="/simulator" target="_blank">Simulator WhatsApp</a>.
        </p>
      )}
    </div>
  );
}
