// Outbound messages, stored before sending. Two jobs: a retried outbox row finds its earlier
// message id (no double send), and Baileys' getMessage can hand a message back when a
// recipient's phone asks for a retry ("waiting for this message" otherwise).
import { proto, type WAMessageKey } from '@whiskeysockets/baileys';
import type { Db } from '../../../core/db/open.ts';
import { withService } from '../../../core/db/tenant.ts';

export interface SentRecord {
  messageId: string;
  sent: boolean;
}

export interface SentStore {
  /** The message earlier stored for this outbox row, if any. */
  findByOutbox(outboxId: string): Promise<SentRecord | null>;
  reserve(entry: { messageId: string; outboxId: string | null; chat: string; message: proto.IMessage }): Promise<void>;
  markSent(messageId: string, message?: proto.IMessage | null): Promise<void>;
  getMessage(key: WAMessageKey): Promise<proto.IMessage | undefined>;
  prune(olderThan: Date): Promise<number>;
}

const encode = (m: proto.IMessage) => Buffer.from(proto.Message.encode(m).finish());

export function createSentStore(db: Db, account: string): SentStore {
  return {
    async findByOutbox(outboxId) {
      const { rows } = await withService(db, (tx) =>
        tx.query<{ message_id: string; sent: boolean }>(
          'select message_id, sent_at is not null as sent from public.whatsapp_sent_messages where account = $1 and outbox_id = $2',
          [account, outboxId],
        ),
      );
      return rows[0] ? { messageId: rows[0].message_id, sent: rows[0].sent } : null;
    },
    async reserve({ messageId, outboxId, chat, message }) {
      await withService(db, (tx) =>
        tx.query(
          `insert into public.whatsapp_sent_messages (account, message_id, outbox_id, chat, message) values ($1, $2, $3, $4, $5)
           on conflict (account, message_id) do nothing`,
          [account, messageId, outboxId, chat, encode(message)],
        ),
      );
    },
    async markSent(messageId, message) {
      await withService(db, (tx) =>
        tx.query(
          `update public.whatsapp_sent_messages set sent_at = now(), message = coalesce($3, message) where account = $1 and message_id = $2`,
          [account, messageId, message ? encode(message) : null],
        ),
      );
    },
    async getMessage(key) {
      if (!key.id) return undefined;
      const { rows } = await withService(db, (tx) =>
        tx.query<{ message: Uint8Array }>('select message from public.whatsapp_sent_messages where account = $1 and message_id = $2', [account, key.id]),
      );
      return rows[0] ? proto.Message.decode(rows[0].message) : undefined;
    },
    async prune(olderThan) {
      const res = await withService(db, (tx) => tx.query('delete from public.whatsapp_sent_messages where account = $1 and created_at < $2', [account, olderThan]));
      return res.rowCount ?? 0;
    },
  };
}
