// The message frame: what the language layer returns for one chat message.
// The contract is ../shared/nlu/FRAME.md; this zod schema is its single source in code
// (the LLM adapters derive their JSON schema from it, the parser's output is checked against it).
import { z } from 'zod';

export const intents = [
  'sale', 'purchase', 'expense', 'debt_add', 'debt_pay', 'stock_check', 'stock_in', 'stock_set',
  'price_set', 'report', 'negotiate', 'market_price', 'undo', 'help', 'greeting', 'unknown',
] as const;
export type Intent = (typeof intents)[number];

export const periods = ['today', 'yesterday', 'this_week', 'last_week', 'this_month', 'last_month'] as const;
export type Period = (typeof periods)[number];

export const payments = ['cash', 'qris', 'transfer', 'credit'] as const;
export type Payment = (typeof payments)[number];

export const expenseCategories = ['listrik', 'air', 'gas', 'sewa', 'gaji', 'transport', 'pulsa', 'plastik', 'lainnya'] as const;

const rupiah = z.number().int().nonnegative();

export const frameItemSchema = z.object({
  product: z.string(),
  qty: z.number().nonnegative().nullable(),
  /** Canonical unit (FRAME.md) or the unit word as said. */
  unit: z.string().nullable(),
  unit_price: rupiah.nullable(),
  total: rupiah.nullable(),
});
export type FrameItem = z.infer<typeof frameItemSchema>;

export const frameSchema = z.object({
  intent: z.enum(intents),
  items: z.array(frameItemSchema),
  amount: rupiah.nullable(),
  counterparty: z.string().nullable(),
  direction: z.enum(['receivable', 'payable']).nullable(),
  category: z.string().nullable(),
  /** YYYY-MM-DD in the tenant's zone; null = today. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  period: z.enum(periods).nullable(),
  max_unit_price: rupiah.nullable(),
  payment: z.enum(payments).nullable(),
});
export type Frame = z.infer<typeof frameSchema>;

/** What the rule parser adds: how sure it is and what is missing or ambiguous. */
export const parseResultSchema = frameSchema.extend({
  confidence: z.number().min(0).max(1),
  ask: z.array(z.string()),
});
export type ParseResult = z.infer<typeof parseResultSchema>;
