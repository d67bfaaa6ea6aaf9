// The finance agents the router registers by intent, plus undo and the texts for scheduled work.
import type { Intent } from '../../core/frame.ts';
import type { Agent } from '../router/types.ts';
import { purchase, sale } from './book-goods.ts';
import { expense, income } from './book-money.ts';
import { debtAdd, debtPay } from './debts.ts';
import { debtQuery } from './debt-query.ts';
import { withEcho } from './echo.ts';
import { report } from './report.ts';
import { entriesText, todaysEntries } from './review.ts';

/**
 * "catatan hari ini": today's entries, numbered for "batal 3"; "catatan kemarin" yesterday's (owner try: it listed
 * nothing, "Belum ada catatan hari ini"). Longer periods are the dashboard's Transaksi page.
 */
const entries: Agent = async (ctx, frame) => {
  const zone = ctx.tenant.timezone;
  if (frame.period === 'yesterday') return { replies: [{ text: entriesText(await todaysEntries(ctx, { daysAgo: 1 }), zone, 'kemarin') }] };
  if (frame.period && frame.period !== 'today') {
    return { replies: [{ text: 'Daftar catatan bisa untuk hari ini atau kemarin, Kak. Untuk yang lebih lama, buka halaman Transaksi di dasbor, atau ketik "laporan minggu ini".' }] };
  }
  return { replies: [{ text: entriesText(await todaysEntries(ctx), zone) }] };
};

// Bookings say back everything understood (payment, person, date, discount, delivery cost): echo.ts.
export const financeAgents: Partial<Record<Intent, Agent>> = {
  sale: withEcho(sale), purchase: withEcho(purchase), expense: withEcho(expense), debt_add: withEcho(debtAdd),
  debt_pay: withEcho(debtPay), report, debt_query: debtQuery, entries,
};

export { income };
export { voidBooked } from './void.ts';
export { addDebtReminder, dailySummary, dueDebtReminders } from './scheduled.ts';
