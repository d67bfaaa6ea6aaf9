// The negotiation agent as the router and the scheduler use it.
import type { Intent } from '../../core/frame.ts';
import type { Agent } from '../router/types.ts';
import { startNegotiation } from './start.ts';

export const negotiationAgents: Partial<Record<Intent, Agent>> = { negotiate: startNegotiation };

export { handleSupplierMessage } from './supplier-message.ts';
export { answerNegotiationChoice } from './owner-choice.ts';
export { dueNegotiationWork, type DueMessage } from './timers.ts';
