// The sender's spacing and typing refresh, on fake timers. The Postgres sent store is exercised
// end to end in gateway.test.ts; here an in-memory one keeps the clock fully fake.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WAPresence } from '@whiskeysockets/baileys';
import { silentLogger } from '../../../core/logger.ts';
import { Boom } from '@hapi/boom';
import { createSender, waErrorCode, type SendingSocket } from './send.ts';
import type { SentStore } from './sent-store.ts';

function memoryStore(): SentStore & { rows: Map<string, { outboxId: string | null; sent: boolean }> } {
  const rows = new Map<string, { outboxId: string | null; sent: boolean }>();
  return {
    rows,
    async findByOutbox(outboxId) {
      for (const [messageId, r] of rows) if (r.outboxId === outboxId) return { messageId, sent: r.sent };
      return null;
    },
    async reserve({ messageId, outboxId }) {
      rows.set(messageId, { outboxId, sent: false });
    },
    async markSent(messageId) {
      rows.get(messageId)!.sent = true;
    },
    async getMessage() {
      return undefined;
    },
    async prune() {
      return 0;
    },
  };
}

function socket() {
  const calls: Array<{ at: number; jid: string; id: string }> = [];
  const presence: Array<{ at: number; type: WAPresence }> = [];
  const sock: SendingSocket = {
    user: { id: '6281299999999:7@s.whatsapp.net' },
    async sendMessage(jid, _c, o) {
      calls.push({ at: Date.now(), jid, id: o.messageId });
      return undefined;
    },
    async sendPresenceUpdate(type) {
      presence.push({ at: Date.now(), type });
    },
  };
  return { sock, calls, presence };
}

describe('createSender', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  it('spaces messages by the per-minute rate, with jitter around the spacing', async () => {
    const { sock, calls } = socket();
    const randoms = [0.5, 1, 0]; // spacing × 1, × 1.3, × 0.7
    const sender = createSender({ socket: () => sock, store: memoryStore(), logger: silentLogger, perMinute: 6, random: () => randoms.shift() ?? 0.5 });
    const sends = [1, 2, 3, 4].map((i) => sender.send({ id: `o${i}`, chat: 'c@s.whatsapp.net', text: `m${i}` }));
    await vi.runAllTimersAsync();
    const ids = await Promise.all(sends);
    expect(new Set(ids).size).toBe(4);
    const gaps = calls.slice(1).map((c, i) => c.at - calls[i]!.at);
    expect(gaps).toEqual([10_000, 13_000, 7_000]);
  });

  it('does not wait when messages are further apart than the spacing', async () => {
    const { sock, calls } = socket();
    const sender = createSender({ socket: () => sock, store: memoryStore(), logger: silentLogger, perMinute: 6, random: () => 0.5 });
    await sender.send({ id: 'a', chat: 'c', text: 'a' });
    await vi.advanceTimersByTimeAsync(60_000);
    const t = Date.now();
    await sender.send({ id: 'b', chat: 'c', text: 'b' });
    expect(calls[1]!.at).toBe(t);
  });

  it('keeps "typing…" alive while working, then pauses it', async () => {
    const { sock, presence } = socket();
    const sender = createSender({ socket: () => sock, store: memoryStore(), logger: silentLogger, perMinute: 60, typingRefreshMs: 10_000 });
    await sender.setTyping('c', true);
    await vi.advanceTimersByTimeAsync(25_000);
    await sender.setTyping('c', false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(presence.map((p) => [p.at - 1_000_000, p.type])).toEqual([
      [0, 'composing'], [10_000, 'composing'], [20_000, 'composing'], [25_000, 'paused'],
    ]);
  });

  it('a pause ends by itself', async () => {
    const { sock, calls } = socket();
    const sender = createSender({ socket: () => sock, store: memoryStore(), logger: silentLogger, perMinute: 60, pauseMs: { restricted: 1_000, rateLimited: 500 } });
    sender.noteAckError('429');
    expect(sender.paused()).toMatchObject({ reason: 'rate_limited_429' });
    await expect(sender.send({ id: 'p1', chat: 'c', text: 'x' })).rejects.toMatchObject({ code: 'rate_limited:whatsapp_paused', retryable: true });
    await vi.advanceTimersByTimeAsync(501);
    expect(sender.paused()).toBeNull();
    await sender.send({ id: 'p1', chat: 'c', text: 'x' });
    expect(calls).toHaveLength(1);
  });
});

describe('reach-out time lock', () => {
  it('pauses until the lock ends, and resumes when it is lifted', async () => {
    const { sock } = socket();
    const sender = createSender({ socket: () => sock, store: memoryStore(), logger: silentLogger, perMinute: 60 });
    const ends = new Date(Date.now() + 3_600_000);
    sender.noteTimelock({ isActive: true, timeEnforcementEnds: ends });
    expect(sender.paused()).toEqual({ reason: 'reachout_timelock', until: ends.getTime() });
    sender.noteTimelock({ isActive: false });
    expect(sender.paused()).toBeNull();
  });
});

describe('waErrorCode', () => {
  it('reads the code from Boom data (iq errors) or from the status code', () => {
    expect(waErrorCode(new Boom('rate-overlimit', { data: 429 }))).toBe(429);
    expect(waErrorCode(new Boom('x', { statusCode: 463 }))).toBe(463);
    expect(waErrorCode(new Error('plain'))).toBeUndefined();
  });
});
