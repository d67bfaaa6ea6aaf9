// The router as the pipeline calls it: the real parser, the finance and inventory agents, and
// finance's void for "batal". Tests and other wirings use createHandleMessage (router.ts).
import { addDebtReminder, financeAgents, voidBooked } from '../finance/index.ts';
import { inventoryAgents } from '../inventory/index.ts';
import { marketAgents } from '../market-intel/index.ts';
import { parse } from '../language/index.ts';
import { handleSupplierMessage, negotiationAgents, ownerNegotiationMessage } from '../negotiation/index.ts';
import { identifySql, senderFromRows } from './people/identify.ts';
import { buildRegistry } from './registry.ts';
import { createHandleMessage } from './router.ts';
import type { HandleMessage } from './types.ts';

export const registry = buildRegistry(financeAgents, inventoryAgents, negotiationAgents, marketAgents);

export const handleMessage: HandleMessage = createHandleMessage({
  parse, registry, voidBooked, addDebtReminder, supplierMessage: handleSupplierMessage, ownerNegotiation: ownerNegotiationMessage,
});

/** Who wrote, as the pipeline asks it: a statement for its first round trip, and the reading of its rows. */
export const identifySender = { sql: identifySql, read: senderFromRows };
