// The market-intel agents the router registers by intent.
import type { Intent } from '../../core/frame.ts';
import type { Agent } from '../router/types.ts';
import { marketPrice } from './price-agent.ts';
import { promo } from './promo.ts';

export const marketAgents: Partial<Record<Intent, Agent>> = { market_price: marketPrice, promo };

export { loadDemoPrices } from './demo-data.ts';
export { importBapanasCsv } from './import-csv.ts';
export { quoteAboveMarket } from './quote-check.ts';
export { recordSupplierQuote } from './record-quote.ts';
