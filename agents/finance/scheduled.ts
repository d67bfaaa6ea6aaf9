// Texts for scheduled work (the lead wires the schedules): the daily summary at closing time, and debt
// reminders on the day the owner asked for ("ingatkan bu sri tgl 30").
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import { formatDate, formatRupiah, localStart } from '../../core/format.ts';
import type { Tx } from '../../core/db/tenant.ts';
import type { AgentContext, Reply } from '../router/types.ts';
import { contactName, outstanding, sourceRef } from './context.ts';
import { periodReport } from './report.ts';
import { one, rows } from './sql.ts';
import { capitalize } from './text.ts';

const zoneSchema = z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']);
const num = z.coerce.number();

/** Today's report for the owner at closing time. */
export async function dailySummary(tx: Tx, tenantId: string, now: Date): Promise<string> {
  const t = await one(tx, `select timezone from tenants where id = $1`, [tenantId], z.object({ timezone: zoneSchema }));
  if (!t) throw new AppError('not_found:tenant');
  return `Selamat malam, Kak 🙏 Ringkasan hari ini:\n${await periodReport(tx, tenantId, t.timezone, 'today', now)}`;
}

/** Remember to remind the owner about a contact's debt (or the warung's debt to them) on a local date; one per message. */
export async function addDebtReminder(ctx: AgentContext, contactId: string, date: string, direction: Direction = 'receivable'): Promise<Reply[]> {
  await ctx.tx.query(`insert into debt_reminders (tenant_id, contact_id, remind_on, source_ref, direction) values ($1, $2, $3::date, $4, $5)
    on conflict (tenant_id, source_ref) where source_ref is not null do nothing`, [ctx.tenant.id, contactId, date, sourceRef(ctx), direction]);
  const who = capitalize((await contactName(ctx.tx, ctx.tenant.id, contactId)) ?? 'dia');
  const owed = await outstanding(ctx.tx, ctx.tenant.id, contactId, direction);
  const when = formatDate(localStart(date, ctx.tenant.timezone), ctx.tenant.timezone);
  const now = owed > 0 ? ` (sekarang ${formatRupiah(owed)})` : '';
  const what = direction === 'payable' ? `bayar utang ke ${who}` : `soal utang ${who}`;
  // Reminders go out at 08:00 local time (bot/scheduled/schedules.ts): said, so "besok jam 9" is not expected at 9.
  return [{ text: `Siap Kak ✅ Tanggal ${when} jam 08.00 saya ingatkan ${what}${now}.` }];
}

const dueRow = z.object({
  id: z.string(), tenant_id: z.string(), contact_id: z.string(), debt_id: z.string().nullable(), phone: z.string().nullable(),
  name: z.string(), debt_rest: num.nullable(), direction: z.enum(['receivable', 'payable']),
});
type Direction = 'receivable' | 'payable';

/**
 * Reminders whose local date has come (in each tenant's zone), as texts for the owners; each is marked
 * sent in the caller's transaction, so it goes out once when the caller also queues the texts in it.
 * Needs a service-role transaction (it reads every tenant).
 */
export async function dueDebtReminders(tx: Tx, now: Date): Promise<{ tenantId: string; phone: string; text: string }[]> {
  const due = await rows(tx, `
    select r.id, r.tenant_id, r.contact_id, r.debt_id, c.name, r.direction,
           (select m.phone from members m where m.tenant_id = r.tenant_id and m.role = 'owner' and m.active order by m.created_at limit 1) as phone,
           (select d.amount - d.paid from debts d where d.id = r.debt_id and d.status = 'open') as debt_rest
      from debt_reminders r join tenants t on t.id = r.tenant_id
      join contacts c on c.id = r.contact_id and c.tenant_id = r.tenant_id
     where r.sent_at is null and r.cancelled_at is null and r.remind_on <= ($1::timestamptz at time zone t.timezone)::date
     order by r.remind_on, r.created_at
     for update of r skip locked`, [now], dueRow);
  const out: { tenantId: string; phone: string; text: string }[] = [];
  for (const r of due) {
    await tx.query(`update debt_reminders set sent_at = $2 where id = $1`, [r.id, now]);
    const owed = r.debt_id ? (r.debt_rest ?? 0) : await outstanding(tx, r.tenant_id, r.contact_id, r.direction);
    if (!r.phone || owed <= 0) continue; // paid meanwhile: nothing to remind
    const who = capitalize(r.name);
    out.push({ tenantId: r.tenant_id, phone: r.phone, text: r.direction === 'payable' ? payReminderText(who, owed) : reminderText(who, owed) });
  }
  return out;
}

export function reminderText(who: string, owed: number): string {
  return `🔔 Pengingat utang: ${who} masih punya utang ${formatRupiah(owed)}. Hari ini jadwal menagih, Kak.`;
}

export function payReminderText(who: string, owed: number): string {
  return `🔔 Pengingat: hari ini jadwal bayar utang ke ${who} ${formatRupiah(owed)}, Kak.`;
}

