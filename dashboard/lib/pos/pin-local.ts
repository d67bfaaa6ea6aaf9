// Offline unlock: after a PIN was accepted by the server on this device, a verifier of it is kept in
// IndexedDB (PBKDF2-SHA-256 with a random salt, WebCrypto), so the same member can unlock here later with
// no network. Five wrong PINs lock the device locally for five minutes, as the server does.
import { getMeta, setMeta, type PosDb, type Verifier } from './db.ts';
import type { UnlockResponse } from './contract.ts';

export const ITERATIONS = 100_000;
export const MAX_TRIES = 5;
export const LOCK_MS = 5 * 60_000;

const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const unb64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return b64(new Uint8Array(bits));
}

/** Keeps (or replaces) the verifier of a member after an online unlock. */
export async function rememberPin(db: PosDb, pin: string, who: UnlockResponse): Promise<void> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(pin, salt, ITERATIONS);
  await db.verifiers.put({ memberId: who.memberId, name: who.name, role: who.role, canDiscount: who.canDiscount, salt: b64(salt), hash, iterations: ITERATIONS, at: Date.now() });
}

/** Forgets a member's verifier (the server refused their PIN: it may have been changed or removed). */
export const forgetPins = (db: PosDb) => db.verifiers.clear();

interface Tries { wrong: number; lockedUntil: number }

export async function lockedUntil(db: PosDb, now = Date.now()): Promise<number> {
  const t = (await getMeta<Tries>(db, 'pinTries')) ?? { wrong: 0, lockedUntil: 0 };
  return t.lockedUntil > now ? t.lockedUntil : 0;
}

/** Counts a wrong PIN; returns the lock's end when this one locked the device. */
export async function wrongPin(db: PosDb, now = Date.now()): Promise<number> {
  const t = (await getMeta<Tries>(db, 'pinTries')) ?? { wrong: 0, lockedUntil: 0 };
  const wrong = t.lockedUntil && t.lockedUntil <= now ? 1 : t.wrong + 1;
  const until = wrong >= MAX_TRIES ? now + LOCK_MS : 0;
  await setMeta(db, 'pinTries', { wrong: until ? 0 : wrong, lockedUntil: until } satisfies Tries);
  return until;
}

export const rightPin = (db: PosDb) => setMeta(db, 'pinTries', { wrong: 0, lockedUntil: 0 } satisfies Tries);

/** The member whose kept verifier matches this PIN, if any. */
export async function checkPinOffline(db: PosDb, pin: string): Promise<Verifier | null> {
  for (const v of await db.verifiers.toArray()) {
    if ((await derive(pin, unb64(v.salt), v.iterations)) === v.hash) return v;
  }
  return null;
}
