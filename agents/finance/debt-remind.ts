// "tagih bu yati": a polite reminder to the customer, drafted here and sent from the warung's own
// WhatsApp after the owner's yes (the router keeps the draft in the chat's question). The text stays
// gentle: the customer is a neighbour and comes back tomorrow.
import { formatDate, formatRupiah, localDate, type TenantZone } from '../../core/format.ts';
import type { Tx } from '../../core/db/tenant.ts';
import type { AgentContext } from '../router/types.ts';
import { debtList } from './debt-reads.ts';
import { sourceRef } from './context.ts';

export interface ReminderDraft { contactId: string; name: string; phone: string | null; amount: number; text: string }

export function customerReminderText(p: { name: string; warung: string; amount: number; since: Date; zone: TenantZone }): string {
  return [
    `Assalamualaikum ${p.name}, semoga sehat selalu 🙏`,
    `Ini dari ${p.warung}. Mau mengingatkan catatan bon sebesar ${formatRupiah(p.amount)} (sejak ${formatDate(p.since, p.zone)}).`,
    'Kalau sudah ada rezeki, bisa dibayar di warung atau transfer ya. Kalau sudah bayar, abaikan pesan ini. Terima kasih 🙏',
  ].join('\n');
}

/** The draft for a customer's open balance; null when they owe nothing. */
export async function draftReminder(ctx: AgentContext, contactId: string): Promise<ReminderDraft | null> {
  const row = (await debtList(ctx.tx, ctx.tenant.id, 'receivable', ctx.now)).find((r) => r.contact_id === contactId);
  if (!row || row.outstanding <= 0) return null;
  const text = customerReminderText({ name: row.name, warung: ctx.tenant.name, amount: row.outstanding, since: row.oldest_at, zone: ctx.tenant.timezone });
  return { contactId, name: row.name, phone: row.phone, amount: row.outstanding, text };
}

/** Keeps the customer's number on the contact, so the next "tagih" does not ask again. */
export async function saveContactPhone(tx: Tx, tenantId: string, contactId: string, phone: string): Promise<void> {
  await tx.query(`update contacts set phone = $3 where tenant_id = $1 and id = $2`, [tenantId, contactId, phone]);
}

/** The reminder as sent, in debt_reminders (idempotent on the message), so the dashboard shows who was asked when. */
export async function recordSentReminder(ctx: AgentContext, contactId: string, amount: number): Promise<void> {
  const today = localDate(ctx.now, ctx.tenant.timezone);
  await ctx.tx.query(`insert into debt_reminders (tenant_id, contact_id, remind_on, note, source_ref, sent_at)
      values ($1, $2, $3, $4, $5, $6) on conflict (tenant_id, source_ref) where source_ref is not null do nothing`,
    [ctx.tenant.id, contactId, today, `tagih lewat chat ${formatRupiah(amount)}`, `tagih:${sourceRef(ctx)}`, ctx.now]);
}

