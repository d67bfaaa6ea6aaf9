// What to do when the socket closes, by Baileys' DisconnectReason. Pure: status code and history
// in, action out; the gateway does the waiting. A new socket is made for every attempt.
import { DisconnectReason } from '@whiskeysockets/baileys';

export type FinalReason = 'logged_out' | 'forbidden' | 'multidevice_mismatch' | 'replaced';

export type ReconnectAction =
  /** Stop for good. clearCreds: the session is dead and the owner must link again. */
  | { kind: 'final'; reason: FinalReason; clearCreds: boolean }
  | { kind: 'reconnect'; delayMs: number; refreshVersion: boolean; reason: string };

export interface ReconnectHistory {
  /** Consecutive failed attempts since the last open connection. */
  attempt: number;
  /** Consecutive "connection replaced" closes. */
  replaced: number;
}

export interface ReconnectOptions {
  baseMs: number;
  maxMs: number;
  /** connectionReplaced: another client took the session; wait long, and stop after a few. */
  replacedDelayMs: number;
  maxReplaced: number;
  /** In [0, 1); injectable so tests are exact. */
  random: () => number;
}

export const defaultReconnectOptions: ReconnectOptions = {
  baseMs: 2_000,
  maxMs: 120_000,
  replacedDelayMs: 60_000,
  maxReplaced: 3,
  random: Math.random,
};

/** WhatsApp answers 405 when the client's WA Web version is too old. */
export const VERSION_REJECTED = 405;

export const freshHistory = (): ReconnectHistory => ({ attempt: 0, replaced: 0 });

/** Exponential backoff with "equal jitter": half fixed, half random, so retries never bunch at 0. */
export function backoffMs(attempt: number, o: Pick<ReconnectOptions, 'baseMs' | 'maxMs' | 'random'>): number {
  const ceiling = Math.min(o.maxMs, o.baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + o.random() * (ceiling / 2));
}

export function decideReconnect(
  statusCode: number | undefined,
  history: ReconnectHistory,
  opts: Partial<ReconnectOptions> = {},
): { action: ReconnectAction; history: ReconnectHistory } {
  const o = { ...defaultReconnectOptions, ...opts };
  const next = (action: ReconnectAction, h: ReconnectHistory) => ({ action, history: h });
  switch (statusCode) {
    case DisconnectReason.loggedOut:
      return next({ kind: 'final', reason: 'logged_out', clearCreds: true }, history);
    case DisconnectReason.forbidden:
      return next({ kind: 'final', reason: 'forbidden', clearCreds: true }, history);
    case DisconnectReason.multideviceMismatch:
      return next({ kind: 'final', reason: 'multidevice_mismatch', clearCreds: true }, history);
    case DisconnectReason.restartRequired:
      // Normal right after pairing: the server asks for a fresh socket with the new creds.
      return next({ kind: 'reconnect', delayMs: 0, refreshVersion: false, reason: 'restart_required' }, history);
    case DisconnectReason.connectionReplaced: {
      const replaced = history.replaced + 1;
      if (replaced > o.maxReplaced) return next({ kind: 'final', reason: 'replaced', clearCreds: false }, { ...history, replaced });
      const delayMs = Math.min(o.maxMs * 4, o.replacedDelayMs * 2 ** (replaced - 1));
      return next({ kind: 'reconnect', delayMs, refreshVersion: false, reason: 'connection_replaced' }, { ...history, replaced });
    }
    case VERSION_REJECTED:
      return next(
        { kind: 'reconnect', delayMs: backoffMs(history.attempt, o), refreshVersion: true, reason: 'version_rejected' },
        { ...history, attempt: history.attempt + 1 },
      );
    default:
      return next(
        { kind: 'reconnect', delayMs: backoffMs(history.attempt, o), refreshVersion: false, reason: reasonName(statusCode) },
        { ...history, attempt: history.attempt + 1 },
      );
  }
}

function reasonName(code: number | undefined): string {
  if (code === undefined) return 'unknown';
  const known = Object.entries(DisconnectReason).find(([, v]) => v === code);
  return known ? known[0] : `status_${code}`;
}

/** The HTTP-like status Baileys puts on a close error (a Boom), if any. */
export function statusCodeOf(error: unknown): number | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const output = 'output' in error ? error.output : undefined;
  if (output && typeof output === 'object' && 'statusCode' in output && typeof output.statusCode === 'number') return output.statusCode;
  return undefined;
}
