// What post_transaction / void_transaction return (supabase/migrations/*_post_transaction.sql).
import { z } from 'zod';

const num = z.coerce.number();

export const postedSchema = z.object({
  id: z.string(),
  created: z.boolean(),
  kind: z.enum(['sale', 'purchase', 'expense', 'income']),
  status: z.enum(['posted', 'voided']),
  payment: z.string(),
  occurred_at: z.string(),
  contact_id: z.string().nullable(),
  counterparty_name: z.string().nullable(),
  total: num,
  cogs: num.nullable(),
  debt_id: z.string().nullable(),
  lines: z.array(z.object({
    line_no: num, product_id: z.string().nullable(), description: z.string(), qty: num, unit: z.string().nullable(),
    unit_price: num, total: num,
  })),
  stock: z.array(z.object({ product_id: z.string(), level: num })),
  voided: z.boolean().optional(),
});
export type Posted = z.infer<typeof postedSchema>;
