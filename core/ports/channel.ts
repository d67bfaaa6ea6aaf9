// A channel turns a transport's message into an InboundMessage and sends replies back.
// Implementations: bot/channels/simulator (default, tests) and bot/channels/whatsapp (Baileys).
import { z } from 'zod';

export const messageKinds = ['text', 'voice', 'image', 'document'] as const;
export type MessageKind = (typeof messageKinds)[number];

export const inboundMessageSchema = z.object({
  channel: z.enum(['simulator', 'whatsapp', 'pos', 'dashboard']),
  /** The linked account that received the message (WhatsApp number, or "sim" for the simulator). */
  account: z.string().min(1),
  /** Transport's own id for the message; with channel + account it is the inbox's dedupe key. */
  externalId: z.string().min(1).max(200),
  /** Sender's phone in E.164 ("+6281200000001") when known. */
  senderPhone: z.string().nullable(),
  /** Transport address of the sender (WhatsApp JID or LID, or the phone for the simulator). */
  senderAddress: z.string().min(1),
  /** Where replies go (the chat as received: a JID, or the phone for the simulator). */
  chat: z.string().min(1),
  kind: z.enum(messageKinds),
  /** Text, or the caption of an image or document. */
  body: z.string().max(10_000).nullable(),
  /** MediaStore key or a transport reference to download later. */
  mediaRef: z.string().nullable().default(null),
  /** External id of the message this one quotes, if any. */
  quotedId: z.string().nullable().default(null),
  sentAt: z.date(),
});
export type InboundMessage = z.infer<typeof inboundMessageSchema>;

export interface OutboundMessage {
  /** Outbox row id; stored before sending so a retry never sends twice. */
  id: string;
  chat: string;
  text: string;
}

export type ChannelState = 'connected' | 'connecting' | 'disconnected' | 'logged_out' | 'paused' | 'ready';

export interface Channel {
  readonly name: InboundMessage['channel'];
  /** The linked account this channel sends from (inbox and outbox rows carry it). */
  readonly account: string;
  /** Sends one message; resolves with the transport's message id. */
  send(message: OutboundMessage): Promise<string>;
  /** Called after the outbox row is marked sent (the simulator wakes its readers here). */
  afterSent?(message: OutboundMessage): void;
  /** Shows or clears "typing…" in a chat; a no-op where the transport has none. */
  setTyping(chat: string, typing: boolean): Promise<void>;
  /** For /health. */
  state(): { state: ChannelState; detail?: string };
  stop(): Promise<void>;
}
