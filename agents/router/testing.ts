// Test helper: talk to the router directly, the way the pipeline does (identify in a service-role
// transaction, then handleMessage in the sender's own transaction), without HTTP or a queue.
import type { Db } from '../../core/db/open.ts';
import { withActor, type Actor } from '../../core/db/tenant.ts';
import type { Llm } from '../../core/ports/llm.ts';
import { handleMessage as wired } from './handle-message.ts';
import { identifySender } from './people/identify.ts';
import type { HandleMessage, Reply, Sender } from './types.ts';

export const OWNER = '+6281200000001';
export const CASHIER = '+6281200000002';
export const SUPPLIER = '+6281300000001';
export const DEMO_TENANT = 'a0000000-0000-4000-8000-000000000001';

export function actorFor(sender: Sender): Actor {
  if (sender.kind === 'member') return { role: 'authenticated', tenantId: sender.tenantId, memberId: sender.memberId, memberRole: sender.role };
  if (sender.kind === 'supplier') return { role: 'authenticated', tenantId: sender.tenantId };
  return { role: 'service_role' };
}

export interface RouterChat {
  /** Sends text from a phone; returns every reply (with toPhone when addressed elsewhere). */
  send(phone: string, text: string): Promise<Reply[]>;
  /** Like send, but only the texts of replies to the sender's own chat. */
  say(phone: string, text: string): Promise<string[]>;
  /** say(), the texts joined, then the clock a minute on: each message of a conversation at its own time. */
  talk(phone: string, text: string): Promise<string>;
  now: Date;
}

export function routerChat(db: Db, opts: { now: Date; llm?: Llm | null; handle?: HandleMessage }): RouterChat {
  let inbox = 1000;
  const chat: RouterChat = {
    now: opts.now,
    async send(phone, text) {
      const sender = await withActor(db, { role: 'service_role' }, (tx) =>
        identifySender(tx, { channel: 'simulator', senderPhone: phone, senderAddress: null }));
      const handle = opts.handle ?? wired;
      return withActor(db, actorFor(sender), (tx) => handle({
        tx, sender, now: chat.now, llm: opts.llm ?? null,
        message: { inboxId: String(inbox++), text, source: 'chat', chat: `${phone}@sim`, senderPhone: phone },
      }));
    },
    async say(phone, text) {
      return (await chat.send(phone, text)).filter((r) => !r.toPhone).map((r) => r.text);
    },
    async talk(phone, text) {
      const replies = (await chat.say(phone, text)).join('\n');
      chat.now = new Date(chat.now.getTime() + 60_000);
      return replies;
    },
  };
  return chat;
}
