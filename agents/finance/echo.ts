// Saying back what was understood beyond the goods and the money: how it was paid, for whom, and the
// day when it is not today, so a wrong reading is seen at once. Pure.
import type { Payment } from '../../core/frame.ts';

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
