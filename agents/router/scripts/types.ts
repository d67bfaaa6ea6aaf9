// Conversation scripts as data: who says what, which reply fragments must come back, and which rows
// must exist afterwards. conversation.test.ts runs every script through the whole app (simulator API
// → inbox → queue → pipeline → router → agents → outbox) on both stacks.
import type { TenantZone } from '../../../core/format.ts';

/** owner/cashier of the script's tenant; supplier of the demo warung; newcomer = a number with no tenant. */
export type Persona = 'owner' | 'cashier' | 'supplier' | 'newcomer' | 'newcashier';

export type ScriptStep =
  /** A message and the fragments every one of which must appear in the replies (joined).
   *  `{newcashier}` in the text becomes that persona's number as people type it (08…). */
  | { as?: Persona; say: string; reply: string[]; not?: string[] }
  /** Move the clock (ISO instant, UTC). */
  | { at: string };

/** name, unit, sell price, average cost, opening stock */
export type ProductSeed = [name: string, unit: string, sellPrice: number, avgCost: number | null, stock: number, aliases?: string[]];

export interface ScriptTenant { timezone: TenantZone; products: ProductSeed[]; cashier?: boolean }

export interface RowCheck {
  /** SQL run as the service role; $1 is the script tenant's id. */
  sql: string;
  rows: Record<string, unknown>[];
}

export interface Script {
  name: string;
  /** Clock at the start (ISO instant, UTC). */
  at: string;
  /** 'demo' = Warung Bu Sri (shared, WIB); 'new' = no tenant, the newcomer onboards; else a fresh tenant. */
  tenant: 'demo' | 'new' | ScriptTenant;
  steps: ScriptStep[];
  rows?: RowCheck[];
}

/** A small catalogue for fresh tenants. */
export const basicProducts: ProductSeed[] = [
  ['Indomie Goreng', 'bks', 3500, 3000, 40, ['indomie goreng', 'mie goreng']],
  ['Indomie Soto', 'bks', 3500, 3000, 30, ['indomie soto']],
  ['Aqua 600 ml', 'btl', 4000, 3000, 24, ['aqua']],
  ['Gula Pasir', 'kg', 18000, 16000, 20, ['gula']],
  ['Telur Ayam', 'kg', 30000, 27000, 10, ['telur', 'telor']],
  ['Beras Medium', 'kg', 14000, 12500, 50, ['beras']],
  ['Kopi Kapal Api', 'sachet', 2000, 1500, 60, ['kopi', 'kapal api']],
  ['Rokok Surya 12', 'bks', 29000, 27000, 20, ['surya', 'rokok surya']],
];
