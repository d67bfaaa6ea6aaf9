// Baileys message → InboundMessage, or the reason it is skipped. Pure: no socket, no I/O.
// Replies go to the chat JID exactly as received (a LID chat stays a LID chat); the phone number
// comes from whichever of the JID and its v7 alternate (key.remoteJidAlt) is a phone JID.
import { isHostedPnUser, isJidBroadcast, isJidGroup, isJidNewsletter, isJidStatusBroadcast, isLidUser, isPnUser, jidDecode, normalizeMessageContent, proto, toNumber } from '@whiskeysockets/baileys';
import type { WAMessage, WAMessageContent } from '@whiskeysockets/baileys';
import { inboundMessageSchema, type InboundMessage } from '../../../core/ports/channel.ts';

export type SkipReason =
  | 'no_key' | 'status_broadcast' | 'broadcast' | 'newsletter' | 'group' | 'own_echo'
  | 'decryption_stub' | 'stub' | 'protocol' | 'reaction' | 'no_content' | 'invalid' | `unsupported:${string}`;

export type MediaKind = 'voice' | 'audio' | 'image' | 'document';

export type ToInboundResult =
  | {
      ok: true;
      message: InboundMessage;
      /** Older than the backlog age when it arrived: record it, do not answer it. */
      backlog: boolean;
      /** The other address of the sender (phone JID for a LID chat, or LID for a phone chat), if known. */
      senderAlt: string | null;
      /** Set for voice, audio, image and document: what to download (see media.ts). */
      media: { kind: MediaKind; mimetype: string | null; fileLength: number | null } | null;
    }
  | { ok: false; skip: SkipReason };

export interface ToInboundContext {
  account: string;
  now: Date;
  backlogMaxAgeS: number;
}

const MAX_BODY = 10_000;

export function toInbound(msg: WAMessage, ctx: ToInboundContext): ToInboundResult {
  const key = msg.key;
  const chat = key?.remoteJid;
  if (!key?.id || !chat) return { ok: false, skip: 'no_key' };
  if (isJidStatusBroadcast(chat)) return { ok: false, skip: 'status_broadcast' };
  if (isJidBroadcast(chat)) return { ok: false, skip: 'broadcast' };
  if (isJidNewsletter(chat)) return { ok: false, skip: 'newsletter' };
  // A warung's books are kept in one-to-one chats; the assistant stays quiet in groups.
  if (isJidGroup(chat)) return { ok: false, skip: 'group' };
  if (key.fromMe) return { ok: false, skip: 'own_echo' };
  // Failed decryption arrives as a stub; the real message with the same id may follow and is
  // processed then, so the stub must never reach the inbox (it would take the dedupe key).
  if (msg.messageStubType === proto.WebMessageInfo.StubType.CIPHERTEXT) return { ok: false, skip: 'decryption_stub' };
  const content = normalizeMessageContent(msg.message);
  if (!content) return { ok: false, skip: msg.messageStubType ? 'stub' : 'no_content' };
  if (content.protocolMessage) return { ok: false, skip: 'protocol' };
  if (content.reactionMessage) return { ok: false, skip: 'reaction' };

  const parsed = readContent(content);
  if ('skip' in parsed) return { ok: false, skip: parsed.skip };

  const sentAt = new Date(toNumber(msg.messageTimestamp) * 1000);
  const alt = key.remoteJidAlt ?? null;
  const parsedMessage = inboundMessageSchema.safeParse({
    channel: 'whatsapp',
    account: ctx.account,
    externalId: key.id,
    senderPhone: phoneOf(chat) ?? (alt ? phoneOf(alt) : null),
    senderAddress: chat,
    chat,
    kind: parsed.kind,
    body: parsed.body === null ? null : parsed.body.slice(0, MAX_BODY),
    mediaRef: null,
    quotedId: parsed.quotedId,
    sentAt,
  });
  if (!parsedMessage.success) return { ok: false, skip: 'invalid' };
  const message = parsedMessage.data;
  return {
    ok: true,
    message,
    backlog: ctx.now.getTime() - sentAt.getTime() > ctx.backlogMaxAgeS * 1000,
    senderAlt: alt,
    media: parsed.media,
  };
}

type Parsed =
  | { kind: InboundMessage['kind']; body: string | null; quotedId: string | null; media: Extract<ToInboundResult, { ok: true }>['media'] }
  | { skip: SkipReason };

function readContent(c: WAMessageContent): Parsed {
  const quoted = (info: proto.IContextInfo | null | undefined) => info?.stanzaId ?? null;
  const size = (n: number | Long | null | undefined) => (n === null || n === undefined ? null : toNumber(n));
  if (typeof c.conversation === 'string') return { kind: 'text', body: c.conversation, quotedId: null, media: null };
  if (c.extendedTextMessage) {
    const m = c.extendedTextMessage;
    return { kind: 'text', body: m.text ?? '', quotedId: quoted(m.contextInfo), media: null };
  }
  if (c.audioMessage) {
    const m = c.audioMessage;
    const kind: MediaKind = m.ptt ? 'voice' : 'audio';
    return { kind: 'voice', body: null, quotedId: quoted(m.contextInfo), media: { kind, mimetype: m.mimetype ?? null, fileLength: size(m.fileLength) } };
  }
  if (c.imageMessage) {
    const m = c.imageMessage;
    return { kind: 'image', body: m.caption || null, quotedId: quoted(m.contextInfo), media: { kind: 'image', mimetype: m.mimetype ?? null, fileLength: size(m.fileLength) } };
  }
  if (c.documentMessage) {
    const m = c.documentMessage;
    return { kind: 'document', body: m.caption || null, quotedId: quoted(m.contextInfo), media: { kind: 'document', mimetype: m.mimetype ?? null, fileLength: size(m.fileLength) } };
  }
  const type = Object.keys(c).find((k) => k !== 'messageContextInfo' && k !== 'senderKeyDistributionMessage');
  return { skip: type ? `unsupported:${type}` : 'no_content' };
}

type Long = Parameters<typeof toNumber>[0];

/** "6281234567890@s.whatsapp.net" or "6281234567890:3@s.whatsapp.net" → "+6281234567890"; LIDs → null. */
export function phoneOf(jid: string): string | null {
  if (isLidUser(jid) || !(isPnUser(jid) || isHostedPnUser(jid))) return null;
  const user = jidDecode(jid)?.user;
  return user && /^\d{6,15}$/.test(user) ? `+${user}` : null;
}
