// Debt figures for chat questions, read through the SQL functions the dashboard calls too
// (debt_list, debt_history; migration 20261201050000_chat_debts_and_entries.sql). Reads only.
import { z } from 'zod';
import type { Tx } from '../../core/db/tenant.ts';
import { rows } from './sql.ts';

const num = z.coerce.number();
const date = z.union([z.date(), z.string()]).transform((v) => (v instanceof Date ? v : new Date(v)));
export type Direction = 'receivable' | 'payable';

export const debtRow = z.object({
  contact_id: z.string(), name: z.string(), phone: z.string().nullable(), outstanding: num, open_debts: num,
  oldest_at: date, next_due_date: z.string().nullable(), overdue: z.boolean(),
});
export type DebtRow = z.infer<typeof debtRow>;

/** Who owes (receivable) or is owed (payable), overdue first, as of a moment (default: now). */
export async function debtList(tx: Tx, tenantId: string, direction: Direction, asOf: Date): Promise<DebtRow[]> {
  // The due day as text ('2026-12-11'): a date read into a JS Date lands on the server's midnight, not the warung's.
  return rows(tx, `select contact_id, name, phone, outstanding, open_debts, oldest_at, next_due_date::text, overdue
                     from public.debt_list($1, $2, $3)`, [tenantId, direction, asOf], debtRow);
}

export const historyRow = z.object({
  at: date, entry: z.enum(['debt', 'payment']), direction: z.enum(['receivable', 'payable']), amount: num,
  outstanding: num.nullable(), description: z.string().nullable(),
});
export type HistoryRow = z.infer<typeof historyRow>;

export async function debtHistory(tx: Tx, tenantId: string, contactId: string, limit = 5): Promise<HistoryRow[]> {
  return rows(tx, `select at, entry, direction, amount, outstanding, description from public.debt_history($1, $2, $3)`,
    [tenantId, contactId, limit], historyRow);
}

/** A contact named in a question, by name or alias; any kind (a question creates nobody). */
export async function findContact(tx: Tx, tenantId: string, name: string): Promise<{ id: string; name: string; phone: string | null; kind: string } | null> {
  const list = await rows(tx, `select id::text, name, phone, kind from contacts where tenant_id = $1 and active
      and (lower(name) = lower(trim($2)) or lower(trim($2)) = any (aliases)
           or lower(name) = lower(regexp_replace(trim($2), '^(pak|bu|bapak|ibu|mas|mbak|bang|kak|cik|koh|teh|a|kang|mang|ceu)\\s+', '', 'i')))
      order by (lower(name) = lower(trim($2))) desc, created_at limit 1`,
    [tenantId, name], z.object({ id: z.string(), name: z.string(), phone: z.string().nullable(), kind: z.string() }));
  return list[0] ?? null;
}
