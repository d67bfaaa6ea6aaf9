// Who may do what in chat. The owner may do everything; staff everything but managing people;
// a cashier what happens at the counter: sales, customers' debts (and asking about them), stock counts
// in and checks, undo and their own entries of the day. Reminders to customers ("tagih") stay with the owner and staff.
// Money going out, prices, reports and stock corrections stay with the owner and staff.
import type { Intent } from '../../../core/frame.ts';
import type { MemberRole } from '../types.ts';

const cashierIntents: ReadonlySet<Intent> = new Set<Intent>([
  'sale', 'debt_add', 'debt_pay', 'stock_check', 'stock_in', 'undo', 'help', 'greeting', 'unknown', 'market_price',
  // Asking what a customer owes happens at the counter; a cashier's list of entries shows only their own.
  'debt_query', 'entries',
]);

export function mayUse(role: MemberRole, intent: Intent): boolean {
  return role !== 'cashier' || cashierIntents.has(intent);
}

export const mayManageStaff = (role: MemberRole) => role === 'owner';
