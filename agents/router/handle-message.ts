// The router as the pipeline calls it: the real parser, the finance and inventory agents, and
// finance's void for "batal". Tests and other wirings use createHandleMessage (router.ts).
import { addDebtReminder, financeAgents, voidBooked } from '../finance/index.ts';
import { inventoryAgents } from '../inventory/index.ts';
import { marketAgents } from '../market-intel/index.ts';
import { parse } from '../language/index.ts';
import { handleSupplierMessage, negotiationAgents, ownerNegotiationMessage } from '../negotiation/index.ts';
import { buildRegistry } from './registry.ts';
import { createHandleMessage } from './router.ts';
import type { HandleMessage } from './types.ts';

export const registry = buildRegistry(financeAgents, inventoryAgents, negotiationAgents, marketAgents);

export const handleMessage: HandleMessage = createHandleMessage({
  parse, registry, voidBooked, addDebtReminder, supplierMessage: handleSupplierMessage, ownerNegotiation: ownerNegotiationMessage,
});

export { identifySender } from './people/identify.ts';
