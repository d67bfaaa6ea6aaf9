// The negotiation's clock, run by a scheduled job (bot/scheduled/negotiation-timers.ts) as the service:
// a supplier who has not answered by nudge_at gets one reminder; at the deadline the owner gets the
// summary of what there is. Each message carries a dedupe key, so a job that runs twice sends once.
import type { Tx } from '../../core/db/tenant.ts';
import { summarizeIfDone } from './finish.ts';
import { dealOf, loadNegotiation, logMessage, saveThread } from './store.ts';
import { supplierText } from './templates.ts';
import { parseThread } from './thread-schema.ts';

export interface DueMessage { tenantId: string; phone: string; text: string; dedupeKey: string }

export async function dueNegotiationWork(tx: Tx, now: Date): Promise<DueMessage[]> {
  const out: DueMessage[] = [];
  const quiet = await tx.query<{ id: string; negotiation_id: string; contact_id: string; name: string; phone: string | null; state: unknown }>(
    `select s.id, s.negotiation_id, s.contact_id, c.name, c.phone, s.state
       from negotiation_suppliers s join negotiations n on n.id = s.negotiation_id join contacts c on c.id = s.contact_id
      where n.status = 'open' and n.nudge_at <= $1 and s.status = 'asked' and not coalesce((s.state->>'nudged')::boolean, false)
      order by s.created_at limit 200 for update of s skip locked`, [now]);
  for (const s of quiet.rows) {
    const neg = (await loadNegotiation(tx, s.negotiation_id))!;
    const thread = parseThread(s.state);
    const deal = dealOf(neg);
    const text = supplierText({ kind: 'nudge' }, { item: deal.item, qty: deal.qty, unit: deal.unit }, s.name);
    await saveThread(tx, s.id, { ...thread, nudged: true });
    await logMessage(tx, { tenantId: neg.tenant_id, negotiationId: neg.id, contactId: s.contact_id }, { out: { kind: 'nudge' }, body: text });
    if (s.phone) out.push({ tenantId: neg.tenant_id, phone: s.phone, text, dedupeKey: `nego-nudge:${s.id}` });
  }

  const due = await tx.query<{ id: string }>(
    `select id from negotiations where status = 'open' and deadline <= $1 order by deadline limit 100 for update skip locked`, [now]);
  for (const n of due.rows) {
    for (const note of (await summarizeIfDone(tx, n.id, true, now)) ?? []) {
      out.push({ tenantId: note.tenantId, phone: note.phone, text: note.text, dedupeKey: `nego-summary:${n.id}:${note.phone}` });
    }
  }
  return out;
}
