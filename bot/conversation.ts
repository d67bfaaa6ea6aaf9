// Which code understands messages. Until the router lands this answers a fixed acknowledgement.
import type { HandleMessage, IdentifySender } from './pipeline/deps.ts';

const identifySender: IdentifySender = async (_tx, who) => ({ kind: 'unknown', phone: who.senderPhone });
const handleMessage: HandleMessage = async () => [{ text: 'Siap, Kak! Pesannya sudah saya terima. 🙏' }];

export const conversation = { identifySender, handleMessage };
