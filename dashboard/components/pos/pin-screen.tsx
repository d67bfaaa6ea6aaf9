'use client';
// The lock screen: a PIN unlocks the device for one member. Online the server checks it (and counts
// wrong tries); offline a verifier kept from an earlier online unlock on this device does.
import { useState, type FormEvent } from 'react';
import { Offline, unlockOnline } from '../../lib/pos/api.ts';
import type { UnlockResponse } from '../../lib/pos/contract.ts';
import type { Device, PosDb } from '../../lib/pos/db.ts';
import { checkPinOffline, LOCK_MS, lockedUntil, rememberPin, rightPin, wrongPin } from '../../lib/pos/pin-local.ts';
import { countFrom, setMeta } from '../../lib/pos/db.ts';
import { formatTime, type TenantZone } from '../../../core/format.ts';

// In the warung's zone: a phone set to another zone showed "pukul 02.01" for 14.01 WIB.
const lockedText = (until: number, zone: TenantZone) => `Terlalu banyak PIN salah. Coba lagi pukul ${formatTime(new Date(until), zone)}.`;

export function PinScreen({ db, device, tenantName, zone, onUnlocked, onDeviceGone }: {
  db: PosDb;
  device: Device;
  tenantName: string;
  zone: TenantZone;
  onUnlocked: (who: UnlockResponse) => void;
  /** The server no longer knows this device (removed by the owner): register it again. */
  onDeviceGone: (message: string) => void;
}) {
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  async function offline(p: string): Promise<void> {
    const v = await checkPinOffline(db, p);
    if (v) {
      await rightPin(db);
      return onUnlocked({ memberId: v.memberId, name: v.name, role: v.role, canDiscount: v.canDiscount, lastSeq: 0 });
    }
    const until = await wrongPin(db);
    const known = await db.verifiers.count();
    setMessage(until ? lockedText(until, zone) : known ? 'PIN salah.' : 'Tidak ada koneksi. PIN pertama di perangkat ini perlu internet.');
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!/^\d{4,6}$/.test(pin)) return setMessage('PIN 4–6 angka.');
    setBusy(true);
    setMessage('');
    try {
      const until = await lockedUntil(db);
      if (until) return setMessage(lockedText(until, zone));
      try {
        const a = await unlockOnline(device.deviceId, pin);
        if (a.ok) {
          await rememberPin(db, pin, a.who);
          await rightPin(db);
          await countFrom(db, device.deviceId, a.who.lastSeq);
          return onUnlocked(a.who);
        }
        if (a.status === 429) {
          const until = Date.now() + LOCK_MS;
          await setMeta(db, 'pinTries', { wrong: 0, lockedUntil: until });
          return setMessage(a.message || lockedText(until, zone));
        }
        if (a.status >= 500) return await offline(pin); // the server is down: as if offline
        if (a.error === 'not_found:device' || a.error === 'forbidden:device') {
          setMessage(a.message);
          return onDeviceGone(a.message);
        }
        // Refused online: a PIN kept here that the server no longer accepts must not unlock offline either.
        const stale = await checkPinOffline(db, pin);
        if (stale) await db.verifiers.delete(stale.memberId);
        const locked = await wrongPin(db);
        setMessage(locked ? lockedText(locked, zone) : a.message);
      } catch (err) {
        if (err instanceof Offline) await offline(pin);
        else throw err;
      }
    } finally {
      setBusy(false);
      setPin('');
    }
  }

  return (
    <main className="login-page pos-lock">
      <h1>Kasir</h1>
      <p className="muted">{tenantName} · perangkat {device.code}</p>
      <form onSubmit={submit}>
        <label htmlFor="pos-pin">PIN</label>
        <input id="pos-pin" name="pin" type="password" inputMode="numeric" autoComplete="off" pattern="\d*" maxLength={6}
          value={pin} onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))} autoFocus />
        <button type="submit" disabled={busy}>{busy ? 'Memeriksa…' : 'Buka kasir'}</button>
        {message && <p className="error" role="alert">{message}</p>}
      </form>
      {/* Owner tour: the first visit asked for a PIN nobody had been told about. */}
      <p className="muted">Belum punya PIN? Pemilik warung mengaturnya di menu Pengaturan (Atur PIN).</p>
    </main>
  );
}
