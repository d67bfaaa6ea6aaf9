// Inbound: each `messages.upsert` batch (notify and append alike) is mapped, its media fetched
// and kept, and handed to onInbound in arrival order. onInbound writes the inbox; until it has,
// the message exists nowhere else (Baileys acked it already), so a failing write is retried.
import { setTimeout as sleep } from 'node:timers/promises';
import type { MessageUpsertType, WAMessage } from '@whiskeysockets/baileys';
import type { InboundMessage } from '../../../core/ports/channel.ts';
import type { MediaStore } from '../../../core/ports/media-store.ts';
import { maskPhone, type Logger } from '../../../core/logger.ts';
import { downloadMedia } from './media.ts';
import { toInbound } from './to-inbound.ts';

export interface InboundMeta {
  /** Older than the backlog age: record it, do not answer it. */
  backlog: boolean;
  /** The sender's other JID (phone JID of a LID chat, or LID of a phone chat), when WhatsApp sent it. */
  senderAlt: string | null;
}

export interface InboundHandlerOptions {
  account: string;
  logger: Logger;
  onInbound: (msg: InboundMessage, meta: InboundMeta) => Promise<void>;
  mediaStore?: MediaStore;
  mediaMaxBytes: number;
  backlogMaxAgeS: number;
  now: () => Date;
  reupload: (msg: WAMessage) => Promise<WAMessage>;
  /** Delays between tries of onInbound. */
  retryDelaysMs?: number[];
}

export function createInboundHandler(o: InboundHandlerOptions) {
  let chain: Promise<void> = Promise.resolve();
  const retries = o.retryDelaysMs ?? [200, 1_000, 5_000];

  async function handle(raw: WAMessage, type: MessageUpsertType) {
    const r = toInbound(raw, { account: o.account, now: o.now(), backlogMaxAgeS: o.backlogMaxAgeS });
    if (!r.ok) {
      o.logger.debug({ id: raw.key?.id, skip: r.skip, type }, 'whatsapp message skipped');
      return;
    }
    const msg = r.message;
    if (r.media && o.mediaStore) {
      try {
        const media = await downloadMedia(raw, { maxBytes: o.mediaMaxBytes, reupload: o.reupload, onReupload: () => o.logger.info({ id: msg.externalId }, 'whatsapp media expired; asked the phone to re-upload') });
        const stored = await o.mediaStore.put(media.data, media.mimetype);
        msg.mediaRef = stored.key;
      } catch (err) {
        // Still recorded: the pipeline answers a voice note without audio with a friendly reply.
        o.logger.warn({ id: msg.externalId, err: errCode(err) }, 'whatsapp media download failed');
      }
    }
    for (let attempt = 0; ; attempt++) {
      try {
        await o.onInbound(msg, { backlog: r.backlog, senderAlt: r.senderAlt });
        o.logger.info({ id: msg.externalId, kind: msg.kind, from: maskPhone(msg.senderPhone), backlog: r.backlog, type }, 'whatsapp message received');
        return;
      } catch (err) {
        if (attempt >= retries.length) {
          o.logger.error({ id: msg.externalId, err }, 'whatsapp message could not be written to the inbox');
          return;
        }
        await sleep(retries[attempt]);
      }
    }
  }

  return {
    push(messages: WAMessage[], type: MessageUpsertType) {
      chain = chain.then(async () => {
        for (const m of messages) {
          // One bad message must not stop the ones behind it (the chain would stay rejected).
          await handle(m, type).catch((err) => o.logger.error({ id: m.key?.id, err }, 'whatsapp message handling failed'));
        }
      });
    },
    idle: () => chain,
  };
}

function errCode(err: unknown): string {
  return err && typeof err === 'object' && 'code' in err && typeof err.code === 'string' ? err.code : String(err);
}
