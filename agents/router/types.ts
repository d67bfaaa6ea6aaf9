// The interfaces between the pipeline (bot/pipeline), the router and the agents
// (agents/finance, agents/inventory). Shapes are fixed by the agents contract; change them only together.
import type { Tx } from '../../core/db/tenant.ts';
import type { Llm } from '../../core/ports/llm.ts';
import type { TenantZone } from '../../core/format.ts';
import type { Frame } from '../../core/frame.ts';

export type MemberRole = 'owner' | 'staff' | 'cashier';

export type Sender =
  | {
      kind: 'member'; tenantId: string; memberId: string; role: MemberRole; name: string | null; phone: string;
      tenant: { id: string; name: string; timezone: TenantZone };
    }
  | { kind: 'supplier'; tenantId: string; contactId: string; name: string; phone: string }
  | { kind: 'unknown'; phone: string | null };

export interface IncomingText {
  inboxId: string;          // bigint as string
  text: string;
  source: 'chat' | 'voice' | 'pos' | 'dashboard';
  chat: string;             // reply address as received
  senderPhone: string | null;
}

export interface HandleContext {
  tx: Tx; sender: Sender; message: IncomingText; now: Date; llm: Llm | null;
  /**
   * Statements to run before anything else, sent in the same round trip as the router's first query
   * (the pipeline's switch to the sender's identity; a simple query, so no parameters). Every
   * implementation must run it before its own queries: it decides what row-level security lets through.
   */
  setup?: string;
}

/** A reply; `toPhone` sends it to another person of the tenant (e.g. an alert to the owner) instead of this chat. */
export interface Reply { text: string; toPhone?: string }

export type HandleMessage = (ctx: HandleContext) => Promise<Reply[]>;

// What the router hands an agent after understanding + catalogue resolution:
export interface AgentContext {
  tx: Tx;
  tenant: { id: string; name: string; timezone: TenantZone };
  member: { id: string; role: MemberRole; phone: string; name: string | null };
  inboxId: string;
  /** The message as written or transcribed (the negotiation reads when goods are needed from it). */
  text?: string;
  /** The configured LLM, if any (the negotiation lets it word supplier messages under a guard). */
  llm?: Llm | null;
  source: IncomingText['source'];
  now: Date;
  /**
   * Catalogue rows the router read for this message in this same transaction (resolving the items), so an
   * agent need not read names, units and prices again. Absent ids are read as usual.
   */
  products?: ReadonlyMap<string, { name: string; unit: string; sellPrice: number | null; avgCost: number | null }>;
}

export interface ResolvedItem {
  productId: string | null;      // null for expense items / unknown goods the router allowed
  name: string;                  // catalogue name (or as said)
  qty: number; unit: string | null;
  unitPrice: number | null; total: number | null;   // rupiah; router fills missing price from the catalogue
  /** As said when not in the base unit ("1 slop", size 10 bks each); qty and unitPrice above are per base unit. */
  said?: { qty: number; unit: string; size: number } | null;
  /** The money the owner stated, per the unit said (null = not said, taken from the catalogue); corrections keep it. */
  /** `shared`: the line's part of one total said for several lines (fillSaidTotal); a correction shares it again. */
  stated?: { unitPrice: number | null; total: number | null; shared?: boolean } | null;
  /** The product as the owner typed it ("beas" for Beras Medium), for a price said back ("beas na 13rb sakilo"). */
  typed?: string | null;
}

export interface ResolvedFrame extends Omit<Frame, 'items'> { items: ResolvedItem[]; contactId: string | null }

/** What an agent booked, kept as conversation state so "batal" / "salah, harusnya 5" can undo or correct it. */
export interface BookedEvent {
  kind: 'transaction' | 'debt_payment' | 'stock' | 'price'; id: string; summary: string; frame: ResolvedFrame;
  /** A payment sent after it was refused (no debt): a correction then is the payment's, not this entry's. */
  refused?: boolean;
}

export interface AgentResult { replies: Reply[]; booked?: BookedEvent }

export type Agent = (ctx: AgentContext, frame: ResolvedFrame) => Promise<AgentResult>;
