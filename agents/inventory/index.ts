// The inventory agents the router registers by intent.
import type { Intent } from '../../core/frame.ts';
import type { Agent } from '../router/types.ts';
import { priceSet } from './price.ts';
import { stockCheck, stockIn, stockOut, stockSet } from './stock.ts';

export const inventoryAgents: Partial<Record<Intent, Agent>> = {
  stock_check: stockCheck, stock_in: stockIn, stock_out: stockOut, stock_set: stockSet, price_set: priceSet,
};

export { reorderAlerts } from './reorder-alert.ts';
