// The negotiation agent as the router and the scheduler use it.
import type { Intent } from '../../core/frame.ts';
import type { Agent, AgentContext, AgentResult } from '../router/types.ts';
import { postArrival } from './arrival.ts';
import { cancelNegotiation } from './cancel.ts';
import { changeCeiling } from './ceiling.ts';
import { lateTake } from './late-take.ts';
import { answerNegotiationChoice } from './owner-choice.ts';
import { pickBeforeSummary } from './early-pick.ts';
import { startNegotiation } from './start.ts';
import { choiceTooEarly, negotiationStatus } from './status.ts';

export const negotiationAgents: Partial<Record<Intent, Agent>> = { negotiate: startNegotiation };

export { handleSupplierMessage } from './supplier-message.ts';
export { answerNegotiationChoice, postArrival };

/**
 * The owner's messages the negotiation answers before the parser: a choice from the summary (or one sent too early), goods
 * arrived, a haggle called off, its limit moved, or how it goes. Goods arrived book a purchase and return its event, so
 * "batal" right after takes it back (it took back an older entry).
 */
export async function ownerNegotiationMessage(ctx: AgentContext, text: string): Promise<AgentResult | null> {
  const chosen = (await answerNegotiationChoice(ctx, text)) ?? (await pickBeforeSummary(ctx, text));
  if (chosen) return { replies: chosen };
  const arrived = await postArrival(ctx, text);
  if (arrived) return arrived;
  const replies = (await cancelNegotiation(ctx, text))
    ?? (await changeCeiling(ctx, text))
    ?? (await lateTake(ctx, text))
    ?? (await negotiationStatus(ctx, text))
    ?? (await choiceTooEarly(ctx, text));
  return replies && { replies };
}
export { dueNegotiationWork, type DueMessage } from './timers.ts';
