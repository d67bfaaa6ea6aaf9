// Outbound: one queue per account, spaced by the per-minute rate with jitter (bursts of identical
// timing look like a bot to WhatsApp); ids generated and stored before sending; paused when
// WhatsApp answers 463 (account restricted) or 429 (rate limited), visible in state().
import { generateMessageIDV2, proto, type WAMessage, type WAPresence } from '@whiskeysockets/baileys';
import { AppError } from '../../../core/errors.ts';
import type { OutboundMessage } from '../../../core/ports/channel.ts';
import type { Logger } from '../../../core/logger.ts';
import { statusCodeOf } from './reconnect-policy.ts';
import type { SentStore } from './sent-store.ts';

/** What the sender needs from a Baileys socket (the real one, or a test's fake). */
export interface SendingSocket {
  user?: { id: string } | undefined;
  sendMessage(jid: string, content: { text: string }, options: { messageId: string }): Promise<WAMessage | undefined>;
  sendPresenceUpdate(type: WAPresence, toJid?: string): Promise<void>;
}

export interface SenderOptions {
  socket: () => SendingSocket | undefined;
  store: SentStore;
  logger: Logger;
  perMinute: number;
  /** ± share of the spacing added at random. */
  jitter?: number;
  random?: () => number;
  pauseMs?: { restricted: number; rateLimited: number };
  /** WhatsApp's "typing…" fades after ~25 s; refresh it while the reply is being worked on. */
  typingRefreshMs?: number;
}

export type PauseReason = 'restricted_463' | 'rate_limited_429' | 'reachout_timelock';

export function createSender(o: SenderOptions) {
  const random = o.random ?? Math.random;
  const jitter = o.jitter ?? 0.3;
  const spacingMs = 60_000 / o.perMinute;
  const pauseMs = o.pauseMs ?? { restricted: 30 * 60_000, rateLimited: 60_000 };
  let nextSlot = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let paused: { reason: PauseReason; until: number } | null = null;
  const typing = new Map<string, NodeJS.Timeout>();

  const pausedNow = () => (paused && paused.until > Date.now() ? paused : (paused = null));

  function pause(reason: PauseReason, untilAt?: number) {
    const until = untilAt ?? Date.now() + (reason === 'rate_limited_429' ? pauseMs.rateLimited : pauseMs.restricted);
    if (!paused || paused.until < until) paused = { reason, until };
    o.logger.warn({ reason, until: new Date(until).toISOString() }, 'whatsapp sending paused');
  }

  async function waitForSlot() {
    const now = Date.now();
    const wait = Math.max(0, nextSlot - now);
    nextSlot = Math.max(now, nextSlot) + spacingMs * (1 + jitter * (2 * random() - 1));
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }

  async function sendNow(msg: OutboundMessage): Promise<string> {
    const earlier = await o.store.findByOutbox(msg.id);
    if (earlier?.sent) return earlier.messageId; // a retried outbox row: already delivered to WhatsApp
    const p = pausedNow();
    if (p) throw new AppError('rate_limited:whatsapp_paused', { message: `sending paused (${p.reason})`, retryable: true, details: p });
    if (!o.socket()) throw new AppError('unavailable:whatsapp_disconnected', { message: 'WhatsApp is not connected' });
    await waitForSlot();
    // Taken after the wait: the socket may have been replaced meanwhile.
    const sock = o.socket();
    if (!sock) throw new AppError('unavailable:whatsapp_disconnected', { message: 'WhatsApp is not connected' });
    // Reusing the stored id when a send was interrupted: the recipient's phone drops duplicate ids.
    const messageId = earlier?.messageId ?? generateMessageIDV2(sock.user?.id);
    if (!earlier) {
      await o.store.reserve({ messageId, outboxId: msg.id, chat: msg.chat, message: proto.Message.create({ extendedTextMessage: { text: msg.text } }) });
    }
    let sent: WAMessage | undefined;
    try {
      sent = await sock.sendMessage(msg.chat, { text: msg.text }, { messageId });
    } catch (err) {
      const status = waErrorCode(err);
      if (status === 429) pause('rate_limited_429');
      if (status === 463) pause('restricted_463');
      if (status === 429 || status === 463) throw new AppError('rate_limited:whatsapp', { message: `WhatsApp refused the message (${status})`, cause: err, retryable: true });
      throw new AppError('unavailable:whatsapp_send', { message: 'sending failed', cause: err });
    }
    // WhatsApp has it now; failing to record that must not make the outbox send it again.
    await o.store.markSent(messageId, sent?.message ?? null).catch((err) => o.logger.warn({ err, messageId }, 'recording a sent message failed'));
    return sent?.key.id ?? messageId;
  }

  return {
    /** Sends in order, one at a time, spaced by the rate limit. */
    send(msg: OutboundMessage): Promise<string> {
      const run = queue.then(() => sendNow(msg));
      queue = run.catch(() => {});
      return run;
    },

    async setTyping(chat: string, on: boolean): Promise<void> {
      const presence = async (p: WAPresence) => {
        await o.socket()?.sendPresenceUpdate(p, chat).catch((err) => o.logger.debug({ err }, 'presence update failed'));
      };
      clearInterval(typing.get(chat));
      typing.delete(chat);
      if (on) {
        const timer = setInterval(() => void presence('composing'), o.typingRefreshMs ?? 10_000);
        timer.unref();
        typing.set(chat, timer);
        await presence('composing');
      } else {
        await presence('paused');
      }
    },

    /** From `messages.update`: WhatsApp's error ack for one of our messages. */
    noteAckError(code: string | undefined) {
      if (code === '463') pause('restricted_463');
      if (code === '429') pause('rate_limited_429');
    },

    /** WhatsApp's reach-out time lock (connection.update): no outgoing messages until it ends. */
    noteTimelock(lock: { isActive?: boolean; timeEnforcementEnds?: Date } | undefined) {
      if (!lock) return;
      if (lock.isActive) pause('reachout_timelock', lock.timeEnforcementEnds?.getTime());
      else if (paused?.reason === 'reachout_timelock') paused = null;
    },

    paused: () => pausedNow(),

    stop() {
      for (const t of typing.values()) clearInterval(t);
      typing.clear();
    },
  };
}

export type Sender = ReturnType<typeof createSender>;

/**
 * WhatsApp's own error code on a failed send. Baileys turns an <error code="429"> reply into a Boom
 * with the code in `data` (and statusCode 500); other paths set the statusCode itself.
 */
export function waErrorCode(err: unknown): number | undefined {
  if (err && typeof err === 'object' && 'data' in err && typeof err.data === 'number') return err.data;
  return statusCodeOf(err);
}
