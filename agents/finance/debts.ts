// Debts of money alone (debt_add: "bu sri ngutang 25rb", add_debt) and their payments (debt_pay,
// record_debt_payment). Credit sales and purchases make their debts in post_transaction; payments settle
// any open debt oldest first, and an overpayment stays as the person's deposit for the next debt.
import { z } from 'zod';
import { formatDate, formatRupiah, localStart } from '../../core/format.ts';
import type { Tx } from '../../core/db/tenant.ts';
import type { Agent, AgentContext, ResolvedFrame } from '../router/types.ts';
import { contactName, dueDate, occurredAt, outstanding, sourceRef } from './context.ts';
import { callFn, one } from './sql.ts';
import { capitalize, cashPartOf, debtBalanceText, splitTenderText } from './text.ts';
import { paymentEcho } from './echo.ts';
import { halfWords } from '../language/lexicon.ts';
import { normalizeText } from '../language/normalize.ts';

type Direction = 'receivable' | 'payable';
const num = z.coerce.number();
const debtSchema = z.object({ debt_id: z.string(), paid: num, remaining: num, deposit: num });

/** The contact the router resolved, else one found or created by the name said. */
async function contactFor(tx: Tx, tenantId: string, frame: ResolvedFrame, direction: Direction): Promise<string | null> {
  if (frame.contactId) return frame.contactId;
  if (!frame.counterparty) return null;
  const r = await one(tx, `select internal.find_or_create_contact($1, $2, $3)::text as id`,
    [tenantId, direction === 'receivable' ? 'customer' : 'supplier', frame.counterparty], z.object({ id: z.string() }));
  return r?.id ?? null;
}

export const debtAdd: Agent = async (ctx, frame) => {
  const direction: Direction = frame.direction ?? 'receivable';
  if (!frame.amount) return { replies: [{ text: 'Utangnya berapa, Kak?' }] };
  const contactId = await contactFor(ctx.tx, ctx.tenant.id, frame, direction);
  if (!contactId) return { replies: [{ text: direction === 'receivable' ? 'Yang ngutang siapa, Kak?' : 'Ngutang ke siapa, Kak?' }] };
  const r = await callFn(ctx.tx, 'add_debt', [ctx.tenant.id, contactId, direction, frame.amount, sourceRef(ctx), dueDate(ctx, frame), null,
    occurredAt(ctx, frame)], debtSchema);
  // Cash lent from the drawer (or borrowed into it) moved money: the drawer's count says so (report_cash).
  const drawer = frame.cash_moved === 'cash';
  if (drawer) await callFn(ctx.tx, 'record_debt_cash', [ctx.tenant.id, r.debt_id], z.object({ cash_moved: z.boolean() }));
  const who = capitalize((await contactName(ctx.tx, ctx.tenant.id, contactId)) ?? frame.counterparty ?? '');
  const what = (direction === 'receivable' ? `Utang ${who} ${formatRupiah(frame.amount)}` : `Utang ke ${who} ${formatRupiah(frame.amount)}`)
    + (drawer ? (direction === 'receivable' ? ' (uang keluar dari laci)' : ' (uang masuk laci)') : '');
  // The person's deposit (an earlier overpayment) pays a new debt first: say so.
  const fromDeposit = (r.paid > 0 ? ` Dipotong titipan ${formatRupiah(r.paid)}.` : '')
    + (r.deposit > 0 ? ` Titipan ${who} masih ${formatRupiah(r.deposit)}.` : '');
  const total = debtBalanceText(who, direction, await outstanding(ctx.tx, ctx.tenant.id, contactId, direction));
  const due = dueDate(ctx, frame);
  const dueText = due ? ` Jatuh tempo ${formatDate(localStart(due, ctx.tenant.timezone), ctx.tenant.timezone)}.` : '';
  return {
    replies: [{ text: `Siap Kak, tercatat ✅ ${what}.${dueText}${fromDeposit} ${total}` }],
    booked: { kind: 'transaction', id: `debt:${r.debt_id}`, summary: what, frame },
  };
};

const paymentSchema = z.object({
  payment_id: z.string(), created: z.boolean(), contact_id: z.string(), direction: z.enum(['receivable', 'payable']),
  amount: num, paid: num, unapplied: num, remaining: num, deposit: num,
});

/** An overpayment is kept as the person's deposit (titipan) and pays their next debt: the reply says so. */
export function depositText(who: string, direction: Direction, unapplied: number, deposit: number): string {
  const kept = direction === 'receivable' ? `disimpan sebagai titipan ${who}` : `jadi titipan kita di ${who}`;
  const all = deposit > unapplied ? ` (total titipan ${formatRupiah(deposit)})` : '';
  return `Kelebihan ${formatRupiah(unapplied)} ${kept}${all}, otomatis dipakai untuk utang berikutnya.`;
}

/** Which way a payment goes when the parser could not tell: the side where the contact has open debt. */
async function guessDirection(ctx: AgentContext, contactId: string): Promise<Direction> {
  if ((await outstanding(ctx.tx, ctx.tenant.id, contactId, 'receivable')) > 0) return 'receivable';
  return (await outstanding(ctx.tx, ctx.tenant.id, contactId, 'payable')) > 0 ? 'payable' : 'receivable';
}

const saysHalf = (text: string) => normalizeText(text).split(/[^\p{L}]+/u).some((w) => halfWords.has(w));

/** A payment names someone who should already be a contact; look them up by name or alias, never create. */
async function existingContact(tx: Tx, tenantId: string, name: string): Promise<string | null> {
  const r = await one(tx, `select id::text from contacts where tenant_id = $1 and active
      and (lower(name) = lower(trim($2)) or lower(trim($2)) = any (aliases)) order by created_at limit 1`,
    [tenantId, name], z.object({ id: z.string() }));
  return r?.id ?? null;
}

export const debtPay: Agent = async (ctx, frame) => {
  if (!frame.contactId && !frame.counterparty) return { replies: [{ text: 'Siapa yang bayar utang, Kak?' }] };
  const contactId = frame.contactId ?? (await existingContact(ctx.tx, ctx.tenant.id, frame.counterparty!));
  if (!contactId) return { replies: [{ text: `${capitalize(frame.counterparty ?? '')} belum punya catatan utang, Kak.` }] };
  const direction = frame.direction ?? (await guessDirection(ctx, contactId));
  const who = capitalize((await contactName(ctx.tx, ctx.tenant.id, contactId)) ?? frame.counterparty ?? '');
  const open = await outstanding(ctx.tx, ctx.tenant.id, contactId, direction);
  const already = await one(ctx.tx, `select 1 as x from debt_payments where tenant_id = $1 and source_ref = $2`,
    [ctx.tenant.id, sourceRef(ctx)], z.object({ x: z.number() }));
  // Nothing open: a payment would only be an overpayment, more likely a wrong name. (A re-run still echoes.)
  if (open <= 0 && !already) {
    // A supplier paid with nothing owed to it: perhaps goods paid for on the spot, said as a purchase.
    const text = direction === 'payable'
      ? `Belum ada utang ke ${who} yang tercatat, Kak. Kalau ini bayar barang, tulis kulakannya, misalnya "kulakan gula 10 kg 170rb dari ${who.toLowerCase()}".`
      : `${who} tidak punya utang yang tercatat, Kak.`;
    return { replies: [{ text }] };
  }
  // "bu sri lunas" names no amount: pay what is still open; "bayar setengahnya": half of it.
  const amount = frame.amount ?? (saysHalf(ctx.text ?? '') ? Math.round(open / 2) : open);
  const r = await callFn(ctx.tx, 'record_debt_payment', [ctx.tenant.id, contactId, direction, amount, sourceRef(ctx),
    frame.payment && frame.payment !== 'credit' ? frame.payment : 'cash', occurredAt(ctx, frame)], paymentSchema);
  const what = direction === 'receivable' ? `${who} bayar utang ${formatRupiah(r.amount)}` : `Bayar utang ke ${who} ${formatRupiah(r.amount)}`;
  const parts = [`Siap Kak, tercatat ✅ ${what}.`];
  // "bayar utang 20rb, 10rb tunai 10rb qris": only the cash part goes through the drawer.
  const split = cashPartOf(frame, r.amount);
  if (split !== null) {
    await callFn(ctx.tx, 'record_debt_cash_part', [ctx.tenant.id, r.payment_id, split], z.object({ cash_part: z.number() }));
    parts.push(splitTenderText(direction === 'receivable' ? 'in' : 'out', r.amount - split, paymentEcho(frame.payment) ?? '', split));
  }
  if (r.remaining <= 0) parts.push(direction === 'receivable' ? `Utang ${who} sudah lunas 🎉` : `Utang ke ${who} sudah lunas 🎉`);
  else parts.push(`Sisa utang${direction === 'payable' ? ' ke' : ''} ${who} ${formatRupiah(r.remaining)}.`);
  if (r.unapplied > 0) parts.push(depositText(who, direction, r.unapplied, r.deposit));
  return { replies: [{ text: parts.join(' ') }], booked: { kind: 'debt_payment', id: r.payment_id, summary: what, frame } };
};
