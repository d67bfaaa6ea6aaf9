// Saying back what was understood beyond the goods and the money: how it was paid, for whom, and the
// day when it is not today, so a wrong reading is seen at once. Pure.
import { formatRupiah } from '../../core/format.ts';
import type { Payment } from '../../core/frame.ts';
import type { Agent } from '../router/types.ts';
import { contactName, dateText, occurredAt } from './context.ts';
import { capitalize } from './text.ts';

const paidWith: Partial<Record<Payment, string>> = { qris: 'via QRIS', transfer: 'via transfer' };

/** "via QRIS" / "via transfer"; nothing for cash (the default) or credit (said as "bon …"). */
export function paymentEcho(payment: string | null | undefined): string | null {
  return payment ? (paidWith[payment as Payment] ?? null) : null;
}

/**
 * The parts of what was understood that a booking reply does not say yet, as one short line
 * ("Dibayar via QRIS. Tanggal 20 Nov 2026."). `reply` is the agent's text; parts already in it are skipped.
 */
export function missingEcho(reply: string, said: { payment?: string | null; person?: string | null; dateText?: string | null }): string | null {
  const low = reply.toLowerCase();
  const parts: string[] = [];
  const via = paymentEcho(said.payment);
  if (via && !low.includes(via.toLowerCase())) parts.push(`Dibayar ${via}.`);
  if (said.person && !low.includes(said.person.toLowerCase())) parts.push(`Atas nama ${said.person}.`);
  if (said.dateText && !low.includes(said.dateText.toLowerCase())) parts.push(`Tanggal ${said.dateText}.`);
  return parts.length ? parts.join(' ') : null;
}

/** The discount taken off and the delivery cost landed on the goods, said back in a few words. */
export function moneyWordsEcho(f: { intent: string; discount?: number | null; delivery_cost?: number | null }): string | null {
  const parts: string[] = [];
  if (f.discount) parts.push(`Sudah dipotong diskon ${formatRupiah(f.discount)}.`);
  if (f.delivery_cost && f.intent === 'purchase') parts.push(`Termasuk ongkir ${formatRupiah(f.delivery_cost)} (masuk ke modal barang).`);
  return parts.length ? parts.join(' ') : null;
}

/**
 * An agent whose booking reply also says what it does not say yet: how it was paid, for whom, the day
 * when not today, the discount and the delivery cost. Only the first reply (the booking) is extended.
 */
export function withEcho(agent: Agent): Agent {
  return async (ctx, frame) => {
    const result = await agent(ctx, frame);
    const first = result.replies[0];
    if (!result.booked || !first || first.toPhone) return result;
    const at = occurredAt(ctx, frame);
    // The person as booked: the contact's own name when the name said matched one ("koh hendra" → Toko Makmur).
    // An agent that books to a name on its own says that name itself.
    const person = frame.contactId ? await contactName(ctx.tx, ctx.tenant.id, frame.contactId) : null;
    const extra = [
      missingEcho(first.text, {
        payment: frame.payment,
        person: person ? capitalize(person) : null,
        dateText: dateText(ctx, at),
      }),
      moneyWordsEcho(frame),
    ].filter(Boolean);
    if (!extra.length) return result;
    return { ...result, replies: [{ ...first, text: `${first.text}\n${extra.join(' ')}` }, ...result.replies.slice(1)] };
  };
}
