// What every step of handling one member's message needs, built once per message.
import type { Tx } from '../../core/db/tenant.ts';
import type { Intent, ParseResult } from '../../core/frame.ts';
import type { Llm } from '../../core/ports/llm.ts';
import type { StateKey } from './state.ts';
import type { Agent, AgentContext, AgentResult, BookedEvent, HandleMessage, Reply } from './types.ts';

export type ParseFn = (text: string, opts: { now: Date; offsetMinutes: number }) => ParseResult;
export type VoidBooked = (ctx: AgentContext, event: BookedEvent) => Promise<Reply[]>;

/** The parts the router is wired with (handle-message.ts wires the real ones). */
export interface RouterDeps {
  parse: ParseFn;
  registry: Record<Intent, Agent>;
  voidBooked: VoidBooked;
  /** finance's addDebtReminder; without it "ingatkan …" is answered as not available yet. */
  addDebtReminder?: (ctx: AgentContext, contactId: string, date: string, direction: 'receivable' | 'payable') => Promise<Reply[]>;
  /** agents/negotiation: a supplier's message; without it suppliers get a holding reply. */
  supplierMessage?: HandleMessage;
  /** agents/negotiation: the owner's answer to a negotiation summary, or goods arrived; null when the text is neither. */
  ownerNegotiation?: (ctx: AgentContext, text: string) => Promise<AgentResult | null>;
}

export interface Env {
  tx: Tx;
  deps: RouterDeps;
  agentCtx: AgentContext;
  key: StateKey;
  now: Date;
  llm: Llm | null;
  text: string;
  /** HandleContext.setup: sent with the first query. */
  setup?: string;
  /** Whether conversation_state holds a question for this chat (so clearing it needs a write). */
  pendingOpen: boolean;
  /** The chat's last entry as the message found it. */
  lastEvent?: BookedEvent | null;
}
