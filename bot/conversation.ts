// Which code understands messages: the router (agents/router), which dispatches to the agents.
import { handleMessage, identifySender } from '../agents/router/handle-message.ts';
import type { HandleMessage, IdentifySender } from './pipeline/deps.ts';

export const conversation: { identifySender: IdentifySender; handleMessage: HandleMessage } = { identifySender, handleMessage };
