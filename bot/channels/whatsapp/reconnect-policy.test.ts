// The reconnect table, and the scheduler on fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DisconnectReason } from '@whiskeysockets/baileys';
import { Boom } from '@hapi/boom';
import { backoffMs, decideReconnect, freshHistory, statusCodeOf, VERSION_REJECTED } from './reconnect-policy.ts';
import { createReconnector } from './reconnector.ts';

const policy = { baseMs: 1_000, maxMs: 16_000, replacedDelayMs: 30_000, maxReplaced: 2, random: () => 0.5 };

describe('decideReconnect', () => {
  const table: Array<[string, number | undefined, object]> = [
    ['loggedOut', DisconnectReason.loggedOut, { kind: 'final', reason: 'logged_out', clearCreds: true }],
    ['forbidden', DisconnectReason.forbidden, { kind: 'final', reason: 'forbidden', clearCreds: true }],
    ['multideviceMismatch', DisconnectReason.multideviceMismatch, { kind: 'final', reason: 'multidevice_mismatch', clearCreds: true }],
    ['restartRequired', DisconnectReason.restartRequired, { kind: 'reconnect', delayMs: 0, refreshVersion: false }],
    ['connectionReplaced', DisconnectReason.connectionReplaced, { kind: 'reconnect', delayMs: 30_000, refreshVersion: false }],
    ['405 version', VERSION_REJECTED, { kind: 'reconnect', delayMs: 750, refreshVersion: true }],
    ['connectionClosed', DisconnectReason.connectionClosed, { kind: 'reconnect', delayMs: 750, refreshVersion: false, reason: 'connectionClosed' }],
    ['connectionLost', DisconnectReason.connectionLost, { kind: 'reconnect', delayMs: 750, refreshVersion: false }],
    ['badSession', DisconnectReason.badSession, { kind: 'reconnect', delayMs: 750 }],
    ['unavailableService', DisconnectReason.unavailableService, { kind: 'reconnect', delayMs: 750 }],
    ['no status (network error)', undefined, { kind: 'reconnect', delayMs: 750, reason: 'unknown' }],
  ];
  it.each(table)('%s → %o', (_name, code, expected) => {
    expect(decideReconnect(code, freshHistory(), policy).action).toMatchObject(expected);
  });

  it('backs off exponentially up to the cap, with jitter inside [ceiling/2, ceiling]', () => {
    const delays = [0, 1, 2, 3, 4, 5, 6].map((a) => backoffMs(a, { ...policy, random: () => 0.999999 }));
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 16_000, 16_000]);
    expect(backoffMs(3, { ...policy, random: () => 0 })).toBe(4_000);
    let h = freshHistory();
    const seen: number[] = [];
    for (let i = 0; i < 5; i++) {
      const d = decideReconnect(DisconnectReason.connectionLost, h, { ...policy, random: () => 0 });
      seen.push(d.action.kind === 'reconnect' ? d.action.delayMs : -1);
      h = d.history;
    }
    expect(seen).toEqual([500, 1_000, 2_000, 4_000, 8_000]);
  });

  it('connectionReplaced backs off further each time and then stops without clearing creds', () => {
    let h = freshHistory();
    const actions = [];
    for (let i = 0; i < 3; i++) {
      const d = decideReconnect(DisconnectReason.connectionReplaced, h, policy);
      actions.push(d.action);
      h = d.history;
    }
    expect(actions).toMatchObject([
      { kind: 'reconnect', delayMs: 30_000 },
      { kind: 'reconnect', delayMs: 60_000 },
      { kind: 'final', reason: 'replaced', clearCreds: false },
    ]);
  });

  it('reads the status code from a Baileys close error', () => {
    expect(statusCodeOf(new Boom('Connection Failure', { statusCode: DisconnectReason.loggedOut }))).toBe(401);
    expect(statusCodeOf(new Error('socket hang up'))).toBeUndefined();
    expect(statusCodeOf(undefined)).toBeUndefined();
  });
});

describe('createReconnector (fake timers)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reconnects at the planned time, with a new version after a 405, and stops on a final reason', async () => {
    const connect = vi.fn();
    const onFinal = vi.fn();
    const r = createReconnector({ connect, onFinal, policy });

    r.closed(DisconnectReason.restartRequired);
    await vi.advanceTimersByTimeAsync(0);
    expect(connect).toHaveBeenLastCalledWith(false);

    r.closed(DisconnectReason.connectionLost); // attempt 0 → 750 ms
    await vi.advanceTimersByTimeAsync(749);
    expect(connect).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(connect).toHaveBeenCalledTimes(2);

    r.closed(VERSION_REJECTED); // attempt 1 → 1500 ms, refresh
    await vi.advanceTimersByTimeAsync(1_500);
    expect(connect).toHaveBeenLastCalledWith(true);

    r.opened(); // an open connection resets the failure count
    r.closed(DisconnectReason.connectionClosed);
    await vi.advanceTimersByTimeAsync(750);
    expect(connect).toHaveBeenCalledTimes(4);

    r.closed(DisconnectReason.loggedOut);
    await vi.advanceTimersByTimeAsync(1_000_000);
    expect(connect).toHaveBeenCalledTimes(4);
    expect(onFinal).toHaveBeenCalledWith({ kind: 'final', reason: 'logged_out', clearCreds: true });
    expect(r.pending).toBe(false);
  });

  it('connectionReplaced never loops: short opens do not reset it, a stable one does', async () => {
    const connect = vi.fn();
    const onFinal = vi.fn();
    const r = createReconnector({ connect, onFinal, policy, stableMs: 60_000 });
    for (let i = 0; i < 2; i++) {
      r.closed(DisconnectReason.connectionReplaced);
      await vi.runOnlyPendingTimersAsync();
      r.opened();
      await vi.advanceTimersByTimeAsync(1_000); // replaced again soon after opening
    }
    r.closed(DisconnectReason.connectionReplaced);
    expect(onFinal).toHaveBeenCalledWith({ kind: 'final', reason: 'replaced', clearCreds: false });
    expect(connect).toHaveBeenCalledTimes(2);

    const s = createReconnector({ connect: vi.fn(), onFinal: vi.fn(), policy, stableMs: 60_000 });
    for (let i = 0; i < 5; i++) {
      expect(s.closed(DisconnectReason.connectionReplaced)).toMatchObject({ kind: 'reconnect', delayMs: 30_000 });
      await vi.runOnlyPendingTimersAsync();
      s.opened();
      await vi.advanceTimersByTimeAsync(60_000); // stayed up: the count starts over
    }
  });

  it('cancel() drops a planned reconnect', async () => {
    const connect = vi.fn();
    const r = createReconnector({ connect, onFinal: vi.fn(), policy });
    r.closed(DisconnectReason.connectionLost);
    expect(r.pending).toBe(true);
    r.cancel();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(connect).not.toHaveBeenCalled();
  });
});
